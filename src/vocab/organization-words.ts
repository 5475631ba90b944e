// Words of organisation names, as data for text/organization-phrase.ts.

/** Lower-case words that belong inside organisation names. */
/** Subunits named after their body, then by a place (`Ngân hàng Nhà nước Việt Nam chi nhánh Đồng Nai`). */
export const ORGANIZATION_SUBUNITS = ['chi nhánh', 'phân hiệu', 'văn phòng đại diện', 'văn phòng đại diện tại'];

export const ORGANIZATION_LOWER_WORDS = new Set([
  'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'xã', 'phường', 'thị', 'trấn', 'nhân', 'dân', 'tối', 'cao', 'cấp',
  'ủy', 'uỷ', 'bộ', 'trung', 'ương',
]);

/**
 * Single words that head an organisation and do not count as a proper name's first syllable.
 * (Two-word heads such as `Văn phòng` or `Ngân hàng` need no entry: a capital followed by
 * its second syllable is already read as one part.) A head counts only where a part starts.
 */
export const ORGANIZATION_HEAD_WORDS = new Set(['Bộ', 'Sở', 'Ban', 'Cục', 'Vụ', 'Viện', 'Đoàn', 'Phòng', 'Hội', 'Báo', 'Đài', 'Trường', 'Khoa', 'Khu', 'Phủ', 'Quỹ', 'Đảng', 'Đội', 'Hạt',
  // (A court's division: `Tòa Hình sự TAND Tối cao`.)
  'Tòa',
  // (`Cty`, the press's short form of `Công ty`: `Giám đốc Cty Hanoi Redtours` is no foreign name.)
  'Cty']);

/** Heads of companies (`Công ty cổ phần …`): in `… do X làm giám đốc` with no body before `do`, the company the sentence opens with. */
export const COMPANY_HEADS = ['Công ty', 'Tổng công ty', 'Tập đoàn', 'Cty'];

/** Heads of firms, in either case: after one alone, capitalised words are the firm's own name however like a person's they read (`công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát`, `hãng tàu Hyundai Merchant Marine`). */
export const FIRM_HEADS = [...COMPANY_HEADS, 'Hãng'];

/** Heads of units known by a number right after the head (`Công ty 238`, `Bệnh viện 108`, `Lữ đoàn 171`). */
export const NUMBERED_UNIT_HEADS = new Set([
  'Công ty', 'Tổng công ty', 'Bệnh viện', 'Nhà máy', 'Xí nghiệp', 'Lữ đoàn', 'Sư đoàn', 'Trung đoàn', 'Tiểu đoàn',
  'Quân đoàn', 'Binh đoàn', 'Hải đoàn', 'Hải đội',
]);

/**
 * Organisation heads the press often writes in lower case after a title (`Giám đốc bệnh viện Đa
 * khoa tỉnh Kon Tum`, `Phó Bí thư huyện ủy`): the organisation may open with them.
 */
export const LOWER_CASE_ORGANIZATION_HEADS = [
  'bệnh viện', 'trung tâm', 'đại học', 'công ty', 'tập đoàn', 'ngân hàng', 'huyện ủy', 'tỉnh ủy', 'thành ủy',
  'đảng ủy', 'bộ', 'sở', 'cục', 'chi cục', 'viện', 'trường', 'ban quản lý', 'công đoàn', 'phòng', 'khoa', 'bộ môn',
  // (A firm and a works: `chủ tịch hãng phim Vifa`, `giám đốc nhà máy Z176`.)
  'hãng', 'nhà máy', 'xí nghiệp',
  // (An armed force: `Tư lệnh lực lượng Không quân Vũ trụ Nga`.)
  'lực lượng',
];

/**
 * The Party's boards and steering committees, named by their function in sentence case after
 * `Ban` in either case (`Trưởng ban tổ chức Trung ương`, `Trưởng Ban tuyên giáo Thành ủy`,
 * `Trưởng Ban chỉ đạo Vương Đình Huệ`): the organisation opens with them.
 */
export const BOARDS_NAMED_BY_FUNCTION = [
  'ban tổ chức', 'ban tuyên giáo', 'ban dân vận', 'ban kinh tế', 'ban nội chính', 'ban đối ngoại', 'ban chỉ đạo',
  // The standing boards of a People's Council, which the law names (`Trưởng Ban đô thị HĐND TP`).
  'ban pháp chế', 'ban văn hóa', 'ban văn hoá', 'ban dân tộc', 'ban đô thị',
];

/** Two lower-case syllables that stay together inside a name (`Cục quản lý …`, `Hội đồng thành viên`). */
export const LOWER_COMPOUNDS = new Set([
  'quản lý', 'thành viên', 'chỉ đạo', 'điều hành', 'thường vụ', 'chấp hành', 'kiểm tra', 'thanh tra', 'nhân dân',
  'phát triển', 'đầu tư', 'xây dựng', 'giao thông', 'vận tải', 'y tế', 'giáo dục', 'đào tạo', 'thị trường',
  'chữa bệnh', 'môi trường', 'tài nguyên', 'an toàn', 'thực phẩm', 'hành chính', 'kinh tế', 'xã hội', 'hành án', 'tư lệnh',
  'mầm non',
  // A head after `Tổng` with its first syllable capitalised: `Tổng Công ty Du lịch Sài Gòn`, `Tổng Liên đoàn Lao động`.
  'công ty', 'liên đoàn',
  // The first two syllables of a word of three: `Hợp chúng quốc Hoa Kỳ` (`chúng` alone is a pronoun).
  'hợp chúng',
]);

/**
 * A company's legal form after `TNHH` (limited liability), in lower case: `Công ty TNHH một
 * thành viên NXB Dân Trí`, `Công ty TNHH hai thành viên trở lên …`. The name goes on after it.
 * (Written out, `trách nhiệm hữu hạn một thành viên` is read as a part in sentence case.)
 */
export const LIMITED_LIABILITY_WORDS = ['TNHH'];
export const LIMITED_LIABILITY_FORMS = ['một thành viên', 'hai thành viên trở lên', 'hai thành viên'];

/**
 * Capitalised words that open a new clause, never a part of a name: met inside a run of
 * capitals they mark a missing full stop (`Phó Thủ tướng Vũ Đức Đam Ông Trương Quý Dương, Giám
 * đốc …`, a caption run into the next sentence).
 */
export const CLAUSE_OPENERS = new Set([
  // Not `Bà` (Hai Bà Trưng, Bà Rịa), `Một` (Công ty TNHH Một thành viên), `Tối` (TAND Tối cao),
  // `Các` (Ủy ban Các vấn đề xã hội), `Sau` (Sau đại học), `Sáng` (Trung tâm Sáng tạo).
  'Ông', 'Theo', 'Trong', 'Khi', 'Tuy', 'Nhưng', 'Nếu', 'Hôm',
]);

/** Times of day that open a clause when a day follows (`Sáng nay`, `Chiều 1/10`), never inside a name then. */
export const TIME_OF_DAY_OPENERS = new Set(['Sáng', 'Chiều', 'Tối', 'Trưa', 'Đêm', 'Hôm']);
/** The day words after such a time (`nay`, `qua`, `ngày 5/6`); a digit counts too (`Chiều 1/10`). */
export const DAY_WORDS = ['nay', 'qua', 'mai', 'ngày', 'hôm'];

/** Words that never continue a name even after a capitalised syllable. */
export const NEVER_INSIDE_WORDS = new Set([
  'về', 'tại', 'theo', 'ngày', 'số', 'đã', 'đang', 'sẽ', 'là', 'cho', 'với', 'trong', 'nhằm', 'để', 'thì', 'mà', 'bị',
  'được', 'có', 'cũng', 'vẫn', 'đều', 'làm', 'do', 'của', 'khi', 'và', 'hoặc', 'nhưng', 'còn', 'đến', 'từ', 'tới',
  'trên', 'dưới', 'này', 'đó', 'cùng', 'các', 'những',
]);

/** Words of private bodies (clans, family councils): their heads hold no public office. */
/**
 * Heads of a body that its own proper name follows (`tập đoàn Berkshire Hathaway`, `CLB Darul
 * Tazim`): two capitalised words right after one are that name, not a person's.
 */
export const NAMED_BODY_HEADS = new Set(['tập đoàn', 'công ty', 'hãng', 'clb', 'câu lạc bộ', 'ngân hàng', 'quỹ', 'đội bóng', 'văn phòng luật sư', 'công ty luật']);

/**
 * Heads of a body whose name is an office (`Văn phòng Chủ tịch nước`, `Phủ Tổng thống`, `Bộ Tư
 * lệnh`): a title right after one is that body's name, held by nobody.
 */
export const BODY_HEADS_NAMED_BY_TITLE = ['Văn phòng', 'văn phòng', 'Phủ', 'Bộ'];

/**
 * A clan's or a family's bodies (`Hội đồng trị sự Nguyễn Phước Tộc`, `dòng họ Lê`): whole words.
 * (Not `tộc` in lower case, which ends `dân tộc`: `Ban Dân tộc`, `Ủy ban Dân tộc` are public.)
 */
export const PRIVATE_BODY_WORDS = ['Tộc', 'gia tộc', 'dòng tộc', 'dòng họ', 'Dòng họ', 'Hội đồng trị sự', 'Hội đồng gia tộc', 'Ban liên lạc họ'];

/**
 * Names of standing bodies whose words break the capitalisation rules (a capitalised
 * preposition, a verb or an adverb in sentence case): read whole after their head, as the full
 * names behind the abbreviations are (`Ủy ban Về các vấn đề xã hội của Quốc hội`, `Cơ quan
 * Cảnh sát điều tra Công an tỉnh`, `Trung tâm Y tế dự phòng tỉnh`, `Cục Quản lý lao động ngoài nước`).
 */
export const BODY_NAMES_BREAKING_CASE = ['Về các vấn đề xã hội', 'Các vấn đề xã hội', 'Cảnh sát điều tra', 'An ninh điều tra', 'Y tế dự phòng', 'Quản lý lao động ngoài nước',
  // The National Assembly's committees whose fields a comma or a dash lists with no `và`.
  'Tài chính, Ngân sách', 'Tài chính - Ngân sách', 'Văn hóa, Giáo dục', 'Văn hoá, Giáo dục',
  'Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng', 'Văn hoá, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng'];

/** Heads, capitalised, that the verb of a body's task may follow though the tables know it as one of saying or estimating (`Trung tâm dự báo …`, `Trung tâm đánh giá …`). */
export const HEADS_NAMED_BY_TASK = ['Trung tâm'];

/**
 * Unions of bodies, whose members follow as a plural object (`Liên hiệp các Hội Khoa học và Kỹ
 * thuật Việt Nam`); a bloc of agencies too, alone or under its party committee (`Đảng ủy Khối các
 * cơ quan tỉnh`, often in lower case).
 */
export const UNIONS_OF_BODIES = ['Liên hiệp', 'Liên minh', 'Khối'];

/**
 * Department names written with a dash between their fields (`Sở Văn hóa - Thể thao Hà Nội`,
 * `Sở Giáo dục - Đào tạo`): read whole after a head, as the full names behind the
 * abbreviations are; an en dash is read alike.
 */
export const DASHED_FIELD_NAMES = [
  'Văn hóa - Thể thao và Du lịch', 'Văn hóa - Thể thao', 'Giáo dục - Đào tạo', 'Giao thông - Vận tải', 'Khoa học - Công nghệ',
  'Tài nguyên - Môi trường', 'Thông tin - Truyền thông', 'Kế hoạch - Đầu tư', 'Tài chính - Kế hoạch', 'Nội vụ - Lao động',
  // A People's Council's boards (`Ban Văn hóa - Xã hội HĐND tỉnh`).
  'Văn hóa - Xã hội', 'Văn hoá - Xã hội', 'Kinh tế - Ngân sách',
];
