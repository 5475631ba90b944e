// Words around a measured number that are not part of what is measured: trimmed from
// the ends of an indicator's `name`. Data; extend when a name comes out with a filler.

/** Trailing verbs and fillers between the measured phrase and its number. */
export const NAME_TRAILING_FILLERS = [
  'ước đạt', 'ước tính', 'ước thực hiện', 'ước khoảng', 'dự kiến đạt', 'dự kiến', 'phấn đấu đạt', 'phấn đấu',
  'đạt tỷ lệ', 'đạt tỉ lệ', 'đạt mức', 'đạt', 'là', 'có', 'với', 'chiếm', 'khoảng', 'trên', 'hơn', 'gần', 'dưới',
  'được', 'đã', 'đang', 'sẽ', 'tăng', 'giảm', 'xếp thứ', 'xếp hạng', 'xếp', 'đứng thứ', 'đứng', 'lên', 'còn',
  'cấp được', 'cấp', 'tích hợp', 'triển khai', 'thẩm định', 'xây dựng mới', 'xây dựng', 'tổ chức', 'ban hành',
  'đưa được', 'đưa', 'thành lập', 'nâng tổng số', 'tổng số', 'tổng cộng', 'gồm', 'bằng', 'tại', 'ở', 'cho',
  'của', 'và', 'thu hút', 'thu', 'chi', 'giải ngân', 'thực hiện', 'hỗ trợ', 'tặng', 'trao', 'tuyển', 'đón',
  'mức', 'toàn tỉnh có', 'toàn tỉnh', 'cả nước có', 'cả nước', 'hiện có', 'hiện', 'nay', 'đến nay',
];

/** Names that end in a trailing filler word and keep it: `thu` is `collects`, but `Doanh thu` is revenue. */
export const NAMES_ENDING_IN_FILLERS = [
  'doanh thu', 'tổng thu', 'nguồn thu', 'khoản thu', 'số thu', 'tổng chi', 'bội chi', 'khoản chi', 'số chi',
  'mức thu', 'mức chi', 'thu chi',
];

/** Leading discourse markers before the measured phrase. */
export const NAME_LEADING_FILLERS = [
  'đến nay', 'hiện nay', 'hiện tại', 'trong đó', 'theo đó', 'bên cạnh đó', 'ngoài ra', 'đồng thời', 'cụ thể',
  'tính đến nay', 'tính đến', 'năm nay', 'riêng', 'còn', 'và', 'với', 'trong', 'tại', 'theo', 'toàn tỉnh',
  'toàn tỉnh đã', 'cả nước', 'cùng với đó', 'như vậy', 'đặc biệt', 'qua đó', 'nhờ đó', 'hết', 'đạt',
];

/** Words that open a list of measured names before `lần lượt là`. */
export const LIST_LEAD_WORDS = ['về', 'gồm', 'là', 'như', 'của', 'đối với', 'ở các', 'ở', 'cho'];

/** Prepositions left dangling when a date is cut out of a name (`Doanh thu … trong [năm 2019] ước đạt`). */
export const DATE_PREPOSITIONS = ['trong', 'vào', 'từ', 'đến', 'tới', 'tính đến', 'hết', 'của', 'giai đoạn'];
/** Verbs that follow a name, before which such a preposition dangles (`… từ đến đã xử lý`). */
export const VERBS_AFTER_NAME = ['ước', 'đạt', 'có', 'là', 'xếp', 'tăng', 'giảm', 'đã'];

/** Words before a date that make it a birth date, never the period of a figure (`sinh ngày 01/11/1983`, `SN 1972`). */
export const BIRTH_DATE_CUES = ['sinh ngày', 'sinh năm', 'sinh', 'năm sinh', 'SN', 's.n'];

/**
 * Words that go on an enumeration of units after a comma (`100% sở, ban, ngành`, `xã, phường,
 * thị trấn`): a phrase read after a percent does not end at such a comma.
 */
export const ENUMERATED_UNITS = ['ban', 'ngành', 'phường', 'thị trấn', 'thị xã', 'thành phố', 'huyện', 'xã', 'quận', 'đoàn thể', 'địa phương'];
