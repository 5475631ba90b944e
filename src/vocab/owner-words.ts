// Heads of noun phrases that name an owner of a figure (SPEC "subject": the place, body,
// company, country or person the figure belongs to), as data for text/owner.ts. Keys are
// the word reader's keys (lower case, one tone placement). A phrase headed by any other
// common noun (`nguyên nhân`, `việc`, `mức`, `phương án`) names a thing, not an owner.

/** Places and levels of government: `tỉnh Nghệ An`, `cả nước`, `cấp huyện`, `vùng Tây Nam bộ`. */
/** Place heads that name a level only with its tier after them (`cấp tỉnh`) or a determiner before (`các cấp`); `cấp` alone is the verb `grant`. */
export const LEVEL_MARKS = ['cấp'];

export const PLACE_HEADS = [
  'tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'thôn', 'làng', 'ấp', 'bản', 'xóm',
  'vùng', 'khu vực', 'miền', 'địa phương', 'địa bàn', 'nước', 'quốc gia', 'thế giới', 'châu', 'tuyến', 'cấp',
  'toàn quốc', 'toàn cầu', 'cả nước', 'nền kinh tế', 'đô thị', 'thủ đô', 'trung ương', 'khu công nghiệp', 'khu kinh tế', 'cụm công nghiệp', 'cảng', 'sân bay',
  // Kinds of land: `những xã ở miền núi, trung du và hải đảo`.
  'miền núi', 'trung du', 'đồng bằng', 'hải đảo', 'vùng sâu', 'vùng xa', 'biên giới', 'nông thôn', 'thành thị', 'ven biển',
];

/** Bodies, companies and sectors: `Sở Y tế`, `công ty này`, `các tổ chức tín dụng`, `ngành`, `nền kinh tế`. */
/**
 * Bodies named by `ban` (or `hội đồng`) and what they do: one noun each, though the second word
 * is a verb (`Ban chỉ đạo đã làm việc …`: the body, not `Ban` and its verb).
 */
export const COMMITTEES = [
  'ban chỉ đạo', 'ban quản lý', 'ban quản lý dự án', 'ban tổ chức', 'ban điều hành', 'ban kiểm soát', 'ban giám đốc',
  'ban thường vụ', 'ban biên tập', 'ban giám khảo', 'ban quản trị', 'ban tuyên giáo', 'ban dân vận', 'ban nội chính',
  'ban đối ngoại', 'ban cán sự', 'ban bí thư', 'ban chấp hành', 'ban giám hiệu', 'ban đại diện', 'ban vận động',
  'ban chấm thi', 'ban coi thi', 'ban ra đề', 'hội đồng thi', 'hội đồng coi thi', 'hội đồng chấm thi',
  'hội đồng quản trị', 'hội đồng thành viên', 'hội đồng xét xử',
];

export const BODY_HEADS = [
  ...COMMITTEES,
  'bộ', 'sở', 'ban', 'cục', 'chi cục', 'cty', 'ủy ban', 'uỷ ban', 'hội đồng', 'cơ quan', 'đơn vị', 'tổ chức', 'tổ chức tín dụng',
  'trung tâm', 'bệnh viện', 'bv', 'trường', 'khoa', 'phòng', 'viện', 'công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng',
  'doanh nghiệp', 'công ty cổ phần', 'công ty trách nhiệm hữu hạn', 'ngân hàng thương mại', 'hợp tác xã', 'chi nhánh', 'nhà máy', 'cơ sở', 'văn phòng', 'chính phủ', 'quốc hội', 'ngành',
  'lĩnh vực', 'bộ phận', 'hệ thống', 'nền kinh tế', 'thị trường', 'dự án', 'tiểu dự án', 'hội', 'hiệp hội', 'đảng',
  'đảng bộ', 'chi bộ', 'công đoàn', 'hãng', 'tòa án', 'toà án', 'viện kiểm sát', 'nhà nước', 'liên doanh',
  'cửa hàng', 'đài', 'báo', 'cổng', 'đường dây', 'khối',
  // A stock exchange's floor (`sàn HOSE`, `Toàn sàn có 68 mã tăng giá`).
  'sàn',
];

/** People and groups of people: `ngư dân`, `người dân`, `khách hàng A`, `mỗi người`, `bốn giám đốc`. */
export const PEOPLE_HEADS = [
  'người', 'vợ chồng', 'người dân', 'dân', 'nhân dân', 'ngư dân', 'nông dân', 'công nhân', 'người lao động', 'lao động', 'cán bộ',
  'công chức', 'viên chức', 'học sinh', 'sinh viên', 'giáo viên', 'bác sĩ', 'bệnh nhân', 'khách hàng', 'khách',
  'du khách', 'hộ', 'hộ dân', 'hộ gia đình', 'gia đình', 'doanh nhân', 'nhà đầu tư', 'cổ đông', 'thí sinh', 'bị cáo',
  'bị can', 'cử tri', 'đại biểu', 'thành viên', 'hội viên', 'lãnh đạo', 'chuyên gia', 'giới', 'trẻ em', 'phụ nữ',
  'người nghèo', 'hộ nghèo', 'thuyền viên', 'chủ tàu', 'giám đốc', 'chủ tịch', 'nữ', 'đối tượng', 'hộ kinh doanh',
  'tiểu thương', 'nhà khoa học', 'tác giả', 'vận động viên', 'đội tuyển', 'đội', 'câu lạc bộ', 'clb', 'đồng chí',
  'nam giới', 'nữ giới', 'người cao tuổi', 'người tiêu dùng', 'người dùng',
];

/** People who speak or act for a body: the body they name is the owner (`Lãnh đạo Sở Tài chính cho biết …` → `Sở Tài chính`). */
export const REPRESENTATIVE_HEADS = ['lãnh đạo', 'đại diện', 'người đại diện', 'người phát ngôn'];

/** Numerals that count the owners before their head (`bốn Giám đốc`, `hai công ty`). */
export const COUNTING_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'vài', 'mấy'];

/** Determiners of a whole: with an owner's head after them, the whole of a place or body (`toàn tỉnh`, `cả nước`). */
export const WHOLE_DETERMINERS = ['toàn', 'cả'];

/**
 * Bodies named by common words of two syllables, written with a capital (`đại biểu Quốc hội`,
 * `doanh nghiệp Nhà nước`): after a counted noun they say whose it is, no name in apposition.
 * (A capitalised syllable alone, `Sở`, is read as a name with no key: not here.)
 */
export const CAPITALIZED_BODY_WORDS = ['quốc hội', 'chính phủ', 'nhà nước', 'trung ương', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'tòa án', 'ủy ban', 'công an', 'viện kiểm sát'];

/** Determiners of a group of many (`các cơ quan`, `những hộ`): after a percent, the group it is a share of. */
export const GROUP_DETERMINERS = ['các', 'những'];

/** Nouns of a group of people: the head is the noun after them (`cặp vợ chồng`, `tốp công nhân`). */
export const GROUP_NOUNS = ['cặp', 'đôi', 'tốp', 'đám'];

/** Levels of government and administrative units: alone they name an owner (`cấp huyện`, `vùng 2`). */
export const LEVEL_HEADS = ['cấp', 'tuyến', 'vùng', 'tỉnh', 'thành phố', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn'];

/** Administrative units, lower-case before the name of one (`huyện Tuy An`): a capitalised word after one is that name's, whatever else it may be. */
export const ADMINISTRATIVE_UNITS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'thôn', 'làng', 'ấp', 'bản', 'xóm'];
