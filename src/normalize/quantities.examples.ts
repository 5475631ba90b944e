// Examples of the quantity rules: a sentence and every quantity it must give, in order,
// with the fields that matter for it (fields left out are not checked). `[]` means the
// sentence holds no quantity at all. Run by tests/corpus.test.ts.
import type { Quantity } from './quantities.js';

export type QuantityExpectation = Partial<Pick<Quantity, 'kind' | 'value' | 'total' | 'unit' | 'currency' | 'qualifier' | 'change' | 'baseline' | 'text'>>;

export interface QuantityExample {
  text: string;
  expect: QuantityExpectation[];
}

const money = (value: number, extra: QuantityExpectation = {}): QuantityExpectation => ({ kind: 'money', value, ...extra });
const pct = (value: number, extra: QuantityExpectation = {}): QuantityExpectation => ({ kind: 'percent', value, unit: '%', ...extra });
const count = (value: number, unit: string, extra: QuantityExpectation = {}): QuantityExpectation => ({ kind: 'count', value, unit, ...extra });

export const QUANTITY_EXAMPLES: QuantityExample[] = [
  // Money, scale words, currencies
  { text: 'Doanh thu các dịch vụ của ngành trong năm 2019 ước đạt 15.658 tỉ đồng, tăng 2,2% so với năm 2018.', expect: [money(15658e9, { currency: 'VND', qualifier: 'estimate', text: '15.658 tỉ đồng' }), pct(2.2, { qualifier: 'estimate', change: 'increase', baseline: '2018' })] },
  { text: 'Doanh thu của các doanh nghiệp viễn thông ước đạt 2.910 tỷ đồng.', expect: [money(2910e9, { qualifier: 'estimate' })] },
  // triệu tỷ = 10^6 × 10^9 = 10^15
  { text: 'Tổng vốn đầu tư hơn 1,2 triệu tỷ đồng.', expect: [money(1.2e15, { qualifier: 'more_than', text: '1,2 triệu tỷ đồng' })] },
  // An amount written in two scales is one figure; the first part's currency when the rest names none.
  { text: 'Tổng dự toán là 126 tỷ 090 triệu đồng, còn nợ 24 tỷ 450 triệu.', expect: [money(126.09e9, { currency: 'VND', text: '126 tỷ 090 triệu đồng' }), money(24.45e9, { currency: 'VND', text: '24 tỷ 450 triệu' })] },
  { text: 'Mỗi hộ được hỗ trợ 3 triệu 500 nghìn đồng.', expect: [money(3.5e6, { text: '3 triệu 500 nghìn đồng' })] },
  // (Amounts set apart by commas stay apart.)
  { text: 'Mức phạt từ 5 triệu, 10 triệu đến 20 triệu đồng.', expect: [money(5e6), money(10e6), money(20e6)] },
  { text: 'Nợ xấu gần 3 nghìn tỷ đồng.', expect: [money(3e12, { qualifier: 'less_than' })] },
  { text: 'Kim ngạch xuất khẩu đạt 25,6 tỷ USD.', expect: [money(25.6e9, { currency: 'USD', unit: 'USD' })] },
  { text: 'Dự án có tổng mức đầu tư 500 triệu USD.', expect: [money(500e6, { currency: 'USD' })] },
  { text: 'Giá xăng giảm 300 đồng/lít từ chiều nay.', expect: [money(300, { unit: 'đồng/lít', change: 'decrease' })] },
  { text: 'Thu nhập bình quân đạt 95,6 triệu đồng/người/năm.', expect: [money(95.6e6, { unit: 'đồng/người' })] },
  { text: 'Mức phạt từ 2.300 tỷ đồng đến dưới 5.000 tỷ đồng.', expect: [money(2300e9, { qualifier: 'exact' }), money(5000e9, { qualifier: 'less_than' })] },
  { text: 'Gói hỗ trợ 26.000 tỷ đồng được triển khai.', expect: [money(26000e9)] },
  { text: 'Mỗi hộ được hỗ trợ 5 triệu đồng.', expect: [money(5e6)] },
  { text: 'Giá vé là 150.000 đồng.', expect: [money(150000)] },
  { text: 'Giá bán 20.000đ một kg.', expect: [money(20000, { currency: 'VND' })] },
  { text: 'Lương tối thiểu 4.680.000 VNĐ.', expect: [money(4680000, { currency: 'VND', qualifier: 'exact' })] },
  { text: 'Khoản vay 100 triệu VND.', expect: [money(100e6)] },
  { text: 'Viện trợ 2 triệu EUR cho dự án.', expect: [money(2e6, { currency: 'EUR' })] },
  { text: 'Số tiền 1,5 tỷ NDT.', expect: [money(1.5e9, { currency: 'CNY' })] },
  { text: 'Tài trợ 3 triệu đô la Mỹ.', expect: [money(3e6, { currency: 'USD' })] },
  // Other currencies by name; without one, billions are đồng (so a named one must win).
  { text: 'Dự án hạ tầng trị giá 3,3 tỷ ringgit bị điều tra.', expect: [money(3.3e9, { currency: 'MYR' })] },
  { text: 'Túi xách bán với giá lên tới 80.000 baht.', expect: [money(80000, { currency: 'THB' })] },
  // A verb and its direction's word after a number are a predicate: the number counts nothing
  // (an ordinal or a label); a noun there counts, and so does a verbal noun before `về` (about).
  { text: 'Anh Phong cho biết hội nghị 11 diễn ra trong bối cảnh mới.', expect: [] },
  { text: 'Nhánh 2 từ điểm giao với nhánh 1 rẽ vào ga quốc nội.', expect: [] },
  { text: 'Đội bóng ghi 2 bàn vào lưới đối phương.', expect: [count(2, 'bàn')] },
  { text: 'Chính phủ đã gửi 15 báo cáo về các lĩnh vực kinh tế.', expect: [count(15, 'báo cáo')] },
  // A foreign currency's name, capitalised as the press often writes it.
  { text: 'Vốn vay ưu đãi là 1,2 tỷ Nhân dân tệ (tương đương 169 triệu USD).', expect: [money(1.2e9, { currency: 'CNY', text: '1,2 tỷ Nhân dân tệ' }), money(169e6, { currency: 'USD' })] },
  { text: 'Xe có giá chỉ 545.000 Rupee, bản cao nhất 21 triệu Rupiah.', expect: [money(545000, { currency: 'INR' }), money(21e6, { currency: 'IDR' })] },
  { text: 'Gói viện trợ 2 tỷ đô la Úc được công bố.', expect: [money(2e9, { currency: 'AUD' })] },
  // `bảng` is pounds sterling only after a scale word or with a rate after it: `3 bảng đấu` is three groups.
  { text: 'Anh chuyển đến với giá 35 triệu bảng.', expect: [money(35e6, { currency: 'GBP' })] },
  { text: 'Đội bóng trả anh mức lương 80.000 bảng/tuần.', expect: [money(80000, { currency: 'GBP', unit: 'bảng/tuần', text: '80.000 bảng/tuần' })] },
  { text: 'Giải đấu chia thành 3 bảng đấu.', expect: [count(3, 'bảng đấu')] },
  // A scale word that opens another word is none: `tỷ phú` (billionaire), `tỷ lệ` (ratio).
  { text: 'Hôm qua lại xuất hiện một tỷ phú Jackpot.', expect: [] },
  { text: 'Có 2 tỷ phú USD mới trong năm.', expect: [count(2, 'tỷ phú USD')] },
  // Billions of years are not đồng.
  { text: 'Vũ trụ hình thành vào 13,8 tỉ năm trước.', expect: [{ kind: 'count', value: 13.8e9, currency: null }] },
  { text: 'Công ty mẹ ghi nhận khoản lỗ 514 tỷ năm 2016.', expect: [money(514e9, { currency: 'VND' })] },
  { text: 'Thu giữ 100 kíp nổ và 2 triệu kíp tiền mặt.', expect: [count(100, 'kíp nổ'), money(2e6, { currency: 'LAK' })] },
  { text: 'Chi phí khoảng 700 triệu đồng.', expect: [money(700e6, { qualifier: 'about' })] },
  { text: 'Ngân sách dự toán 1.000 tỷ đồng.', expect: [money(1000e9, { qualifier: 'target' })] },
  { text: 'Phấn đấu năm 2025 thu ngân sách trên 18.000 tỷ đồng.', expect: [money(18000e9, { qualifier: 'target' })] },
  { text: 'Dự kiến năm nay doanh thu khoảng 11 nghìn tỷ đồng.', expect: [money(11e12, { qualifier: 'estimate' })] },
  { text: 'Doanh thu đạt 12 ngàn tỷ đồng.', expect: [money(12e12)] },
  { text: 'Thu ngân sách đạt 3.000 tỉ.', expect: [money(3000e9, { currency: 'VND', text: '3.000 tỉ' })] },
  { text: 'Formosa Hà Tĩnh chi 3.150 tỷ xây nhà ở cho thuê', expect: [money(3150e9, { text: '3.150 tỷ' })] },
  { text: 'Dân số đạt 96 triệu người, tăng 1,2 triệu.', expect: [{ kind: 'count', value: 96e6, unit: 'người' }, { kind: 'count', value: 1.2e6 }] },
  // Percentages
  { text: 'Tỷ lệ doanh nghiệp đã nộp thuế điện tử chiếm 99%.', expect: [pct(99)] },
  { text: 'Tốc độ tăng trưởng đạt 7,02 %.', expect: [pct(7.02, { text: '7,02 %' })] },
  { text: 'Lãi suất giảm 0,5 điểm phần trăm.', expect: [{ kind: 'percent', value: 0.5, unit: 'điểm phần trăm', change: 'decrease' }] },
  // A rate per period glued after the percent keeps its period; spaced, it is the next words.
  { text: 'Ngân hàng nâng lãi suất thẻ tín dụng lên 27%/năm.', expect: [pct(27, { text: '27%/năm', unit: '%/năm', change: null })] },
  { text: 'Tỷ lệ tăng 30% / năm nay vẫn cao.', expect: [pct(30, { text: '30%', change: 'increase' })] },
  { text: 'Tỷ lệ hộ nghèo còn 3 phần trăm.', expect: [pct(3)] },
  { text: 'Chỉ số giá tiêu dùng giảm (-3,1%) so với cùng kỳ.', expect: [pct(-3.1, { text: '-3,1%', baseline: 'cùng kỳ' })] },
  { text: 'Tăng trưởng âm 2% trong quý.', expect: [pct(-2)] },
  { text: 'Tỷ lệ nợ xấu giảm còn 1,9%.', expect: [pct(1.9, { change: null })] },
  { text: 'Thuê bao điện thoại ước đạt 2.890.000 thuê bao, tăng 10,74% kế hoạch được giao; mật độ thuê bao điện thoại đạt 80,98 máy/100 dân.', expect: [count(2890000, 'thuê bao', { qualifier: 'estimate' }), pct(10.74, { qualifier: 'estimate', change: 'increase', baseline: 'kế hoạch được giao' }), { kind: 'rate', value: 80.98, unit: 'máy/100 dân', qualifier: 'exact' }] },
  { text: 'Thuê bao Internet ước đạt 1.070.000 thuê bao, tăng 14,96% so với năm 2017; mật độ 29,98 thuê bao/100 dân.', expect: [count(1070000, 'thuê bao', { qualifier: 'estimate' }), pct(14.96, { qualifier: 'estimate', baseline: '2017' }), { kind: 'rate', value: 29.98, qualifier: 'exact' }] },
  { text: 'Tỷ lệ giải ngân đạt 105% kế hoạch.', expect: [pct(105, { baseline: 'kế hoạch' })] },
  { text: 'Lượng khách tăng 34-35% so với cùng kỳ.', expect: [pct(34, { text: '34' }), pct(35)] },
  { text: 'Tăng trưởng từ 6,5 - 7%.', expect: [pct(6.5), pct(7)] },
  { text: 'Phủ sóng đạt trên 95% dân cư toàn tỉnh.', expect: [pct(95, { qualifier: 'more_than' })] },
  { text: 'Đến nay, 80% hạ tầng mạng ngoại vi đã được ngầm hóa.', expect: [pct(80)] },
  { text: 'Kết quả số hóa cấp tỉnh đạt 79,9%, cấp huyện đạt 24%, cấp xã đạt 48,7%.', expect: [pct(79.9), pct(24), pct(48.7)] },
  { text: 'Tỷ lệ tiêm chủng xấp xỉ 98%.', expect: [pct(98, { qualifier: 'about' })] },
  { text: 'Tỷ lệ thất nghiệp dưới 4%.', expect: [pct(4, { qualifier: 'less_than' })] },
  { text: 'Tốc độ tăng trưởng ít nhất 6%.', expect: [pct(6, { qualifier: 'more_than' })] },
  { text: 'Lạm phát không quá 4%.', expect: [pct(4, { qualifier: 'less_than' })] },
  { text: 'Mục tiêu đến năm 2025, 100% xã có đường ô tô.', expect: [pct(100, { qualifier: 'target' })] },
  // Ranks, fractions, rates
  { text: 'Chỉ số ICT Index của Hải Dương năm 2019 xếp thứ 19/63 tỉnh, thành phố, tăng 7 bậc so với năm 2018, tăng 25 bậc so với năm 2017.', expect: [{ kind: 'rank', value: 19, total: 63, text: '19/63' }, count(7, 'bậc', { change: 'increase', baseline: '2018' }), count(25, 'bậc', { change: 'increase', baseline: '2017' })] },
  { text: 'Việt Nam xếp hạng 99/189 quốc gia.', expect: [{ kind: 'rank', value: 99, total: 189 }] },
  // A page that lost its superscripts writes the power apart: `30m 2`, `20 m 3`.
  { text: 'Căn hộ diện tích nhỏ 30m 2 giá 100 triệu đồng.', expect: [count(30, 'm2', { text: '30m 2' }), money(100e6)] },
  { text: 'Mỗi tháng hộ gia đình B dùng hết 15 m 3 nước.', expect: [count(15, 'm3', { text: '15 m 3' })] },
  // After a noun, `hạng N` is a grade, a label; with its verb it ranks.
  { text: 'Giá giường tại BV hạng 1 là 632.200 đồng.', expect: [money(632200)] },
  { text: 'Lớp đào tạo máy trưởng tàu cá hạng 4 có 430 thuyền viên.', expect: [count(430, 'thuyền viên')] },
  { text: 'Đội tuyển đứng hạng 3 châu Á.', expect: [{ kind: 'rank', value: 3 }] },
  { text: 'Tay vợt hạng 45 thế giới của nước chủ nhà.', expect: [{ kind: 'rank', value: 45 }] },
  { text: 'Khi vừa tới trước địa chỉ số 44 đường Bến Lội.', expect: [] },
  // An event word with what it names is counted (`10 kỳ điều chỉnh`); alone it is a duration.
  { text: 'Giá xăng dầu đã có 10 kỳ điều chỉnh.', expect: [count(10, 'kỳ điều chỉnh')] },
  { text: 'Sau 2 kỳ, giá tăng.', expect: [] },
  // A document type inside a noun the dictionary knows is no document (`vốn điều lệ`).
  { text: 'Tập đoàn có vốn điều lệ 3.200 tỷ đồng.', expect: [money(3200e9)] },
  // The sides of a size, joined by `x`, each in the unit of length after the last; with no
  // length after it a `x` joins no size (a drivetrain, a score).
  { text: 'Máy có kích thước 106 x 54 x 15 mm.', expect: [count(106, 'mm', { text: '106' }), count(54, 'mm', { text: '54' }), count(15, 'mm', { text: '15 mm' })] },
  { text: 'Mảnh đất rộng 5 × 20 m nằm ở mặt tiền.', expect: [count(5, 'm'), count(20, 'm', { text: '20 m' })] },
  { text: 'Hai đội hòa 3 x 3 người.', expect: [{ value: 3 }, count(3, 'người')] },
  // Alternatives share the unit as a range's bounds do.
  { text: 'Những thôn có số dân dưới 3 nghìn người thì được chọn 3 hoặc 5 thành viên.', expect: [count(3000, 'người'), count(3, 'thành viên'), count(5, 'thành viên')] },
  // A part of a whole: `X <noun> trong (tổng) số Y`.
  { text: 'Các đại biểu hỏi về việc lùi 3 dự án trong số 10 dự án luật.', expect: [{ kind: 'fraction', value: 3, total: 10 }] },
  { text: 'Đảng này giành 355 ghế trong tổng số 577 ghế.', expect: [{ kind: 'fraction', value: 355, total: 577 }] },
  // A capitalised title is a counted noun.
  { text: 'Sở NNPTNT tỉnh Thanh Hóa có 8 Phó Giám đốc Sở.', expect: [count(8, 'Phó Giám đốc')] },
  { text: 'Đội tuyển đứng thứ 3 toàn đoàn.', expect: [{ kind: 'rank', value: 3, total: null }] },
  { text: 'Hải Dương xếp 14 cả nước với giá trị 0,4843.', expect: [{ kind: 'rank', value: 14, text: '14' }, { kind: 'score', value: 0.4843 }] },
  { text: 'Chỉ số PCI tụt một bậc so với năm ngoái.', expect: [{ kind: 'count', value: 1, unit: 'bậc', change: 'decrease' }] },
  // … but a step in words with no change before it is a stair or an elder.
  { text: 'Di tích còn dấu của một bậc thang đá.', expect: [] },
  { text: 'Ông Phúc là một bậc cao niên của phường.', expect: [] },
  { text: 'Tỉnh vươn lên 5 bậc.', expect: [count(5, 'bậc', { change: 'increase' })] },
  { text: 'Đã triển khai tại 427/635 xã, phường, thị trấn (đạt 67,2%).', expect: [{ kind: 'fraction', value: 427, total: 635, text: '427/635' }, pct(67.2)] },
  { text: 'gồm 12/12 huyện, thành phố; 244/264 xã.', expect: [{ kind: 'fraction', value: 12, total: 12 }, { kind: 'fraction', value: 244, total: 264 }] },
  { text: 'Toàn tỉnh có khoảng 2.230.000 thuê bao cố định và di động, đạt 123 thuê bao/100 dân.', expect: [count(2230000, 'thuê bao', { qualifier: 'about' }), { kind: 'rate', value: 123, unit: 'thuê bao/100 dân', qualifier: 'exact' }] },
  { text: 'Mật độ bác sĩ đạt 9 bác sĩ/10.000 dân.', expect: [{ kind: 'rate', value: 9, unit: 'bác sĩ/10.000 dân' }] },
  { text: 'Sản lượng gấp 4,3 lần năm trước.', expect: [{ kind: 'count', value: 4.3, unit: 'lần' }] },
  { text: 'Chỉ số PCI đạt 68,75 điểm.', expect: [{ kind: 'score', value: 68.75, unit: 'điểm' }] },
  { text: 'Điểm chuẩn là 27,5 điểm.', expect: [{ kind: 'score', value: 27.5 }] },
  // Counts and counted nouns
  { text: 'Hiện nay, trên Cổng Dịch vụ công trực tuyến đang tích hợp 1.637 dịch vụ công mức độ 3 và 165 dịch vụ công mức độ 4.', expect: [count(1637, 'dịch vụ công'), count(165, 'dịch vụ công')] },
  { text: 'Cấp được trên 1.100 chữ ký số.', expect: [count(1100, 'chữ ký số', { qualifier: 'more_than', text: '1.100 chữ ký số' })] },
  { text: 'Có trên 128.500 hộ sản xuất nông nghiệp, đưa được gần 1.100 sản phẩm lên sàn.', expect: [count(128500, 'hộ', { qualifier: 'more_than' }), count(1100, 'sản phẩm', { qualifier: 'less_than' })] },
  { text: 'Nâng tổng số toàn mạng có 7.271 trạm BTS, tăng 12,7% số trạm so với năm 2017.', expect: [count(7271, 'trạm BTS'), pct(12.7, { change: 'increase', baseline: '2017' })] },
  { text: 'Đã thẩm định 606 trạm thu, phát sóng thông tin di động.', expect: [count(606, 'trạm')] },
  { text: 'Sở đã tổ chức tập huấn 33 lớp, trên 2.000 lượt người tham gia.', expect: [count(33, 'lớp'), count(2000, 'lượt người', { qualifier: 'more_than' })] },
  { text: 'Cổng tích hợp 1840 thủ tục hành chính.', expect: [count(1840, 'thủ tục hành chính')] },
  { text: 'gồm 18 Sở, ban, ngành.', expect: [{ kind: 'count', value: 18 }] },
  { text: 'tại 100% các cơ quan cấp huyện (27 UBND huyện, thị xã, thành phố).', expect: [pct(100), { kind: 'count', value: 27 }] },
  { text: 'Tặng Giấy khen cho 3 tập thể và 13 cá nhân.', expect: [count(3, 'tập thể'), count(13, 'cá nhân')] },
  { text: 'Toàn tỉnh có 1 cổng thông tin điện tử và 48 trang thông tin điện tử.', expect: [count(1, 'cổng thông tin điện tử'), count(48, 'trang thông tin điện tử')] },
  { text: 'Dự kiến đón 13-15 triệu lượt khách.', expect: [{ kind: 'count', value: 13e6, qualifier: 'estimate' }, { kind: 'count', value: 15e6, qualifier: 'estimate' }] },
  { text: 'Tuyển 5 - 7 triệu lao động.', expect: [{ value: 5e6 }, { value: 7e6 }] },
  { text: 'Hơn 1,2 triệu người tham gia.', expect: [{ kind: 'count', value: 1.2e6, qualifier: 'more_than' }] },
  { text: 'Có hai mươi lăm nghìn người dự lễ.', expect: [{ kind: 'count', value: 25000 }] },
  { text: 'Diện tích 1.200 ha lúa bị ngập.', expect: [count(1200, 'ha')] },
  { text: 'Sản lượng đạt 45.000 tấn.', expect: [count(45000, 'tấn')] },
  { text: 'Tuyến đường dài 12,5 km.', expect: [count(12.5, 'km')] },
  { text: 'Nhà máy công suất 600 MW.', expect: [count(600, 'MW')] },
  { text: 'Diện tích sàn 120m2.', expect: [count(120, 'm2')] },
  { text: 'Không quá 4 người trong một phòng.', expect: [count(4, 'người', { qualifier: 'less_than' })] },
  { text: 'Có 235 xã, phường, thị trấn đã thành lập 1.340 tổ công nghệ số cộng đồng.', expect: [count(235, 'xã, phường, thị trấn'), count(1340, 'tổ công nghệ số cộng đồng')] },
  { text: 'Ngoài ra, thí điểm 53 đơn vị trực thuộc của 2 sở.', expect: [count(53, 'đơn vị'), count(2, 'sở')] },
  { text: 'Hết năm 2022, có 5.600 chứng thư số được cấp.', expect: [count(5600, 'chứng thư số')] },
  { text: 'Sở đã ban hành 1.700 văn bản chỉ đạo.', expect: [count(1700, 'văn bản')] },
  { text: 'Triển khai 3 dự án thành phần.', expect: [count(3, 'dự án thành phần')] },
  { text: 'Tỉnh có 11 huyện miền núi.', expect: [count(11, 'huyện')] },
  { text: 'Có 19 cá nhân được tặng Kỷ niệm chương.', expect: [count(19, 'cá nhân')] },
  { text: 'Bệnh viện tiếp nhận 1.500 lượt khám mỗi ngày.', expect: [count(1500, 'lượt')] },
  { text: 'Khoảng 300 doanh nghiệp tham gia.', expect: [count(300, 'doanh nghiệp', { qualifier: 'about' })] },
  { text: 'Chưa đến 50 hộ được hỗ trợ.', expect: [count(50, 'hộ', { qualifier: 'less_than' })] },
  { text: 'Tỉnh có 3 trên 5 huyện đạt chuẩn.', expect: [{ kind: 'fraction', value: 3, total: 5, text: '3 trên 5' }] },
  { text: '8 trong số 10 doanh nghiệp có lãi.', expect: [{ kind: 'fraction', value: 8, total: 10, unit: 'doanh nghiệp' }] },
  // Found on unannotated news text: each of these was once read wrongly
  { text: 'Chi phí có thể lên tới khoảng 10%-20%.', expect: [pct(10, { qualifier: 'about' }), pct(20)] },
  { text: 'Chiếc mũ của F-35 dính tai tiếng.', expect: [] },
  { text: 'Honda Monkey 2017 bản giới hạn đặc biệt.', expect: [] },
  { text: 'Cụ thể Type 5 mang theo động cơ S&S V-Twin.', expect: [] },
  // A counted noun never ends inside a word of three syllables (`phi chính phủ`).
  { text: 'Hội nghị có 33 tổ chức phi chính phủ quốc tế tham dự.', expect: [count(33, 'tổ chức')] },
  { text: 'Xe có 3 phiên bản khác nhau.', expect: [count(3, 'phiên bản')] },
  // A half of a match is a label (`hiệp 2`), not a count of what follows.
  { text: 'Trước khi hiệp 1 khép lại, đội nhà có thêm 2 bàn thắng.', expect: [count(2, 'bàn thắng')] },
  // `1 số` is `một số`, some: no count (a share of a number of things still is).
  { text: 'Anh Chung và 1 số nhân viên có mặt trong cửa hàng.', expect: [] },
  { text: 'Vợ chồng bà sở hữu 1/4 số tài sản của công ty.', expect: [{ kind: 'fraction', value: 1, total: 4 }] },
  // (A name written with `&` too: the index S&P 500, not 500 of something.)
  { text: 'Chỉ số S&P 500 cộng 0,52 điểm lên 2.293,08 điểm.', expect: [{ value: 0.52, unit: 'điểm' }, { value: 2293.08, unit: 'điểm' }] },
  // … or it opens a clause (after a colon, a bracket, a quote).
  { text: 'Trong đó: Có 12 CCN đã đi vào hoạt động.', expect: [{ kind: 'count', value: 12 }] },
  // … unless a scale, a currency or a percent follows: `Quảng Bình 760 tỷ đồng`, `Monaco 45 triệu euro`.
  { text: 'Trong đó, Hà Tĩnh 560 tỷ đồng, Quảng Bình 760 tỷ đồng.', expect: [money(560e9), money(760e9)] },
  { text: 'Arsenal đặt lên bàn của Monaco 45 triệu euro để mua Lemar.', expect: [money(45e6, { currency: 'EUR' })] },
  // … or a unit of measure, a range's lower bound taking its upper bound's (not after a code in
  // capitals, a brand's product: `vàng SJC 1kg`).
  { text: 'Nhiệt độ thấp nhất 19-22 độ C, phía Nam 21-24 độ C.', expect: [count(19, 'độ C'), count(22, 'độ C'), count(21, 'độ C'), count(24, 'độ C')] },
  { text: 'Lượng mưa lớn nhất ở Hoàn Kiếm 58 mm, Thanh Oai 54 mm.', expect: [count(58, 'mm'), count(54, 'mm')] },
  { text: 'Giá vàng SJC 1kg niêm yết ở mức 36,4 triệu đồng/lượng.', expect: [{ value: 36.4e6 }] },
  { text: 'Ở quê họ chỉ tiêu 3-4 triệu mỗi tháng.', expect: [{ value: 3e6, qualifier: 'exact' }, { value: 4e6, qualifier: 'exact' }] },
  { text: 'Nạn nhân là em BTH (15 tuổi, trú tại xã Cẩm Phúc).', expect: [] },
  { text: 'Toàn bộ 12 khách cùng 2 người lái tàu đều an toàn.', expect: [count(12, 'khách'), count(2, 'người')] },
  { text: 'Đã bắt khẩn cấp 3 đối tượng có hành vi chống đối.', expect: [count(3, 'đối tượng')] },
  { text: 'Quảng Trị nhận 160 tỉ đồng và Thừa Thiên-Huế nhận 200 tỉ đồng.', expect: [money(160e9), money(200e9)] },
  // `điểm` is a score, a place when a place word follows (`điểm cung cấp dịch vụ`, `điểm thi`).
  { text: 'Nhà mạng có khoảng 1.000 điểm cung cấp dịch vụ.', expect: [count(1000, 'điểm', { qualifier: 'about' })] },
  { text: 'Thí sinh đạt 27,5 điểm và đỗ thủ khoa.', expect: [{ kind: 'score', value: 27.5 }] },
  { text: 'Đội khách giành trọn 3 điểm hôm nay.', expect: [{ kind: 'score', value: 3 }] },
  { text: 'Kỳ thi diễn ra tại 125 điểm thi.', expect: [count(125, 'điểm')] },
  { text: 'Cô từng đạt 9,5 điểm thi ngoại ngữ.', expect: [{ kind: 'score', value: 9.5 }] },
  // Numbered districts are labels.
  { text: 'Đối tượng bị giao cho Công an quận 1 xử lý.', expect: [] },
  { text: 'Trong bài khai mạc Hội nghị Trung ương 7 tuần qua, Tổng Bí thư đã nhấn mạnh.', expect: [] },
  { text: 'Cuộc tập trận yêu cầu Lữ đoàn 65 thử chiếm các đảo.', expect: [] },
  // A year-shaped number before a word that is no counted unit names a year (or a model).
  { text: 'Chàng cơ trưởng trong chương trình Táo quân 2017 tuyên bố đã đặt vé máy bay.', expect: [] },
  { text: 'Kỳ thi THPT quốc gia 2017 tổ chức 9 môn thi.', expect: [count(9, 'môn thi')] },
  { text: 'Trận mưa đã làm hơn 2000 ha lúa bị ngập úng.', expect: [count(2000, 'ha', { qualifier: 'more_than' })] },
  { text: 'BTC đã bố trí khoảng 2000 công an có mặt tại sân.', expect: [count(2000, 'công an', { qualifier: 'about' })] },
  // `hơn` after an adjective compares (`cao hơn 32 lần`: 32 times higher), it is no lower bound.
  { text: 'Xác suất trúng giải cao hơn 32 lần so với xổ số khác.', expect: [{ value: 32, qualifier: 'exact' }] },
  { text: 'Công ty có hơn 32 chi nhánh.', expect: [count(32, 'chi nhánh', { qualifier: 'more_than' })] },
  { text: 'Nguy cơ tử vong thấp hơn 20% so với nhóm còn lại.', expect: [pct(20, { qualifier: 'exact' })] },
  { text: 'Giá bán cao hơn 7.000 đồng/kg so cùng kỳ.', expect: [money(7000, { qualifier: 'exact', baseline: 'cùng kỳ' })] },
  { text: 'Tuyến chính dài hơn 2,5 km.', expect: [count(2.5, 'km', { qualifier: 'more_than' })] },
  { text: 'Máy phù hợp với phòng có diện tích nhỏ hơn 20 m2.', expect: [count(20, 'm2', { qualifier: 'less_than' })] },
  { text: 'Phí chuyển nhượng cũng không thấp hơn 70 triệu euro.', expect: [money(70e6, { currency: 'EUR', qualifier: 'more_than' })] },
  // A target word sets no target as the base of a share or as a noun's modifier.
  { text: 'Tổng chi ngân sách đạt trên 48,2% dự toán, tổng vốn đầu tư tăng 9,8% so với cùng kỳ.', expect: [pct(48.2, { qualifier: 'more_than' }), pct(9.8, { qualifier: 'exact', change: 'increase' })] },
  { text: 'Nguồn vốn Chương trình mục tiêu quốc gia là 5.793,5 tỷ đồng.', expect: [money(5793.5e9, { qualifier: 'exact' })] },
  { text: 'Nhóm khách hàng mục tiêu có quy mô khoảng 30 triệu người.', expect: [count(30e6, 'người', { qualifier: 'about' })] },
  { text: 'Mục tiêu đến năm 2020 đạt 10 tỷ USD.', expect: [money(10e9, { qualifier: 'target' })] },
  // A qualifier word after a number (`không quá`, `vượt quá`) is no counted noun.
  { text: 'Điểm nguyện vọng 2 không quá 1 điểm so với nguyện vọng 1.', expect: [{ kind: 'score', value: 1, qualifier: 'less_than' }] },
  { text: 'Giá điều hòa 5-7 triệu vượt quá khả năng của nhiều gia đình.', expect: [{ kind: 'count', value: 5e6, unit: null }, { kind: 'count', value: 7e6, unit: null }] },
  // `ngoài` opening a clause is `besides`; after a noun it bounds (`over`).
  // A label word that ends a verb the dictionary knows is that verb's (`triệu tập`, to summon;
  // `dự phòng`, to reserve): the number after it counts; alone it is a label (`tập 12`, `phòng 5`).
  { text: 'Công an đã triệu tập 8 đối tượng để làm rõ vụ việc.', expect: [count(8, 'đối tượng')] },
  { text: 'Công ty trích lập dự phòng 42 tỷ đồng.', expect: [money(42e9)] },
  { text: 'Bộ phim dài 30 tập, tập 12 lên sóng tối nay tại phòng 5.', expect: [count(30, 'tập')] },
  { text: 'Ngoài 4 bị cáo, tòa còn triệu tập hơn 700 người.', expect: [count(4, 'bị cáo', { qualifier: 'exact' }), count(700, 'người', { qualifier: 'more_than' })] },
  { text: 'Giá căn hộ ở đây đã ngoài 2 tỷ đồng.', expect: [money(2e9, { qualifier: 'more_than' })] },
  // `Theo kế hoạch`, `Theo quy hoạch` opening the sentence set a target; inside it they cite a plan.
  { text: 'Theo kế hoạch, đơn vị thi công sẽ di chuyển 158 cây.', expect: [count(158, 'cây', { qualifier: 'target' })] },
  // A plan opening the sentence as its subject before `là` makes its figures targets; one that only holds things does not.
  { text: 'Kế hoạch của huyện năm nay là trồng mới 500 ha rừng.', expect: [count(500, 'ha', { qualifier: 'target' })] },
  { text: 'Kế hoạch của hãng bao gồm 3 giai đoạn.', expect: [count(3, 'giai đoạn', { qualifier: 'exact' })] },
  { text: 'Đường số 2 được điều chỉnh theo quy hoạch mới, lộ giới còn 12m.', expect: [count(12, 'm', { qualifier: 'exact' })] },
  // Rows of a price table (number, ticker, price) are no counts.
  { text: 'Top 10 mã có KLGD lớn nhất (HOSE) STT Mã Giá gần nhất 1 SCR 12,550 10.573.840 2 AMD 14,100 7.985.470', expect: [] },
  { text: 'Tang vật thu giữ gồm 10 bánh heroin, 2 ĐTDD, 2 xe máy.', expect: [count(10, 'bánh heroin'), count(2, 'ĐTDD'), count(2, 'xe máy')] },
  // Decimal times scale is exact to the digits written; `so cùng kỳ` is a baseline like `so với cùng kỳ`.
  { text: 'Vốn cấp phát đạt 4,1 tỷ đồng và 68,4 tỷ đồng.', expect: [money(4.1e9), money(68.4e9)] },
  { text: 'Thu từ dầu thô giảm 25% so cùng kỳ năm 2016.', expect: [pct(25, { change: 'decrease', baseline: 'cùng kỳ' })] },
  // `trở lên` / `trở xuống` after a figure bound it.
  { text: 'Có 286.930 em đạt từ 15,5 điểm trở lên.', expect: [count(286930, 'em'), { kind: 'score', value: 15.5, qualifier: 'more_than' }] },
  { text: 'Mức phí áp dụng cho xe ô tô từ 9 chỗ trở xuống.', expect: [count(9, 'chỗ', { qualifier: 'less_than' })] },
  { text: 'Nhập siêu trên 2,7 tỷ USD.', expect: [money(2.7e9, { currency: 'USD', qualifier: 'more_than' })] },
  { text: 'HCM giảm 1.500 đồng/cổ phiếu.', expect: [money(1500, { change: 'decrease', unit: 'đồng/cổ phiếu' })] },
  { text: 'Giá vàng đạt mức 1.223,30 USD/ounce.', expect: [money(1223.3, { unit: 'USD/ounce' })] },
  { text: 'Nhu cầu vàng năm 2016 là 675,5 tấn, giảm 21,2% so với cùng kỳ năm trước.', expect: [count(675.5, 'tấn'), pct(21.2, { change: 'decrease', baseline: 'cùng kỳ' })] },
  { text: 'Dao động từ 60.000 – 120.000 đồng/kg.', expect: [money(60000, { unit: 'đồng/kg' }), money(120000, { unit: 'đồng/kg' })] },
  { text: 'Lợi nhuận trước thuế trên 95 nghìn tỷ đồng.', expect: [money(95e12, { qualifier: 'more_than' })] },
  { text: 'Kho bạc thực hiện 4 phiên đấu thầu trái phiếu.', expect: [count(4, 'phiên đấu thầu')] },
  { text: 'Diện tích xây dựng 7.500m2, dài 623m.', expect: [count(7500, 'm2'), count(623, 'm')] },
  { text: 'Môi trường kinh doanh tăng 9 bậc (từ vị trí 91/189 lên vị trí 82/189).', expect: [count(9, 'bậc', { change: 'increase' }), { kind: 'rank', value: 91, total: 189 }, { kind: 'rank', value: 82, total: 189 }] },
  { text: 'Việt Nam hiện xếp hạng thứ 6 trên toàn thế giới.', expect: [{ kind: 'rank', value: 6 }] },
  { text: 'Giảm 17 tỷ đồng so với cùng kỳ.', expect: [money(17e9, { change: 'decrease', baseline: 'cùng kỳ' })] },
  { text: 'Thấp hơn giá vàng trong nước hơn 2,5 triệu đồng/lượng.', expect: [money(2.5e6, { qualifier: 'more_than', unit: 'đồng/lượng' })] },
  { text: 'Công ty mẹ có lợi nhuận 51,037 tỷ đồng.', expect: [money(51.037e9)] },
  { text: 'Giá khởi điểm từ 54.300 USD (tương đương 1,32 tỷ đồng).', expect: [money(54300, { currency: 'USD' }), money(1.32e9, { currency: 'VND' })] },
  { text: 'Đội bóng có 598 trận thắng và 147 thất bại.', expect: [{ value: 598 }, { value: 147 }] },
  { text: 'Cả gia đình 4 người tử vong.', expect: [count(4, 'người')] },
  { text: 'Cơ quan điều tra đã khởi tố 7 bị can.', expect: [count(7, 'bị can')] },
  { text: 'Năm 2016, GDP tăng 6,21%.', expect: [pct(6.21, { change: 'increase' })] },
  { text: 'Xuất khẩu 6 tháng đầu năm đạt 97 tỷ USD, tăng 18,9% so với cùng kỳ năm 2016.', expect: [money(97e9, { currency: 'USD' }), pct(18.9, { change: 'increase', baseline: 'cùng kỳ' })] },
  { text: 'Vốn FDI đăng ký đạt 19,22 tỷ USD, tăng 54,8%.', expect: [money(19.22e9), pct(54.8, { change: 'increase' })] },
  { text: 'CPI tháng 8 giảm 0,21% so với tháng trước.', expect: [pct(0.21, { change: 'decrease', baseline: 'tháng trước' })] },
  { text: 'Sản lượng lúa ước tính đạt 43,6 triệu tấn.', expect: [{ kind: 'count', value: 43.6e6, unit: 'tấn', qualifier: 'estimate' }] },
  { text: 'Dân số trung bình ước 94,97 triệu người.', expect: [{ kind: 'count', value: 94.97e6, unit: 'người' }] },
  { text: 'Tỉnh có 1.067 hợp tác xã nông nghiệp.', expect: [count(1067, 'hợp tác xã')] },
  { text: 'Cấp mới 2.500 sổ đỏ cho người dân.', expect: [count(2500, 'sổ đỏ')] },
  { text: 'Bệnh viện có 500 giường bệnh.', expect: [count(500, 'giường bệnh')] },
  { text: 'Đón hơn 4,2 triệu lượt khách quốc tế.', expect: [{ kind: 'count', value: 4.2e6, unit: 'lượt khách', qualifier: 'more_than' }] },
  { text: 'Thu hút 120 dự án FDI với tổng vốn 3 tỷ USD.', expect: [count(120, 'dự án'), money(3e9, { currency: 'USD' })] },
  { text: 'Tốc độ tối đa 80 km/h.', expect: [{ value: 80 }] },
  // A word of grammar of two syllables ends a counted noun read after the number (`bao gồm`, `đối với`, `liên quan`).
  { text: 'Tổng cộng có 18 cáo buộc bao gồm tội lừa đảo.', expect: [count(18, 'cáo buộc')] },
  { text: 'Ban kỷ luật treo giò 2 trận đối với tiền đạo này.', expect: [count(2, 'trận')] },
  // A counted noun read to three syllables never ends inside a word (`tử vong`, `may mắn`).
  { text: 'Vụ tai nạn làm 2 nạn nhân tử vong tại chỗ.', expect: [count(2, 'nạn nhân')] },
  // A denial before a verb, or a verb after an acronym, opens the predicate; a denial that closes
  // a noun with the syllable before stays (`hàng không`).
  { text: 'Thực đơn có gần 200 món ăn không trùng nhau.', expect: [count(200, 'món ăn')] },
  { text: 'Khoảng 10.000 THT quay quanh Trái đất.', expect: [count(10000, 'THT')] },
  { text: 'Thị trường có 3 hãng hàng không giá rẻ.', expect: [count(3, 'hãng hàng không')] },
  { text: 'Quân đội đã tiến hành 6 cuộc không kích vào căn cứ.', expect: [count(6, 'cuộc không kích')] },
  // A recurring time counts nothing: the weekdays of `thứ 3, 5 hàng tuần` are no figures.
  { text: 'Cô dạy thêm cho 6 học sinh vào tối thứ 3, 5 hàng tuần.', expect: [count(6, 'học sinh')] },
  // Degrees of temperature keep their scale as written (`độ C`, `oC`, `o C`).
  { text: 'Nhiệt độ cao nhất 35 độ C, vùng núi có nơi dưới 10 oC, đồng bằng 16 o C.', expect: [count(35, 'độ C'), count(10, 'oC'), count(16, 'o C')] },
  // After a noun of two syllables, a syllable that is only a verb is the predicate's (`đi`,
  // `ngồi`), unless it closes a word with the syllable before it (`tổ hợp tác`).
  { text: 'Camera ghi lại 3 thanh niên đi xe máy giật túi xách.', expect: [count(3, 'thanh niên')] },
  { text: 'Chiếc xe chở 30 hành khách ngồi kín các ghế.', expect: [count(30, 'hành khách')] },
  { text: 'Xã thành lập 5 tổ hợp tác trồng cam.', expect: [count(5, 'tổ hợp tác')] },
  // … nor inside a model's name of letters and digits (`HD72`, `F-16V`), which names it but is no unit.
  { text: 'Đội vừa nhận 3 xe tải HD72 mới.', expect: [count(3, 'xe tải')] },
  { text: 'Không quân nhận 12 tiêm kích F-16V mới.', expect: [count(12, 'tiêm kích')] },
  { text: 'Giải thưởng thuộc về 3 vị khách may mắn.', expect: [count(3, 'vị khách')] },
  // Millimetres and millilitres written against the number, as centimetres are.
  { text: 'Khổ ray rộng 1.435mm, ống phóng cỡ 533mm.', expect: [{ value: 1435, unit: 'mm' }, { value: 533, unit: 'mm' }] },
  { text: 'Pha 30ml mật ong với 250ml nước ấm.', expect: [{ value: 30, unit: 'ml' }, { value: 250, unit: 'ml' }] },
  { text: 'Mức lương tối thiểu vùng I là 3.750.000 đồng/tháng.', expect: [money(3750000, { qualifier: 'exact', unit: 'đồng/tháng' })] },
  { text: 'Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm so với năm 2016.', expect: [{ kind: 'percent', value: 1.5, unit: 'điểm phần trăm', change: 'decrease', baseline: '2016' }] },
  { text: 'Năng suất lúa đạt 58,2 tạ/ha.', expect: [{ value: 58.2 }] },
  { text: 'Giá trị sản xuất công nghiệp tăng 11,2% so với kế hoạch.', expect: [pct(11.2, { change: 'increase', baseline: 'kế hoạch' })] },
  { text: 'Ngân hàng có 350 chi nhánh và phòng giao dịch.', expect: [{ value: 350 }] },
  { text: 'Có 42/42 chỉ tiêu đạt và vượt kế hoạch.', expect: [{ kind: 'fraction', value: 42, total: 42 }] },
  { text: 'Có 15/18 chỉ tiêu đạt kế hoạch.', expect: [{ kind: 'fraction', value: 15, total: 18 }] },
  { text: 'Đạt 8/10 điểm.', expect: [{ kind: 'fraction', value: 8, total: 10 }] },
  { text: 'Trường có 1.200 học sinh và 80 giáo viên.', expect: [count(1200, 'học sinh'), count(80, 'giáo viên')] },
  { text: 'Tai nạn giao thông giảm 5 người chết.', expect: [count(5, 'người', { change: 'decrease' })] },
  { text: 'Thành phố có 12 quận, 1 thị xã và 17 huyện.', expect: [count(12, 'quận'), count(1, 'thị xã'), count(17, 'huyện')] },
  { text: 'Khởi công 3 công trình trọng điểm.', expect: [count(3, 'công trình')] },
  { text: 'Thu ngân sách nội địa đạt 8.500 tỷ đồng, bằng 102% dự toán.', expect: [money(8500e9), pct(102)] },
  { text: 'Số ca mắc sốt xuất huyết tăng gấp 2 lần.', expect: [{ kind: 'count', value: 2, unit: 'lần' }] },
  { text: 'Gần 70% dân số dùng điện thoại thông minh.', expect: [pct(70, { qualifier: 'less_than' })] },
  { text: 'Tổng kim ngạch đạt khoảng 1 tỷ USD.', expect: [money(1e9, { qualifier: 'about' })] },
  { text: 'Số lao động có việc làm tăng thêm 1,6 triệu người.', expect: [{ kind: 'count', value: 1.6e6, change: 'increase' }] },
  // A bare number joined by `và` to a quantity shares its scale and unit, as a range's lower
  // bound does; not a year, and not a number with a unit of its own.
  { text: 'Giá vàng được niêm yết ở mức 36,17 và 36,16 triệu đồng/lượng.', expect: [money(36.17e6, { unit: 'đồng/lượng', text: '36,17' }), money(36.16e6, { unit: 'đồng/lượng' })] },
  { text: 'Hai mẫu xe có lượng bán 110 và 94 xe.', expect: [count(110, 'xe', { text: '110' }), count(94, 'xe')] },
  { text: 'Cán bộ thực hiện luật Báo chí 2016 và 10 điều quy định đạo đức.', expect: [count(10, 'điều quy định')] },
  // A counted noun ends before a particle (`ngay`, right away) and a demonstrative (`kia`, `nọ`, `ấy`).
  { text: 'Ông nhận được 2 triệu câu hỏi ngay khi chương trình bắt đầu.', expect: [count(2e6, 'câu hỏi', { text: '2 triệu câu hỏi' })] },
  { text: 'Đội bóng để thủng lưới 4 bàn ngay trong hiệp một.', expect: [count(4, 'bàn', { text: '4 bàn' })] },
  { text: 'Công an đã bắt được 3 nghi phạm kia.', expect: [count(3, 'nghi phạm', { text: '3 nghi phạm' })] },
  // Lists after `lần lượt là`
  { text: 'Hải Dương có thứ hạng cao về nhận thức số, thể chế số, hạ tầng số, nhân lực số lần lượt là 22,10,10 và 37.', expect: [{ kind: 'rank', value: 22 }, { kind: 'rank', value: 10 }, { kind: 'rank', value: 10 }, { kind: 'rank', value: 37 }] },
  { text: 'Xếp hạng an toàn thông tin mạng, kinh tế số lần lượt là 13,18 và 18.', expect: [{ kind: 'rank', value: 13 }, { kind: 'rank', value: 18 }, { kind: 'rank', value: 18 }] },
  { text: 'Tỷ lệ ở cấp tỉnh, huyện, xã lần lượt đạt 79,9%, 24% và 48,7%.', expect: [pct(79.9), pct(24), pct(48.7)] },
  { text: 'Chi phí bán hàng và chi phí quản lý cũng tăng, ở mức lần lượt 166,7% và 58,9%.', expect: [pct(166.7), pct(58.9)] },
  // A counted noun ends at a word of grammar after its first word, unless the two make a dictionary word.
  { text: 'Bộ trưởng nhấn mạnh 2 bên cần phải bảo đảm an toàn.', expect: [{ value: 2, unit: 'bên' }] },
  { text: 'Bệnh viện có 3 nạn nhân chưa qua cơn nguy kịch.', expect: [{ value: 3, unit: 'nạn nhân' }] },
  { text: 'Có 3 hãng hàng không đăng ký.', expect: [{ value: 3, unit: 'hãng hàng không' }] },
  { text: 'Tỉnh có 7,5 triệu héc ta rừng.', expect: [{ value: 7.5e6, unit: 'héc ta' }] },
  // A table noun that opens a longer dictionary noun is that noun.
  { text: 'Đơn hàng đã tăng lên thành 76 máy bay.', expect: [{ value: 76, unit: 'máy bay' }] },
  { text: 'Vụ nổ khiến 5 người thương vong.', expect: [{ value: 5, unit: 'người' }] },
  // … and one that opens a word of grammar is no noun (`lần lượt`, respectively).
  { text: 'Hai tay vợt hạt giống số 1 và 3 lần lượt chia tay giải đấu.', expect: [] },
  // A word of grammar or time right after a number: it counts nothing; a verb may be counted.
  { text: 'Windows 10 sắp có bản cập nhật mới.', expect: [] },
  { text: 'Tối 3-6 vừa qua, nam ca sĩ đã có mặt.', expect: [] },
  { text: 'Cảnh sát bắt giữ 9 nghi phạm và thu 15 báo cáo.', expect: [{ value: 9 }, { value: 15 }] },
  // `100%` as a label of a thing: brand new, wholly state-owned; a share after a verb stays.
  { text: 'Hợp đồng mua xe tải chính hãng mới 100%.', expect: [] },
  { text: 'Chuyển công ty 100% vốn nhà nước thành công ty cổ phần; Nhà nước giữ 100% vốn.', expect: [pct(100)] },
  { text: 'Có những doanh nghiệp 100% công nhân có mặt đúng ngày.', expect: [pct(100)] },
  // `about` before a range's lower bound is about both; a preliminary count is no estimate.
  { text: 'Lãi suất cho vay hiện vào khoảng 7%-10% đối với VND.', expect: [pct(7, { qualifier: 'about' }), pct(10, { qualifier: 'about' })] },
  { text: 'Theo thống kê sơ bộ của Bộ, cả nước có 90% trường chưa có nhân viên y tế.', expect: [pct(90, { qualifier: 'exact' })] },
  // Ordinals of time and age groups are labels.
  { text: 'Cuộc chiến khép lại thế kỷ 20 nhiều biến động.', expect: [] },
  { text: 'Trận chung kết FIFA World Cup U.20 giữa Ý và Pháp.', expect: [] },
  // A scale after the first numbers: quantities of their own, not a list of integers.
  { text: 'Viettel và Vingroup có giá trị lần lượt là 849,6 triệu đôla và 299,3 triệu đôla.', expect: [{ value: 849.6e6, kind: 'money', currency: 'USD' }, { value: 299.3e6, kind: 'money', currency: 'USD' }] },
  // Groups of thousands before a comma make it a decimal mark.
  { text: 'Hai chỉ số tăng lên lần lượt 2.447,83 điểm và 6.274,44 điểm.', expect: [{ value: 2447.83 }, { value: 6274.44 }] },
  { text: 'Ba huyện lần lượt có 12, 15 và 20 xã.', expect: [count(12, 'xã'), count(15, 'xã'), count(20, 'xã')] },
  // Not quantities
  { text: 'Triển khai dịch vụ công trực tuyến mức độ 3 và mức độ 4.', expect: [] },
  { text: 'Thử nghiệm 5G tại Hải Dương; mạng 3G, 4G đã phủ sóng.', expect: [] },
  { text: 'Cuộc cách mạng công nghiệp 4.0 đang diễn ra.', expect: [] },
  { text: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII và lần thứ 19.', expect: [] },
  { text: 'Quốc hội khóa XIV, kỳ họp thứ 7.', expect: [] },
  { text: 'Theo Nghị quyết số 52-NQ/TW ngày 27/9/2019.', expect: [] },
  { text: 'Công văn số 11248/UBND-THKH ngày 14-9-2018.', expect: [] },
  { text: 'Quyết định 81/2014/QĐ-TTg của Thủ tướng.', expect: [] },
  { text: 'Nghị quyết số 116 của HĐND tỉnh.', expect: [] },
  { text: 'Đề án 06 về dữ liệu dân cư.', expect: [] },
  { text: 'Luật số 24/2018/QH14.', expect: [] },
  { text: 'Theo quy định tại Điều 15 Nghị định 158/2013 quy định xử phạt.', expect: [] },
  { text: 'Liên hệ đường dây nóng 0912 345 678 hoặc 1900 1234.', expect: [] },
  { text: 'Đường dây nóng +84243 943 1234 luôn mở.', expect: [] }, // `+84…`: a phone number, however the digits are grouped
  { text: 'Xem tại https://vietnamnet.vn/vn/bai-viet-573207.html.', expect: [] },
  { text: '01:22 14/01/2020', expect: [] },
  { text: 'Ngày 14/1, Sở tổ chức hội nghị tổng kết năm 2019.', expect: [] },
  { text: 'Giai đoạn 2016-2020 và định hướng đến năm 2030.', expect: [] },
  { text: 'Hoạt động hàng quý, 6 tháng, hàng năm đều được duy trì.', expect: [] },
  { text: 'Thời hạn 12 tháng, sau 15 ngày phải nộp hồ sơ.', expect: [] },
  { text: 'Dịp lễ Quốc khánh 2-9.', expect: [] },
  { text: 'Nhóm 10 doanh nghiệp hàng đầu, top 10 sản phẩm.', expect: [] },
  { text: 'Quốc lộ 1A và tỉnh lộ 392 được nâng cấp.', expect: [] },
  { text: 'Điều 5 khoản 2 của Luật quy định rõ.', expect: [] },
  { text: 'Dịch cúm A/H5N1 và Covid-19.', expect: [] },
  // A hyphen inside a word or a name, gold purity, a glued scale, a dash between two measures.
  { text: 'Bổ sung coenzym Q10 và coenzym Q-10 mỗi ngày.', expect: [] },
  // A number glued to a letter is a code's with its decimals: no figure after its separator.
  { text: 'Dây điện loại 2x2.5 và 2x1,5 đều bền.', expect: [] },
  { text: 'Màn hình 1.920x1.080 điểm ảnh, siêu xe EB16.4 đầu tiên.', expect: [] },
  { text: 'Đợt dịch Covid-19 khiến 300 người mắc bệnh.', expect: [count(300, 'người')] },
  { text: 'Vòng charm vàng 24k giá 5 triệu đồng, nhẫn 18K bán chạy.', expect: [{ kind: 'money', value: 5e6, currency: 'VND' }] },
  // Millions after a money word (`lương`, `giá`, `hóa đơn`) or before a money noun (`tiền viện phí`) are đồng.
  { text: 'Mỗi ly giá 50k, lương 5tr mỗi tháng.', expect: [{ kind: 'count', value: 50000, text: '50k' }, { kind: 'money', value: 5e6, text: '5tr' }] },
  { text: 'Bán hóa đơn nhỏ hơn 20 triệu; bệnh nhân đã hết 250 triệu tiền viện phí.', expect: [money(20e6, { text: '20 triệu' }), money(250e6, { text: '250 triệu' })] },
  // … or after a verb of paying, lending or receiving, or a word of what money is (`vay`,
  // `nhận`, `thiệt hại`); millions counting nothing named stay counts elsewhere.
  { text: 'Anh phải vay thêm 300 triệu; Lan nhận 45 triệu; thiệt hại khoảng 120 triệu.', expect: [money(300e6, { text: '300 triệu' }), money(45e6, { text: '45 triệu' }), money(120e6, { qualifier: 'about', text: '120 triệu' })] },
  { text: 'Lượng người theo dõi tăng lên con số 56 triệu.', expect: [{ kind: 'count', value: 56e6 }] },
  // Millions of years are a span of time, no figure; millions in a year are counted.
  { text: 'Loài cá này đã tồn tại hơn 80 triệu năm.', expect: [] },
  { text: 'Lượng khách đạt 9 triệu năm 2019.', expect: [{ kind: 'count', value: 9e6 }] },
  { text: 'Dân số 96 triệu người.', expect: [count(96e6, 'người')] },
  // A lower bound shares the upper one's currency, and its thousands (`600-700.000 đồng`).
  { text: 'Chi phí tăng từ 4 triệu lên gần 4,8 triệu đồng.', expect: [money(4e6), money(4.8e6)] },
  { text: 'Người dân đừng tiếc 600-700.000 đồng mua BHYT.', expect: [money(600000, { text: '600' }), money(700000)] },
  { text: 'Cây cao 12m -13m, đường dài 100m.', expect: [count(12, 'm'), count(13, 'm'), count(100, 'm')] },
  { text: 'Tiêu chuẩn khí thải Euro 5.', expect: [] },
  { text: 'Ông sinh năm 1965, có 30 năm công tác.', expect: [] },
  { text: 'Phiên bản 2.1 của phần mềm.', expect: [] },
  { text: 'Tổng số 1.1.1.1.1.1.1.1 không phải số.', expect: [] },
  { text: 'Trang 5 của tài liệu.', expect: [] },
  { text: 'Năm 2020 là năm bản lề.', expect: [] },
  { text: 'Sư đoàn 312 và Quân đoàn 1 tham gia diễn tập.', expect: [] },
  { text: 'Vụ án xảy ra tại số 12 phố Hàng Bài.', expect: [] },
  { text: 'Cắt điện từ số nhà 112 đến số nhà 198 phố Bạch Mai.', expect: [] },
  { text: 'Hai ca làm việc kéo dài 12 tiếng mỗi ngày.', expect: [] },
  { text: 'Xe mang biển số 29A-123.45 bị giữ.', expect: [] },
  { text: 'Xe máy mang BKS: 60H4 - 7071 lập tức quay đầu.', expect: [] },
  { text: 'Ô tô BKS 19A 088.10 đỗ gần đó; xe container BKS 77C – 016.47 kéo theo rơmoóc.', expect: [] },
  { text: 'Xe tải BKS 51C-375.28 chở 2 tấn hàng trong lớp 12A1 - 2016.', expect: [{ kind: 'count', value: 2, unit: 'tấn' }] },
  { text: 'Học sinh lớp 9 và lớp 12 được nghỉ.', expect: [] },
  { text: 'Trận đấu vòng 5 V.League 2017.', expect: [] },
  { text: 'Ông Nguyễn Văn A, sinh năm 1960.', expect: [] },
  { text: 'Tổ 3, khu phố 2, phường 5.', expect: [] },
  { text: 'Bài viết được đăng lúc 15:30 ngày 2/3.', expect: [] },
  { text: 'Chương trình Mục tiêu quốc gia giai đoạn 2016 – 2020.', expect: [] },
  { text: 'Thông tư 24/2014/TT-BTNMT ngày 19/5/2014.', expect: [] },
  { text: 'Nghị định 100/2019/NĐ-CP có hiệu lực.', expect: [] },
  { text: 'Kế hoạch số 45/KH-UBND của tỉnh.', expect: [] },
  { text: 'Văn bản 571/VPCP-KTTH ngày 19.1.2017 của VPCP.', expect: [] },
  { text: 'Sáng 7-2, trao đổi với phóng viên.', expect: [] },
  { text: 'Ngày 31-1-2017, Kho bạc thông báo.', expect: [] },
  { text: 'Hội nghị lần thứ 5 Ban Chấp hành Trung ương khóa XII.', expect: [] },
  { text: 'Đường dây nóng: 0243.8256.789.', expect: [] },
  { text: 'Email: lienhe@baohaiduong.vn', expect: [] },
  { text: 'Ảnh: TTXVN/VNA', expect: [] },
];
