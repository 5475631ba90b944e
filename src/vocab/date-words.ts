// Words around dates, as data for normalize/dates.ts.

/** Before a day/month these make it a date (`Ngày 14/1`, `Chiều 1/10`, `từ 28/12`). */
export const PARTIAL_DATE_CUES = [
  'ngày', 'sáng', 'chiều', 'trưa', 'tối', 'đêm', 'hôm', 'rạng sáng', 'sáng sớm', 'từ', 'đến', 'tới', 'trước', 'sau',
  'vào', 'hôm nay', 'hôm qua', 'cuối', 'đầu', 'lúc',
];

/**
 * Before a day-month written with a dash these make it a date (`ngày 30-5`, `sáng 17-5`, `hôm
 * 19-6`). Fewer than for a slash: after `từ`, `sau`, `đầu` a dash is a range of counts (`từ
 * 5-7 người`, `sau 2-3 ngày`).
 */
export const DASH_DATE_CUES = ['ngày', 'sáng', 'chiều', 'trưa', 'tối', 'đêm', 'khuya', 'hôm', 'rạng sáng', 'sáng sớm'];

/** Parts of a day: before a date they are its time (`đêm 6.6`, `sáng 1/10`), not a noun of the phrase before. */
export const DAY_PARTS = ['sáng', 'chiều', 'trưa', 'tối', 'đêm', 'rạng sáng', 'sáng sớm'];

/** Words that place a time inside a period (`cuối năm 2016`, `đầu tháng 5`): before a date they are its time. */
export const PERIOD_POSITIONS = ['cuối', 'đầu', 'giữa'];

/**
 * Prepositions that bring a time right after a figure, which is then the figure's period: the
 * time it is reached by or falls in (`38 tỷ USD vào năm 2025`, `2 triệu lượt khách đến năm 2020`).
 */
export const FIGURE_TIME_PREPOSITIONS = ['vào', 'đến', 'tới', 'tính đến', 'đến hết', 'trong'];

/** Words that time a clause now (`đến nay`, `hiện nay`): an earlier period does not reach past them. */
export const NOW_TIME_WORDS = ['đến nay', 'tới nay', 'cho đến nay', 'hiện nay', 'hiện tại', 'hiện giờ', 'bây giờ', 'đến hiện nay', 'tính đến nay'];

/**
 * Nouns of a span of time: before a date they name it (`giai đoạn 2016 - 2020`, `năm học
 * 2017-2018`), the date's time. (Not `nhiệm kỳ`: a term dates an office, `Ủy viên … nhiệm kỳ
 * 2005 - 2010`, not what the sentence measures.)
 */
export const PERIOD_NOUNS = ['giai đoạn', 'thời kỳ', 'niên độ', 'năm học', 'niên khóa', 'niên khoá'];

/** Before a date or a time phrase these are part of it (`hồi đầu tháng 4`, `hồi 2016`). */
export const TIME_MARKERS = ['hồi'];

/** After a number no figure was made of, these make it a length of time (`điều trị 20 ngày`, `sau 3 tháng`). */
export const DURATION_UNITS = ['ngày', 'tháng', 'năm', 'tuần', 'giờ', 'phút', 'giây', 'tiếng', 'thập kỷ', 'thế kỷ'];

/** Nouns whose length of time is their own attribute, not the clause's time: `trái phiếu kỳ hạn 10 năm`, `tour 4 ngày 3 đêm`. */
export const TERM_NOUNS = ['kỳ hạn', 'thời hạn', 'tour', 'gói', 'lịch trình', 'hành trình'];

/** Bounds that make a length of time restrict the noun before it (`xe sử dụng trên 15 năm`, `dự án quá 3 năm`); an estimate (`khoảng 2 tiếng`) does not. */
export const DURATION_BOUNDS = ['trên', 'dưới', 'quá'];

/** Before a bare 19xx/20xx number these make it a year (`so với 2018`, `hết 2022`). */
export const YEAR_CUES_BEFORE = ['so với', 'từ', 'đến', 'tới', 'trước', 'sau', 'cuối', 'đầu', 'hết', 'giữa', 'trong', 'vào', 'mùa', 'niên độ'];

/** Before a bare 19xx/20xx number these phrases make it a year whatever follows (`từ nay đến 2020 cố gắng …`). */
export const YEAR_CUES_BEFORE_ALWAYS = ['từ nay đến', 'từ nay tới', 'từ nay cho đến', 'từ giờ đến', 'từ giờ tới', 'từ đây đến', 'từ đây tới'];

/** After a bare 19xx/20xx number these verbs and function words show it is a year, not a count. */
export const YEAR_CUES_AFTER = [
  'xếp', 'đạt', 'tăng', 'giảm', 'là', 'có', 'và', 'đã', 'của', 'với', 'so', 'trở', 'về', 'được', 'sẽ', 'vẫn', 'cũng',
  'thì', 'mà', 'đến', 'tới', 'nhưng', 'này', 'đó', 'tại', 'ở', 'theo', 'cho', 'sau', 'trước',
];

/** `từ A đến B`: the words that open and join a span of two dates, months or years. */
export const SPAN_FROM_WORDS = ['từ'];
export const SPAN_TO_WORDS = ['đến', 'tới'];

/**
 * Months named by their number word, capitalised after `tháng` (`tháng Ba`, `tháng Mười Hai`),
 * as foreign news writes them; in lower case `tháng năm` is time in general, so only these count.
 */
export const MONTH_NUMBER_WORDS: Array<[string, number]> = [
  ['Mười Một', 11], ['Mười Hai', 12], ['Một', 1], ['Hai', 2], ['Ba', 3], ['Tư', 4], ['Năm', 5], ['Sáu', 6],
  ['Bảy', 7], ['Tám', 8], ['Chín', 9], ['Mười', 10],
];

/**
 * Words of events, seasons and holidays a bare year dates (`Lễ hội Pháo hoa 2017`, `SEA Games
 * 2017`, `V-League 2017`, `mùa Hè 2017`, `Tết Nguyên đán 2017`), in lower case: in the name that
 * a bare year closes, one of them makes the year a time. After any other name the year is the
 * name's model or edition (`Honda Civic 2017`, `BLHS 2015`).
 */
export const EVENTS_DATED_BY_YEAR = [
  'lễ hội', 'liên hoan', 'giải', 'cúp', 'vòng loại', 'vck', 'hội nghị', 'diễn đàn', 'hội chợ', 'triển lãm', 'hội thi', 'cuộc thi', 'kỳ thi', 'kì thi',
  // Indices, rankings and reports of a year (`Chỉ số CPĐT 2018`, `PCI 2018`).
  'chỉ số', 'xếp hạng', 'bảng xếp hạng', 'báo cáo', 'pci',
  'mùa', 'tết', 'games', 'cup', 'league', 'v-league', 'festival', 'expo', 'olympic', 'olympics', 'paralympic', 'asiad', 'euro', 'apec', 'asean', 'miss', 'hoa hậu', 'lhp',
];
