// Titles of office-holders, as data. Longest match wins, so modifiers are listed in full
// (`Phó Chủ tịch Thường trực` before `Phó Chủ tịch` before `Chủ tịch`). `rank` orders the
// executive title first when a person holds several (lower = more executive).
// National bodies are organisations, not part of the title: `Phó Chủ tịch Quốc hội` is
// `Phó Chủ tịch` of `Quốc hội`, `Thủ tướng Chính phủ` is `Thủ tướng` of `Chính phủ`.
// Memberships are the bare title (`Ủy viên`) and the body is read as the organisation
// (`Ủy viên` + `TW Đảng`); a title ending in an organisation word (`Trưởng Đoàn`, `Trưởng
// Ban`) shares that word with the organisation that follows (`Đoàn Đại biểu Quốc hội tỉnh`).

export interface TitleEntry {
  title: string;
  /** Lower is more executive: chosen as the record's `title` among several positions. */
  rank: number;
  /** The title names its own organisation (`Thủ tướng`, `Chủ tịch nước`). */
  standalone?: boolean;
  /**
   * Only capitalised is it an office: in lower case the words mostly mean something else
   * (`chủ nhiệm đề tài`, a project lead; `đại sứ thương hiệu`, a brand ambassador).
   */
  capitalOnly?: boolean;
  /**
   * Only right before a person's full name is it a title (`ĐB Nguyễn Thị Ngọc Lan`): the
   * abbreviation is also the delegation's (`đoàn ĐBQH tỉnh`) and opens short mentions (`ĐB Vân`).
   */
  nameFollows?: boolean;
  /**
   * Only before a body that one of these words opens is it an office (`Đội trưởng Đội CSGT số
   * 1`); else it is a team's captain (`Đội trưởng John Terry`).
   */
  bodyOpensWith?: string[];
}

const EXECUTIVE = 10;
const DEPUTY = 20;
const PARTY = 30;
const MEMBER = 40;
const DELEGATION = 50;
/**
 * Titles ranked below this name no office of their own: military ranks and seats in a
 * legislature (`Thiếu tướng`, `ĐBQH`). The person they name may hold an office set off after
 * them (`Thiếu tướng Nguyễn Văn A, Cục trưởng Cục …`).
 */
export const RANK_OF_NO_OFFICE = DELEGATION + 1;

/** Words before a title that make it a past office (`nguyên Phó Chủ tịch`, `cựu Bộ trưởng`). */
export const FORMER_TITLE_WORDS = ['nguyên', 'cựu'];

/** Words that give an office's portfolio after it, before the holder's name (`Phó Chủ tịch phụ trách chuyên môn Trần Quốc Tuấn`). */
export const PORTFOLIO_WORDS = ['phụ trách'];
/** Time clauses before a title that make it a past office (`khi còn là Bộ trưởng Bộ GTVT`, `lúc còn làm Giám đốc`). */
export const FORMER_TITLE_CLAUSES = ['khi còn là', 'khi còn làm', 'lúc còn là', 'lúc còn làm', 'thời còn là', 'thời còn làm', 'hồi còn là', 'hồi còn làm', 'khi còn giữ chức', 'khi còn đương chức'];
/** Chiefs of staff, whose `Văn phòng` opens the organisation when an office names it (`Chánh Văn phòng Chủ tịch nước`). */
/**
 * People named by whom they serve or belong to (`người phát ngôn của Tổng thư ký Liên hợp quốc,
 * ông X`): a name set off after the title is theirs, not the title-holder's.
 */
export const ROLES_OF_ANOTHER = ['người phát ngôn', 'phát ngôn viên', 'trợ lý', 'cố vấn', 'thư ký', 'vợ', 'chồng', 'con trai', 'con gái', 'luật sư', 'người đại diện', 'đại diện'];

export const CHIEFS_OF_AN_OFFICE = new Set(['chánh văn phòng', 'phó chánh văn phòng']);
/** Titles of a place's committee or delegation, whose place alone may name the body, in lower case (`Chủ tịch xã Tân Hương`, `Đại biểu Quốc hội tỉnh Ninh Bình`). */
export const PLACE_COMMITTEE_TITLES = new Set(['chủ tịch', 'phó chủ tịch', 'bí thư', 'phó bí thư', 'phó chủ tịch thường trực', 'phó bí thư thường trực', 'đại biểu quốc hội']);
/**
 * Titles whose organisation is a place, named right after them (`Thị trưởng Bogota Enrique
 * Peñalosa`, `Thống đốc Ibaraki Masaru Hashimoto`): a run of three capitalised words or more
 * after one opens with that place, not with the person's name. `true` where the place is always
 * named, so that two words alone after the title are the place (`cương vị Thị trưởng Buenos
 * Aires`); a governor may be named without one (`Thống đốc Masaru Hashimoto`).
 */
export const PLACE_HEADED_TITLES = new Map([['thị trưởng', true], ['phó thị trưởng', true], ['thống đốc', false], ['phó thống đốc', false]]);

/**
 * Envoys, whose organisation is the state that sends them and the place they are posted to,
 * after `tại` or `ở` (`Đại sứ Nga tại Mỹ Sergei Kislyak`, `Tổng Lãnh sự Hàn Quốc tại Thành phố
 * Hồ Chí Minh`, `Phó Đại sứ Triều Tiên ở Liên Hiệp Quốc`).
 */
export const ENVOY_TITLES = new Set(['đại sứ', 'phó đại sứ', 'đại sứ đặc mệnh toàn quyền', 'tổng lãnh sự', 'phó tổng lãnh sự', 'lãnh sự']);
/** A legislature's members, whose constituency may follow the name in brackets (`đại biểu Ngô Văn Minh (Quảng Nam)`, `ĐB Lê Văn An (Bắc Ninh)`). */
export const DELEGATE_TITLES = new Set(['đại biểu', 'đb', 'đbqh']);

/**
 * Titles of one body's executive board, in lower case: a bare one a comma joins to another of
 * them shares that one's organisation (`Giám đốc, Tổng biên tập Nhà xuất bản Trẻ`, `Chủ tịch HĐQT,
 * Tổng giám đốc Tập đoàn Đất Xanh`). Ranks, seats and Party offices do not (`Thiếu tướng, Giám đốc
 * Công an tỉnh`, `ĐBQH, Giám đốc Bệnh viện Tim`, `Phó Bí thư, Chủ tịch UBND huyện`).
 */
export const EXECUTIVE_BOARD_TITLES = new Set([
  'giám đốc', 'phó giám đốc', 'tổng giám đốc', 'phó tổng giám đốc', 'tổng biên tập', 'phó tổng biên tập',
  'chủ tịch hđqt', 'chủ tịch hội đồng quản trị', 'phó chủ tịch hđqt', 'phó chủ tịch hội đồng quản trị',
]);
/** The words between an envoy's state and the place of the post. */
export const ENVOY_POST_PREPOSITIONS = ['tại', 'ở'];

export const TITLES: TitleEntry[] = [
  { title: 'Tổng Bí thư', rank: 1, standalone: true },
  { title: 'Chủ tịch nước', rank: 2, standalone: true },
  { title: 'Phó Chủ tịch nước', rank: 3, standalone: true },
  { title: 'Thủ tướng', rank: 2, standalone: true },
  { title: 'Phó Thủ tướng Thường trực', rank: 3, standalone: true },
  { title: 'Phó Thủ tướng', rank: 3, standalone: true },
  { title: 'Tổng Kiểm toán', rank: 5 },
  { title: 'Thống đốc', rank: 5 },
  // Mayors of cities abroad (`Thị trưởng London Sadiq Khan`).
  { title: 'Thị trưởng', rank: EXECUTIVE },
  { title: 'Phó Thị trưởng', rank: DEPUTY },
  { title: 'Phó Thống đốc', rank: DEPUTY },
  { title: 'Bộ trưởng', rank: EXECUTIVE },
  { title: 'Quyền Bộ trưởng', rank: EXECUTIVE },
  { title: 'Thứ trưởng Thường trực', rank: DEPUTY },
  { title: 'Thứ trưởng', rank: DEPUTY },
  { title: 'Chủ nhiệm', rank: EXECUTIVE, capitalOnly: true },
  { title: 'Phó Chủ nhiệm', rank: DEPUTY, capitalOnly: true },
  { title: 'Chánh án', rank: EXECUTIVE },
  { title: 'Phó Chánh án', rank: DEPUTY },
  // The presiding judge of a court's division (`Chánh tòa Hình sự TAND Tối cao`): its `Tòa` opens the organisation.
  { title: 'Chánh tòa', rank: EXECUTIVE },
  { title: 'Phó Chánh tòa', rank: DEPUTY },
  { title: 'Viện trưởng', rank: EXECUTIVE },
  { title: 'Phó Viện trưởng', rank: DEPUTY },
  { title: 'Tổng Thanh tra', rank: EXECUTIVE },
  { title: 'Chánh Thanh tra', rank: EXECUTIVE },
  { title: 'Phó Chánh Thanh tra', rank: DEPUTY },
  { title: 'Chánh Văn phòng', rank: EXECUTIVE },
  { title: 'Phó Chánh Văn phòng', rank: DEPUTY },
  { title: 'Bí thư Thứ nhất', rank: PARTY },
  { title: 'Bí thư', rank: PARTY - 5 },
  { title: 'Phó Bí thư Thường trực', rank: PARTY },
  { title: 'Phó Bí thư', rank: PARTY },
  { title: 'Chủ tịch', rank: EXECUTIVE },
  { title: 'Phó Chủ tịch Thường trực', rank: DEPUTY },
  { title: 'Phó Chủ tịch', rank: DEPUTY },
  { title: 'Quyền Chủ tịch', rank: EXECUTIVE },
  // The chair of China's National People's Congress standing committee, as the press names it.
  { title: 'Ủy viên trưởng', rank: EXECUTIVE },
  { title: 'Ủy viên Thường trực', rank: MEMBER - 5 },
  // An alternate member (`Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng`).
  { title: 'Ủy viên dự khuyết', rank: MEMBER },
  { title: 'Ủy viên', rank: MEMBER },
  { title: 'Tỉnh ủy viên', rank: MEMBER },
  { title: 'Thành ủy viên', rank: MEMBER },
  { title: 'Huyện ủy viên', rank: MEMBER },
  { title: 'Tổng Thư ký', rank: EXECUTIVE },
  { title: 'Phó Tổng Thư ký', rank: DEPUTY },
  { title: 'Phó Giám đốc Thường trực', rank: DEPUTY },
  { title: 'Phó Chủ nhiệm Thường trực', rank: DEPUTY },
  { title: 'Kiểm toán trưởng', rank: EXECUTIVE },
  { title: 'Phó Viện trưởng Thường trực', rank: DEPUTY },
  { title: 'Chủ tịch Hội đồng thành viên', rank: EXECUTIVE },
  { title: 'Trưởng Công an', rank: EXECUTIVE },
  { title: 'Phó Trưởng Công an', rank: DEPUTY },
  { title: 'Trưởng ban', rank: EXECUTIVE },
  { title: 'Phó Trưởng ban Thường trực', rank: DEPUTY },
  { title: 'Phó Trưởng ban', rank: DEPUTY },
  { title: 'Trưởng Ban', rank: EXECUTIVE },
  { title: 'Phó Trưởng Ban', rank: DEPUTY },
  { title: 'Tổng Giám đốc', rank: EXECUTIVE },
  { title: 'Phó Tổng Giám đốc', rank: DEPUTY },
  { title: 'Giám đốc', rank: EXECUTIVE },
  { title: 'Phó Giám đốc', rank: DEPUTY },
  { title: 'Tổng cục trưởng', rank: EXECUTIVE },
  { title: 'Phó Tổng cục trưởng', rank: DEPUTY },
  { title: 'Cục trưởng', rank: EXECUTIVE },
  { title: 'Phó Cục trưởng', rank: DEPUTY },
  { title: 'Vụ trưởng', rank: EXECUTIVE },
  { title: 'Phó Vụ trưởng', rank: DEPUTY },
  { title: 'Chi cục trưởng', rank: EXECUTIVE },
  { title: 'Phó Chi cục trưởng', rank: DEPUTY },
  // Commanders of a military command (`Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh`, `… Ban Chỉ huy quân sự xã`).
  { title: 'Chỉ huy trưởng', rank: EXECUTIVE },
  { title: 'Phó Chỉ huy trưởng', rank: DEPUTY },
  // Heads of an investigating agency (`Thủ trưởng Cơ quan CSĐT Công an tỉnh`); in lower case a boss.
  { title: 'Thủ trưởng', rank: EXECUTIVE, capitalOnly: true },
  { title: 'Phó Thủ trưởng', rank: DEPUTY, capitalOnly: true },
  // Judges, and the heads of forest-ranger and dyke units (`Hạt trưởng Hạt Kiểm lâm`).
  { title: 'Thẩm phán', rank: EXECUTIVE + 5, capitalOnly: true },
  { title: 'Hạt trưởng', rank: EXECUTIVE },
  // Heads of a police or market-control team (`Đội trưởng Đội Cảnh sát giao thông số 3`).
  { title: 'Đội trưởng', rank: EXECUTIVE + 5, bodyOpensWith: ['Đội', 'đội'] },
  { title: 'Phó Đội trưởng', rank: DEPUTY + 5, bodyOpensWith: ['Đội', 'đội'] },
  { title: 'Đội phó', rank: DEPUTY + 5, bodyOpensWith: ['Đội', 'đội'] },
  { title: 'Phó Hạt trưởng', rank: DEPUTY },
  { title: 'Trưởng phòng', rank: EXECUTIVE },
  { title: 'Trưởng khoa', rank: EXECUTIVE },
  { title: 'Phó Trưởng khoa', rank: DEPUTY },
  { title: 'Phó khoa', rank: DEPUTY },
  { title: 'Phó ban Phụ trách', rank: DEPUTY },
  { title: 'Phó ban', rank: DEPUTY },
  { title: 'Phó Trưởng phòng', rank: DEPUTY },
  // (`Phó phòng`, the short form, as `Phó khoa`, `Phó ban`.)
  { title: 'Phó phòng', rank: DEPUTY },
  // Heads of an office (`Trưởng Văn phòng Chính sách nhà ở …`, `Trưởng văn phòng luật sư …`):
  // the office opens the organisation, as `Chánh Văn phòng`'s does.
  { title: 'Trưởng Văn phòng', rank: EXECUTIVE },
  { title: 'Phó Trưởng Văn phòng', rank: DEPUTY },
  { title: 'Trưởng Đoàn', rank: DELEGATION },
  { title: 'Trưởng đoàn', rank: DELEGATION, capitalOnly: true },
  { title: 'Phó Trưởng đoàn', rank: DELEGATION, capitalOnly: true },
  { title: 'Phó Trưởng Đoàn', rank: DELEGATION },
  { title: 'Đại biểu Quốc hội', rank: DELEGATION + 5 },
  { title: 'Đại biểu', rank: DELEGATION + 5 },
  // The same, abbreviated (`ĐB Nguyễn Thị Ngọc Lan - Bắc Ninh`, `ĐBQH Lê Văn An (Nghệ An)`).
  { title: 'ĐBQH', rank: DELEGATION + 5, nameFollows: true },
  { title: 'ĐB', rank: DELEGATION + 5, nameFollows: true },
  // Legislators of other countries (`Thượng nghị sĩ John McCain`, `Hạ nghị sỹ Tsuyoshi Yaguchi`), both spellings.
  { title: 'Thượng nghị sĩ', rank: DELEGATION + 5 },
  { title: 'Thượng nghị sỹ', rank: DELEGATION + 5 },
  { title: 'Hạ nghị sĩ', rank: DELEGATION + 5 },
  { title: 'Hạ nghị sỹ', rank: DELEGATION + 5 },
  { title: 'Nghị sĩ', rank: DELEGATION + 5, capitalOnly: true },
  { title: 'Nghị sỹ', rank: DELEGATION + 5, capitalOnly: true },
  { title: 'Chủ tịch Hội đồng quản trị', rank: EXECUTIVE },
  { title: 'Chủ tịch HĐQT', rank: EXECUTIVE },
  { title: 'Tư lệnh', rank: EXECUTIVE },
  { title: 'Phó Tư lệnh', rank: DEPUTY },
  { title: 'Chính ủy', rank: EXECUTIVE },
  { title: 'Đại sứ', rank: EXECUTIVE, capitalOnly: true },
  { title: 'Đại sứ đặc mệnh toàn quyền', rank: EXECUTIVE },
  { title: 'Phó Đại sứ', rank: DEPUTY, capitalOnly: true },
  { title: 'Tổng Lãnh sự', rank: EXECUTIVE },
  { title: 'Phó Tổng Lãnh sự', rank: DEPUTY },
  { title: 'Hiệu trưởng', rank: EXECUTIVE },
  { title: 'Phó Hiệu trưởng', rank: DEPUTY },
  { title: 'Người phát ngôn', rank: EXECUTIVE, capitalOnly: true },
  { title: 'Tổng Biên tập', rank: EXECUTIVE },
  { title: 'Phó Tổng Biên tập', rank: DEPUTY },
  { title: 'Tổng thống', rank: 2 },
  { title: 'Phó Tổng thống', rank: 3 },
  { title: 'Ngoại trưởng', rank: EXECUTIVE },
  { title: 'Thượng tướng', rank: DELEGATION + 10 },
  { title: 'Trung tướng', rank: DELEGATION + 10 },
  { title: 'Thiếu tướng', rank: DELEGATION + 10 },
  { title: 'Đại tướng', rank: DELEGATION + 10 },
];

/**
 * Functions a corporate head is head of: `Giám đốc Marketing Saigon Co.op` is the marketing
 * director (title) of Saigon Co.op (organisation). The function stays in the title.
 */
export const CORPORATE_FUNCTIONS = [
  'Marketing', 'Tài chính', 'Điều hành', 'Kinh doanh', 'Nhân sự', 'Kỹ thuật', 'Sản xuất', 'Truyền thông', 'Công nghệ',
  'Đối ngoại', 'Pháp chế', 'Chiến lược', 'Vận hành', 'Thương mại', 'Đầu tư', 'Bán hàng', 'Phát triển kinh doanh',
];
for (const head of ['Giám đốc', 'Phó Giám đốc']) {
  for (const fn of CORPORATE_FUNCTIONS) TITLES.push({ title: `${head} ${fn}`, rank: head === 'Giám đốc' ? EXECUTIVE + 2 : DEPUTY + 2, capitalOnly: true });
}

/** Title endings that also open the organisation after them. */
export const TITLE_TAILS_OPENING_ORGANIZATION = ['Đoàn', 'đoàn', 'Ban', 'ban', 'Phòng', 'phòng', 'Khoa', 'khoa', 'Công an', 'công an', 'Văn phòng', 'văn phòng', 'tòa', 'Tòa'];

/**
 * Heads of organisation names: a title followed by one of these takes it (and what
 * follows) as its organisation. Abbreviations from abbreviations.ts also count.
 */
export const ORGANIZATION_HEADS = [
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND',
  'Ủy ban Kiểm tra', 'Ủy ban Mặt trận Tổ quốc', 'MTTQ', 'Mặt trận Tổ quốc',
  'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành', 'Ban Thường vụ', 'BCH', 'BTV',
  'Trung ương Đảng', 'TW Đảng', 'TƯ Đảng', 'Trung ương', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ',
  'Huyện ủy', 'Huyện uỷ', 'Quận ủy', 'Đảng ủy', 'Đảng uỷ', 'Đảng đoàn', 'Ban cán sự',
  'Bộ', 'Sở', 'Cục', 'Tổng cục', 'Vụ', 'Viện', 'Ban', 'Văn phòng', 'Thanh tra', 'Chi cục',
  'Phòng', 'Trung tâm', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Ngân hàng', 'Ngân hàng Nhà nước',
  'Quốc hội', 'Chính phủ', 'Kiểm toán Nhà nước', 'Tòa án', 'Viện kiểm sát', 'Đoàn', 'Đoàn Đại biểu Quốc hội',
  'Đoàn ĐBQH', 'Hội', 'Liên đoàn', 'Hiệp hội', 'Trường', 'Đại học', 'Học viện', 'Bệnh viện', 'Báo', 'Đài',
  'Công an', 'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Quân khu', 'Cảng vụ', 'VNPT', 'Viettel', 'EVN', 'PVN',
  'Ban Quản lý', 'Ban Chỉ đạo', 'Ban Tuyên giáo', 'Ban Tổ chức', 'Ban Dân vận', 'Ban Nội chính',
  'Ban Kinh tế', 'Ủy ban Quốc gia',
];
