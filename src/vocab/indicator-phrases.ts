// Words around a measured number, as data for the indicators extractor: list lead words,
// birth-date cues (never a period) and units that measure rather than count.

/** Words that open a list of measured names before `lần lượt là`. */
export const LIST_LEAD_WORDS = ['về', 'gồm', 'là', 'như', 'của', 'đối với', 'ở các', 'ở', 'cho'];
/** Of LIST_LEAD_WORDS, those that make the listed names owners (`doanh thu của Hà Nội, Đà Nẵng …`). */
export const LIST_OWNER_LEAD_WORDS = ['của', 'ở', 'tại', 'ở các'];

/** Words that open the parts of a whole just given (`3 tỷ đồng (trong đó, A nhận 1 tỷ đồng …)`). */
export const PART_OF_WHOLE_OPENERS = ['trong đó', 'trong số đó'];

/** Words before a date that make it a birth date, never the period of a figure (`sinh ngày 01/11/1983`, `SN 1972`). */
export const BIRTH_DATE_CUES = ['sinh ngày', 'sinh năm', 'sinh', 'năm sinh', 'SN', 's.n'];

/** Units of an amount of something (weight, area, volume, length, energy): a noun after the amount names what (`2 triệu tấn than`). */
export const MATTER_UNITS = [
  'ha', 'hécta', 'héc-ta', 'héc ta', 'tấn', 'tạ', 'kg', 'g', 'gam', 'km', 'km2', 'm2', 'm3', 'm', 'mét', 'mét vuông', 'mét khối',
  'lít', 'ml', 'MW', 'kW', 'kWh', 'GW', 'MWh', 'triệu kWh', 'megawatt',
];
/**
 * Units that measure rather than count: a figure in one of these is named by what stands
 * before it (`tổng diện tích 140 ha`), never by the unit. (See PLACE_COUNTING_UNITS.)
 */
export const MEASUREMENT_UNITS = [
  'ha', 'hécta', 'héc-ta', 'tấn', 'tạ', 'kg', 'g', 'km', 'km2', 'm2', 'm3', 'm', 'mét', 'mét vuông', 'mét khối', 'cm', 'mm',
  'lít', 'MW', 'kW', 'kWh', 'GW', 'MWh', 'triệu kWh', 'lần', 'bậc', 'điểm', 'điểm phần trăm', 'độ', 'km/h', 'tấn/ha',
  'ha/năm', 'm 2', 'm 3', 'tạ/ha', 'inch', 'feet', 'dặm', 'hải lý', 'megawatt', 'kilomet', 'ki-lô-mét', 'oC', 'o C', '°C', 'độ C', 'độ F',
  'mm', 'ml', 'gam', 'lít/người', 'km/h', 'm/s',
  // Of devices and matter: `bộ nhớ trong 64 GB`, `pin 3.000 mAh`, `camera 12 MP`. (Not a class of
  // equipment, `Trạm biến áp 110 kV`, nor the speed a peak is reached at, `tại 5.500 vòng/phút`.)
  'GB', 'MB', 'TB', 'KB', 'mAh', 'MP', 'megapixel', 'km/giờ', 'mg', 'carat', 'ounce', 'oz', 'Nm',
];

/**
 * Measurement units that count places when a word naming what follows them (`64 điểm sạt lở`,
 * `2.364 điểm thi`, `11 điểm trường phụ`): then the counted noun names the figure, as any
 * counted noun does. Alone they measure (`VN-Index tăng 5 điểm`, `733-738 điểm`).
 */
export const PLACE_COUNTING_UNITS = ['điểm'];

/** Words that give the level a change reaches (`tăng 2 điểm lên 753 điểm`, `giảm 5% xuống còn 300 tỷ`). */
export const LEVEL_WORDS_AFTER_CHANGE = ['lên', 'xuống', 'còn', 'xuống còn', 'lên mức', 'xuống mức', 'về mức', 'lên tới', 'xuống tới'];

/** Verbs of giving whose recipients may stand between them and the sum (`hỗ trợ gia đình nạn nhân 6 triệu đồng`): the verb names the sum. */
export const GIVING_VERBS = ['hỗ trợ', 'tặng', 'trao', 'trao tặng', 'bồi thường', 'đền bù', 'thưởng', 'chi trả', 'hoàn trả', 'cho vay', 'ủng hộ', 'biếu', 'xử phạt', 'phạt', 'trợ cấp'];

/** Words that pair listed items with the figures after them in order (`lần lượt là`, `tương ứng`). */
export const RESPECTIVE_LINKS = ['lần lượt', 'tương ứng'];
