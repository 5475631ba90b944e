// Vocabularies of the number normaliser: scale words, currencies, qualifiers, change
// words, counted units and the words after which a number is not a quantity.

/** Scale words, longest first so `nghìn tỷ` wins over `nghìn`. */
export const SCALES: Array<[string, number]> = [
  ['triệu tỷ', 1e15],
  ['triệu tỉ', 1e15],
  ['nghìn tỷ', 1e12],
  ['nghìn tỉ', 1e12],
  ['ngàn tỷ', 1e12],
  ['ngàn tỉ', 1e12],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['triệu', 1e6],
  ['tr.', 1e6],
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['vạn', 1e4],
  ['trăm', 1e2],
];

/** Currency words → ISO code. Longest first. */
export const CURRENCIES: Array<[string, string]> = [
  ['đô la Mỹ', 'USD'],
  ['đô-la Mỹ', 'USD'],
  ['đô la', 'USD'],
  ['đôla Mỹ', 'USD'],
  ['đôla', 'USD'],
  ['nhân dân tệ', 'CNY'],
  ['đồng', 'VND'],
  ['VNĐ', 'VND'],
  ['VND', 'VND'],
  ['vnđ', 'VND'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['Euro', 'EUR'],
  ['euro', 'EUR'],
  ['NDT', 'CNY'],
  ['yen', 'JPY'],
  ['yên', 'JPY'],
  ['bảng Anh', 'GBP'],
  ['won', 'KRW'],
  ['đô la Úc', 'AUD'],
  ['đô la Singapore', 'SGD'],
  ['đô la Canada', 'CAD'],
  ['đô la Hồng Kông', 'HKD'],
  ['baht', 'THB'],
  ['bạt', 'THB'],
  ['ringgit', 'MYR'],
  ['rúp', 'RUB'],
  ['rupee', 'INR'],
  ['riel', 'KHR'],
  ['rupiah', 'IDR'],
  // The press capitalises a foreign currency's name as often (`1,2 tỷ Nhân dân tệ`, `21 triệu
  // Rupiah`); not `Yên` nor `Real`, which open places and clubs (`Yên Bái`, `Real Madrid`).
  ['Nhân dân tệ', 'CNY'],
  ['Baht', 'THB'],
  ['Won', 'KRW'],
  ['Ringgit', 'MYR'],
  ['Rúp', 'RUB'],
  ['Rupee', 'INR'],
  ['Riel', 'KHR'],
  ['Rupiah', 'IDR'],
  ['JPY', 'JPY'],
  ['GBP', 'GBP'],
  ['CNY', 'CNY'],
  ['SGD', 'SGD'],
  ['AUD', 'AUD'],
  ['THB', 'THB'],
  ['đ', 'VND'],
  ['$', 'USD'],
];

/** Words that open with a scale word but are none: `một tỷ phú` is a billionaire, `tỷ lệ` a ratio. */
export const NOT_SCALE_WORDS = [
  'tỷ phú', 'tỉ phú', 'triệu phú', 'tỷ lệ', 'tỉ lệ', 'tỷ giá', 'tỉ giá', 'tỷ trọng', 'tỉ trọng', 'tỷ suất', 'tỉ suất',
  // Not `tỷ số` (a score): `1 tỷ số thuê bao` is a billion numbers.
];

/**
 * Nouns of time after billions: `13,8 tỉ năm` counts years, it is no amount of đồng (but
 * `lỗ 514 tỷ năm 2016` is: a number after the noun makes it a date).
 */
export const TIME_NOUNS = ['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút', 'giây', 'thế kỷ'];

/**
 * Currencies whose name is also a common noun: read as money only after a scale word
 * (`35 triệu bảng` is pounds sterling; `3 bảng đấu` is three groups, `100 kíp nổ` detonators).
 */
export const SCALED_CURRENCIES: Array<[string, string]> = [
  ['bảng', 'GBP'],
  ['kíp', 'LAK'], // `100 kíp nổ` are detonators
];

/** Bound words that, opening a clause, mean `besides` and bound nothing (`Ngoài 4 bị cáo, HĐXX còn …`; `người ngoài 60 tuổi` is over 60). */
export const BOUNDS_NOT_OPENING_A_CLAUSE = ['ngoài'];

/** Bound words right before a number (the qualifier word is never part of the span). */
export const BOUND_QUALIFIERS: Array<[string, 'more_than' | 'less_than' | 'about']> = [
  ['trên dưới', 'about'],
  ['xấp xỉ', 'about'],
  ['khoảng', 'about'],
  ['chừng', 'about'],
  ['gần như', 'about'],
  ['độ', 'about'],
  ['hơn', 'more_than'],
  ['trên', 'more_than'],
  ['ngoài', 'more_than'],
  ['ít nhất', 'more_than'],
  ['tối thiểu', 'more_than'],
  ['vượt', 'more_than'],
  ['gần', 'less_than'],
  ['dưới', 'less_than'],
  ['chưa đến', 'less_than'],
  ['chưa tới', 'less_than'],
  ['không quá', 'less_than'],
  ['không tới', 'less_than'],
  ['tối đa', 'less_than'],
];

/** Words that open a comparison with a baseline after a figure (`tăng 2,2% so với năm 2018`, `so cùng kỳ`). */
export const BASELINE_OPENERS = ['so với', 'so cùng kỳ'];

/** Bound words right after a figure (and its unit): `từ 15,5 điểm trở lên`, `xe từ 9 chỗ trở xuống`. */
export const BOUND_QUALIFIERS_AFTER: Array<[string, 'more_than' | 'less_than']> = [
  ['trở lên', 'more_than'],
  ['trở xuống', 'less_than'],
];

/** Estimate and target words: they govern the rest of their clause (estimate) or sentence (target). */
// (`sơ bộ` is left out: `theo thống kê sơ bộ` gives counted figures, not estimates.)
export const ESTIMATE_WORDS = ['ước đạt', 'ước tính', 'ước khoảng', 'ước thực hiện', 'ước thu', 'ước cả năm', 'dự kiến', 'dự báo', 'tạm tính'];
// `chỉ tiêu` is left out: it also reads `chỉ tiêu 3 triệu` ("only spends").
export const TARGET_WORDS = ['phấn đấu', 'mục tiêu', 'dự toán', 'kế hoạch đặt ra', 'kế hoạch đề ra'];
/** Sentence openers that make the sentence's figures a plan's (`Theo kế hoạch, …`); inside a sentence they cite a plan (`lộ giới theo quy hoạch 20m được điều chỉnh còn 12m`). */
export const TARGET_OPENERS = ['theo kế hoạch', 'theo quy hoạch'];
/** Nouns of a plan that, opening the sentence as its subject before `là`, make its figures targets (`Kế hoạch … là …`). */
export const PLAN_SUBJECTS = ['kế hoạch', 'chỉ tiêu'];
/** A target word as a noun's modifier sets no target (`khách hàng mục tiêu`, `Chương trình mục tiêu quốc gia`). */
export const NOT_TARGET_PHRASES = ['chương trình mục tiêu', 'khách hàng mục tiêu', 'thị trường mục tiêu', 'tòa nhà mục tiêu', 'đối tượng mục tiêu', 'nhóm mục tiêu', 'địa điểm mục tiêu', 'khu vực mục tiêu'];

/**
 * Adjectives before `hơn`. With a share or a multiple (`cao hơn 7,3%`, `thấp hơn 24% so với`,
 * `cao hơn 32 lần`) they compare: the figure is the exact difference. With a measure they bound
 * it: `dài hơn 2,5 km` is over 2.5 km, `nhỏ hơn 20 m2` under 20 m2 (`không thấp hơn`: at least).
 */
export const GREATER_ADJECTIVES = new Set([
  'cao', 'nhiều', 'lớn', 'đắt', 'nhanh', 'dài', 'mạnh', 'muộn', 'xa', 'nặng', 'rộng', 'sâu', 'đông', 'tốt', 'lâu', 'trễ',
]);
export const LESSER_ADJECTIVES = new Set(['thấp', 'ít', 'nhỏ', 'rẻ', 'chậm', 'ngắn', 'yếu', 'sớm', 'nhẹ', 'hẹp', 'kém']);

/** Change words right before a number. `giảm còn`/`tăng lên` give a level, not a change. */
export const CHANGE_WORDS: Array<[string, 'increase' | 'decrease' | null]> = [
  ['tăng lên', null],
  ['giảm còn', null],
  ['giảm xuống', null],
  ['tăng thêm', 'increase'],
  ['tăng', 'increase'],
  ['vươn lên', 'increase'],
  ['thăng', 'increase'],
  ['giảm', 'decrease'],
  ['tụt', 'decrease'],
  ['sụt', 'decrease'],
  ['sụt giảm', 'decrease'],
  ['hạ', 'decrease'],
];

/** Words that make `X` a rank: `xếp thứ 19/63`, `đứng thứ 3`, `hạng 99/189`, `xếp 14`. */
/** Scopes after a number that make `hạng N` a rank (`hạng 45 thế giới`). */
export const RANK_SCOPES_AFTER = ['thế giới', 'cả nước', 'toàn quốc', 'châu', 'khu vực', 'Đông Nam Á', 'ATP', 'WTA', 'FIFA'];

/**
 * Units of physical measure (no counted things): after a capitalised word a number measured in
 * one is that place's or thing's measure (`Hà Nội 21-24 độ C`, `Sa Pa 10 độ C`), not a model's
 * number (`Galaxy S8`, `Windows 10`).
 */
export const MEASUREMENT_UNITS = ['độ C', 'độ F', 'oC', 'o C', 'mm', 'cm', 'm', 'km', 'ha', 'm2', 'km2', 'm3', 'kg', 'tấn', 'lít', 'ml'];

/** Units of length whose power a page may write apart (`30m 2` for m²). */
export const LENGTH_UNITS = ['m', 'km', 'cm', 'dm', 'mm'];

/** Verbs that make `hạng` a rank: with none, `hạng N` after a noun is a grade (`BV hạng 1`). */
export const RANK_VERBS_BEFORE_GRADE = ['xếp', 'đứng', 'lên', 'xuống', 'tụt', 'leo', 'giữ', 'đạt', 'vươn lên', 'thăng', 'ở'];

export const RANK_CUES = ['xếp thứ', 'đứng thứ', 'xếp hạng thứ', 'xếp hạng', 'hạng thứ', 'thứ hạng', 'hạng', 'vị trí thứ', 'vị trí', 'xếp', 'đứng', 'top'];

/**
 * Counted units and measure words, longest first when matched. A number followed by one
 * of these is a count; with none, the noun phrase after the number is taken as written.
 */
export const COUNTED_UNITS = [
  'tổ công nghệ số cộng đồng', 'trang thông tin điện tử', 'cổng thông tin điện tử', 'thủ tục hành chính',
  'dịch vụ công trực tuyến', 'dịch vụ công', 'mã số vùng trồng', 'chứng thư số', 'chữ ký số', 'thuê bao',
  'trạm BTS', 'trạm', 'doanh nghiệp', 'hợp tác xã', 'lượt người', 'lượt khách', 'lượt', 'người', 'hộ gia đình',
  'hộ', 'xã, phường, thị trấn', 'xã', 'phường', 'thị trấn', 'huyện', 'tỉnh, thành phố', 'tỉnh', 'thành phố',
  'đơn vị', 'cơ quan', 'sở, ban, ngành', 'sở', 'chi cục', 'dự án thành phần', 'dự án', 'công trình', 'văn bản',
  'tài khoản', 'sản phẩm', 'cá nhân', 'tập thể', 'lớp', 'học viên', 'học sinh', 'sinh viên', 'giáo viên',
  'bác sĩ', 'bệnh nhân', 'bị can', 'bị cáo', 'bị hại', 'ca', 'trường hợp', 'vụ', 'đối tượng', 'lao động', 'việc làm', 'ha', 'hécta', 'héc-ta', 'héc ta',
  'tấn', 'tạ', 'kg', 'km', 'km2', 'm2', 'm3', 'm', 'mét vuông', 'mét khối', 'mét', 'cm', 'mm', 'ml', 'lít', 'MW', 'kW', 'kWh', 'GW', 'MWh', 'triệu kWh',
  'căn hộ', 'căn', 'ngôi nhà', 'nhà', 'xe', 'chiếc', 'con', 'cây', 'bài', 'tin', 'bộ', 'máy', 'máy tính', 'điểm',
  'lần', 'bậc', 'phòng', 'giường bệnh', 'cơ sở', 'hồ sơ', 'thôn', 'bản', 'làng', 'khu công nghiệp', 'cụm công nghiệp',
  // Degrees of temperature as the press writes them (`35 độ C`, `16 oC`, `16 o C`).
  'độ C', 'độ F', 'oC', 'o C',
  // An engine's torque (`mô-men xoắn cực đại 700 Nm`).
  'Nm',
];

/** What a measure is per, after a slash (`120km/h`, `6 tấn/ha`, `3 lít/người`): kept in the unit. */
/** Periods a rate is given per after a percent (`7%/năm`, `0,5%/tháng`). */
export const RATE_PERIODS = ['năm', 'tháng', 'quý', 'tuần', 'ngày'];

export const PER_UNITS = [
  'h', 'giờ', 'ha', 'năm', 'tháng', 'ngày', 'tuần', 'người', 'lít', 'kg', 'm2', 'm3', 'km', 'km2', 'tấn', 'hộ', 'ca',
  'lượt', 'con', 'sào', 'mẫu', 'vụ', 'phút', 'giây', 's',
];

/** Of NON_QUANTITY_FOLLOWERS, words of events: a duration alone (`2 kỳ`), a count with what they name (`10 kỳ điều chỉnh`, `3 buổi tập`). */
export const EVENT_FOLLOWERS = ['kỳ', 'buổi', 'đêm'];

/** After a number, these make it a duration, a time, a label or an ordinal: never a quantity. */
export const NON_QUANTITY_FOLLOWERS = [
  'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'thế kỷ', 'thập kỷ', 'buổi', 'đêm', 'kỳ',
  'nhiệm kỳ', 'khóa', 'khoá', 'G', 'giờ sáng', 'h', 'tuổi', 'tiếng đồng hồ', 'tiếng',
];

/** Before a number, these make it a label, an ordinal or a reference: never a quantity. */
export const NON_QUANTITY_PRECEDERS = [
  'số nhà', 'số điện thoại', 'mức độ', 'lần thứ', 'thứ', 'khóa', 'khoá', 'điều', 'khoản', 'chương', 'mục', 'phần', 'tập', 'kỳ',
  'nhóm', 'top', 'phiên bản', 'trung ương', 'version', 'quốc lộ', 'tỉnh lộ', 'đường', 'QL', 'ĐT', 'phòng', 'tầng', 'lô',
  'hotline', 'điện thoại', 'ĐT:', 'fax', 'mã', 'Euro', 'công nghiệp', 'Covid-', 'COVID-', 'iPhone', 'Galaxy',
  'cách mạng công nghiệp', 'Industry', 'web', 'Web', 'cấp độ', 'level', 'vòng', 'trận', 'ngày', 'quý', 'tháng',
  'năm', 'giai đoạn', 'lớp', 'khối', 'ô', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'tổ', 'khu phố', 'ấp', 'xóm', 'đội',
  // Numbered districts and wards (`Công an quận 1`, `phường 6`), military units (`Lữ đoàn 65`).
  'quận', 'phường', 'lữ đoàn', 'sư đoàn', 'trung đoàn', 'tiểu đoàn', 'quân đoàn', 'binh đoàn', 'hạm đội', 'quân khu',
  // Grades and force scales, not counts (`cấp` alone is also the verb `grant`: `cấp 23 giấy phép`).
  'nhà cấp', 'trường cấp', 'gió cấp', 'giật cấp', 'mạnh cấp', 'bão cấp', 'sóng cấp',
  // Ordinals of time: `thế kỷ 20`; of a match's halves: `Hiệp 1 kết thúc …`.
  'thế kỷ', 'thế kỉ', 'hiệp',
];

/**
 * Marks in a figure's text that make it an amount or a share, not a count (`36,40 triệu
 * đồng/lượng`, `6%`): after a verb and `ở` such a figure is a level (text/words.ts).
 */
export const AMOUNT_MARKS = ['%', 'đồng', 'USD', 'euro', 'bảng', 'yên', 'NDT', '/'];

/** Function words that end a counted-noun phrase taken as written. */
export const NOUN_PHRASE_STOPWORDS = new Set([
  'của', 'và', 'có', 'được', 'đã', 'đang', 'sẽ', 'là', 'cho', 'tại', 'trong', 'với', 'trên', 'dưới', 'để', 'thuộc',
  'này', 'đó', 'các', 'những', 'từ', 'đến', 'tới', 'ở', 'về', 'theo', 'so', 'như', 'khi', 'nhưng', 'hoặc', 'hay',
  'thì', 'mà', 'nên', 'vì', 'do', 'bị', 'bằng', 'đạt', 'tăng', 'giảm', 'chiếm', 'gồm', 'trong', 'còn', 'vẫn',
  'cũng', 'đều', 'chỉ', 'tham', 'sau', 'trước', 'hơn', 'khoảng', 'gần', 'lên', 'xuống', 'ra', 'vào', 'nữa',
  'mỗi', 'một', 'từng', 'cả', 'mọi', 'cùng', 'rồi', 'lại', 'thêm', 'kia', 'nọ', 'ấy',
  // Never a noun after a number: `2 bên xảy ra xô xát` (a verb), `điểm 10 duy nhất` (`the only`),
  // `2 huy chương đồng bởi …` (an agent).
  'xảy', 'duy', 'bởi',
  // `từ 15,5 trở lên`: `and above`
  'trở',
]);

/**
 * Words after `điểm` that make it a place or an item counted (`125 điểm thi`, `22 điểm giữ xe`,
 * `1.000 điểm cung cấp dịch vụ`), not a score (`3 điểm tuyệt đối`, `710 điểm`).
 */
export const POINT_PLACE_WORDS = new Set([
  'thi', 'giữ', 'trông', 'bán', 'cung', 'thu', 'giao', 'trường', 'cầu', 'du', 'đến', 'nóng', 'đen', 'ngập', 'tập',
  'kinh', 'phát', 'sạt', 'dừng', 'đỗ', 'bỏ', 'tiêm', 'xét', 'chợ', 'mua', 'dịch', 'trưng', 'cứu', 'nhận', 'khai',
  'đặt', 'lắp', 'ùn', 'xả', 'di', 'vui', 'tham',
]);

/** Compounds whose second syllable is a stop word above: `7 lý do`, `quân dự bị`, `lối ra`. */
export const NOUN_COMPOUNDS_WITH_STOPWORD = new Set([
  'trực thuộc', 'lý do', 'tự do', 'dự bị', 'cửa ra', 'cửa vào', 'lối ra', 'lối vào', 'tất cả', 'giảm giá',
]);

/** `đồng` that is not the currency: `3 đồng chí`, `đồng bào`, `đồng hồ` … */
/**
 * Money written without its currency: millions and more right before one of these nouns
 * (`250 triệu tiền viện phí`, `300-400 triệu viện phí`) are đồng.
 */
export const MONEY_NOUNS_AFTER = ['tiền', 'viện phí', 'học phí', 'phí', 'lương', 'tiền lương', 'tiền thưởng', 'tiền phạt', 'tiền mặt', 'hoa hồng'];
/** … and after one of these words in the same stretch (`hóa đơn nhỏ hơn 20 triệu`, `giá 2 tỷ`). */
export const MONEY_WORDS_BEFORE = [
  'giá', 'trị giá', 'phạt', 'mức phạt', 'hóa đơn', 'chi phí', 'viện phí', 'học phí', 'tiền', 'lương', 'thu nhập', 'giá trị',
  // Money by what is done with it or what it is (`vợ chỉ cho tiêu 1 triệu/tháng`, `đã chung chi
  // 50 triệu`, `thiệt hại lồng nuôi khoảng 300 triệu`). Not `thu`, `bán`, `mua`: `thu hút 2 triệu`
  // visitors, `bán 2 triệu` copies.
  'tiêu', 'trả', 'chi', 'vay', 'nợ', 'nhận', 'chuyển', 'thiệt hại', 'bồi thường', 'hỗ trợ', 'thưởng', 'ủng hộ',
  'quyên góp', 'kinh phí', 'cát-xê', 'thù lao', 'tiết kiệm', 'doanh thu', 'lợi nhuận', 'ngân sách',
];

export const DONG_NOT_CURRENCY = ['chí', 'bào', 'hồ', 'ruộng', 'thời', 'đội', 'nghiệp', 'hành', 'tình', 'ý', 'loạt', 'bộ', 'phục', 'minh'];

/**
 * `100%` as a label of a thing, not a share: `máy mới 100%` (brand new), `doanh nghiệp 100% vốn
 * nhà nước` (wholly state-owned) — the words before it (lower case) and after it.
 */
export const PERCENT_LABELS = {
  before: ['mới'],
  after: ['mới'],
  /** Ownership: a body's noun before it and `vốn` after (`doanh nghiệp 100% công nhân có mặt` is a share). */
  owned: { before: ['doanh nghiệp', 'công ty', 'dn'], after: ['vốn'] },
};
