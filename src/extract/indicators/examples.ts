// Examples of the indicator rules: a passage (with its headline and publication date when
// they matter) and the indicators it must give, in order (only the fields listed are
// checked; `[]` means none). Run by tests/extractors.test.ts.
import type { IndicatorRecord } from '../../schema/records.js';

export interface IndicatorExample {
  text: string;
  title?: string;
  published?: string;
  expect: Array<Partial<IndicatorRecord>>;
  /** Number of warnings the passage must raise (lists whose counts differ). */
  warnings?: number;
}

export const INDICATOR_EXAMPLES: IndicatorExample[] = [
  // The measured phrase before the verb cluster, its owner split off as the subject, the time
  // phrase cut out; the change takes the figure's name; the estimate is inherited.
  {
    text: 'Doanh thu các dịch vụ của ngành trong năm 2019 ước đạt 15.658 tỉ đồng, tăng 2,2% so với năm 2018.',
    expect: [
      { kind: 'money', value: 15658e9, currency: 'VND', name: 'Doanh thu các dịch vụ', subject: 'ngành', period: '2019', qualifier: 'estimate', change: null },
      { kind: 'percent', value: 2.2, name: 'Doanh thu các dịch vụ', subject: 'ngành', period: '2019', qualifier: 'estimate', change: 'increase', baseline: '2018' },
    ],
  },
  { text: 'Doanh thu dịch vụ viễn thông năm 2019 ước đạt 15.658 tỉ đồng.', expect: [{ name: 'Doanh thu dịch vụ viễn thông', subject: null, period: '2019' }] },
  // A counted noun names its figure with what restricts it; the clause's opening actor is the subject.
  { text: 'Toàn tỉnh có 427 xã đạt chuẩn nông thôn mới.', expect: [{ value: 427, name: 'xã đạt chuẩn nông thôn mới', subject: 'Toàn tỉnh' }] },
  { text: 'Năm 2019, VNPT đạt doanh thu 5.000 tỷ đồng.', expect: [{ name: 'doanh thu', subject: 'VNPT', period: '2019' }] },
  // A change counted in the unit of the figure before it changes what that figure measures;
  // a change in another unit keeps its own counted noun.
  { text: 'Số hợp tác xã của tỉnh năm 2020 là 320 hợp tác xã, tăng 45 hợp tác xã so với năm 2015.', expect: [{ name: 'Số hợp tác xã', value: 320 }, { name: 'Số hợp tác xã', value: 45, change: 'increase' }] },
  { text: 'Số hợp tác xã của tỉnh năm 2020 là 320 hợp tác xã, tăng 900 thành viên so với năm 2015.', expect: [{ name: 'Số hợp tác xã', value: 320 }, { name: 'thành viên', value: 900 }] },
  // A bare count head with only its whole after it names nothing: the counted noun does.
  { text: 'Sau dự án, tổng số toàn mạng có 5.120 trạm phát sóng.', expect: [{ value: 5120, name: 'trạm phát sóng' }] },
  // Items after `;` that name only their owner, in the same unit, measure what the first names.
  { text: 'Giá ngày giường tại bệnh viện hạng đặc biệt tăng lên 300.000 đồng; bệnh viện hạng 1 là 250.000 đồng, bệnh viện hạng 2 là 200.000 đồng.', expect: [{ name: 'Giá ngày giường', subject: 'bệnh viện hạng đặc biệt' }, { name: 'Giá ngày giường', subject: 'bệnh viện hạng 1' }, { name: 'Giá ngày giường', subject: 'bệnh viện hạng 2' }] },
  // Parts of a whole that `trong đó` breaks down, named by a verb alone, take the whole's name.
  { text: 'Công ty chi 2 tỷ đồng tiền thưởng, trong đó anh A nhận 800 triệu đồng, anh B nhận 500 triệu đồng.', expect: [{ name: 'tiền thưởng' }, { name: 'tiền thưởng' }, { name: 'tiền thưởng' }] },
  // An amount of matter after `có` is of the noun after it; what has it is the subject.
  { text: 'Hợp tác xã có 120 ha chè an toàn.', expect: [{ name: 'chè an toàn', subject: 'Hợp tác xã' }] },
  // An adverb that follows its verb (`hết`, `thêm`) is no linking verb: the amount is of the noun after.
  { text: 'Trung bình mỗi tháng hộ dân sử dụng hết 15 m3 nước sạch.', expect: [{ value: 15, name: 'nước sạch' }] },
  { text: 'Nhà máy sẽ cộng thêm 500 tấn thép.', expect: [{ value: 500, name: 'thép' }] },
  // A sum that opens its clause, nothing naming it, is named by what it does; not after a
  // denial, nor a causative's effect.
  { text: 'Đến nay, có hơn 900 tỷ đồng đã đầu tư vào 5 cụm công nghiệp.', expect: [{ value: 900e9, name: 'đầu tư vào 5 cụm công nghiệp' }, { value: 5 }] },
  { text: '120 tỷ đồng nâng cấp tuyến đê biển', expect: [{ value: 120e9, name: 'nâng cấp tuyến đê biển' }] },
  { text: 'Hiện vẫn còn 40 tỷ đồng không được giải ngân.', expect: [{ value: 40e9, name: null }] },
  // Items that say the verb alone measure what it says with its object earlier in the sentence;
  // not an object that goes on into another verb.
  { text: 'Nhiều doanh nghiệp âm vốn chủ sở hữu, điển hình là Công ty Cổ phần Bình Minh âm hơn 20 tỷ đồng, Công ty Hòa Phát âm hơn 12 tỷ đồng.', expect: [{ value: 20e9, name: 'âm vốn chủ sở hữu' }, { value: 12e9, name: 'âm vốn chủ sở hữu' }] },
  { text: 'UBND huyện đã hỗ trợ gia đình nạn nhân 5 triệu đồng, Hội Phụ nữ huyện hỗ trợ 1 triệu đồng.', expect: [{ value: 5e6 }, { value: 1e6, name: 'hỗ trợ gia đình nạn nhân' }] },
  { text: 'Tôi lén lấy chìa khóa mở tủ, sau đó Công ty An Bình lấy 20 triệu đồng.', expect: [{ value: 20e6, name: 'lấy' }] },
  // A bound or a range's `từ` before a label's colon belongs to the figure, not to the label.
  { text: 'Độ ẩm không khí từ: 60 - 95%.', expect: [{ value: 60, name: 'Độ ẩm không khí' }, { value: 95, name: 'Độ ẩm không khí' }] },
  { text: 'Tỷ giá trên thị trường tự do ở khoảng: 22.800 đồng/USD.', expect: [{ value: 22800, name: 'Tỷ giá trên thị trường tự do' }] },
  // Thresholds listed after `;`, each a clause of its bounds alone, bound what the first names.
  { text: 'Trường có số học sinh dưới 500 em thì có 1 phó hiệu trưởng; từ 500 em đến dưới 1.000 em thì có 2 phó hiệu trưởng.', expect: [{ value: 500, name: 'số học sinh' }, { value: 1 }, { value: 500, name: 'số học sinh' }, { value: 1000, name: 'số học sinh' }, { value: 2 }] },
  // A percent before a group a plural determiner opens, after a verb alone, is the group's share.
  { text: 'Phần mềm đã được triển khai đến 90% các trường học trong huyện.', expect: [{ name: 'các trường học trong huyện' }] },
  { text: 'Tỷ lệ nợ xấu của các ngân hàng giảm còn 2% các khoản vay.', expect: [{ name: 'Tỷ lệ nợ xấu' }] },
  // Physical measures head a name as money and counts do.
  { text: 'Chiếc máy có thể làm việc ở nhiệt độ 45 độ C.', expect: [{ value: 45, name: 'nhiệt độ' }] },
  { text: 'Xe dùng động cơ có dung tích xi lanh 1.500 cm3.', expect: [{ value: 1500, name: 'dung tích xi lanh' }] },
  // After a comma, a clause that names only its owner gives the measure the clause before opens with.
  { text: 'Nhiệt độ cao nhất ở đồng bằng phổ biến 33-35, trung du và miền núi 30-32 độ.', expect: [{ value: 30, name: 'Nhiệt độ cao nhất', subject: 'trung du và miền núi' }, { value: 32, name: 'Nhiệt độ cao nhất', subject: 'trung du và miền núi' }] },
  // A time that dated a figure before `và` is the subject's, shared by the predicate after it; a
  // time a verb took before `và` with no figure is that predicate's own.
  { text: 'Tổng mức bán lẻ tháng 10/2024 ước đạt 551,1 nghìn tỷ đồng, tăng 1,6% so với tháng trước và tăng 7,1% so với cùng kỳ năm trước.', expect: [{ value: 551.1e12, period: '2024-10' }, { value: 1.6, period: '2024-10' }, { value: 7.1, period: '2024-10' }] },
  { text: 'Sân vận động mở cửa vào năm 1995 và có sức chứa 21.000 người.', expect: [{ value: 21000, period: null, name: 'sức chứa' }] },
  // A recurring time is a time: it is no part of the name, and the body after it acts.
  { text: 'Bình quân mỗi tháng công ty bán 200 con dê giống cho khách hàng.', expect: [{ value: 200, subject: 'công ty' }] },
  { text: 'Công viên đón khoảng 1.000 lượt khách mỗi ngày.', expect: [{ value: 1000, name: 'lượt khách' }] },
  // The parts `trong đó` breaks a whole into, each a place named alone before its figure: the
  // place owns the part, the part measures what the whole does.
  { text: 'Tổng số tiền hỗ trợ là 1.680 tỷ đồng. Trong đó, Hà Tĩnh 560 tỷ đồng, Quảng Bình 760 tỷ đồng.', expect: [{ value: 1680e9, name: 'Tổng số tiền hỗ trợ' }, { value: 560e9, name: 'Tổng số tiền hỗ trợ', subject: 'Hà Tĩnh' }, { value: 760e9, name: 'Tổng số tiền hỗ trợ', subject: 'Quảng Bình' }] },
  // A bare year after a name is its model or edition, not a time (`Honda City 2017`); after an
  // event's, a season's, a holiday's or an index's word it is the time (`Tết Nguyên đán 2017`).
  { text: 'Tại thị trường Việt Nam, Honda City 2017 có 2 phiên bản với giá từ 568 triệu đồng.', expect: [{ value: 2, period: null }, { value: 568e6, period: null }] },
  { text: 'Sau Tết Nguyên đán 2017, khoảng 600 doanh nghiệp trên địa bàn tỉnh đang thiếu lao động.', expect: [{ value: 600, period: '2017' }] },
  // Reserves and capacity are measures: they name the figure, not its counted noun.
  { text: 'Qatar có trữ lượng khí đốt lớn thứ ba thế giới với khoảng 896 nghìn tỉ khối.', expect: [{ name: 'trữ lượng khí đốt lớn thứ ba thế giới', subject: 'Qatar' }] },
  { text: 'Giá nhà tại Hà Nội tăng 5% so với năm 2018.', expect: [{ name: 'Giá nhà', subject: 'Hà Nội', period: null, baseline: '2018' }] },
  // A measure after the linking verb names the figure, though the actor before holds a measure of its own.
  { text: 'Các doanh nghiệp có vốn nhà nước đạt doanh thu 100 tỷ đồng.', expect: [{ name: 'doanh thu' }] },
  // A linking word that only gives the level a verb sets (`ở mức`) leaves the verb the predicate:
  // the measured phrase before the auxiliary names the figure. A noun before it does not count
  // as such a verb (`Nợ phải trả của doanh nghiệp hiện ở mức …`).
  { text: 'Giá USD được niêm yết ở mức 22.705 đồng.', expect: [{ name: 'Giá USD' }] },
  { text: 'Giá vàng miếng hiện đang được chào giá ở mức 36,75 triệu đồng/lượng.', expect: [{ name: 'Giá vàng miếng' }] },
  { text: 'Nợ phải trả của doanh nghiệp hiện ở mức 6.035 tỷ đồng.', expect: [{ name: 'Nợ phải trả', subject: 'doanh nghiệp' }] },
  // A stand-in right after a change verb (`từ mức`, `xuống sát`) measures what changes, the
  // phrase that opens the change's segment.
  { text: 'Chi phí tài chính của công ty tăng mạnh từ mức 800 triệu đồng lên 35 tỷ đồng.', expect: [{ name: 'Chi phí tài chính' }, { name: 'Chi phí tài chính' }] },
  { text: 'Giá vàng có lúc đã xuống sát 1.240 USD/ounce.', expect: [{ name: 'Giá vàng' }] },
  // A quality written as one word of a linking verb and a measure (`có giá`, valuable) is,
  // before a figure, the verb and the measure: the measure names the figure.
  { text: 'Chiếc xe này có giá khoảng 1,2 tỷ đồng.', expect: [{ name: 'giá' }] },
  // `mới` between a noun's phrase and its owner is the noun's (new), not a word of time.
  { text: 'Mức lương mới của Ronaldo là 300 nghìn bảng/tuần.', expect: [{ name: 'Mức lương mới', subject: 'Ronaldo' }] },
  { text: 'Giá cước mới tại sân bay tăng 10%.', expect: [{ name: 'Giá cước mới', subject: 'sân bay' }] },
  // After a verb alone and before a change it is the verb's (newly); before `đạt` it is `only`.
  { text: 'Số xe đăng ký mới giảm 5% so với năm trước.', expect: [{ name: 'Số xe đăng ký mới' }] },
  { text: 'Tỷ lệ tham gia mới đạt 48%.', expect: [{ name: 'Tỷ lệ tham gia' }] },
  { text: 'Vé tháng toàn tuyến có giá là 200.000 đồng.', expect: [{ name: 'giá' }] },
  // So is it where the measure's phrase goes on before the figure (`có giá bán`, `có giá niêm yết`).
  { text: 'Tại Nhật Bản, Honda Civic có giá bán 22.000 USD.', expect: [{ name: 'giá bán', subject: 'Honda Civic' }] },
  { text: 'Căn hộ mẫu có giá niêm yết 1,5 tỷ đồng.', expect: [{ name: 'giá niêm yết' }] },
  // A verb alone opening the clause after a comma sets the level of the measure the clause
  // before opens with (`…, niêm yết ở mức …`).
  { text: 'Giá vàng SJC tại Bảo Tín cũng biến động tương tự, niêm yết ở mức 36,5 triệu đồng/lượng.', expect: [{ name: 'Giá vàng SJC' }] },
  // An adverb of the usual level before a figure grades it (`phổ biến`, commonly), as `khoảng`
  // does; a temperature is named by what stands before it, never by its degrees.
  { text: 'Nhiệt độ thấp nhất phổ biến 13-16 độ C.', expect: [{ value: 13, name: 'Nhiệt độ thấp nhất' }, { value: 16, unit: 'độ C', name: 'Nhiệt độ thấp nhất' }] },
  { text: 'Lãi suất cho vay phổ biến ở mức 7%/năm.', expect: [{ name: 'Lãi suất cho vay' }] },
  // A passive of saying links as `là` does: what comes before it is what is measured.
  { text: 'Mức phí chuyển nhượng được cho là 30 triệu euro.', expect: [{ name: 'Mức phí chuyển nhượng' }] },
  { text: 'Giá bán của chiếc xe được cho rằng sẽ lên tới 1.000 USD.', expect: [{ name: 'Giá bán của chiếc xe' }] },
  // A label of names opening the sentence before a colon owns what follows it (a headline's
  // `Place: …`, a list's `Bank: rate`); it names nothing. Not a measure or a verb the
  // dictionary knows, capitalised (`Định giá chuyển nhượng: …`), nor a speaker's turn.
  { text: 'TP.HCM: Giá nhà tăng 10% trong năm qua.', expect: [{ name: 'Giá nhà', subject: 'TP.HCM' }] },
  { text: 'Vietinbank: 22.790 đồng.', expect: [{ name: null, subject: 'Vietinbank' }] },
  { text: 'Định giá chuyển nhượng: 65 triệu euro.', expect: [{ name: 'Định giá chuyển nhượng', subject: null }] },
  // A figure after a dash (no range's) gives the value of the measure named before the dash.
  { text: 'Hai phiên bản có cùng giá bán – 299 USD.', expect: [{ name: 'giá bán' }] },
  // A colon after a linking word only sets the figures off; a sentence that is only an owner's
  // label and its figures continues the list the sentence before leads in, and takes its name.
  {
    text: 'Techcombank và ACB niêm yết giá USD ở mức: 23.150 đồng (mua) và 23.250 đồng (bán). Sacombank: 23.140 đồng (mua) và 23.260 đồng (bán).',
    expect: [
      { name: 'giá USD', subject: 'Techcombank và ACB' },
      { name: 'giá USD', subject: 'Techcombank và ACB' },
      { name: 'giá USD', subject: 'Sacombank' },
      { name: 'giá USD', subject: 'Sacombank' },
    ],
  },
  // A stand-in (`các mức`) with no change around it measures the topic the sentence opens with.
  { text: 'Đối với suất ăn bệnh nhân, các mức tương ứng là: 45.000 đồng/suất, 38.000 đồng/suất.', expect: [{ name: 'suất ăn bệnh nhân' }, { name: 'suất ăn bệnh nhân' }] },
  // A short item between two commas goes on with the topic, whatever its words' class.
  { text: 'Về điều trị bỏng, phục hồi chức năng, các mức là: 410.000 đồng/ngày.', expect: [{ name: 'điều trị bỏng, phục hồi chức năng' }] },
  // A proper name after a comma that follows a common noun opens another clause: the counted
  // noun stops at the comma, and the name is the next clause's actor.
  { text: 'Lexus bán được 15.572 chiếc, Audi bán được 13.201 chiếc.', expect: [{ name: 'chiếc', subject: 'Lexus' }, { name: 'chiếc', subject: 'Audi' }] },
  // A name then a verb of giving or getting, which the dictionary also knows as a noun (`chi`,
  // `thu`): the verb is what the sum measures, the name its actor.
  { text: 'Năm ngoái, Australia chi hơn 440 triệu USD nâng cấp cảng.', expect: [{ name: 'chi', subject: 'Australia' }] },
  // A body named by `Ban` and what it does is one owner (`Ban chỉ đạo`, not `Ban` and its verb).
  { text: 'Trong tháng, Ban chỉ đạo đã làm việc với 9 dự án.', expect: [{ name: 'dự án', subject: 'Ban chỉ đạo' }] },
  // A clause made a noun by `việc`, with an actor of its own, is the figure's clause: its actor
  // owns the figure, or no one does, never the actor around it (`Nhiều hộ dân` only know of
  // the fine). Without an actor of its own (`việc mua thêm …`) the clause around it acts.
  { text: 'Sở Xây dựng đã trả lời báo chí về việc thành phố sẽ trồng thêm 2.000 cây xanh.', expect: [{ name: 'cây xanh', subject: 'thành phố' }] },
  { text: 'Nhiều hộ dân chưa biết việc tự câu móc điện có mức phạt tới 10 triệu đồng.', expect: [{ name: 'mức phạt', subject: null }] },
  { text: 'Công ty đang hướng tới việc mua thêm 300 căn hộ.', expect: [{ name: 'căn hộ', subject: 'Công ty' }] },
  // After a note in brackets an owner goes on only with a name: a verb or an adverb is the clause's.
  { text: 'Hôm qua, 3 triệu cổ phiếu của Công ty CP Vận tải Sông Hồng (Soha) chính thức lên sàn.', expect: [{ name: 'cổ phiếu', subject: 'Công ty CP Vận tải Sông Hồng (Soha)' }] },
  { text: 'Ông Hà cho biết 12 hộ dân tại xã Tân Lập (huyện Đan Phượng) phản đối dự án.', expect: [{ subject: 'xã Tân Lập (huyện Đan Phượng)' }] },
  // A part of the day before a day's date is that date's time, not the counted noun's word.
  { text: 'Vụ tai nạn giữa xe ba gác và 2 xe máy chiều 12/5 khiến 2 người bị thương.', expect: [{ value: 2, name: 'xe máy' }, { value: 2, name: 'người bị thương' }] },
  // The whole of a place ending the phrase after a figure is its subject.
  { text: 'Phủ sóng đạt trên 95% dân cư toàn tỉnh.', expect: [{ value: 95, name: 'Phủ sóng', subject: 'toàn tỉnh' }] },
  // A body named in sentence case is whole before a verb of saying; elsewhere a lower-case word
  // after a body's head may be its verb (`Công ty đặt chỉ tiêu …`).
  { text: 'Lãnh đạo Trung tâm kiểm định chất lượng công trình cho biết, chi phí kiểm định mỗi công trình khoảng 50 triệu đồng.', expect: [{ value: 50e6, subject: 'Trung tâm kiểm định chất lượng công trình' }] },
  // A body's name the phrase readers cut short is read whole by the organisation reader, to a
  // name and over no verb of the clause or other body.
  { text: 'Hội đồng nghiệm thu Quốc gia mới xem xét 4 hạng mục, 9 hạng mục còn “chờ bổ sung”.', expect: [{ value: 4, subject: 'Hội đồng nghiệm thu Quốc gia' }, { value: 9, subject: 'Hội đồng nghiệm thu Quốc gia' }] },
  { text: 'Sở cứu hỏa London cho biết: “45 xe cứu hỏa đã được điều đến.”', expect: [{ value: 45, subject: 'Sở cứu hỏa London' }] },
  { text: 'Năm 2016, Viện triển khai thực hiện 9 đề tài và 12 nhiệm vụ KHCN.', expect: [{ value: 9, subject: 'Viện' }, { value: 12, subject: 'Viện' }] },
  // A share names what it is of; a change after a verb names what follows it.
  { text: 'Gạo chiếm 35% kim ngạch xuất khẩu của tỉnh.', expect: [{ name: 'kim ngạch xuất khẩu', subject: 'tỉnh' }] },
  // An agent's clause after the actor's noun (`do` who, a verb and its object) is the actor's
  // own; a cause after `do` is not.
  { text: 'Công ty do ông Hùng làm giám đốc đã nhận 2 tỷ đồng tiền đặt cọc.', expect: [{ name: 'tiền đặt cọc', subject: 'Công ty do ông Hùng làm giám đốc' }] },
  { text: 'Dự án do Tổng công ty Sông Đà làm chủ đầu tư có tổng vốn 900 tỷ đồng.', expect: [{ name: 'tổng vốn', subject: 'Dự án do Tổng công ty Sông Đà làm chủ đầu tư' }] },
  { text: 'Nhà máy do ảnh hưởng của bão đã giảm 20% sản lượng.', expect: [{ name: 'sản lượng', subject: null }] },
  // Words up to an acronym in brackets are the one name it abbreviates, verbs among them.
  {
    text: 'Khối doanh nghiệp đầu tư nước ngoài (FDI) năm 2016 có 2.500 dự án mới, với tổng vốn đăng ký 15 tỷ USD.',
    expect: [{ subject: 'Khối doanh nghiệp đầu tư nước ngoài (FDI)' }, { name: 'tổng vốn đăng ký', subject: 'Khối doanh nghiệp đầu tư nước ngoài (FDI)' }],
  },
  // A time phrase ends the place the figure is at.
  { text: 'Giá vàng SJC tại Công ty Phú Quý lúc 9 giờ sáng là 36,8 triệu đồng/lượng.', expect: [{ name: 'Giá vàng SJC', subject: 'Công ty Phú Quý' }] },
  // The owner ending a share's base, `của` and a whole place, or written over the base with a
  // slash, is whose the share is when the clause names no actor; a slash before a period is a rate.
  { text: 'Tôm chiếm 33% kim ngạch xuất khẩu thủy sản của cả nước.', expect: [{ name: 'kim ngạch xuất khẩu thủy sản', subject: 'cả nước' }] },
  { text: 'Tỷ lệ nợ xấu nội bảng chiếm 2,9%/tổng dư nợ tín dụng của nền kinh tế.', expect: [{ name: 'Tỷ lệ nợ xấu nội bảng', subject: 'nền kinh tế' }] },
  { text: 'Lãi suất huy động các kỳ hạn đều giảm về dưới 5%/năm.', expect: [{ value: 5, name: null }] },
  { text: 'Các ngân hàng đã tăng 0,5% lãi suất huy động.', expect: [{ name: 'lãi suất huy động', subject: 'Các ngân hàng' }] },
  // A measure head before a counted figure names it (`dân số`), a bare one (`tổng số`) does not.
  { text: 'Thành phố có dân số khoảng 13 triệu người.', expect: [{ name: 'dân số', subject: 'Thành phố' }] },
  { text: 'Trong tổng số hơn 2.500 trường học, 90% có phòng y tế.', expect: [{ value: 2500, name: 'trường học' }, { value: 90 }] },
  // A measure before an auxiliary is the name, the verb after it the predicate; before a
  // linking verb the relative clause belongs to the name.
  { text: 'Tỷ lệ lạm phát đã được kiểm soát dưới 4%.', expect: [{ name: 'Tỷ lệ lạm phát', qualifier: 'less_than' }] },
  // `có nơi`, `có lúc` (in places, at times) right before a figure grade it: no name of theirs.
  { text: 'Trời nắng nóng, nhiệt độ cao nhất 37-39 độ C, có nơi trên 40 độ C.', expect: [{ value: 37 }, { value: 39 }, { value: 40, name: 'nhiệt độ cao nhất' }] },
  { text: 'Mức chênh này có lúc lên tới 4,2 triệu đồng/lượng.', expect: [{ name: 'Mức chênh này' }] },
  { text: 'Nhiệt độ thấp nhất 12-14 độ C, vùng núi nhiều nơi dưới 10 độ C.', expect: [{ value: 12 }, { value: 14 }, { value: 10, name: 'Nhiệt độ thấp nhất', subject: 'vùng núi' }] },
  // A verb of giving or getting keeps its direction before the place where it is done.
  { text: 'Giá vàng miếng bán ra tại Hà Nội vượt 37,5 triệu đồng/lượng.', expect: [{ name: 'Giá vàng miếng bán ra', subject: 'Hà Nội' }] },
  // A label that says what the measure is (`… là …:`) names the measure before its `là`.
  { text: 'Ngưỡng kháng cự gần nhất là: 1.250 USD/ounce.', expect: [{ name: 'Ngưỡng kháng cự gần nhất' }] },
  { text: 'Ngưỡng hỗ trợ gần nhất là đáy tuần trước: 1.210 USD/ounce.', expect: [{ name: 'Ngưỡng hỗ trợ gần nhất' }] },
  // Colon lists name each item by its label.
  { text: 'Cụ thể: Thu nội địa: 1.200 tỷ đồng; Thu từ dầu thô: 300 tỷ đồng.', expect: [{ name: 'Thu nội địa' }, { name: 'Thu từ dầu thô' }] },
  // The period that governs the figure's clause: the nearest, not a baseline's, carried over `;`.
  { text: 'Sau mức tăng 12% của năm 2016, quý I/2017 tỉnh thu hút 2,1 triệu lượt khách.', expect: [{ value: 12, name: 'mức tăng', period: '2016' }, { value: 2.1e6, name: 'lượt khách', subject: 'tỉnh', period: '2017-Q1' }] },
  { text: 'Năm 2016, doanh thu đạt 500 tỷ đồng; lợi nhuận đạt 50 tỷ đồng.', expect: [{ name: 'doanh thu', period: '2016' }, { name: 'lợi nhuận', period: '2016' }] },
  { text: 'Từ tháng 1 đến tháng 5/2016, tỉnh đón 300 nghìn lượt khách.', expect: [{ period: '2016-01/2016-05', subject: 'tỉnh' }] },
  { text: 'Lực lượng lao động của tập đoàn giảm 15.000 người từ năm 2012 đến nay.', expect: [{ period: null }] },
  // A document's type word before a number with a counted noun or a scale after it (no `số`)
  // does not make the number a document's (`lệnh` of `khớp lệnh`, `giấy phép`, `kế hoạch`).
  { text: 'Sở đã rút giấy phép 4 doanh nghiệp khai thác cát.', expect: [{ value: 4, unit: 'doanh nghiệp' }] },
  { text: 'Cổ phiếu này khớp lệnh 1,2 triệu đơn vị.', expect: [{ value: 1.2e6, unit: 'đơn vị' }] },
  { text: 'Ngày 9/12/2016, báo Vietnamnet đưa tin, công an đã khởi tố 3 bị can.', expect: [{ value: 3, period: null }] },
  // The day a source's report is dated is the report's, not the figure's; a source's year is the figure's.
  { text: 'Theo báo cáo ngày 5-3-2017 của Sở Nội vụ thì huyện đã tuyển 40 giáo viên từ năm 2014 đến 2016.', expect: [{ value: 40, period: '2014/2016' }] },
  { text: 'Theo điều tra dân số năm 2019, tỉnh có khoảng 1,2 triệu người.', expect: [{ value: 1.2e6, period: '2019' }] },
  { text: 'Số cấp phó theo Luật Tổ chức Chính phủ năm 2015 không quá 5 người.', expect: [{ value: 5, period: null }] },
  // Units keep their whole form.
  // A proper name before the figure acts; what it does is measured. A subject names an owner:
  // a reason or an event (`Điều này`) is none, and the subject stays empty.
  { text: 'Thùy Linh đã 4 lần cõng bạn vào phòng thi.', expect: [{ name: 'lần cõng bạn vào phòng thi', subject: 'Thùy Linh' }] },
  // A name the text makes, right before a verb in the phrase before the figure, acts: what it does is measured.
  { text: 'Tối ngày 10/8/2016, ông John đưa cho nhân viên 150 AUD.', expect: [{ name: 'đưa cho nhân viên', subject: 'John' }] },
  // A word that reads as a verb too is the predicate when it ends the phrase after a name; a
  // measure's head there stays in the name.
  { text: 'Năm 2016, Hodeco lãi 58 tỷ đồng.', expect: [{ name: 'lãi', subject: 'Hodeco' }] },
  { text: 'Tại TP.HCM, NƠXH giá 100 triệu đồng mỗi căn vẫn khó tìm.', expect: [{ name: 'NƠXH giá' }] },
  { text: 'Samsung Galaxy S8 sở hữu màn hình 5,8 inch.', expect: [{ name: 'sở hữu màn hình', subject: 'Samsung Galaxy S8' }] },
  // (Not a capitalised common noun, nor a body's head alone.)
  { text: 'Hôm qua, Cơ quan đầu tư nước này có 300 tỉ USD.', expect: [{ name: 'Cơ quan đầu tư nước này' }] },
  // `điểm` counts places when a word says what follows it; alone it measures (points).
  { text: 'Toàn huyện hiện có 64 điểm sạt lở nghiêm trọng.', expect: [{ name: 'điểm sạt lở nghiêm trọng', subject: 'Toàn huyện' }] },
  { text: 'Cả nước có 2.364 điểm thi với 36.382 phòng thi.', expect: [{ name: 'điểm thi', subject: 'Cả nước' }, { name: 'phòng thi' }] },
  { text: 'Phiên hôm qua, VN-Index tăng 5,2 điểm.', expect: [{ name: 'VN-Index' }] },
  { text: 'Vùng hỗ trợ gần nằm tại 732-736 điểm.', expect: [{ value: 732, name: null }, { value: 736, name: null }] },
  // An owner word holding its own place, right before the verb, owns the phrase before it.
  { text: 'Theo đó, tổng số thí sinh đăng ký dự thi trên toàn tỉnh là 21.406 em.', expect: [{ name: 'tổng số thí sinh đăng ký dự thi' }] },
  // After a proper name, a word read first as a verb ends the subject though it is a noun too;
  // after a body's head it goes on naming the body (`Ban tổ chức`).
  { text: 'Mùa giải này, Ronaldo ghi 42 bàn thắng.', expect: [{ name: 'bàn thắng', subject: 'Ronaldo' }] },
  { text: 'Năm nay, Ban tổ chức trao 10 giải thưởng.', expect: [{ name: 'giải thưởng', subject: 'Ban tổ chức' }] },
  // `đứng tại` (stands at) links a measure to its figure as `ở mức` does; the change after it is of the same measure.
  { text: 'Giá vàng giao ngay trên sàn Kitco đứng tại 1.233 USD/oz, tăng 1,1% so với chốt phiên trước.', expect: [{ name: 'Giá vàng giao ngay trên sàn Kitco' }, { name: 'Giá vàng giao ngay trên sàn Kitco' }] },
  // `dao động` (ranges) links a measure to its range as `ở mức` does.
  { text: 'Học phí ở trường này dao động từ 2,5 đến 2,7 triệu đồng/tháng.', expect: [{ name: 'Học phí', subject: 'trường này' }, { name: 'Học phí', subject: 'trường này' }] },
  // `lời đề nghị` is an offer (a noun), not a verb of saying whose report follows.
  { text: 'Câu lạc bộ vừa từ chối lời đề nghị trị giá 45 triệu euro của PSG.', expect: [{ name: 'lời đề nghị' }] },
  // A superlative qualifying the noun is one word, before `nhất là` (`especially`) can be read.
  { text: 'Giá trị giải Jackpot lớn nhất là 159.232.985.000 đồng.', expect: [{ name: 'Giá trị giải Jackpot lớn nhất' }] },
  // Accounting terms keep their `trước`/`sau` (no time words there).
  { text: 'Quý IV/2016, KBC chỉ đạt 84,5 tỷ đồng lợi nhuận sau thuế.', expect: [{ name: 'lợi nhuận sau thuế', subject: 'KBC' }] },
  { text: 'Lợi nhuận trước thuế của doanh nghiệp nhà nước đạt trên 161 nghìn tỷ đồng.', expect: [{ name: 'Lợi nhuận trước thuế', subject: 'doanh nghiệp nhà nước' }] },
  // A share followed by `lần`: the counted times start after the figure.
  { text: 'Anh đã có 3 bàn thắng trên tổng số 4 lần ra sân.', expect: [{ name: 'lần ra sân' }] },
  { text: 'Điều này khiến giá thuê tăng 250%.', expect: [{ subject: null }] },
  // A headline glued to the body without its stop: the actor after the lost stop still owns the figure.
  { text: 'Giáo viên, phòng học đều thiếu Cả nước còn khoảng 2.000 điểm trường chưa có nhà vệ sinh đạt chuẩn.', expect: [{ name: 'điểm trường chưa có nhà vệ sinh đạt chuẩn', subject: 'Cả nước' }] },
  // A counted noun goes on to the end of its clause: a relative clause after `mà`, an owner's
  // count after `của`, an owner followed by the phrase's own predicate.
  { text: 'Các tỉnh cần chú ý 3 khu vực mà Ban Quản lý dự án đang khảo sát.', expect: [{ name: 'khu vực mà Ban Quản lý dự án đang khảo sát' }] },
  {
    text: 'Đến nay, 80% hạ tầng mạng ngoại vi tại các khu đô thị trên địa bàn tỉnh Hải Dương đã được ngầm hóa.',
    expect: [{ name: 'hạ tầng mạng ngoại vi tại các khu đô thị trên địa bàn tỉnh Hải Dương đã được ngầm hóa', subject: 'tỉnh Hải Dương' }],
  },
  { text: 'Lực lượng lao động của Vinatex giảm 8.000 người.', expect: [{ name: 'Lực lượng lao động', subject: 'Vinatex' }] },
  // An owner that ends a counted noun's phrase is cut off (the clause's actor goes first); a
  // recipient after a verb and an owner inside a preposition's object stay.
  { text: 'Đến nay, đã có 1 cổng thông tin điện tử của tỉnh.', expect: [{ name: 'cổng thông tin điện tử', subject: 'tỉnh' }] },
  { text: 'Ngoài ra đã có 5.600 chứng thư số được cấp cho các tổ chức.', expect: [{ name: 'chứng thư số được cấp cho các tổ chức' }] },
  // After `là` and what the noun is, an auxiliary opens the sentence's predicate; a joined item
  // with a figure of its own is another item.
  { text: 'Bên cạnh đó, 45 lượt khách hàng là nông dân cũng được vay gần 5,2 tỷ đồng.', expect: [{ name: 'lượt khách hàng là nông dân' }, {}] },
  { text: 'Hợp tác xã đóng mới 12 tàu cá và sửa chữa 6 tàu khác.', expect: [{ name: 'tàu cá' }, {}] },
  // A named body or a level before the figure is whose it is, not what it measures.
  {
    text: 'Có 5 doanh nghiệp thua lỗ, điển hình là Công ty cổ phần Thép Phú Mỹ lỗ hơn 30 tỷ đồng, Cty TNHH Vận tải Hải Minh lỗ hơn 12 tỷ đồng.',
    expect: [{}, { subject: 'Công ty cổ phần Thép Phú Mỹ' }, { subject: 'Cty TNHH Vận tải Hải Minh' }],
  },
  { text: 'Tỷ lệ hồ sơ được số hóa ở cấp tỉnh đạt 79,9%, cấp huyện đạt 24%.', expect: [{}, { subject: 'cấp huyện' }] },
  // `đóng góp` gives a share of what follows, as `chiếm` does; inside a relative clause it is that clause's verb.
  { text: 'Khu vực nông nghiệp đã đóng góp gần 15% GDP.', expect: [{ name: 'GDP', subject: 'Khu vực nông nghiệp' }] },
  { text: 'Bộ trưởng tặng Kỷ niệm chương cho 19 cá nhân có thành tích đóng góp cho sự nghiệp phát triển ngành.', expect: [{ name: 'cá nhân có thành tích đóng góp cho sự nghiệp phát triển ngành' }] },
  // A measured phrase that opens the clause before a comma names a figure whose own segment has none.
  { text: 'Tổng thu ngân sách quý I tuy chưa cao, đạt 24,3%.', expect: [{ name: 'Tổng thu ngân sách' }] },
  { text: 'Doanh thu năm 2016 tăng mạnh và đạt 500 tỷ đồng.', expect: [{ name: 'Doanh thu', period: '2016' }] },
  { text: 'Số lượng hợp tác xã ngày càng tăng, hiện đã đạt gần 20 nghìn đơn vị.', expect: [{ name: 'Số lượng hợp tác xã' }] },
  // Right after a counted noun, an auxiliary of obligation opens the sentence's predicate; a
  // body after `cho` owns the figure, people after it are part of what is measured.
  { text: 'Tòa buộc 3 bị cáo phải bồi thường số tiền đã lừa đảo.', expect: [{ name: 'bị cáo' }] },
  { text: 'Tổng diện tích đất dự kiến giải tỏa cho dự án là hơn 1.200 ha.', expect: [{ name: 'Tổng diện tích đất dự kiến giải tỏa', subject: 'dự án' }] },
  { text: 'Số cổ phần bán ưu đãi cho cán bộ công đoàn là 150.000 cổ phần.', expect: [{ name: 'Số cổ phần bán ưu đãi cho cán bộ công đoàn', subject: null }] },
  // Times of an event named after them are counted like a noun; after `có`, a non-count
  // measure before the figure is whose the events are.
  {
    text: 'Giá điện trong năm đã có 6 kỳ điều chỉnh với 2 lần giảm, 1 lần giữ nguyên và 3 lần tăng.',
    expect: [{ name: 'kỳ điều chỉnh' }, { name: 'lần giảm' }, { name: 'lần giữ nguyên' }, { name: 'lần tăng' }],
  },
  // A counted figure's phrase that opens its clause is its owner whole, not only the place inside it.
  { text: 'Các chi nhánh Hòa Phát tại Gia Lai mở được 350 cửa hàng.', expect: [{ name: 'cửa hàng', subject: 'Các chi nhánh Hòa Phát tại Gia Lai' }] },
  // A bracket inside the counted phrase stays when the phrase goes on after it, a share in it too.
  {
    text: 'Cả nước còn khoảng 3.000 trạm y tế (chiếm 30%) chưa có bác sĩ làm việc.',
    expect: [{ name: 'trạm y tế (chiếm 30%) chưa có bác sĩ làm việc', subject: 'Cả nước' }, { name: 'trạm y tế (chiếm 30%) chưa có bác sĩ làm việc' }],
  },
  // An owner ends before a verb read into it after a name (`… Sài Gòn niêm yết`).
  { text: 'Cùng thời điểm, Công ty vàng bạc đá quý Bảo Tín niêm yết giá vàng nhẫn ở mức 52,10 triệu đồng/lượng.', expect: [{ subject: 'Công ty vàng bạc đá quý Bảo Tín' }] },
  // A `với` of measure after a phrase that opens its clause or a list's item gives that phrase's
  // measure (text/actor.ts, ownerBeforeAttribute); after a verb's object, a preposition's place,
  // a figure or an address's last part, the measure stays the clause's actor's.
  {
    text: 'Tỉnh có 2 dự án lớn gồm dự án Khu neo đậu tàu cá Đông Hải (phường 6) với kinh phí 85 tỷ đồng.',
    expect: [{ value: 2 }, { value: 85e9, name: 'kinh phí', subject: 'dự án Khu neo đậu tàu cá Đông Hải' }],
  },
  { text: 'Dẫn đầu là Công ty Bình Minh với doanh thu 500 tỷ đồng.', expect: [{ name: 'doanh thu', subject: 'Công ty Bình Minh' }] },
  { text: 'Theo sau là HPG với 20,6 tỷ đồng và PVS với 4,8 tỷ đồng.', expect: [{ subject: 'HPG' }, { subject: 'PVS' }] },
  { text: 'Dự án nằm ở quận 2, TP.HCM với tổng vốn 500 tỷ đồng.', expect: [{ name: 'tổng vốn', subject: 'Dự án' }] },
  { text: 'Công ty Hải Hà thuê người với giá 1 triệu đồng một ngày.', expect: [{ name: 'giá', subject: 'Công ty Hải Hà' }] },
  { text: 'Hải Dương xếp thứ 14 cả nước với giá trị 0,48.', expect: [{ value: 14 }, { value: 0.48, subject: 'Hải Dương' }] },
  { text: 'Theo khảo sát của Phòng Thương mại và Công nghiệp Việt Nam với 1.000 doanh nghiệp, 63% doanh nghiệp lạc quan.', expect: [{ value: 1000, subject: null }, { value: 63 }] },
  { text: 'Bayern là câu lạc bộ giàu truyền thống Bundesliga với 28 chức vô địch.', expect: [{ name: 'chức vô địch', subject: 'Bayern' }] },
  // After a figure read with its counted noun, an opener the dictionary knows as an adjective
  // describes the noun (`cụ thể`, specific; `đáng chú ý`, noteworthy); after a share it still
  // opens what follows (`đặc biệt là`, especially).
  { text: 'Cục Thuế đã đề ra 31 đầu công việc cụ thể để triển khai.', expect: [{ value: 31, name: 'đầu công việc cụ thể' }] },
  { text: 'Dưới đây là 7 cái tên đáng chú ý như thế.', expect: [{ value: 7, name: 'cái tên đáng chú ý' }] },
  { text: 'Doanh thu tăng 5% đặc biệt là ở miền Bắc.', expect: [{ value: 5, name: 'Doanh thu' }] },
  // After the counted noun's own predicate, a noun with an auxiliary and a verb after `và` is
  // another clause; a predicate joined with no actor of its own stays in the phrase.
  { text: 'Cục Dự trữ Liên bang Mỹ đã 2 lần nâng lãi suất và tỷ giá vẫn diễn biến ổn định.', expect: [{ value: 2, name: 'lần nâng lãi suất' }] },
  { text: 'Xã còn 120 hộ chưa có đất sản xuất hoặc đang thuê ruộng để cấy lúa.', expect: [{ value: 120, name: 'hộ chưa có đất sản xuất hoặc đang thuê ruộng' }] },
  // Every side of a size measures what the first does (not the `x` before it).
  {
    text: 'Với kích thước 3.995 x 1.735 x 1.515 mm, mẫu xe mới dài hơn bản cũ 155 mm.',
    expect: [
      { value: 3995, unit: 'mm', name: 'kích thước' },
      { value: 1735, unit: 'mm', name: 'kích thước' },
      { value: 1515, unit: 'mm', name: 'kích thước' },
      { value: 155, unit: 'mm' },
    ],
  },
  // A named body before its verb owns what it counts.
  { text: 'Năm nay, Công ty Hoàng Long thu hút 500 lao động.', expect: [{ name: 'lao động', subject: 'Công ty Hoàng Long' }] },
  // `trên cả nước` is one word to the reader: its place is the clause's actor.
  { text: 'Như vậy, trên cả nước có gần 12 nghìn giấy phép còn hiệu lực.', expect: [{ name: 'giấy phép còn hiệu lực', subject: 'cả nước' }] },
  { text: 'Hiện có 23,6 nghìn dự án trên cả nước.', expect: [{ subject: 'cả nước' }] },
  // A vehicle owns no figure (SPEC: a place, body, company, country or person).
  { text: 'Xe chạy với tốc độ 120km/h.', expect: [{ unit: 'km/h', name: 'tốc độ', subject: null }] },
  // A money noun right after a sum names it, whatever stands before (`số tiền`, a verb).
  // `cùng` before a figure is `with`: the clause before it goes on, and its actor holds what
  // comes with it; before a verb it is an auxiliary, and the actor is the phrase before it.
  { text: 'Hai đối tượng bị bắt tại nhà nghỉ thuộc xã Tân Lập cùng 2 kg ma túy.', expect: [{ value: 2, name: 'ma túy', subject: 'Hai đối tượng' }] },
  { text: 'Người dân xã Hòa Bình cùng tham gia dọn dẹp 5 tấn rác.', expect: [{ value: 5, name: 'rác', subject: 'Người dân xã Hòa Bình' }] },
  // A name or a subject never ends inside a bracket: cut short before its closing bracket it
  // takes it, else it ends before the bracket it opened; a stray closing bracket ends it.
  { text: 'Công ty CP Xây dựng Sông Đà (Hà Nội) nợ hơn 25 tỷ đồng, công ty TNHH Hoàng Long (Cần Thơ) nợ hơn 20 tỷ đồng.', expect: [{ value: 25e9, subject: 'Công ty CP Xây dựng Sông Đà (Hà Nội)' }, { value: 20e9 }] },
  { text: 'Thí sinh Lê Văn Nam (phải) 2 lần phá kỷ lục quốc gia.', expect: [{ value: 2, subject: 'Thí sinh Lê Văn Nam' }] },
  { text: 'Có 7 cán bộ thanh tra giao thông (thuộc Sở GTVT tỉnh) bị truy tố.', expect: [{ value: 7, name: 'cán bộ thanh tra giao thông', subject: 'Sở GTVT tỉnh' }] },
  // A percent right after a verb alone is a share of the verb's object; over a linking verb the
  // verb's activity is what is measured.
  { text: 'Nhà thầu đã hoàn thành 80% khối lượng công việc.', expect: [{ value: 80, name: 'khối lượng công việc' }] },
  // A percent after an actor and its verb (one the dictionary also knows as a noun) is a share of
  // the verb's object; held or taken, it is the actor's, whoever owns the whole.
  { text: 'Ông Moon Jae-in giành được 41,08% phiếu bầu.', expect: [{ value: 41.08, name: 'phiếu bầu', subject: 'Moon Jae-in' }] },
  { text: 'SCIC đang nắm 50,16% vốn điều lệ của công ty.', expect: [{ value: 50.16, name: 'vốn điều lệ', subject: 'SCIC' }] },
  { text: 'Nguồn cát chỉ đáp ứng 65% nhu cầu của các thành phố lớn.', expect: [{ value: 65, name: 'nhu cầu', subject: 'các thành phố lớn' }] },
  { text: 'Tập đoàn Hòa Bình sở hữu 30% cổ phần của ngân hàng.', expect: [{ value: 30, name: 'cổ phần', subject: 'Tập đoàn Hòa Bình' }] },
  { text: 'Sóng di động đã phủ sóng đạt 95% dân cư toàn tỉnh.', expect: [{ value: 95, name: 'phủ sóng', subject: 'toàn tỉnh' }] },
  // `chúng` (they) is a pronoun: no part of a name, no subject (`Hợp chúng quốc` is a word of its own).
  { text: 'Giá bán của chúng từ 200 triệu đồng.', expect: [{ value: 200e6, name: 'Giá bán', subject: null }] },
  // A unit of a device's measure is no counted noun: what it measures is named before it.
  { text: 'Máy có bộ nhớ trong 64 GB và pin 3.000 mAh.', expect: [{ value: 64, unit: 'GB', name: 'bộ nhớ trong' }, { value: 3000, unit: 'mAh', name: 'pin' }] },
  // A sum right after a verb of giving and its recipients is named by the verb; a measure before a sum still names it.
  { text: 'UBND xã đã hỗ trợ gia đình nạn nhân 5 triệu đồng.', expect: [{ value: 5e6, name: 'hỗ trợ', subject: 'UBND xã' }] },
  { text: 'Công ty đã tặng mỗi hộ nghèo 2 triệu đồng.', expect: [{ value: 2e6, name: 'tặng', subject: 'Công ty' }] },
  { text: 'Công ty đã hỗ trợ kinh phí 5 triệu đồng.', expect: [{ value: 5e6, name: 'kinh phí' }] },
  // A fine given so is whose the fine is: those fined.
  { text: 'Phạt một cửa hàng ở Đà Nẵng 10 triệu đồng vì bán hàng giả.', expect: [{ value: 10e6, name: 'Phạt', subject: 'cửa hàng ở Đà Nẵng' }] },
  // A verb of cost written with its prefix (`tiêu tốn`, `hao tốn`) links as `tốn` does: what costs is named, not a syllable of the verb.
  { text: 'Đợt nâng cấp sân bay tiêu tốn khoảng 40 triệu USD.', expect: [{ value: 40e6, name: 'Đợt nâng cấp sân bay' }] },
  { text: 'Cây cầu hao tốn 200 tỷ đồng.', expect: [{ value: 200e9, name: 'Cây cầu' }] },
  { text: 'Gia đình phải tiêu tốn 50-60 triệu học phí.', expect: [{ value: 50e6, name: 'học phí' }, { value: 60e6, name: 'học phí' }] },
  // With only a linking verb before the sum, the phrase before it acts whole, its place with it.
  { text: 'Trung bình mỗi hộ dân ở vùng lũ phải tốn 20 triệu đồng tiền sửa nhà.', expect: [{ value: 20e6, name: 'tiền sửa nhà', subject: 'mỗi hộ dân ở vùng lũ' }] },
  { text: 'Công ty đã chuyển cho bà Lan số tiền trên 2 tỷ đồng tiền thưởng.', expect: [{ value: 2e9, name: 'tiền thưởng' }] },
  // A fine is the fined party's, named after the sum by `với` / `đối với`, not its issuer's.
  { text: 'Cục đã ra quyết định xử phạt 15 triệu đồng đối với Công ty TNHH Minh Tân.', expect: [{ value: 15e6, subject: 'Công ty TNHH Minh Tân' }] },
  // A body after the figure is read whole, a company's legal form included.
  { text: 'Cục đã ra quyết định xử phạt 20 triệu đồng đối với Công ty TNHH một thành viên Sông Đà vì vi phạm.', expect: [{ value: 20e6, subject: 'Công ty TNHH một thành viên Sông Đà' }] },
  // A joined item with a number of its own, a figure or a label, is another item (`đợt 3`).
  { text: 'Tháng 8 sẽ điều chỉnh giá nước ở 12 tỉnh và đợt 2 vào cuối năm.', expect: [{ value: 12, name: 'tỉnh' }] },
  // With nothing else to say what a sum is, `trị giá` (worth) does; a measure before it still names.
  { text: 'Hải quân đặt mua 6 tàu khu trục lớp Type 45 (trị giá khoảng 1,24 tỉ USD/chiếc).', expect: [{ value: 6, name: 'tàu khu trục lớp Type 45' }, { value: 1.24e9, name: 'trị giá' }] },
  { text: 'Tổng giá trị hợp đồng trị giá 3 tỷ đồng.', expect: [{ value: 3e9, name: 'Tổng giá trị hợp đồng' }] },
  { text: 'Tổng cục Hải quan thu 200 tỷ đồng tiền thuế.', expect: [{ value: 200e9, name: 'tiền thuế', subject: 'Tổng cục Hải quan' }] },
  // An amount (weight, area, energy) after a verb is of the noun after it; what stands before the verb acts.
  { text: 'Năm 2016, tỉnh trồng mới 1.200 ha rừng sản xuất.', expect: [{ value: 1200, unit: 'ha', name: 'rừng sản xuất', subject: 'tỉnh' }] },
  { text: 'Nhà máy đề nghị giảm nhập 3 triệu tấn quặng.', expect: [{ value: 3e6, unit: 'tấn', name: 'quặng' }] },
  // … not when a linking verb stands between, nor after a measure: the phrase before is measured.
  { text: 'Sản lượng điện sản xuất đạt 3 triệu kWh.', expect: [{ name: 'Sản lượng điện sản xuất' }] },
  { text: 'Nhà máy có công suất chế biến 6,5 triệu tấn dầu thô mỗi năm.', expect: [{ name: 'công suất chế biến' }] },
  // A change word after a level or rate head is a noun (`mức tăng`); after what changes it is the verb.
  { text: 'Doanh thu tăng 5 tỷ đồng so với năm trước.', expect: [{ name: 'Doanh thu', change: 'increase' }] },
  { text: 'Mức tăng 5% là cao nhất.', expect: [{ name: 'Mức tăng' }] },
  // A figure in an adverbial opening the clause: its phrase ends at the adverbial's comma.
  { text: 'Ngoài 4 bị cáo, HĐXX còn triệu tập hơn 700 người.', expect: [{ value: 4, name: 'bị cáo' }, { value: 700, name: 'người', subject: 'HĐXX' }] },
  // A topic that points back (`Với kết quả này,`) names nothing.
  { text: 'Với kết quả này, tuyển Jordan vẫn dẫn đầu bảng với 4 điểm.', expect: [{ value: 4, name: null }] },
  // A pointing word closes the counted noun: what follows is the sentence's predicate.
  { text: 'Sau đó, 2 thanh niên này tiếp tục chạy theo xe.', expect: [{ value: 2, name: 'thanh niên này' }] },
  { text: 'Cảnh sát phong tỏa 2 khách sạn nói trên trong suốt vài ngày.', expect: [{ value: 2, name: 'khách sạn nói trên' }] },
  // A figure in brackets belongs to the named owner the brackets follow, not to the clause's actor.
  { text: 'Bộ Nội vụ đã kiểm tra tại Sở Công Thương tỉnh Cà Mau (có 5 Phó Giám đốc Sở).', expect: [{ value: 5, subject: 'Sở Công Thương tỉnh Cà Mau' }] },
  { text: 'Dư nợ của Tập đoàn Dầu khí (trong đó vay nước ngoài chiếm trên 70%) đã tăng mạnh.', expect: [{ value: 70, subject: 'Tập đoàn Dầu khí' }] },
  // A number label before a dash is no part of the name after it.
  { text: '52 - Costa đã có tổng cộng 52 bàn thắng ở Premier League.', expect: [{ value: 52, subject: 'Costa' }] },
  // A qualifier of the noun is read with it (`thấp nhất là`, not `nhất là` `especially`); a pronoun after `của` owns the phrase.
  { text: 'Mỗi tháng chi phí điều trị thấp nhất là 3 triệu đồng.', expect: [{ value: 3e6, name: 'chi phí điều trị thấp nhất' }] },
  { text: 'Tài sản của ông hiện vào khoảng 3,6 tỷ USD.', expect: [{ value: 3.6e9, name: 'Tài sản' }] },
  // A dash glued to a name joins it: `HNX- Index`.
  { text: 'HNX- Index giảm 1,21 điểm.', expect: [{ value: 1.21, name: 'HNX- Index' }] },
  // With no verb before a percent, `đối với` after it is a condition: the name comes from the figure before, or the topic.
  { text: 'Lãi suất cho vay hiện vào khoảng 7% đối với VND, khoảng 4% đối với ngoại tệ.', expect: [{ value: 7, name: 'Lãi suất cho vay' }, { value: 4, name: 'Lãi suất cho vay' }] },
  { text: 'Về giá bán, khoảng 2% đối với hóa đơn lớn.', expect: [{ value: 2, name: 'giá bán' }] },
  // A clause of no words of its own after `;` measures what the figure before does.
  // A level a verb alone sets (`ở mức`, `ở ngưỡng`) is the level of the noun before the verb, not
  // the verb's; an owner ending that noun is the subject.
  { text: 'Đồng nhân dân tệ sẽ kết thúc ở mức 7,1 NDT/USD.', expect: [{ name: 'Đồng nhân dân tệ', subject: null }] },
  { text: 'Vàng SJC tại Công ty Bảo Tín cũng giao dịch ở ngưỡng 36,65 triệu đồng/lượng.', expect: [{ name: 'Vàng SJC', subject: 'Công ty Bảo Tín' }] },
  // Owners listed after their preposition and determiner (`của các bộ, ngành`) are the subject whole.
  { text: 'Giải ngân vốn ODA của các bộ, ngành đạt 30%.', expect: [{ value: 30, name: 'vốn ODA', subject: 'các bộ, ngành' }] },
  // `ở` between a verb and an amount gives the level as `ở mức` does (not before a count: it
  // places); a body after `của` ending a passive measure is the subject.
  { text: 'Giá vàng miếng SJC của Công ty Bảo Tín đang được niêm yết ở 36,40 – 36,60 triệu đồng/lượng.', expect: [{ value: 36.4e6, name: 'Giá vàng miếng SJC', subject: 'Công ty Bảo Tín' }, { value: 36.6e6, name: 'Giá vàng miếng SJC', subject: 'Công ty Bảo Tín' }] },
  { text: 'Vàng miếng SJC hôm qua đóng cửa ở 36,8 triệu đồng mỗi lượng.', expect: [{ value: 36.8e6, name: 'Vàng miếng SJC' }] },
  { text: 'Mức tiêu thụ nhiên liệu của mẫu xe được công bố ở 15km/lít.', expect: [{ name: 'Mức tiêu thụ nhiên liệu của mẫu xe' }] },
  { text: 'Dịch bệnh đã xuất hiện ở 3 xã.', expect: [{ value: 3, name: 'xã' }] },
  // A body, a verb and its object before a level: the object is measured, the body owns it.
  { text: 'Công ty vàng bạc đá quý Sài Gòn niêm yết vàng SJC ở mức: 36,60 triệu đồng/lượng (mua vào) và 36,97 triệu đồng/lượng (bán ra).', expect: [{ value: 36.6e6, name: 'vàng SJC', subject: 'Công ty vàng bạc đá quý Sài Gòn' }, { value: 36.97e6, name: 'vàng SJC', subject: 'Công ty vàng bạc đá quý Sài Gòn' }] },
  { text: 'Ngân hàng giữ lãi suất ở mức 6%.', expect: [{ value: 6, name: 'lãi suất', subject: 'Ngân hàng' }] },
  // A duty carried out or a purpose opening the sentence ends at its comma: the actor is after it.
  { text: 'Thực hiện chỉ đạo của Thủ tướng tại văn bản của Văn phòng Chính phủ, Bộ Tài chính đã tạm cấp 1.680 tỷ đồng tiền bồi thường.', expect: [{ value: 1680e9, subject: 'Bộ Tài chính' }] },
  { text: 'Để hoàn thành mục tiêu của Đảng bộ, tỉnh đã chi 500 tỷ đồng.', expect: [{ value: 500e9, subject: 'tỉnh' }] },
  // Names listed with commas after an owner's preposition are the subject whole.
  { text: 'Sản lượng cà phê của Brazil, Việt Nam, Colombia và Indonesia đạt 106 triệu bao.', expect: [{ value: 106e6, name: 'Sản lượng cà phê', subject: 'Brazil, Việt Nam, Colombia và Indonesia' }] },
  // A torque in Nm is a measure, named by what stands before it; the phrase after a figure ends
  // before another measure with its own figure; `cho` between a thing and a measure yields it.
  { text: 'Động cơ cho công suất 300 mã lực tại 5.250 vòng/phút, mô-men xoắn cực đại 700 Nm.', expect: [{ value: 300, name: 'công suất' }, { value: 5250, name: 'vòng/phút' }, { value: 700, unit: 'Nm', name: 'mô-men xoắn cực đại' }] },
  { text: 'Chi phí cho quãng đường từ Bờ Hồ về Đào Tấn là 500.000 đồng.', expect: [{ value: 500000, name: 'Chi phí cho quãng đường từ Bờ Hồ về Đào Tấn' }] },
  // `tổng trị giá` is a measure (total value), not a sum word before the valuing `trị giá`.
  { text: 'Hai bên công bố các thỏa thuận thương mại mới với tổng trị giá hơn 8 tỉ USD.', expect: [{ value: 8e9, name: 'tổng trị giá' }] },
  // A verb that raises or lowers its object to the figure: the object is measured, the actor owns it.
  { text: 'Công ty nâng vốn điều lệ lên 500 tỷ đồng.', expect: [{ value: 500e9, name: 'vốn điều lệ', subject: 'Công ty' }] },
  { text: 'Ngân hàng hạ lãi suất cho vay xuống 6%.', expect: [{ value: 6, name: 'lãi suất cho vay', subject: 'Ngân hàng' }] },
  // Setting a target is said as `phấn đấu` is: the actor before it owns the figure, the target word names nothing.
  { text: 'Tỉnh đặt mục tiêu thu hút 2 triệu lượt khách.', expect: [{ value: 2e6, name: 'lượt khách', subject: 'Tỉnh', qualifier: 'target' }] },
  { text: 'Năm 2017, công ty đặt ra mục tiêu doanh thu 51.000 tỷ đồng.', expect: [{ value: 51000e9, name: 'doanh thu', subject: 'công ty', qualifier: 'target', period: '2017' }] },
  { text: 'Ngành da giày phấn đấu đạt kim ngạch xuất khẩu năm 2020 từ 24 tỷ USD; năm 2025 từ 35 tỷ USD.', expect: [{ value: 24e9, name: 'kim ngạch xuất khẩu' }, { value: 35e9, name: 'kim ngạch xuất khẩu', period: '2025' }] },
  // … a clause with words of its own does not take it.
  { text: 'Doanh thu đạt 24 tỷ đồng; lãi gộp chỉ 1,6 tỷ đồng.', expect: [{ value: 24e9, name: 'Doanh thu' }, { value: 1.6e9, name: 'lãi gộp' }] },
  // A determiner that determines nothing is the content word it also is (`bán hàng`, goods).
  { text: 'Còn doanh thu bán hàng hơn 28 tỷ đồng.', expect: [{ value: 28e9, name: 'doanh thu bán hàng' }] },
  // After `có`, a count head read as one word with its noun (`số dân`) still names the figure.
  { text: 'Những thôn có số dân dưới 2 nghìn người thì được chọn 3 đại diện.', expect: [{ value: 2000, name: 'số dân' }, { value: 3, name: 'đại diện' }] },
  // A named owner labelling a list item before its colon is whose the item's figures are.
  { text: 'Làm thử ở 2 sở (Sở Y tế: 14 đơn vị trực thuộc; Sở Giao thông vận tải: 6 chi cục).', expect: [{ value: 2 }, { value: 14, subject: 'Sở Y tế' }, { value: 6, subject: 'Sở Giao thông vận tải' }] },
  // A level mark with no tier names nothing (`cấp` is the verb `grant` here).
  { text: 'Đến nay đã cấp được trên 1.100 chữ ký số.', expect: [{ value: 1100, subject: null }] },
  // `vừa rồi` is a time word, cut out of the measured phrase, not an auxiliary and an opener that end it.
  { text: 'Kinh phí chụp ảnh đợt vừa rồi là 300 nghìn đồng/cháu.', expect: [{ value: 300000, name: 'Kinh phí chụp ảnh đợt' }] },
  { text: 'Giá đất ở mức 20 triệu đồng/m2.', expect: [{ kind: 'money', unit: 'đồng/m2', name: 'Giá đất' }] },
  // A verb of giving or getting with its direction word (`chi ra`, `bỏ ra`, `thu về`) is what
  // a sum measures, its actor the subject; after other words `về` and `ra` are prepositions.
  { text: 'Bà Lan chi ra khoảng 40 tỷ đồng.', expect: [{ kind: 'money', value: 40e9, name: 'chi ra', subject: 'Lan' }] },
  { text: 'Đội bóng sẵn sàng bỏ ra 50 triệu euro.', expect: [{ kind: 'money', value: 50e6, name: 'bỏ ra', subject: 'Đội bóng' }] },
  { text: 'Tổng giá trị bán là 264 tỷ đồng, mua vào 255 tỷ đồng.', expect: [{ kind: 'money', value: 264e9, name: 'Tổng giá trị bán' }, { kind: 'money', value: 255e9, name: 'mua vào' }] },
  { text: 'Giá vàng giảm cả hai chiều về 36,4 triệu đồng/lượng.', expect: [{ kind: 'money', name: 'Giá vàng' }] },
  { text: 'Mỗi ha lúa ở xã Tân Hòa cho thu về trên 50 triệu đồng.', expect: [{ kind: 'money', value: 50e6, subject: 'xã Tân Hòa' }] },
  // A percent after such a verb is a share of its object (`mang về 60% doanh thu`); a measure before it is the name.
  { text: 'Dòng máy này mang về 60% doanh thu của hãng.', expect: [{ kind: 'percent', value: 60, name: 'doanh thu', subject: 'hãng' }] },
  { text: 'Lợi nhuận chuỗi cửa hàng này thu về chỉ hơn 2 tỷ đồng.', expect: [{ kind: 'money', value: 2e9, name: 'Lợi nhuận chuỗi cửa hàng' }] },
  // (Not past an auxiliary, whose actor stands before it: the counted noun is named.)
  { text: 'Tuần qua số lượng hàng của công ty đã bán ra hơn 3.000 sản phẩm.', expect: [{ kind: 'count', value: 3000, name: 'sản phẩm', subject: 'công ty' }] },
  // `cho thấy` reports: what follows it is its own clause.
  { text: 'Khảo sát của hiệp hội cho thấy 53% doanh nghiệp thiếu vốn.', expect: [{ kind: 'percent', value: 53, name: 'doanh nghiệp thiếu vốn' }] },
  // A phrase that only stands in for a figure (`con số`, `mức` and adjectives) measures what the
  // part of the sentence before its comma says changes; not where that part changes nothing.
  { text: 'Chi phí vận chuyển tăng mạnh, con số tuyệt đối năm nay là 300 tỷ đồng.', expect: [{ kind: 'money', value: 300e9, name: 'Chi phí vận chuyển' }] },
  { text: 'Giá thuê kho tăng 2-3 lần, với mức cao nhất 900.000 đồng/m2.', expect: [{ value: 2 }, { value: 3 }, { kind: 'money', value: 900000, name: 'Giá thuê kho' }] },
  { text: 'Công ty mở thêm chi nhánh, con số tuyệt đối năm nay là 300 tỷ đồng.', expect: [{ kind: 'money', value: 300e9, name: 'con số tuyệt đối' }] },
  // A figure after `với` gives the value of the measure its clause names; with none, no name.
  { text: 'Tỷ lệ hộ dùng nước sạch đạt khá cao với 92,5%.', expect: [{ kind: 'percent', value: 92.5, name: 'Tỷ lệ hộ dùng nước sạch' }] },
  { text: 'Xã có tỷ lệ hộ nghèo thấp nhất là Tân Phú với 1,2%.', expect: [{ kind: 'percent', value: 1.2, name: 'tỷ lệ hộ nghèo thấp nhất' }] },
  { text: 'Tỉnh đang làm khu nuôi tôm mới với trên 300 ha.', expect: [{ value: 300, name: null }] },
  // A figure opening a bracket gives the value of the measured phrase the bracket follows.
  { text: 'Luật được thông qua với tỷ lệ tán thành rất cao (91,2%).', expect: [{ kind: 'percent', value: 91.2, name: 'tỷ lệ tán thành rất cao' }] },
  { text: 'Công ty đền bù số tiền hàng bị hư hỏng (khoảng 6 triệu đồng).', expect: [{ kind: 'money', value: 6e6, name: 'số tiền hàng bị hư hỏng' }] },
  // The comma of a place or a source opening the clause closes it: what follows is the actor, no second item of a list.
  { text: 'Tại Techcombank, giá USD cũng được ngân hàng tăng thêm 10 đồng.', expect: [{ value: 10, name: 'giá USD', subject: 'Techcombank' }] },
  { text: 'Theo số liệu sơ bộ của Sở GD-ĐT, huyện Yên Thành là nơi có tới 85% trường đạt chuẩn.', expect: [{ kind: 'percent', value: 85, subject: 'huyện Yên Thành' }] },
  // Charges, pay and sales head what is measured, past a preposition and before a counted noun.
  { text: 'Cước taxi ra sân bay khoảng 300.000 đồng.', expect: [{ kind: 'money', value: 300000, name: 'Cước taxi' }] },
  { text: 'Mẫu xe này có doanh số bán đạt 1.200 chiếc.', expect: [{ kind: 'count', value: 1200, name: 'doanh số bán' }] },
  { text: 'Năng suất đạt 6 tấn/ha.', expect: [{ unit: 'tấn/ha', name: 'Năng suất' }] },
  // `thu`/`chi` are fillers as verbs, not inside `Doanh thu`, `Tổng chi`.
  { text: 'Tổng thu ngân sách đạt 500 tỷ đồng. Tổng chi đạt 300 tỷ đồng.', expect: [{ value: 500e9, name: 'Tổng thu ngân sách' }, { value: 300e9, name: 'Tổng chi' }] },
  // Prepositions a removed date leaves dangling go too, one after the other.
  { text: 'Doanh thu từ ngày 1/1 đến 31/3 đạt 500 tỷ đồng.', expect: [{ kind: 'money', value: 500e9, name: 'Doanh thu' }] },
  // A phrase after a percent goes on over an enumeration of units, to the end of its clause.
  { text: '100% sở, ban, ngành, UBND cấp huyện đã xây dựng mạng nội bộ.', expect: [{ kind: 'percent', value: 100, name: 'sở, ban, ngành, UBND cấp huyện đã xây dựng mạng nội bộ' }] },
  // A sum in brackets right after another, alone or after a word of conversion, is the same
  // sum in another currency: same name, same owner. Counts in brackets may be parts: their own.
  { text: 'Tại thị trường Mỹ, Honda Civic có giá bán 22.000 USD (khoảng 500 triệu đồng).', expect: [{ value: 22000, name: 'giá bán', subject: 'Honda Civic' }, { value: 500e6, name: 'giá bán', subject: 'Honda Civic' }] },
  { text: 'Hợp đồng của Neymar trị giá 222 triệu euro (tương đương 5.800 tỷ đồng).', expect: [{ value: 222e6, name: 'Hợp đồng', subject: 'Neymar' }, { value: 5800e9, name: 'Hợp đồng', subject: 'Neymar' }] },
  { text: 'Công an thu giữ 2 băng đạn (52 viên đạn).', expect: [{ value: 2, name: 'băng đạn' }, { value: 52, name: 'viên đạn' }] },
  // A figure in brackets with no name of its own measures what the one before it does.
  { text: 'Đóng cửa, VN-Index tăng 2,15 điểm (+0,29%) lên 753,46 điểm.', expect: [{ kind: 'score', value: 2.15, name: 'VN-Index' }, { kind: 'percent', value: 0.29, name: 'VN-Index' }, { kind: 'score', value: 753.46 }] },
  // A time a predicate takes after its verb is that predicate's: a second predicate after `và`
  // does not take it; a time that opens the sentence governs both.
  { text: 'Nhà máy khởi công năm 2015 và có công suất 500 MW.', expect: [{ value: 500, period: null }] },
  { text: 'Năm 2015, nhà máy khởi công và có công suất 500 MW.', expect: [{ value: 500, period: '2015' }] },
  // A birth date is never the period of a figure.
  { text: 'Lái xe Đàm Viết Thành sinh ngày 01/11/1983 đang chở khoảng 3000 lít dầu thải.', expect: [{ kind: 'count', value: 3000, period: null }] },
  { text: 'Mã Văn Học (sinh năm 1972) mang theo 2 bánh heroin.', expect: [{ kind: 'count', value: 2, period: null }] },
  { text: 'Năm 2016, ngành du lịch thu hút hơn 10 triệu lượt khách.', expect: [{ kind: 'count', value: 10e6, period: '2016' }] },
  // Grades are labels: `nhà cấp 4`, `gió cấp 6`.
  { text: 'Căn nhà cấp 4 nằm trong khuôn viên rộng 200 m2.', expect: [{ kind: 'count', value: 200, unit: 'm2' }] },
  // A counted noun's phrase runs to the end of its clause (SPEC: `427 xã đạt chuẩn nông thôn
  // mới`), stopping at an adjunct (`với`, a figure or a date in a preposition's object).
  { text: '2 khẩu súng đều đã được nạp đạn.', expect: [{ kind: 'count', value: 2, unit: 'khẩu súng', name: 'khẩu súng đều đã được nạp đạn' }] },
  { text: '25.000 quân dự bị đã được huy động.', expect: [{ kind: 'count', value: 25000, unit: 'quân dự bị', name: 'quân dự bị đã được huy động' }] },
  { text: 'Tỉnh xây xong 9 dự án với quy mô gần 3.100 căn hộ.', expect: [{ value: 9, name: 'dự án', subject: 'Tỉnh' }, { value: 3100, name: 'căn hộ' }] },
  { text: 'Thành phố cần xây thêm 12.500 căn trên tổng diện tích 60 ha.', expect: [{ value: 12500, name: 'căn' }, { value: 60, name: 'tổng diện tích' }] },
  { text: 'Môn Sử có 1 điểm 10 duy nhất.', expect: [{ value: 1 }] },
  // A phrase after a percent that opens with `so với` is its baseline, not its name.
  { text: 'Đạt 85%, tăng 2% so với quy định của đô thị loại IV.', expect: [{ kind: 'percent', value: 85 }, { kind: 'percent', value: 2, change: 'increase', name: null }] },
  { text: 'Thuê bao Internet ước đạt 1.070.000 thuê bao.', expect: [{ kind: 'count', name: 'Thuê bao Internet', qualifier: 'estimate', period: null }] },
  { text: 'Tỷ lệ doanh nghiệp đã nộp thuế điện tử chiếm 99%.', expect: [{ kind: 'percent', value: 99, name: 'Tỷ lệ doanh nghiệp đã nộp thuế điện tử' }] },
  { text: 'Toàn tỉnh có khoảng 2.230.000 thuê bao cố định và di động, đạt 123 thuê bao/100 dân.', expect: [{ kind: 'count', qualifier: 'about' }, { kind: 'rate', value: 123, unit: 'thuê bao/100 dân', qualifier: 'exact' }] },
  { text: 'Hiện nay, trên Cổng Dịch vụ công trực tuyến đang tích hợp 1.637 dịch vụ công mức độ 3.', expect: [{ kind: 'count', value: 1637, unit: 'dịch vụ công' }] },
  // A preposition left dangling is dropped only as a whole word: `hết` inside `chết` stays
  { text: 'Năm 2019, số người chết tăng 12% so với năm 2018.', expect: [{ kind: 'percent', name: 'số người chết', change: 'increase', baseline: '2018' }] },
  { text: 'Tổng số vụ cháy giảm, số người chết là 12 người.', expect: [{ kind: 'count', value: 12, name: 'số người chết' }] },
  // Subject from the same sentence only, never from the headline; a source is never one.
  { text: 'Doanh thu của các doanh nghiệp viễn thông tỉnh Thanh Hóa ước đạt 2.910 tỷ đồng.', expect: [{ name: 'Doanh thu', subject: 'các doanh nghiệp viễn thông tỉnh Thanh Hóa' }] },
  { text: 'Doanh thu ước đạt 2.910 tỷ đồng.', title: 'Hải Dương tập trung xây dựng hạ tầng số', expect: [{ name: 'Doanh thu', subject: null }] },
  { text: 'Cả nước có 63 tỉnh, thành phố.', expect: [{ value: 63, name: 'tỉnh, thành phố', subject: 'Cả nước' }] },
  { text: 'Theo số liệu từ Bộ Công Thương, số dư quỹ đến hết quý II/2018 còn 1.530,2 tỷ đồng.', expect: [{ name: 'số dư quỹ', subject: null, period: '2018-Q2' }] },
  { text: 'Sơn La có tới 70% xã chưa có chợ, song tại Bắc Ninh, tỷ lệ thiếu chỉ còn khoảng 5%.', expect: [{ value: 70, name: 'xã chưa có chợ', subject: 'Sơn La' }, { value: 5, name: 'tỷ lệ thiếu', subject: 'Bắc Ninh' }] },
  // Period stated in the sentence, never guessed from the publication date
  { text: 'Hết năm 2022, có 5.600 chứng thư số được cấp.', published: '2023-01-10', expect: [{ value: 5600, period: '2022' }] },
  { text: 'Có 5.600 chứng thư số được cấp.', published: '2023-01-10', expect: [{ value: 5600, period: null }] },
  { text: 'Trong quý 3/2016, doanh thu đạt 500 tỷ đồng.', expect: [{ period: '2016-Q3' }] },
  { text: '6 tháng đầu năm 2017, xuất khẩu đạt 97 tỷ USD.', expect: [{ period: '2017-H1' }] },
  { text: 'Trong tháng 12/2016, có 30 doanh nghiệp thành lập mới.', expect: [{ period: '2016-12' }] },
  { text: 'Giai đoạn 2016-2020, tỉnh thu hút 120 dự án.', expect: [{ period: '2016/2020' }] },
  // A noun of a span of time before a date after the figure names its period (`giai đoạn`, `năm học`) …
  { text: 'Tỉnh sẽ xây thêm 25 trường học trong giai đoạn 2021 - 2025.', expect: [{ value: 25, period: '2021/2025' }] },
  { text: 'Có 8.500 học sinh dự thi vào lớp 10 năm học 2018 - 2019.', expect: [{ value: 8500, period: '2018/2019' }] },
  // … unless another figure, after a comma, stands between: the period is that one's.
  { text: 'Dân số thành phố khoảng 9 triệu người, có 60.000 hộ cần nhà ở xã hội trong giai đoạn 2021 - 2025.', expect: [{ value: 9000000, period: null }, { value: 60000, period: '2021/2025' }] },
  { text: 'Ngày 19/1, thành phố đón 5.000 lượt khách.', published: '2017-01-20', expect: [{ period: '2017-01-19', subject: 'thành phố', name: 'lượt khách' }] },
  { text: 'Doanh thu đạt 100 tỷ đồng trong năm 2019.', expect: [{ period: '2019' }] },
  // A time a preposition brings right after the figure is the figure's own, over one before it;
  // a range's lower bound takes its upper bound's.
  { text: 'Năm 2016, tỉnh đón 1,5 triệu lượt khách, phấn đấu đạt 3 triệu lượt khách đến năm 2020.', expect: [{ value: 1.5e6, period: '2016' }, { value: 3e6, period: '2020', qualifier: 'target' }] },
  { text: 'Ngành dệt may xuất khẩu 40 - 42 tỷ USD vào năm 2025 và 50 - 55 tỷ USD vào năm 2030.', expect: [{ value: 40e9, period: '2025' }, { value: 42e9, period: '2025' }, { value: 50e9, period: '2030' }, { value: 55e9, period: '2030' }] },
  // A clause timed now (`đến nay`, `hiện nay`) takes no earlier period (but `từ năm … đến nay`
  // keeps its date, and `từ trước tới nay`, ever, is no time); a document's date is no period.
  { text: 'Dự án phải hoàn thành vào tháng 5/2015 nhưng đến nay mới đạt 50% khối lượng.', expect: [{ value: 50, period: null }] },
  { text: 'Con số này hiện nay là 9.800 người và sẽ tăng tới 11.700 người vào năm 2026.', expect: [{ value: 9800, period: null }, { value: 11700, period: '2026' }] },
  { text: 'Từ đầu năm 2017 đến nay, tỉnh thu hút 2 triệu lượt khách.', expect: [{ value: 2e6, period: '2017' }] },
  { text: 'Năm 2016, ngân hàng đạt kết quả cao nhất từ trước tới nay với lợi nhuận 8.200 tỷ đồng.', expect: [{ value: 8200e9, period: '2016' }] },
  { text: 'Theo Quyết định số 15/QĐ-UBND ngày 7/1/2016, dự án có tổng mức đầu tư 574 tỷ đồng.', expect: [{ value: 574e9, period: null }] },
  // (Not a baseline's: `so với năm 2018` after the figure stays no period.)
  { text: 'Doanh thu đạt 100 tỷ đồng, tăng 5% so với năm 2018.', expect: [{ value: 100e9, period: null }, { value: 5, period: null, baseline: '2018' }] },
  { text: 'Tặng Giấy khen cho 3 tập thể hoàn thành tốt nhiệm vụ công tác năm 2019.', expect: [{ value: 3, period: null }] },
  // Ranks and rank changes
  {
    text: 'Chỉ số ICT Index của Hải Dương năm 2019 xếp thứ 19/63 tỉnh, thành phố, tăng 7 bậc so với năm 2018, tăng 25 bậc so với năm 2017.',
    expect: [
      { kind: 'rank', value: 19, total: 63, name: 'Chỉ số ICT Index', period: '2019', subject: 'Hải Dương' },
      { kind: 'count', value: 7, unit: 'bậc', change: 'increase', baseline: '2018', period: '2019' },
      { kind: 'count', value: 25, unit: 'bậc', change: 'increase', baseline: '2017', period: '2019' },
    ],
  },
  { text: 'Năm 2019, Hải Dương xếp thứ 19/63, tăng 7 bậc so với 2018; Chỉ số CPĐT 2018 xếp thứ 18/63, tăng 13 bậc so với 2017.', expect: [{ period: '2019' }, { period: '2019', baseline: '2018' }, { kind: 'rank', value: 18, period: '2018' }, { value: 13, period: '2018', baseline: '2017' }] },
  { text: 'Hải Dương xếp 14 cả nước với giá trị 0,4843.', expect: [{ kind: 'rank', value: 14, total: null }, { kind: 'score', value: 0.4843 }] },
  // A rank's phrase before it is who is ranked; what is ranked follows `về` or is the measure named before.
  { text: 'Năm 2019, theo đánh giá chỉ số ICT Index, Hải Dương xếp thứ 19/63 tỉnh thành, tăng 7 bậc so với 2018.', expect: [{ kind: 'rank', name: 'chỉ số ICT Index', subject: 'Hải Dương', period: '2019' }, { value: 7, name: 'chỉ số ICT Index', subject: 'Hải Dương', period: '2019' }] },
  { text: 'Việt Nam đứng thứ 3 khu vực về tăng trưởng kinh tế.', expect: [{ kind: 'rank', value: 3, name: 'tăng trưởng kinh tế', subject: 'Việt Nam' }] },
  // (So a province opening the sentence whose first syllable is also a word: `đà`, `hà`.)
  { text: 'Hàn Quốc đầu tư 500 triệu USD vào dự án.', expect: [{ kind: 'money', subject: 'Hàn Quốc' }] },
  // A verb after a body's name, where the organisation reader ends the name, is the predicate;
  // a name the reader reads on in sentence case keeps its verbs.
  { text: 'Công đoàn ngành Y tế tổ chức lễ tôn vinh 120 thầy thuốc tiêu biểu.', expect: [{ value: 120, subject: 'Công đoàn ngành Y tế' }] },
  { text: 'Trung tâm Nghiên cứu ứng dụng khoa học kỹ thuật truyền hình tuyển 20 kỹ sư.', expect: [{ value: 20, subject: 'Trung tâm Nghiên cứu ứng dụng khoa học kỹ thuật truyền hình' }] },
  // The level a change reaches measures what changes, not the phrase after it (`với …`).
  { text: 'Chỉ số HNX-Index giảm 1,2 điểm xuống 96,5 điểm với khối lượng giao dịch đạt 40 triệu đơn vị.', expect: [{ value: 1.2, name: 'Chỉ số HNX-Index' }, { value: 96.5, name: 'Chỉ số HNX-Index' }, { value: 40000000, name: 'khối lượng giao dịch' }] },
  { text: 'Hà Nam xếp thứ 5 về chỉ số cải cách hành chính.', expect: [{ kind: 'rank', value: 5, name: 'chỉ số cải cách hành chính', subject: 'Hà Nam' }] },
  // A share's counted noun follows its span.
  { text: 'Toàn tỉnh đã có 427/635 xã, phường, thị trấn có cáp quang, đạt 67,2%.', expect: [{ kind: 'fraction', name: 'xã, phường, thị trấn có cáp quang', subject: 'Toàn tỉnh' }, { kind: 'percent', name: 'xã, phường, thị trấn có cáp quang' }] },
  // A baseline after a change is no name: the change measures what the figure before it does.
  { text: 'Thuê bao điện thoại ước đạt 2.890.000 thuê bao, tăng 10,74% kế hoạch được giao.', expect: [{ name: 'Thuê bao điện thoại' }, { name: 'Thuê bao điện thoại', baseline: 'kế hoạch được giao' }] },
  { text: 'Chỉ số PCI của tỉnh tụt một bậc so với năm 2016.', expect: [{ kind: 'count', value: 1, unit: 'bậc', change: 'decrease', baseline: '2016' }] },
  { text: 'Việt Nam đứng thứ 3 khu vực về tăng trưởng.', expect: [{ kind: 'rank', value: 3 }] },
  // Changes, levels, multiples, plans
  { text: 'Tỷ lệ hộ nghèo giảm còn 1,9%.', expect: [{ kind: 'percent', value: 1.9, change: null }] },
  { text: 'Lượng khách giảm 12% so với cùng kỳ.', expect: [{ change: 'decrease', baseline: 'cùng kỳ' }] },
  { text: 'Sản lượng điện gấp 4,3 lần năm 2010.', expect: [{ kind: 'count', value: 4.3, unit: 'lần' }] },
  { text: 'Thu ngân sách đạt 105% kế hoạch.', expect: [{ kind: 'percent', value: 105, baseline: 'kế hoạch' }] },
  { text: 'Thuê bao điện thoại ước đạt 2.890.000 thuê bao, tăng 10,74% kế hoạch được giao; mật độ thuê bao điện thoại đạt 80,98 máy/100 dân.', expect: [{ qualifier: 'estimate' }, { qualifier: 'estimate', baseline: 'kế hoạch được giao' }, { kind: 'rate', qualifier: 'exact', name: 'mật độ thuê bao điện thoại' }] },
  // Ranges: both bounds, one name, the lower sharing the upper's scale
  { text: 'Năm 2017, ngành du lịch dự kiến đón 13-15 triệu lượt khách quốc tế.', expect: [{ value: 13e6, qualifier: 'estimate', period: '2017', name: 'lượt khách quốc tế', subject: 'ngành du lịch' }, { value: 15e6, qualifier: 'estimate', period: '2017', name: 'lượt khách quốc tế', subject: 'ngành du lịch' }] },
  { text: 'Mặt bằng lãi suất cho vay hiện vào khoảng 7%-10% đối với VND.', expect: [{ value: 7, name: 'Mặt bằng lãi suất cho vay' }, { value: 10, name: 'Mặt bằng lãi suất cho vay' }] },
  { text: 'Mức phạt từ 2.300 tỷ đồng đến dưới 5.000 tỷ đồng.', expect: [{ value: 2300e9, qualifier: 'exact' }, { value: 5000e9, qualifier: 'less_than' }] },
  // Targets
  { text: 'Phấn đấu 100% các sở, ngành cấp tỉnh thực hiện trao đổi văn bản điện tử; 100% UBND xã thực hiện trao đổi văn bản điện tử.', expect: [{ qualifier: 'target', period: null }, { qualifier: 'target' }] },
  { text: 'Phấn đấu đến cuối năm 2019, 100% các sở, ban, ngành cung cấp dịch vụ công mức độ 3.', expect: [{ qualifier: 'target', period: '2019' }] },
  // `lần lượt là` lists
  {
    text: 'Hải Dương có thứ hạng cao so với cả nước về nhận thức số, thể chế số, hạ tầng số, nhân lực số lần lượt là 22,10,10 và 37.',
    expect: [
      { kind: 'rank', value: 22, name: 'nhận thức số' },
      { kind: 'rank', value: 10, name: 'thể chế số' },
      { kind: 'rank', value: 10, name: 'hạ tầng số' },
      { kind: 'rank', value: 37, name: 'nhân lực số' },
    ],
  },
  { text: 'Xếp hạng an toàn thông tin mạng, hoạt động chính quyền số, kinh tế số, xã hội số lần lượt là 13,18 và 18.', warnings: 1, expect: [{ value: 13, name: 'an toàn thông tin mạng' }, { value: 18, name: 'hoạt động chính quyền số' }, { value: 18, name: 'kinh tế số' }] },
  { text: 'Xếp hạng an toàn thông tin mạng và kinh tế số lần lượt là 13, 18 và 20.', warnings: 1, expect: [{ value: 13, name: null }, { value: 18, name: null }, { value: 20, name: null }] },
  { text: 'Mẫu máy này có camera độ phân giải cao hơn, trước và sau lần lượt 12 và 20 megapixel.', warnings: 1, expect: [{ value: 12, name: null }, { value: 20 }] },
  // A level ending the measured phrase is its owner, as the levels after it are.
  { text: 'Kết quả giải quyết thủ tục hành chính cấp tỉnh đạt 79,9%, cấp huyện đạt 24%.', expect: [{ value: 79.9, name: 'Kết quả giải quyết thủ tục hành chính', subject: 'cấp tỉnh' }, { value: 24, name: 'Kết quả giải quyết thủ tục hành chính', subject: 'cấp huyện' }] },
  // Alternatives measure one thing, as a range's bounds do.
  { text: 'Xã được bầu 5 hoặc 7 thành viên.', expect: [{ value: 5, name: 'thành viên' }, { value: 7, name: 'thành viên' }] },
  // Owners after an owner preposition are each the subject of their value; what is before it is measured (SPEC).
  { text: 'Tỷ lệ ở cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 79,9%, 24% và 48,7%.', expect: [{ value: 79.9, name: 'Tỷ lệ', subject: 'cấp tỉnh' }, { value: 24, name: 'Tỷ lệ', subject: 'cấp huyện' }, { value: 48.7, name: 'Tỷ lệ', subject: 'cấp xã' }] },
  { text: 'Doanh thu của Hà Nội, Đà Nẵng và Cần Thơ lần lượt là 5 tỷ đồng, 3 tỷ đồng và 2 tỷ đồng.', expect: [{ value: 5e9, name: 'Doanh thu', subject: 'Hà Nội' }, { value: 3e9, name: 'Doanh thu', subject: 'Đà Nẵng' }, { value: 2e9, name: 'Doanh thu', subject: 'Cần Thơ' }] },
  // One measured phrase before the list names every value (SPEC: the lead-in's name), with no warning.
  { text: 'Lãi suất cho vay mua nhà lần lượt là 7%, 8,5% và 9%.', expect: [{ value: 7, name: 'Lãi suất cho vay mua nhà' }, { value: 8.5, name: 'Lãi suất cho vay mua nhà' }, { value: 9, name: 'Lãi suất cho vay mua nhà' }] },
  // … but not two measures joined before it, which the values pair with: no name is guessed.
  { text: 'Chi phí điện và chi phí nước đều tăng, ở mức lần lượt 12% và 9%.', warnings: 1, expect: [{ value: 12, name: null }, { value: 9, name: null }] },
  // `hôm` before a date is its time word, as `ngày` is: no part of the actor or of the counted noun.
  { text: 'Lực lượng Taliban hôm 23/5 nhận trách nhiệm vụ đánh bom khiến 22 người thiệt mạng.', published: '2017-05-24', expect: [{ value: 22, name: 'người thiệt mạng', subject: 'Lực lượng Taliban' }] },
  { text: 'Vụ sạt lở khiến 7 người mất tích hôm 24-6.', published: '2017-06-26', expect: [{ value: 7, name: 'người mất tích' }] },
  // A day-month with a dash is a date: it ends the counted noun before a new clause.
  { text: 'Vụ cháy khiến 2 người bị thương, ngày 5-6, Công an quận đã khởi tố vụ án.', published: '2017-06-06', expect: [{ value: 2, name: 'người bị thương' }] },
  // After a name, a noun that is also a verb, with a verb after it, opens the predicate; a body
  // named by its task stays whole.
  { text: 'Mẫu xe của Suzuki gây sốt khi có giá 193 triệu đồng.', expect: [{ value: 193e6, subject: 'Suzuki' }] },
  { text: 'Sở Y tế TP.Đà Nẵng yêu cầu đình chỉ quán cơm để làm rõ vụ 17 người bị ngộ độc.', expect: [{ value: 17, name: 'người bị ngộ độc', subject: 'Sở Y tế TP.Đà Nẵng' }] },
  { text: 'Tại tỉnh Hưng Yên, Ban chấm thi huy động 72 cán bộ.', expect: [{ value: 72, name: 'cán bộ', subject: 'Ban chấm thi' }] },
  { text: 'Kỳ thi năm nay, Bộ GDĐT quyết định thành lập 10 đoàn thanh tra.', expect: [{ value: 10, name: 'đoàn thanh tra', subject: 'Bộ GDĐT' }] },
  // A title, its body and a person's name before a verb of saying are one reporter, whatever
  // verbs the body's name holds: the report's own actor owns its figures.
  { text: 'Giám đốc Trung tâm quản lý giao thông Đà Nẵng Lê Văn Hùng cho biết, các lao động này gồm 45 nam và 12 nữ.', expect: [{ value: 45, subject: 'các lao động này' }, { value: 12, subject: 'các lao động này' }] },
  // A name after an honorific is a person, the actor, and what is reported after a person's
  // word has its own actor; a person's report with none gives none, and a source is no actor.
  { text: 'Sau đó, ông Vinh bán lại con cá với giá 18 triệu đồng.', expect: [{ value: 18e6, name: 'giá', subject: 'Vinh' }] },
  { text: 'Ông Phương cho biết, tỉnh Phú Yên còn mở lớp đào tạo 430 thuyền viên.', expect: [{ value: 430, name: 'thuyền viên', subject: 'tỉnh Phú Yên' }] },
  { text: 'Ông Abella cho biết đã có 387 người thiệt mạng.', expect: [{ value: 387, subject: null }] },
  // A verb whose object is a verb opens the predicate: no actor ends in it.
  { text: 'Cơ quan công an tiến hành khám xét, thu giữ 2 khẩu súng.', expect: [{ value: 2, subject: 'Cơ quan công an' }] },
  { text: 'Nhà máy bắt đầu phát điện với công suất 66 MW.', expect: [{ value: 66, subject: 'Nhà máy' }] },
  // A source quoting another reports; neither owns the figure (`dẫn lời`, `dẫn nguồn`).
  { text: 'Hãng tin AP dẫn lời giới chức địa phương cho biết trận động đất khiến 12 người thiệt mạng.', expect: [{ value: 12, subject: null }] },
  { text: 'Báo Thanh Niên dẫn nguồn tin từ Công an huyện cho biết, cơ quan công an đã tạm giữ 3 tài xế.', expect: [{ value: 3, subject: 'cơ quan công an' }] },
  { text: 'Cũng theo bà Hà, hiện có 1.800 lao động đang chờ việc.', expect: [{ value: 1800, subject: null }] },
  // (The title after the person's name is an apposition, no actor of its own.)
  { text: 'Ông Trần Văn Bảo, Giám đốc Sở Du lịch tỉnh Bình Thuận cho biết, ngay khi nhận được phản ánh 3 du khách bị ép giá, sở đã kiểm tra.', expect: [{ value: 3, subject: null }] },
  { text: 'Cũng theo ông Hưng, các ngân hàng đã bán 15.000 tỷ đồng nợ xấu.', expect: [{ value: 15e12, name: 'nợ xấu', subject: 'các ngân hàng' }] },
  // After a counted noun with a verb of its own, a comma and nouns before a predicate open
  // another clause; a list under way takes its last item before the predicate.
  { text: 'Vụ tai nạn khiến 3 người bị thương nặng, giao thông qua lại khu vực bị ùn tắc.', expect: [{ value: 3, name: 'người bị thương nặng' }] },
  // … also with an owner's phrase between the nouns and the predicate.
  { text: 'Sau khi 2 thanh niên được đưa về trụ sở, người nhà của hai thanh niên đã đến giải thích.', expect: [{ value: 2, name: 'thanh niên được đưa về trụ sở' }] },
  { text: 'Qua 7 tháng với 85 kỳ quay số mở thưởng, sản phẩm Mega 6/45 đã tìm ra chủ nhân của giải Jackpot.', expect: [{ value: 85, name: 'kỳ quay số mở thưởng' }] },
  { text: 'Tòa xét xử 32 cán bộ điều tra, hải quan, cảnh sát bị truy tố về tội nhận hối lộ.', expect: [{ value: 32, name: 'cán bộ điều tra, hải quan, cảnh sát bị truy tố về tội nhận hối lộ' }] },
  { text: 'Cũng theo đại sứ Thái Lan, Nhật Bản đã nới lỏng kiểm tra nhập khẩu xoài và hứa sẽ chi ra hơn 2 tỉ USD cho các hợp đồng nông sản.', expect: [{ value: 2e9, subject: 'Nhật Bản' }] },
  // A measure right after the owner's name, before the figure, is what is measured.
  // An item after a comma that is a common noun with a number of its own is another measure.
  { text: 'Tòa nhà có 3 tầng hầm, tầng 4 là trung tâm thương mại.', expect: [{ value: 3, name: 'tầng hầm' }] },
  { text: 'Xe có 3 van, dung tích 150cc đi kèm hộp số.', expect: [{ value: 3, name: 'van' }] },
  // What a name has, with nothing after the figure, is named by the figure's own unit; the name owns it.
  { text: 'Với kết quả này, Sông Lam Nghệ An đã có 26 điểm.', expect: [{ value: 26, name: 'điểm', subject: 'Sông Lam Nghệ An' }] },
  // A verb of giving or fining inside the phrase read, after its actor, names the sum; those it
  // goes to or fines are no measure.
  { text: 'UBND quận đã hỗ trợ gia đình nạn nhân 58 triệu đồng.', expect: [{ value: 58e6, name: 'hỗ trợ', subject: 'UBND quận' }] },
  { text: 'UBND thị xã xử phạt công ty 35 triệu đồng.', expect: [{ value: 35e6, name: 'xử phạt', subject: 'công ty' }] },
  // The fine's manner after its verb, and a body named whole before the sum, as above.
  { text: 'Xử phạt hành chính Công ty TNHH Minh Long 20 triệu đồng vì quảng cáo sai.', expect: [{ value: 20e6, name: 'Xử phạt hành chính', subject: 'Công ty TNHH Minh Long' }] },
  { text: 'Sở đã xử phạt Công ty TNHH An Phát 30 triệu đồng.', expect: [{ value: 30e6, name: 'xử phạt', subject: 'Công ty TNHH An Phát' }] },
  // Periods listed before `lần lượt` pair with the figures in order, a year the normaliser left
  // as a number included; the measure before them names both.
  { text: 'Lợi nhuận của công ty năm 2015 và 2016 lần lượt đạt 150 tỷ đồng và 205 tỷ đồng.', expect: [{ value: 150e9, name: 'Lợi nhuận', period: '2015' }, { value: 205e9, name: 'Lợi nhuận', period: '2016' }] },
  // With nothing else naming it, a count is named by its counted noun; a unit that measures names nothing.
  { text: 'Đối với các đơn vị sự nghiệp, thành phố giảm từ 401 xuống còn 208 đơn vị.', expect: [{ value: 208, name: 'đơn vị' }] },
  // A part of a whole is named by the whole's noun phrase when one follows it.
  { text: 'Tỉnh đã hoàn thành 12 công trình trong số 20 công trình trọng điểm.', expect: [{ total: 20, name: 'công trình trọng điểm' }] },
  // Words a numeral counts after a comma, before a predicate, open a clause of their own.
  { text: 'Nước này có 1,2 triệu quân chính quy, hai bên sẽ hạn chế tung bộ binh.', expect: [{ value: 1.2e6, name: 'quân chính quy' }] },
  // (An adverb after the verb passed over: `trả ngay cho`.)
  { text: 'Đội bóng đã trả cho Flamengo khoản tiền 30 triệu euro.', expect: [{ value: 30e6, name: 'khoản tiền', subject: 'Flamengo' }] },
  { text: 'Đội bóng đã trả ngay cho Flamengo khoản tiền 30 triệu euro.', expect: [{ value: 30e6, name: 'khoản tiền', subject: 'Flamengo' }] },
  { text: 'Vị thuốc Đào nhân tại Trà Vinh giá 357.000 đồng/kg.', expect: [{ value: 357000, name: 'giá', subject: 'Trà Vinh' }] },
  // An aside that opens as a part of the whole (`trong đó`) holds its own figures, before the
  // clause's time and baseline; a position in a period (`cuối`) and `hồi` are the time's words.
  { text: 'Doanh thu của công ty (trong đó xuất khẩu chiếm 60%) năm 2016 đạt 500 tỷ đồng.', expect: [{ value: 60, name: 'xuất khẩu' }, { value: 500e9, name: 'Doanh thu', subject: 'công ty' }] },
  { text: 'Dư nợ của tỉnh (trong đó vay ưu đãi chiếm trên 60%) đến cuối năm 2018 so với cuối năm 2014 đã tăng 3,2 lần.', expect: [{ value: 60 }, { value: 3.2, name: 'Dư nợ', subject: 'tỉnh' }] },
  { text: 'Giá vàng hồi đầu tháng 3 là 36 triệu đồng/lượng.', published: '2017-05-01', expect: [{ name: 'Giá vàng' }] },
  // With no actor in the clause, what the figure is for after `cho` owns it; not people, who receive it.
  { text: 'Nguồn vốn 23.000 tỷ cho dự án đường vành đai 3 còn thiếu.', expect: [{ value: 23000e9, name: 'Nguồn vốn', subject: 'dự án đường vành đai 3' }] },
  { text: 'Mức hỗ trợ 2 triệu đồng cho người dân vùng lũ.', expect: [{ value: 2e6, subject: null }] },
  // People who speak or act for a body: the body owns the figure.
  { text: 'Đại diện EVN cho biết đã chi 500 tỷ đồng cho dự án.', expect: [{ value: 500e9, subject: 'EVN' }] },
  { text: 'Lãnh đạo Sở Tài chính đã ký hợp đồng 5 tỷ đồng.', expect: [{ value: 5e9, subject: 'Sở Tài chính' }] },
  // A quotation opened after a colon: its speaker owns nothing in it.
  { text: 'Ông Hùng cũng khẳng định: "Cả 3 công trình trên đều không đáp ứng yêu cầu kỹ thuật".', expect: [{ value: 3, subject: null }] },
  // (So is a person's report with an auxiliary before it, whatever the name: `Ông Lộc cũng cho biết`.)
  { text: 'Ông Lộc cũng cho biết thêm, năm nay sẽ tuyển 120 kỹ sư.', expect: [{ value: 120, subject: null }] },
  // A capitalised syllable before a title is the title's own (`Tổng Giám đốc`): a person who reports.
  { text: 'Trong bài phát biểu tuần qua, Tổng Giám đốc Nguyễn Văn An đã nhấn mạnh 3 nhiệm vụ trọng tâm.', expect: [{ value: 3, subject: null }] },
  // A phrase of hearsay opening the clause is passed over like a source.
  { text: 'Được biết, chị Sâm đã có 13 người con.', expect: [{ value: 13, name: 'người con', subject: 'Sâm' }] },
  // Exclusions
  { text: 'Ngày 14/1, Sở tổ chức Hội nghị tổng kết năm 2019 và triển khai nhiệm vụ năm 2020.', published: '2020-01-14', expect: [] },
  { text: 'Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.', expect: [] },
  { text: 'Triển khai dịch vụ công trực tuyến mức độ 3 và mức độ 4, thử nghiệm 5G.', expect: [] },
  { text: 'Cuộc cách mạng công nghiệp 4.0 đang diễn ra; Đại hội Đảng bộ tỉnh lần thứ XIX.', expect: [] },
  { text: 'Hàng quý, 6 tháng, hàng năm đều tổ chức họp báo.', expect: [] },
  { text: 'Nhóm 10 doanh nghiệp dẫn đầu và top 5 sản phẩm.', expect: [] },
];
