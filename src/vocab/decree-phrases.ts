// Words around document citations, as data for extract/decrees/. Extend the lists, not the
// regexes built from them.

/** Words that end a law's proper name (`Luật An ninh mạng` | `có hiệu lực`). */
export const LAW_NAME_STOP_WORDS = [
  'và', 'của', 'đã', 'được', 'có', 'là', 'thì', 'mà', 'này', 'sẽ', 'để', 'với', 'cho', 'tại', 'trong', 'khi', 'đang',
  'vừa', 'năm', 'số', 'về', 'do', 'theo', 'nhằm', 'nên', 'không', 'cũng', 'đều', 'lại', 'cần', 'phải', 'nêu', 'ghi',
  'hiện', 'bị', 'chưa', 'vẫn', 'rõ', 'nói', 'mới', 'đó', 'ra', 'gồm', 'quy', 'từ', 'xảy', 'đi', 'ngày',
  // `Luật Đầu tư lúc đó`, `Bộ luật Hình sự sang …`, `Bộ luật Hình sự tội Cố ý gây thương tích`
  'lúc', 'sang', 'tội', 'vào', 'như', 'hay', 'hoặc', 'nhưng', 'sau', 'trước', 'trên', 'dưới', 'tới', 'đến',
  'ngoài',
];

/** Words before an agreement's name that make it a body's (`Tổ chức Hiệp ước Bắc Đại Tây Dương`, `khối Hiệp ước …`: NATO). */
export const BODIES_NAMED_BY_AGREEMENT = ['Tổ chức', 'tổ chức', 'Khối', 'khối'];

/** Document types cited by their full title (`Kế hoạch thực hiện Quy hoạch …`). */
export const TITLED_DOCUMENT_TYPES = ['Kế hoạch', 'Quy chế', 'Đề án', 'Chiến lược', 'Quy định', 'Phương án'];

/** A type word right after these names an organisation (`Sở Kế hoạch và Đầu tư`, `Đại học Luật`, `Pháp Luật`). */
export const ORGANIZATION_WORDS_BEFORE_TYPE = [
  'Pháp', 'Sở', 'Bộ', 'Bộ trưởng', 'Thứ trưởng', 'Giám đốc', 'Vụ', 'Phòng', 'Ban', 'Cục', 'Viện', 'Trung tâm',
  'Đại học', 'Trường', 'Khoa', 'Học viện', 'Báo', 'Tạp chí', 'Công ty', 'Văn phòng', 'Hội',
  // Schools of law and studies of it as written in lists and by students: `Đại Học Luật TPHCM`,
  // `ĐH Luật TP.HCM`, `khoa Luật`, `ngành Luật kinh tế`, `cử nhân Luật`.
  'Đại Học', 'ĐH', 'khoa', 'trường', 'ngành', 'chuyên ngành', 'cử nhân', 'Cử nhân',
  // Law firms: `Cty Luật TNHH Everest`, `Cty TNHH Luật Bảo Ngọc`.
  'Cty', 'Cty TNHH', 'Công ty TNHH', 'Hãng',
  // `Tổ chức Hiệp ước Bắc Đại Tây Dương` (NATO) is a body, not a treaty.
  'Tổ chức',
];

/** After a type word these make a generic mention, not a title (`Kế hoạch này`, `Quy định về …`, `Chiến lược gia`). */
export const GENERIC_WORDS_AFTER_TYPE = [
  'này', 'đó', 'trên', 'của', 'và', 'là', 'mà', 'thì', 'được', 'đã', 'sẽ', 'năm', 'mới', 'cũ', 'chung', 'cụ thể',
  'chi tiết', 'hiện hành', 'nói trên', 'về', 'do', 'gia', 'cho',
];

/** Before a titled document these say it is still to be written (`xây dựng và triển khai Chương trình …`). */
export const TO_BE_DRAFTED_WORDS = ['xây dựng', 'soạn thảo', 'dự thảo', 'chuẩn bị', 'nghiên cứu'];

/** After a comma and up to three words, these open a new clause: a `về …` subject ends before the comma. */
export const SUBJECT_CLAUSE_VERBS = ['đang', 'đã', 'sẽ', 'cần', 'phải', 'được', 'là', 'tiếp tục'];


/**
 * Right after a comma these open an adverbial or a new clause, so a title ends at the comma
 * (`Kế hoạch chuyển đổi mã vùng …, từ 00h00 ngày 11/2`, `Đề án cơ cấu lại DNNN …, trong đó …`);
 * a title's own commas are followed by its next part (`…, năm 2018 - 2019`, `…, tầm nhìn đến năm 2030`).
 */
export const CLAUSE_OPENERS_AFTER_COMMA = ['từ', 'vào', 'trong đó', 'tức', 'ngày', 'sau khi', 'trước khi', 'khi', 'nhưng', 'song', 'tuy nhiên', 'đồng thời', 'theo đó', 'qua đó', 'nhờ đó', 'bởi',
  // A time that opens the main clause (`…, trong năm 2017 việc …`, `…, hiện nay …`).
  'trong năm', 'trong tháng', 'trong quý', 'hiện nay'];

/** A title ends before these words (`Quy chế tuyển sinh mà Bộ …`). */
/** Verbs that issue a document: right after them a type in lower case cites one (`vừa ban hành kế hoạch 35 nhằm …`). */
export const ISSUING_VERBS_BEFORE_TYPE = ['ban hành', 'phê duyệt'];

export const TITLE_END_WORDS = ['theo', 'được', 'đã', 'do', 'nhằm', 'để', 'mà', 'vừa', 'sẽ', 'đang', 'cũng', 'vẫn', 'thì', 'nên', 'còn', 'và quy định', 'và các quy định', 'và các văn bản',
  // The predicate of a document taking effect (`Thông tư … quy định chế độ công tác phí chính thức có hiệu lực`).
  'có hiệu lực', 'chính thức có hiệu lực', 'bắt đầu có hiệu lực'];

/**
 * Verbs by which a document states what follows a comma or a colon (`Nghị định 108 về chính
 * sách tinh giản biên chế quy định, nếu …`): there they are the sentence's predicate, and the
 * title ends before them. (After a determiner, or a word that takes a rule as its object,
 * `quy định` is a noun: `các quy định, thủ tục`, `không đúng quy định, nhà mạng …`.)
 */
export const STATING_VERBS_BEFORE_MARK = ['quy định', 'nêu rõ', 'nêu', 'ghi rõ', 'chỉ rõ', 'yêu cầu', 'khẳng định', 'nhấn mạnh'];
export const WORDS_BEFORE_A_RULE_NOUN = ['các', 'những', 'số', 'mọi', 'một', 'đúng', 'trái', 'sai', 'vi phạm', 'với'];

/** Short forms of `Trung ương`, the Party's Central Committee, before a plenum's number (`Nghị quyết TƯ 5`). */
export const CENTRAL_COMMITTEE_SHORT_FORMS = ['TƯ', 'TW', 'T.Ư'];

/**
 * Number words that count a Party Central Committee's plenums or congresses (`Nghị quyết Trung
 * ương tám`, `Hội nghị lần thứ tư Ban Chấp hành Trung ương`): they name a resolution as a number does.
 */
// (Not `năm`, five, which is also the year: `Nghị quyết Trung ương năm nay`.)
export const PLENUM_NUMBER_WORDS = ['một', 'hai', 'ba', 'bốn', 'tư', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai', 'mười ba', 'mười bốn', 'mười lăm'];

/** Words that make the number after them an ordinal, never a document number (`kỳ họp thứ 4- HĐND`). */
export const ORDINAL_WORDS = ['thứ'];

/** After `Luật` these make a common noun, not a law's name (`Luật sư`, `luật pháp`, `Luật chơi`). */
export const NOT_LAW_NAME_WORDS = ['sư', 'pháp', 'chơi', 'lệ', 'này', 'mới', 'cũ', 'hiện hành', 'gia', 'định', 'hóa', 'học', 'nhân quả', 'ngầm', 'rừng', 'bất thành văn', 'sửa đổi', 'lần', 'bổ sung', 'chuyên ngành', 'liên quan'];

/**
 * Before a document these say it is a draft or a bill (`dự thảo Nghị quyết …`, `dự án Luật
 * về Hội`, `Đề án Luật về …`, `Dự Luật …`, `khẩn trương hoàn thiện để ban hành Nghị định …`).
 */
export const DRAFT_CUES = ['dự thảo', 'dự án', 'đề án', 'dự', 'hoàn thiện để ban hành', 'để ban hành', 'trình ban hành', 'soạn thảo', 'xây dựng'];

/**
 * Verbs a document's title opens with when it follows the reference (`Nghị định 159 của Chính
 * phủ quy định chi tiết …`, `Thông tư 03 hướng dẫn thực hiện …`): the subject keeps the verb.
 */
export const TITLE_VERBS = ['quy định', 'hướng dẫn', 'phê duyệt', 'ban hành', 'sửa đổi', 'sửa đổi, bổ sung', 'về việc', 'ban hành quy định', 'quy định chi tiết',
  // What a decision does, its title (`Quyết định số 376/QĐ-BCT thành lập Hội đồng kỷ luật`). (Not
  // `giao` nor `cho phép`, as often the sentence's predicate: `Thông tư 32 cho phép quỹ đầu tư …`.)
  'thành lập', 'bổ nhiệm', 'công nhận', 'kiện toàn', 'phân bổ', 'thu hồi', 'bãi bỏ'];

/** Types of documents a `về` title names when it says whose or which draft (`Nghị quyết về … của Quốc hội`). */
export const TITLED_BY_ABOUT_TYPES = ['Luật', 'Bộ luật', 'Pháp lệnh', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Thông tư', 'Chỉ thị', 'Đề án', 'Kế hoạch', 'Chương trình', 'Chiến lược', 'Quy hoạch'];

/** Types numbered in the same way as a name (`Đề án 06`, `Chương trình 135`): the number stays in `name`. */
export const NUMBER_IN_NAME_TYPES = ['Đề án', 'Chương trình', 'Dự án'];

/**
 * Types whose bare number is as often an option's ordinal (`Phương án 2 là …`, `chỉ là phương án
 * số 2 của …`): such a number cites a document only with a symbol, a year, a date or an issuer.
 */
export const OPTION_TYPES = ['Phương án'];

/** After a comma these go on a document's title (`…, tầm nhìn đến năm 2030`, `…, giai đoạn 2016 - 2020`). */
export const TITLE_CONTINUATIONS = ['tầm nhìn', 'giai đoạn', 'năm', 'định hướng', 'nhiệm kỳ', 'khóa', 'thời kỳ', 'đến năm', 'hướng đến', 'niên khóa'];

/** Verbs between a document's number and its date (`Quyết định số 15/QĐ-UBND ký ngày …`): the date is the document's. */
export const DOCUMENT_DATE_VERBS = ['ban hành', 'ký'];

/** Phrases that join a second document to the first (`Nghị quyết … gắn với Chỉ thị 05 …`): a title ends before them. */
export const CITATION_JOINERS = ['gắn với', 'cùng với', 'kết hợp với', 'đi đôi với', 'đồng thời với'];

/** Verbs that send a document to its addressees (`Công văn số 567/BYT-KCB gửi các bệnh viện về việc …`): the title after them is the document's. */
export const SENDING_VERBS = ['gửi', 'gửi tới', 'gửi đến'];

/** Conjunctions that join a list's items: a title never ends on one (the list ran on past it). */
export const LIST_CONJUNCTIONS = ['và', 'hoặc'];
