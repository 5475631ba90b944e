// Examples of the clause reader, on short sentences of our own: for the figure written in
// the sentence, what phraseBefore reads as its measured phrase, owner and actor, what
// phraseAfter reads after it, and which actor nearestActor finds. `null` means none;
// a field left out is not checked. Run by tests/clause.test.ts.

export interface ClauseExample {
  sentence: string;
  /** The figure, as written in the sentence (its first occurrence). */
  figure: string;
  before?: { name?: string | null; owner?: string | null; actor?: string | null };
  /** The phrase after the figure (from the word that follows it). */
  after?: string | null;
  actor?: string | null;
}

export const CLAUSE_EXAMPLES: ClauseExample[] = [
  // The measured phrase ends at the verb cluster; an owner at its end is split off; a time
  // phrase inside it is cut out.
  { sentence: 'Doanh thu các dịch vụ của ngành trong năm 2019 ước đạt 500 tỷ đồng.', figure: '500 tỷ đồng', before: { name: 'Doanh thu các dịch vụ', owner: 'ngành' } },
  { sentence: 'Giá nhà tại Hà Nội tăng 5%.', figure: '5%', before: { name: 'Giá nhà', owner: 'Hà Nội' } },
  // The owner ends before the verbs that end the phrase, as the phrase does.
  { sentence: 'Giá vàng SJC tại Công ty Phú Quý (PQ) giao dịch ở ngưỡng 36,5 triệu đồng/lượng.', figure: '36,5 triệu đồng/lượng', before: { name: 'Giá vàng SJC', owner: 'Công ty Phú Quý (PQ)' } },
  { sentence: 'Lượng mưa tại vùng núi phổ biến ở mức 100 mm.', figure: '100 mm', before: { owner: 'vùng núi' } },
  // An aside in brackets or dashes that opens with a word of grammar says what the phrase takes
  // in: the phrase and its owner end before it; one that opens with a name is the name's own.
  { sentence: 'Doanh thu của hãng (gồm cả Google Cloud) đã tăng 49%.', figure: '49%', before: { name: 'Doanh thu', owner: 'hãng' } },
  { sentence: 'Doanh thu của hãng - bao gồm cả mảng quảng cáo - đã tăng 20%.', figure: '20%', before: { name: 'Doanh thu', owner: 'hãng' } },
  { sentence: 'Doanh thu của Công ty Xăng dầu (PLX) đã tăng 5%.', figure: '5%', before: { name: 'Doanh thu', owner: 'Công ty Xăng dầu (PLX)' } },
  // A qualifier of the noun (`bình quân`, `tối đa`) before the verb stays in the name, with
  // the time between them or not.
  { sentence: 'Tốc độ tăng trưởng bình quân giai đoạn 2011 - 2015 đạt 6%.', figure: '6%', before: { name: 'Tốc độ tăng trưởng bình quân' } },
  { sentence: 'Chi phí tối đa đã lên tới 300 triệu đồng.', figure: '300 triệu đồng', before: { name: 'Chi phí tối đa' } },
  // … and with a time after it, before the owner: the owner is split off still.
  { sentence: 'Thu nhập bình quân năm 2018 của người dân đạt 45 triệu đồng.', figure: '45 triệu đồng', before: { name: 'Thu nhập bình quân', owner: 'người dân' } },
  // A preposition inside the phrase takes its object, a determiner and all, after a noun
  // (`trong các`, `cho mỗi`); after a verb it opens the verb's adjunct, no part of the name.
  { sentence: 'Số công nhân trong các nhà máy của tỉnh năm 2020 có 12.000 người.', figure: '12.000 người', before: { name: 'Số công nhân trong các nhà máy', owner: 'tỉnh' } },
  { sentence: 'Giá cho mỗi suất ăn là 45.000 đồng.', figure: '45.000 đồng', before: { name: 'Giá cho mỗi suất ăn' } },
  { sentence: 'Hàng hóa được cất giữ trong một nhà kho rộng 300 m2.', figure: '300 m2', before: { name: 'nhà kho rộng' } },
  // A relative aside after a comma (`, nơi …,`) is no item of a list: the actor before it acts.
  { sentence: 'Thành phố Đà Nẵng, nơi có nhiều khu nghỉ dưỡng, đón 3 triệu lượt khách.', figure: '3 triệu lượt khách', actor: 'Thành phố Đà Nẵng' },
  // People a rate is of, after `ở`, own it.
  { sentence: 'Trong khi đó, tỷ lệ thất nghiệp ở nam giới tăng 0,1 điểm.', figure: '0,1 điểm', before: { name: 'tỷ lệ thất nghiệp', owner: 'nam giới' } },
  // A level reached after a change, `và` between them: what changes, with its owner.
  { sentence: 'Xuất khẩu gạo của tỉnh đã tăng mạnh và đạt 176 tỷ đồng.', figure: '176 tỷ đồng', before: { name: 'Xuất khẩu gạo', owner: 'tỉnh' } },
  // A dimension's adjective before the figure: the object of the verb before it is measured,
  // what stands before the verb acts (no verb: the phrase is read as usual).
  { sentence: 'Chị Lan sinh con trai đầu lòng nặng 4 kg.', figure: '4 kg', before: { name: 'con trai đầu lòng nặng', actor: 'Lan' } },
  { sentence: 'Tỉnh đã xây dựng tuyến đê biển dài 12 km.', figure: '12 km', before: { name: 'tuyến đê biển dài' } },
  { sentence: 'Tuyến đường nối hai tỉnh dài 50 km.', figure: '50 km', before: { name: 'Tuyến đường nối hai tỉnh dài' } },
  { sentence: 'Hệ thống đường ống dẫn khí đốt dài 1.224 km.', figure: '1.224 km', before: { name: 'Hệ thống đường ống dẫn khí đốt dài' } },
  // `theo` inside the phrase, after a noun, gives its standard (`theo quy hoạch`); after a
  // verb, or before a measure, it gives what the figure is reckoned on, whose measure names it.
  { sentence: 'Diện tích trồng lúa theo quy hoạch của huyện là 1.200 ha.', figure: '1.200 ha', before: { name: 'Diện tích trồng lúa theo quy hoạch', owner: 'huyện' } },
  { sentence: 'Cổ tức được trả bằng tiền mặt theo tỷ lệ 12%.', figure: '12%', before: { name: 'tỷ lệ' } },
  { sentence: 'Khoản phụ cấp được tính theo mức lương cơ sở 1.490.000 đồng.', figure: '1.490.000 đồng', before: { name: 'mức lương cơ sở' } },
  { sentence: 'Công ty khấu trừ thuế thu nhập theo thuế suất toàn phần là 10%.', figure: '10%', before: { name: 'thuế suất toàn phần' } },
  // `đạt tỷ lệ`, `đạt mức` before the measure's own words: the measure opens the name.
  { sentence: 'Năm 2020, huyện đạt tỷ lệ bao phủ bảo hiểm y tế là 91%.', figure: '91%', before: { name: 'tỷ lệ bao phủ bảo hiểm y tế' } },
  { sentence: 'Ngành chế biến đạt mức tăng trưởng 8,2%.', figure: '8,2%', before: { name: 'mức tăng trưởng' } },
  { sentence: 'Doanh thu du lịch của tỉnh đạt mức kỷ lục 2.000 tỷ đồng.', figure: '2.000 tỷ đồng', before: { name: 'Doanh thu du lịch', owner: 'tỉnh' } },
  // An adjective ends an enumeration's item as a noun does (`nghĩa vụ liên quan`).
  // A linking verb whose measure holds the next figure, stated exactly, describes what was
  // counted with a figure of its own: the phrase ends before it. A bound, a conjunction or a
  // target reached keeps the measure in the phrase: it restricts what is counted.
  { sentence: 'Công an thu giữ 30 chiếc xe có tổng trọng lượng 20 tấn.', figure: '30 chiếc', after: 'xe' },
  { sentence: 'Công an thu giữ 30 chiếc xe có giá dưới 2 tỷ đồng.', figure: '30 chiếc', after: 'xe có giá' },
  { sentence: 'Tỉnh có 40 xã miền núi có trạm y tế và 12 bệnh viện.', figure: '40 xã', after: 'miền núi có trạm y tế' },
  { sentence: 'Tỉnh có 85 đơn vị hành chính đạt chỉ tiêu 100%.', figure: '85 đơn vị', after: 'hành chính đạt chỉ tiêu' },
  { sentence: 'Tòa triệu tập 12 người có quyền lợi, nghĩa vụ liên quan.', figure: '12 người', after: 'có quyền lợi, nghĩa vụ liên quan' },
  { sentence: 'Giá ngày giường tại bệnh viện hạng đặc biệt cũng tăng lên 300.000 đồng.', figure: '300.000 đồng', before: { name: 'Giá ngày giường', owner: 'bệnh viện hạng đặc biệt' } },
  // An estimate alone after a comma gives the figure of the measure the clause before names.
  { sentence: 'Giá trị hàng hóa các cửa hàng bán đặc biệt lớn, ước tính khoảng 3 tỷ đồng.', figure: '3 tỷ đồng', before: { name: 'Giá trị hàng hóa' } },
  // `rằng` opens what is reported; it is no part of a name.
  { sentence: 'Ông cho biết rằng giá điện sẽ tăng 3%.', figure: '3%', before: { name: 'giá điện' } },
  // Two owners: the last ends the phrase (the subject); one before it, after a measure head, is
  // the measure's own complement and stays in the name.
  { sentence: 'Công suất thuê của các tòa nhà văn phòng tại Hà Nội đạt 90%.', figure: '90%', before: { name: 'Công suất thuê của các tòa nhà văn phòng', owner: 'Hà Nội' } },
  // A relative clause on a measure (its auxiliary after the head) keeps its verb's preposition
  // and object: `được tuyển vào các trường …`.
  { sentence: 'Số học sinh được tuyển vào các trường nghề là 6.000 em.', figure: '6.000 em', before: { name: 'Số học sinh được tuyển vào các trường nghề' } },
  // `qua` (through, via) restricts a counted noun as the other inner prepositions do.
  { sentence: 'Tỉnh có 120 xã thực hiện trao đổi văn bản điện tử qua mạng.', figure: '120 xã', after: 'thực hiện trao đổi văn bản điện tử qua mạng' },
  // A body named by common words, capitalised, after the counted noun is whose it is; a
  // person's name there is an apposition.
  { sentence: 'Có 26 đại biểu Quốc hội phát biểu tại phiên họp.', figure: '26 đại biểu', after: 'Quốc hội' },
  { sentence: 'Công an bắt 2 bị can Nguyễn Văn An và Trần Văn Bình.', figure: '2 bị can', after: null },
  // A change with no direction before `từ` and the figure links the measure to its levels.
  { sentence: 'Tỷ lệ hộ nghèo biến động từ 12% lên 15%.', figure: '12%', before: { name: 'Tỷ lệ hộ nghèo' } },
  { sentence: 'Cơ cấu lao động nông nghiệp thay đổi từ 60% xuống 45%.', figure: '60%', before: { name: 'Cơ cấu lao động nông nghiệp' } },
  // A target's noun frames the figure: the measure after it, else the one that reaches it, is named.
  { sentence: 'Tỉnh quyết tâm đạt mục tiêu tăng trưởng kinh tế 7%.', figure: '7%', before: { name: 'tăng trưởng kinh tế' } },
  { sentence: 'Tăng trưởng xuất khẩu có thể vượt mục tiêu cũ 20%.', figure: '20%', before: { name: 'Tăng trưởng xuất khẩu' } },
  { sentence: 'Công ty thông qua kế hoạch doanh thu 500 tỷ đồng.', figure: '500 tỷ đồng', before: { name: 'kế hoạch doanh thu' } },
  // (Setting a target is a qualifier, as `phấn đấu` is; a verb that raises its object is the clause's.)
  { sentence: 'Chính phủ đặt mục tiêu sớm nâng kim ngạch lên 50 tỷ USD.', figure: '50 tỷ USD', before: { name: 'kim ngạch' } },
  // One-word nouns listed with commas inside a measured phrase are its own; not items that are
  // measures themselves, nor a new phrase after the list.
  { sentence: 'Bình quân trong 5 năm (2011 – 2015) tỷ lệ nợ xấu cho vay nông nghiệp, nông thôn là 3%.', figure: '3%', before: { name: 'tỷ lệ nợ xấu cho vay nông nghiệp, nông thôn' } },
  { sentence: 'Quy định mới nêu rõ số lượng cấp phó của trưởng phòng cấp quận, huyện không quá 2 người.', figure: '2 người', before: { name: 'số lượng cấp phó', owner: 'trưởng phòng cấp quận, huyện' } },
  { sentence: 'Công ty thu về 900 tỷ đồng doanh thu, lãi ròng 50 tỷ đồng.', figure: '50 tỷ đồng', before: { name: 'lãi ròng' } },
  // A noun the dictionary ends with a verb of change (`xe tăng`, a tank) is, before a figure,
  // the noun and the change; a verb's direction before a change is the measure's.
  { sentence: 'Tháng trước, doanh số bán xe tăng 12%.', figure: '12%', before: { name: 'doanh số bán xe' } },
  { sentence: 'Lượng gạo bán ra tăng 8% so với tháng trước.', figure: '8%', before: { name: 'Lượng gạo bán ra' } },
  // An owner, its short name in brackets, its verb, then the measure it acts on: the measure is named.
  { sentence: 'Năm 2016, Tổng công ty Bia Sài Gòn (Sabeco) ghi nhận tổng doanh thu đạt 35.000 tỷ đồng.', figure: '35.000 tỷ đồng', before: { name: 'tổng doanh thu', actor: 'Tổng công ty Bia Sài Gòn (Sabeco)' } },
  // In a passive with its agent named, the measure before the auxiliary is what the verb sets.
  { sentence: 'Giá điện bình quân sáng nay được Tập đoàn EVN điều chỉnh lên 1.720 đồng/kWh.', figure: '1.720 đồng/kWh', before: { name: 'Giá điện bình quân', actor: 'Tập đoàn EVN' } },
  { sentence: 'Ông Nam được Công ty Minh Long trả 20 triệu đồng.', figure: '20 triệu đồng', before: { name: 'trả' } },
  // An agent a name opens may go on in common words; with no agent, only before a level (`ở mức`).
  { sentence: 'Giá vàng miếng được Tập đoàn Vàng bạc đá quý Bảo Tín niêm yết ở mức 36,2 triệu đồng/lượng.', figure: '36,2 triệu đồng/lượng', before: { name: 'Giá vàng miếng', actor: 'Tập đoàn Vàng bạc đá quý Bảo Tín' } },
  { sentence: 'Mức tiêu thụ nhiên liệu của mẫu xe được công bố ở mức 15km/lít.', figure: '15km/lít', before: { name: 'Mức tiêu thụ nhiên liệu của mẫu xe' } },
  { sentence: 'Trong số các đối tượng bị bắt giữ có 4 phụ nữ.', figure: '4 phụ nữ', before: { name: 'bắt giữ' } },
  // A causative before a change ends the measured phrase: the cause is measured.
  { sentence: 'Chi phí nhân công khiến tăng giá thành 500 triệu đồng.', figure: '500 triệu đồng', before: { name: 'Chi phí nhân công' } },
  // Items joined by `và`, `hoặc` or commas that open their clause share the figure; not a
  // topic at the sentence's start, a subordinate clause, items unlike the name, nor a clause
  // with an actor of its own.
  { sentence: 'Tiền thuê tăng 80 tỷ đồng; chi phí vận chuyển và bảo hiểm tăng 45 tỷ đồng.', figure: '45 tỷ đồng', before: { name: 'chi phí vận chuyển và bảo hiểm' } },
  { sentence: 'Nợ công tăng nhanh (trong đó vay ngân hàng, vay trái phiếu chiếm 60%).', figure: '60%', before: { name: 'vay ngân hàng, vay trái phiếu' } },
  { sentence: 'Lãi tiền gửi giảm 2 tỷ đồng và thuế, phí tăng tới 5 tỷ đồng.', figure: '5 tỷ đồng', before: { name: 'thuế, phí' } },
  { sentence: 'Sau khi sáp nhập, lợi nhuận của công ty tăng 12%.', figure: '12%', before: { name: 'lợi nhuận', owner: 'công ty' } },
  { sentence: 'Nhìn chung, giá thép tăng 3%.', figure: '3%', before: { name: 'giá thép' } },
  { sentence: 'Vé tháng 200.000 đồng, khi trời mưa, giá vé tăng 10%.', figure: '10%', before: { name: 'giá vé' } },
  { sentence: 'Doanh thu đạt 9 tỷ đồng, công ty cắt giảm nhân sự, chi phí giảm 4%.', figure: '4%', before: { name: 'chi phí' } },
  // A determiner of each one (`hàng`) before one dated period is the noun it also is (goods);
  // a word singling a period out goes with the time phrase (`riêng quý I/2017`).
  { sentence: 'Doanh thu bán hàng quý 4 chưa đến 37 tỷ đồng.', figure: '37 tỷ đồng', before: { name: 'Doanh thu bán hàng' } },
  { sentence: 'Lợi nhuận trước thuế của ngân hàng riêng quý I/2017 đạt gần 470 tỷ đồng.', figure: '470 tỷ đồng', before: { name: 'Lợi nhuận trước thuế', owner: 'ngân hàng' } },
  // A part of the day before a day's date is its time, and a bracket after a date a note on it;
  // before a year `chiều` is a word of the phrase (`hai chiều`, two-way).
  { sentence: 'Giá vàng giao ngay đêm 6.6 (giờ Việt Nam) tăng 13 USD/oz.', figure: '13 USD/oz', before: { name: 'Giá vàng giao ngay' } },
  { sentence: 'Kim ngạch thương mại hai chiều năm 2017 tăng 10%.', figure: '10%', before: { name: 'Kim ngạch thương mại hai chiều' } },
  // A place a place's preposition brings at the clause's start, then a measure's head: the place owns it.
  { sentence: 'Tại Hà Nội giá vàng tăng 2%.', figure: '2%', before: { name: 'giá vàng', owner: 'Hà Nội' } },
  // `suốt` (throughout) brings a length of time: it ends the phrase before it.
  { sentence: 'Các nhà đàm phán từ 20 cường quốc đã tranh luận suốt nhiều ngày.', figure: '20 cường quốc', after: 'đã tranh luận' },
  // The members a measure lists after `bao gồm` are its parts: the measure is what the figure is.
  { sentence: 'Tổng vốn đầu tư nước ngoài bao gồm vốn đăng ký cấp mới, vốn đăng ký điều chỉnh và giá trị góp vốn, mua cổ phần đạt gần 27,26 tỷ USD.', figure: '27,26 tỷ USD', before: { name: 'Tổng vốn đầu tư nước ngoài' } },
  { sentence: 'Mức lương giúp việc gia đình bao gồm nấu ăn, dọn dẹp nhà cửa và giặt giũ bình quân là 3,5 triệu đồng.', figure: '3,5 triệu đồng', before: { name: 'Mức lương giúp việc gia đình' } },
  // A noun of change right before a figure, after what changes, is its verb; after a head whose
  // noun it is (a rate, a plan) it stays that noun.
  { sentence: 'Doanh thu của công ty tăng trưởng 12% so với năm trước.', figure: '12%', before: { name: 'Doanh thu', owner: 'công ty' } },
  { sentence: 'Tính đến ngày 25-5, tín dụng tăng trưởng 6,53%.', figure: '6,53%', before: { name: 'tín dụng' } },
  { sentence: 'Tốc độ tăng trưởng 6,7%.', figure: '6,7%', before: { name: 'Tốc độ tăng trưởng' } },
  // (Past a time phrase between: `Kinh tế quý I tăng trưởng …`; a time and a comma before it leave it the measure.)
  { sentence: 'Doanh thu năm 2019 tăng trưởng 12%.', figure: '12%', before: { name: 'Doanh thu' } },
  { sentence: 'Năm 2016, tăng trưởng 6,2%.', figure: '6,2%', before: { name: 'tăng trưởng' } },
  // Before a change, a destination's preposition brings where the activity goes: the phrase
  // before it changes, its owner split off.
  { sentence: 'Xuất khẩu rau quả vào thị trường này tăng 112%.', figure: '112%', before: { name: 'Xuất khẩu rau quả' } },
  { sentence: 'Xuất khẩu rau quả của Việt Nam vào Thái Lan tăng 112%.', figure: '112%', before: { name: 'Xuất khẩu rau quả', owner: 'Việt Nam' } },
  // A quoted title after the noun it names ends the phrase without ending the reading; a word
  // in scare quotes is no title.
  { sentence: 'Tổng mức phạt xung quanh các vi phạm liên quan tới bộ phim “Mùa hè xanh” là 90 triệu đồng.', figure: '90 triệu đồng', before: { name: 'Tổng mức phạt' } },
  { sentence: 'Chủ tịch UBND tỉnh thưởng “nóng” 20 triệu đồng cho Ban chuyên án.', figure: '20 triệu đồng', before: { name: null } },
  // The whole of a place or body ending the phrase is its owner, determiner and all (SPEC:
  // `toàn tỉnh`); the whole of a time is none (`cả tháng`).
  { sentence: 'Tỷ lệ hộ nghèo toàn tỉnh giảm còn 5%.', figure: '5%', before: { name: 'Tỷ lệ hộ nghèo', owner: 'toàn tỉnh' } },
  { sentence: 'Doanh thu toàn ngành đạt 500 tỷ đồng.', figure: '500 tỷ đồng', before: { name: 'Doanh thu', owner: 'toàn ngành' } },
  { sentence: 'Lượng khách cả tháng đạt 4.000 lượt.', figure: '4.000 lượt', before: { name: 'Lượng khách cả tháng', owner: null } },
  // A relative clause (`mà …`) on a measure before its linking verb: the measure is the name,
  // the clause's actor its owner. `mà` as `but` opens no such clause.
  { sentence: 'Số tiền mà hợp tác xã phải trả cho đợt giống mới là 120 triệu đồng.', figure: '120 triệu đồng', before: { name: 'Số tiền', actor: 'hợp tác xã' } },
  { sentence: 'Mức phí cao nhất mà các bến xe được thu hôm nay là 15.000 đồng.', figure: '15.000 đồng', before: { name: 'Mức phí cao nhất', actor: 'các bến xe' } },
  { sentence: 'Sản lượng lúa không giảm mà còn tăng 4%.', figure: '4%', before: { name: null } },
  // A person's report stays a report with auxiliaries before the reporting verb; a body that
  // reports its own figures owns them.
  { sentence: 'Tuy nhiên, Bộ trưởng còn nhấn mạnh 2 bên cần phải bảo đảm an toàn lao động.', figure: '2 bên', actor: null },
  { sentence: 'Toyota Việt Nam vừa công bố doanh số 6.108 xe.', figure: '6.108 xe', actor: 'Toyota Việt Nam' },
  // An agent's clause after the actor's noun is the actor's own (`do` who, a verb, its object);
  // words up to an acronym in brackets are the one name it abbreviates, verbs among them.
  { sentence: 'Ngoài ra, công ty do Hà làm giám đốc đã xuất hơn 300 hóa đơn khống.', figure: '300 hóa đơn khống', actor: 'công ty do Hà làm giám đốc' },
  { sentence: 'Khối doanh nghiệp đầu tư nước ngoài (FDI) năm 2016 có 2.500 dự án mới, với tổng vốn đăng ký 15 tỷ USD.', figure: '15 tỷ USD', actor: 'Khối doanh nghiệp đầu tư nước ngoài (FDI)' },
  // A linking verb opening a clause after a comma, with no phrase of its own, gives the value
  // of the measure the clause before names; not a second value, members, nor a measure compared with.
  { sentence: 'Hiện giá bán của máy rất cao, lên tới 16,99 triệu đồng.', figure: '16,99 triệu đồng', before: { name: 'giá bán' } },
  // (The clause before may say how the measure is: its adverbs and adjectives are no name's.)
  { sentence: 'Hàng khan hiếm nên giá thường đắt, ở mức 20.000 đồng/kg.', figure: '20.000 đồng/kg', before: { name: 'giá' } },
  { sentence: 'Năm đó công ty có vốn rất lớn, lên đến 100 triệu USD.', figure: '100 triệu USD', before: { name: 'vốn' } },
  { sentence: 'Căn hộ có giá cao gấp đôi giá tái định cư, tương đương 1,1 tỷ đồng.', figure: '1,1 tỷ đồng', before: { name: null } },
  { sentence: 'Giá ớt chỉ địa tăng mạnh hơn cả giá ớt chỉ thiên, đạt 55.000 đồng/kg.', figure: '55.000 đồng/kg', before: { name: null } },
  { sentence: 'Du thuyền có chiều dài của một sân bóng đá, bao gồm 8 tầng.', figure: '8 tầng', before: { name: null } },
  { sentence: 'Số 610 là chỉ số công suất, còn 4 là hệ dẫn động.', figure: '4', before: { name: null } },
  // An aside in brackets right before the verbs does not end the phrase before it; an aside
  // holding a name or a figure is about a person or a place, and does.
  { sentence: 'Tổng số trang trại chăn nuôi trên địa bàn tỉnh Phú Thọ (không tính các hộ nuôi nhỏ lẻ, tự phát) là 412 trang trại.', figure: '412 trang trại', before: { name: 'Tổng số trang trại chăn nuôi', owner: 'tỉnh Phú Thọ' } },
  { sentence: 'Số máy dùng trên 10 năm (quá thời gian tính khấu hao theo quy định) hiện khoảng 1.240 chiếc.', figure: '1.240 chiếc', before: { name: 'Số máy dùng trên 10 năm' } },
  { sentence: 'Em Nguyễn Duy Phương (Yên Thế, Bắc Giang) cũng đạt được 20 điểm.', figure: '20 điểm', before: { name: null } },
  { sentence: 'Kim ngạch xuất khẩu của Tập đoàn Dệt May Việt Nam (Vinatex) đạt 3 tỷ USD.', figure: '3 tỷ USD', before: { name: 'Kim ngạch xuất khẩu', owner: 'Tập đoàn Dệt May Việt Nam (Vinatex)' } },
  // A determiner inside the phrase after a measure head's verb: the verb makes a noun with the
  // head, and the phrase goes on over both (`tổng vốn đầu tư`, `tỷ lệ sử dụng`).
  { sentence: 'Tổng vốn đầu tư toàn xã hội tăng 9,8%.', figure: '9,8%', before: { name: 'Tổng vốn đầu tư toàn xã hội' } },
  { sentence: 'Tỷ lệ sử dụng các dịch vụ công trực tuyến đã lên đến 45%.', figure: '45%', before: { name: 'Tỷ lệ sử dụng các dịch vụ công trực tuyến' } },
  { sentence: 'Người dân sử dụng các biện pháp tránh thai tăng 5%.', figure: '5%', before: { name: 'các biện pháp tránh thai' } },
  // A length of time ends the phrase it follows, as a time phrase does (`trong vòng` and all);
  // a term's length is the noun's (`kỳ hạn 10 năm`).
  { sentence: 'Chỉ số sản xuất công nghiệp 5 tháng tăng 5,7%.', figure: '5,7%', before: { name: 'Chỉ số sản xuất công nghiệp' } },
  { sentence: 'Các nhà khoa học đã khảo sát 900 người cao tuổi trong vòng 4 năm.', figure: '900 người', after: 'cao tuổi' },
  { sentence: 'Thành phố tiêu thụ 233.000 con heo trong 6 tháng.', figure: '233.000 con', after: 'heo' },
  { sentence: 'Ông Tâm điều trị tại Khoa Nội (Bệnh viện tỉnh) 20 ngày đã hết 60 triệu đồng.', figure: '60 triệu đồng', before: { owner: 'Khoa Nội (Bệnh viện tỉnh)' } },
  { sentence: 'Lợi suất trái phiếu kỳ hạn 10 năm tăng 2%.', figure: '2%', before: { name: 'Lợi suất trái phiếu kỳ hạn 10 năm' } },
  // An owner, its verb, then a measure it acts on: the measure is named, the owner acts; a verb's
  // own noun (`giảm cân`) is no measure, and the phrase stays whole.
  { sentence: 'Trong năm 2017, công ty đặt kế hoạch doanh thu ở mức 1.615 tỷ đồng.', figure: '1.615 tỷ đồng', before: { name: 'kế hoạch doanh thu', actor: 'công ty' } },
  { sentence: 'Sáng nay, Công ty Phú Quý niêm yết giá vàng SJC ở mức 36,7 triệu đồng/lượng.', figure: '36,7 triệu đồng/lượng', before: { name: 'giá vàng SJC', actor: 'Công ty Phú Quý' } },
  { sentence: 'Sau 1 năm, cô gái giảm cân từ 90kg xuống 62kg.', figure: '62kg', before: { actor: null } },
  // An owner word holding its own place (`trên cả nước`) right before the verbs owns the phrase before it.
  { sentence: 'Tỷ lệ xã có trạm cấp nước trên cả nước là 70%.', figure: '70%', before: { name: 'Tỷ lệ xã có trạm cấp nước' } },
  // Names alone after a dash are the name's own part (`- CTCP`); a source's comma closes it.
  { sentence: 'Số lao động làm việc tại Tổng công ty Viglacera - CTCP là 950 người.', figure: '950 người', before: { name: 'Số lao động làm việc', owner: 'Tổng công ty Viglacera - CTCP' } },
  { sentence: 'Theo phương án, Tổng công ty Viglacera - CTCP có vốn điều lệ 2.200 tỷ đồng.', figure: '2.200 tỷ đồng', before: { actor: 'Tổng công ty Viglacera - CTCP' } },
  // A time word with words of its own inside the phrase ends the measured phrase there.
  { sentence: 'Số lao động nghỉ hưu tại thời điểm chuyển đổi doanh nghiệp là 37 người.', figure: '37 người', before: { name: 'Số lao động nghỉ hưu' } },
  // An auxiliary ends the phrase: the noun phrase before it acts.
  { sentence: 'TP.HCM đã chấp thuận 51 dự án.', figure: '51 dự án', before: { actor: 'TP.HCM' } },
  { sentence: 'Toàn tỉnh đã xây dựng và cấp được 261 mã số vùng trồng.', figure: '261 mã số vùng trồng', before: { actor: 'Toàn tỉnh' } },
  { sentence: 'Tỷ lệ lạm phát đã được kiểm soát dưới 4%.', figure: '4%', before: { name: 'Tỷ lệ lạm phát', actor: null } },
  { sentence: 'Tỷ lệ doanh nghiệp đã nộp thuế điện tử chiếm 99%.', figure: '99%', before: { name: 'Tỷ lệ doanh nghiệp đã nộp thuế điện tử' } },
  // A measure head opening an enumeration names its last item's figure, the item's auxiliary
  // kept; not over a topic with an actor after it, a figure, a baseline or a clause's own verb.
  { sentence: 'Tỷ lệ nợ xấu đã bán cho công ty mua bán nợ, chưa xử lý chiếm 3,2%.', figure: '3,2%', before: { name: 'Tỷ lệ nợ xấu đã bán cho công ty mua bán nợ, chưa xử lý' } },
  { sentence: 'Theo đó, số hộ sản xuất lúa, chăn nuôi, thủy sản chiếm 60%.', figure: '60%', before: { name: 'số hộ sản xuất lúa, chăn nuôi, thủy sản' } },
  { sentence: 'Số tiền này, Hùng chiếm đoạt gần 900 triệu đồng.', figure: '900 triệu đồng', before: { name: 'chiếm đoạt' } },
  { sentence: 'Tỷ lệ hộ nghèo giảm còn 3%, hộ cận nghèo giảm 2%.', figure: '2%', before: { name: 'hộ cận nghèo' } },
  { sentence: 'Mức lãi suất giữ nguyên so với 2 tuần trước, duy trì ở mức 6%.', figure: '6%', before: { name: null } },
  // A level kept after `giữ nguyên ở mức` links the measure before it; `giữ nguyên mức` + a noun has an object.
  { sentence: 'Giá cổ phiếu ABC vẫn giữ nguyên ở mức 12.000 đồng.', figure: '12.000 đồng', before: { name: 'Giá cổ phiếu ABC' } },
  { sentence: 'Giá vàng tại Hà Nội cũng tương tự, hiện niêm yết 36,7 triệu đồng/lượng.', figure: '36,7 triệu đồng/lượng', before: { name: 'niêm yết' } },
  // A measure head inside a verb phrase starts the name; nouns joined by `và` stay together.
  { sentence: 'Ngân hàng đã đẩy mức chênh lệch này xuống còn 1 điểm phần trăm.', figure: '1 điểm phần trăm', before: { name: 'mức chênh lệch này' } },
  { sentence: 'Mức chênh lệch giữa giá mua và giá bán vàng miếng ở mức 2 điểm phần trăm.', figure: '2 điểm phần trăm', before: { name: 'Mức chênh lệch giữa giá mua và giá bán vàng miếng' } },
  // A name then a verb: the verb is what is measured, the name acts.
  { sentence: 'Tuấn nhận hơn 900 triệu đồng.', figure: '900 triệu đồng', before: { name: 'nhận', actor: 'Tuấn' } },
  // So does a place or a body named by a common head and a name: it acts.
  { sentence: 'Trong đợt này, tỉnh Quảng Trị nhận 500 tỷ đồng.', figure: '500 tỷ đồng', before: { name: 'nhận', actor: 'tỉnh Quảng Trị' } },
  // After a counted figure: what restricts it, to the end of its phrase.
  { sentence: 'Có 120.000 hộ chưa có nhà ở hoặc đang thuê nhà trọ.', figure: '120.000 hộ', after: 'chưa có nhà ở hoặc đang thuê nhà trọ' },
  { sentence: 'Tỉnh cấp vốn cho 14 tàu cá và sửa chữa 5 tàu khác.', figure: '14 tàu cá', after: null },
  { sentence: 'Có 14 dự án với quy mô 5.200 căn.', figure: '14 dự án', after: null },
  // `trở lên` (or more) after the counted noun qualifies the figure: no part of the noun.
  { sentence: 'Thôn có từ 3 nghìn người trở lên thì được chọn 5 đại diện.', figure: '3 nghìn người', after: null },
  // A verb listing the members closes the counted noun (`gồm`, `bao gồm`).
  { sentence: 'Tỉnh được hỗ trợ 2 dự án trọng điểm gồm khu neo đậu tàu thuyền và trung tâm giống thủy sản.', figure: '2 dự án', after: 'trọng điểm' },
  { sentence: 'Có 18.200 căn trên tổng diện tích 75 ha.', figure: '18.200 căn', after: null },
  { sentence: 'Có 310 hợp tác xã thành lập mới theo Luật.', figure: '310 hợp tác xã', after: 'thành lập mới theo Luật' },
  { sentence: 'Tòa xử 4 bị cáo Lê Văn Tâm và Phạm Văn Bình.', figure: '4 bị cáo', after: null },
  // A body named by common words after the counted noun is whose it is, no name in apposition.
  { sentence: 'Quốc hội đã phê chuẩn 3 Thẩm phán Tòa án nhân dân tối cao.', figure: '3 Thẩm phán', after: 'Tòa án nhân dân tối cao' },
  { sentence: 'Có 6 nhân viên Ủy ban Chữ thập Đỏ quốc tế bị bắt giữ.', figure: '6 nhân viên', after: 'Ủy ban Chữ thập Đỏ quốc tế bị bắt giữ' },
  // After a common noun, `và` and a name with a predicate of its own open another clause (a
  // numeral after a comma does too: indicators/examples.ts). A list of names goes on to its last.
  { sentence: 'Bộ sẽ yêu cầu giải trình 12 dự án thua lỗ và Chính phủ đã có chương trình xử lý.', figure: '12 dự án', after: 'thua lỗ' },
  // Numbers listed after a noun go on with it (an item that is a common noun with a number of
  // its own is another measure: indicators/examples.ts).
  { sentence: 'Có 130.000 người dân khu vực quận 6, 8, 11 bị ảnh hưởng.', figure: '130.000 người', after: 'dân khu vực quận 6, 8, 11 bị ảnh hưởng' },
  { sentence: 'Riêng 4 tỉnh là Phú Thọ, Hòa Bình và Hà Giang vẫn giữ nguyên.', figure: '4 tỉnh', after: 'là Phú Thọ, Hòa Bình và Hà Giang' },
  // An adverb that closes what it follows is no part of the counted noun (`nữa`, more;
  // `ngay`, at once); `giá vàng giao ngay` (spot) is one word.
  { sentence: 'Xã đã hỗ trợ thêm 300 hộ nữa.', figure: '300 hộ', after: null },
  { sentence: 'Xã đã hỗ trợ thêm 300 hộ nữa trong tháng này.', figure: '300 hộ', after: null },
  { sentence: 'Công an đã bắt 6 đối tượng ngay tại chỗ.', figure: '6 đối tượng', after: null },
  // `sau đó` (then) inside a clause only places it: the phrase goes on before it.
  { sentence: 'Giá cổ phiếu của công ty sau đó giảm còn khoảng 3.000 đồng.', figure: '3.000 đồng', before: { name: 'Giá cổ phiếu', owner: 'công ty' } },
  // A qualifier right after the noun, before its owner, is the noun's (`bình quân`, `dự kiến`).
  { sentence: 'Thu nhập bình quân của người dân tỉnh đạt 50 triệu đồng.', figure: '50 triệu đồng', before: { name: 'Thu nhập bình quân', owner: 'người dân tỉnh' } },
  { sentence: 'Doanh thu dự kiến của công ty năm nay đạt 500 tỷ đồng.', figure: '500 tỷ đồng', before: { name: 'Doanh thu dự kiến', owner: 'công ty' } },
  { sentence: 'Lương tối thiểu tại Hồng Kông là 34,5 đô la Hồng Kông/giờ.', figure: '34,5 đô la Hồng Kông/giờ', before: { name: 'Lương tối thiểu', owner: 'Hồng Kông' } },
  // After a name, `và` and a common noun list two things: the figure is the second's; places
  // listed stay one phrase.
  { sentence: 'Xe có màu sơn đen Amethyste Black và bộ vành hợp kim 17 inch.', figure: '17 inch', before: { name: 'bộ vành hợp kim' } },
  { sentence: 'Điện thoại dùng RAM 4 GB và bộ nhớ trong 64 GB.', figure: '64 GB', before: { name: 'bộ nhớ trong' } },
  // A time inside the phrase, before its owner: the owner is split off all the same.
  { sentence: 'Giá dầu Brent giao tháng 7/2017 tại London giảm 2,5 USD.', figure: '2,5 USD', before: { name: 'Giá dầu Brent giao', owner: 'London' } },
  { sentence: 'Tổng tài sản năm 2016 của tập đoàn giảm 1,68%.', figure: '1,68%', before: { name: 'Tổng tài sản', owner: 'tập đoàn' } },
  // A level reached, touched or passed, or where a price settles, links the measure before it.
  { sentence: 'Nhiệt độ tại Hà Nội chạm ngưỡng 40 độ.', figure: '40 độ', before: { name: 'Nhiệt độ', owner: 'Hà Nội' } },
  { sentence: 'Vốn đầu tư của các công ty Hàn Quốc đã vượt mốc 50 tỷ USD.', figure: '50 tỷ USD', before: { name: 'Vốn đầu tư', owner: 'các công ty Hàn Quốc' } },
  { sentence: 'Giá bán dự kiến của công ty rơi vào khoảng 700 triệu đồng.', figure: '700 triệu đồng', before: { name: 'Giá bán dự kiến', owner: 'công ty' } },
  { sentence: 'Kinh phí sản xuất bộ phim chỉ vỏn vẹn 9 triệu USD.', figure: '9 triệu USD', before: { name: 'Kinh phí sản xuất bộ phim' } },
  { sentence: 'Diện tích căn hộ vỏn vẹn 30 m2.', figure: '30 m2', before: { name: 'Diện tích căn hộ' } },
  { sentence: 'Giá bán của công ty rơi vào 700 triệu đồng.', figure: '700 triệu đồng', before: { name: 'Giá bán', owner: 'công ty' } },
  { sentence: 'Cổ phiếu của công ty giao dịch quanh ngưỡng 220.000 đồng/cổ phiếu.', figure: '220.000 đồng/cổ phiếu', before: { name: 'Cổ phiếu', owner: 'công ty' } },
  { sentence: 'Chỉ số chứng khoán chốt ở mức 700 điểm.', figure: '700 điểm', before: { name: 'Chỉ số chứng khoán' } },
  { sentence: 'Cổ phiếu của công ty giao dịch quanh mức 191.000 đồng/cổ phiếu.', figure: '191.000 đồng/cổ phiếu', before: { name: 'Cổ phiếu', owner: 'công ty' } },
  { sentence: 'Giá dầu thô dừng tại mức 52 USD/thùng.', figure: '52 USD/thùng', before: { name: 'Giá dầu thô' } },
  { sentence: 'Giá vàng giao ngay đã tăng 1,1%.', figure: '1,1%', before: { name: 'Giá vàng giao ngay' } },
  { sentence: 'Người dân đừng tiếc 700.000 đồng mua bảo hiểm y tế ngay từ bây giờ.', figure: '700.000 đồng', after: 'mua bảo hiểm y tế' },
  { sentence: 'Có 100% các sở, ban, ngành đã xây dựng mạng nội bộ.', figure: '100%', after: 'các sở, ban, ngành đã xây dựng mạng nội bộ' },
  // The actor nearest before the figure, past sources, adverbials and reporting verbs.
  { sentence: 'Theo báo cáo của Sở Xây dựng, từ khi Luật có hiệu lực, thành phố đã hoàn thành 14 dự án.', figure: '14 dự án', actor: 'thành phố' },
  // A time before a place opener is passed over: the place is the actor, not skipped with it.
  { sentence: 'Cụ thể, lúc 9 giờ tại Eximbank, giá USD tăng 10 đồng.', figure: '10 đồng', actor: 'Eximbank' },
  { sentence: 'Sơn La có tới 70% xã thiếu chợ, song tại Bắc Ninh, tỷ lệ thiếu chỉ còn 5%.', figure: '5%', actor: 'Bắc Ninh' },
  { sentence: 'Thứ trưởng Bộ Công thương cho biết EVN sẽ giảm 2 triệu tấn than.', figure: '2 triệu tấn', actor: 'EVN' },
  { sentence: 'Lê Thị Hồng Nhung - một giám đốc ở Sóc Trăng bị cáo buộc bán 200 hóa đơn.', figure: '200 hóa đơn', actor: 'Lê Thị Hồng Nhung' },
  // After a place's name, the weather's noun opens the place's predicate: the place acts.
  { sentence: 'Khu vực trung du Bắc Bộ trời rét đậm, nhiệt độ thấp nhất 9 độ.', figure: '9 độ', actor: 'Khu vực trung du Bắc Bộ' },
  // `Ngay sau khi …,`, `Ngay lập tức,`: an adverbial to its comma; `lập tức` before a verb is
  // its auxiliary, `đừng` a warning's.
  { sentence: 'Ngay sau khi phát hiện sai phạm, Sở Giáo dục đã cho dừng 2 môn thi.', figure: '2 môn', actor: 'Sở Giáo dục' },
  { sentence: 'Ngay lập tức, công ty đã chi 3 tỷ đồng sửa chữa.', figure: '3 tỷ đồng', actor: 'công ty' },
  { sentence: 'Sau đó Dương lập tức chạy đến cửa hàng đặt cọc 20 tỷ đồng.', figure: '20 tỷ đồng', actor: 'Dương' },
  { sentence: 'Người dân đừng tiếc 700.000 đồng mua bảo hiểm y tế.', figure: '700.000 đồng', actor: 'Người dân' },
  { sentence: 'Kế hoạch của tỉnh trong giai đoạn 2021 - 2025 là xây thêm 12 trường học.', figure: '12 trường học', actor: 'tỉnh' },
  { sentence: 'Đối với những huyện, thị xã, thành phố ở miền núi có số dân dưới 50 nghìn người thì được chọn 5 đại diện.', figure: '5 đại diện', actor: 'những huyện, thị xã, thành phố ở miền núi' },
  { sentence: 'Nếu tính cả nợ tiềm ẩn, tỷ lệ này sẽ là 10%.', figure: '10%', actor: null },
  // An enumeration of owners goes on with owners only.
  { sentence: 'Theo đó, đối với các sở, ban, ngành cấp tỉnh, phần mềm quản lý văn bản đã triển khai 100% tại các cơ quan.', figure: '100%', actor: 'các sở, ban, ngành cấp tỉnh' },
  // `được` after a verb is its result: the verb is the predicate, not the actor's.
  { sentence: 'Các chi nhánh Hòa Phát tại Gia Lai mở được 350 cửa hàng với tổng doanh thu hơn 40 tỷ đồng.', figure: '40 tỷ đồng', actor: 'Các chi nhánh Hòa Phát tại Gia Lai' },
  // A fused owner word after the figure: its place is the owner.
  { sentence: 'Như vậy, trên cả nước có gần 12 nghìn giấy phép còn hiệu lực.', figure: '12 nghìn giấy phép', actor: 'cả nước' },
  // An adverbial with no comma closing it before a name is passed over (`Nhân dịp này, …`);
  // one opened by a preposition is passed over with the figure it holds.
  { sentence: 'Nhân dịp này, Bộ trưởng Bộ Tài chính đã tặng bằng khen cho 19 cá nhân.', figure: '19 cá nhân', actor: 'Bộ trưởng Bộ Tài chính' },
  { sentence: 'Ngoài 4 bị cáo, HĐXX còn triệu tập hơn 700 người.', figure: '700 người', actor: 'HĐXX' },
  // A stop the page lost, after a caption's name, ends the search for an actor.
  { sentence: 'Bà Vân bị khởi tố - Ảnh: Dân Trí Ngoài ra, để điều tra đã xác minh 12 doanh nghiệp.', figure: '12 doanh nghiệp', actor: null },
  // A report with no subject of its own is of what the reporter does; a text's signer acts.
  { sentence: 'Công an Hà Nội cho biết vừa khởi tố 3 bị can.', figure: '3 bị can', actor: 'Công an Hà Nội' },
  { sentence: 'Trước đó, Vinacomin đề nghị giảm bán 3 triệu tấn quặng.', figure: '3 triệu tấn', actor: 'Vinacomin' },
  { sentence: 'Đến nay nông dân ký các hợp đồng tín dụng để mua mới 15 máy gặt.', figure: '15 máy gặt', actor: 'nông dân' },
  // `các` after a noun opens the noun it governs, inside the actor; `nhiều` opens the predicate.
  { sentence: 'Năm nay, Công đoàn các khu công nghiệp đã trao 2.000 suất quà.', figure: '2.000 suất quà', actor: 'Công đoàn các khu công nghiệp' },
  { sentence: 'Hôm nay, Hà Nội nhiều mây, nhiệt độ cao nhất 30 độ.', figure: '30 độ', actor: null },
  // … not one that denies, nor one with a subject of its own.
  { sentence: 'Giám đốc khẳng định không thể xây được đường băng 2.600 m.', figure: '2.600 m', actor: null },
  { sentence: 'Thứ trưởng cho biết các doanh nghiệp đã nộp 5 tỷ đồng.', figure: '5 tỷ đồng', actor: 'các doanh nghiệp' },
  // A forecast of a clause with its own actor and verb reports it; before a bare noun or a
  // verb, the forecaster's own figure.
  { sentence: 'Các chuyên gia dự báo doanh nghiệp này sẽ đạt lợi nhuận 200 tỷ đồng.', figure: '200 tỷ đồng', actor: 'doanh nghiệp này' },
  { sentence: 'Nhóm phân tích ước tính, cuối năm nay, giá thép sẽ giảm 4%.', figure: '4%', actor: null },
  { sentence: 'Công ty dự kiến doanh thu 800 tỷ đồng.', figure: '800 tỷ đồng', actor: 'Công ty' },
  { sentence: 'Hợp tác xã dự kiến bán 30 tấn cam.', figure: '30 tấn', actor: 'Hợp tác xã' },
  // A condition or a time opening the sentence is passed over to its comma; `trong khi` after
  // a comma opens a clause set against the one before, read from its start.
  { sentence: 'Nếu nhà đầu tư rút vốn, thị trường sẽ mất 20 điểm.', figure: '20 điểm', actor: 'thị trường' },
  { sentence: 'Khi công ty mẹ rút vốn, chi nhánh Hà Nội vẫn lãi 12 tỷ đồng.', figure: '12 tỷ đồng', actor: 'chi nhánh Hà Nội' },
  { sentence: 'Miền Bắc mưa rào, trong khi miền Trung nắng nóng, có nơi trên 38 độ C.', figure: '38 độ C', actor: 'miền Trung' },
];
