// Vietnamese family names. A personal name starts with one of these: this is what keeps
// `Hội nghị`, `Cổng Dịch vụ` or `Sở Thông tin` from being taken for people.
// Ordered roughly by frequency; spelling variants (Hoàng/Huỳnh, Vũ/Võ) are both listed.
// Left out on purpose: words that are far more often titles or places than surnames
// (Phó, Ông, Đồng, Đường, Quan).
export const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Lương', 'Lưu', 'Đinh', 'Trịnh', 'Mai', 'Tô', 'Hà', 'Cao', 'Đào',
  'Chu', 'Thái', 'Trương', 'Đoàn', 'Vương', 'Phùng', 'Tạ', 'Lâm', 'Triệu', 'Quách', 'Kiều', 'Khúc',
  'Lại', 'Tăng', 'Lục', 'Thân', 'Đàm', 'Hứa', 'Giang', 'Tống', 'Mạc', 'Khổng', 'La', 'Nông',
  'Hầu', 'Châu', 'Từ', 'Doãn', 'Âu', 'Ninh', 'Diệp', 'Thạch',
  'Vi', 'Bế', 'Lã', 'Tôn', 'Tiêu', 'Hàn', 'Phí', 'Nghiêm', 'Kim', 'Viên', 'Lò',
  'Cầm', 'Sùng', 'Giàng', 'Ksor', 'Rơ Mah', 'Siu', 'Đới', 'Bạch', 'Chử', 'Bành',
  'Cù', 'Khương', 'Lư', 'Mã', 'Ngọ', 'Nhữ', 'Quản', 'Tào', 'Thiều', 'Thục',
  'Trình', 'Uông', 'Ứng', 'Vòng', 'Yên', 'Tất', 'Khuất', 'Lữ', 'Mẫn', 'Đậu', 'Thào', 'Lường', 'Quàng', 'Dư',
  'Ong', 'Mông', 'Tráng', 'Mùa', 'Hờ', 'Tòng', 'Ngũ',
  // The Stiêng's (`Điểu K'Ré`, `Điểu Huỳnh Sang`).
  'Điểu',
  // More of the northern uplands' (`Lèng Ngọc Đửng`, `Lô Văn Bình`, `Điêu Chính Tới`, `Đèo Văn
  // Long`, `Vàng A Dính`), the Khmer's `Chau` (`Chau Sóc Khăng`) and `Sái` (`Sái Công Hồng`).
  // (Not `Sơn` nor `Văn`, given and middle names far more often; not `Ma` (`Buôn Ma Thuột`) nor
  // `Danh` (`Danh Khôi`, a firm), nor the Central Highlands' `Y`, `Nay`, which open sentences as often.)
  'Lèng', 'Lô', 'Điêu', 'Đèo', 'Vàng', 'Chau', 'Sái',
  // Chinese surnames read in Sino-Vietnamese (`Tập Cận Bình`, `Ôn Gia Bảo`, `Du Chính Thanh`, `Mạnh Kiến Trụ`).
  'Tập', 'Ôn', 'Du', 'Mạnh',
  // Not `Sầm` (the town of Sầm Sơn) nor `Lầu` (Lầu Năm Góc, the Pentagon): named far more often than the families.
  'Âu Dương', 'Tôn Nữ', 'Công Tôn',
];

/**
 * Words of the list below that are also given names (`Vũ Xuân Sáng`, `Trần Quốc Hội`): accepted
 * as a name's last syllable where the name ends at a separator (`ông Vũ Xuân Sáng, Giám đốc …`),
 * never where a lower-case word may follow (`… Sáng nay`); as a middle name always (`Nguyễn
 * Đồng Tiến`).
 */
export const GIVEN_NAMES_ALSO_COMMON_WORDS = new Set(['Sáng', 'Hội', 'Đồng', 'Chiều', 'Các', 'Sau', 'Còn']);

/** Capitalised words that open sentences and never are a syllable of a personal name. */
export const NEVER_NAME_SYLLABLES = new Set([
  'Ngoài', 'Theo', 'Trong', 'Tại', 'Sau', 'Trước', 'Khi', 'Còn', 'Tuy', 'Nhưng', 'Vì', 'Để', 'Với', 'Về', 'Từ',
  'Ngày', 'Chiều', 'Sáng', 'Tối', 'Trưa', 'Hôm', 'Đây', 'Đó', 'Này', 'Các', 'Những', 'Một', 'Là', 'Và', 'Có',
  'Được', 'Đã', 'Sẽ', 'Cho', 'Của', 'Ông', 'Bà', 'Chị', 'Cùng', 'Bên', 'Nếu', 'Mặc', 'Riêng', 'Đồng', 'Tỉnh',
  'Huyện', 'Xã', 'Phường', 'Sở', 'Bộ', 'Ban', 'Cục', 'Hội', 'Chủ', 'Phó', 'Giám', 'Tổng', 'Thứ',
  // A clan's name ends in `Tộc` (`Nguyễn Phước Tộc`): no person's.
  'Tộc',
]);

/**
 * Honorifics written before a foreign office-holder's name (`Samdech Heng Samrin`, `Sheikh
 * Tamim`): part of neither the name nor the organisation.
 */
/**
 * Lower-case words inside foreign names, between capitalised parts (`Mohammed bin Salman`,
 * `Ursula von der Leyen`): part of the name, never its end. (Not the Romance `de`, `da`, `di`:
 * they join the names of places and companies as often, `Tour de France`, `Mutuelles de Bretagne`.)
 */
export const FOREIGN_NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'von', 'van', 'der', 'den']);

/** The Arabic article glued to a name's last part (`al-Thani`, `el-Sisi`): that part, whole. */
export const GLUED_NAME_ARTICLES = ['al', 'el'];

/** Honorifics before a person's name in running text (`ông Nguyễn Văn A`). */
export const PERSON_HONORIFICS = ['ông', 'bà', 'đồng chí'] as const;
export type PersonHonorific = (typeof PERSON_HONORIFICS)[number];
/**
 * Ranks, degrees and honours written before a person's name (`Đại tá Vũ Viết Thoại`, `PGS.TS
 * Nguyễn Quốc Anh`, `Nghệ sĩ Ưu tú Nguyễn Ngọc Thư`): like an honorific, they say a name follows.
 * Degrees may be joined by dots (`PGS.TS`, `TS.BS`); see PERSON_STYLE_PATTERN.
 */
export const PERSON_STYLES = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Chuẩn đô đốc', 'Phó đô đốc', 'Đô đốc',
  'Giáo sư', 'Phó giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'Bác sĩ', 'Dược sĩ', 'Kỹ sư', 'Luật sư', 'Nhà báo',
  'Nghệ sĩ Nhân dân', 'Nghệ sĩ Ưu tú', 'Nhà giáo Nhân dân', 'Nhà giáo Ưu tú', 'Thầy thuốc Nhân dân', 'Thầy thuốc Ưu tú',
  'Anh hùng Lao động', 'Anh hùng Lực lượng vũ trang', 'Hòa thượng', 'Thượng tọa', 'Đại đức', 'Linh mục',
];
/** Their short forms, which may be joined by dots or a comma-free space: `PGS.TS`, `GS.TSKH`, `NSƯT`. */
export const PERSON_STYLE_ABBREVIATIONS = ['GS', 'PGS', 'TS', 'TSKH', 'ThS', 'BS', 'BSCKI', 'BSCKII', 'CKI', 'CKII', 'DS', 'KS', 'LS', 'NSND', 'NSƯT', 'NGND', 'NGƯT', 'TTND', 'TTƯT', 'AHLĐ'];
/** One style, or abbreviations joined by dots (`PGS.TS`), as a regex alternation without groups. */
export const PERSON_STYLE_PATTERN = `(?:${PERSON_STYLES.join('|')}|(?:${PERSON_STYLE_ABBREVIATIONS.join('|')})(?:\\.(?:${PERSON_STYLE_ABBREVIATIONS.join('|')}))*)`;

/**
 * Forms of address the press uses for younger people (`Bí thư Tỉnh đoàn, anh Nguyễn Văn An`,
 * `…, chị Lê Thị Hoa`): like an honorific they say a name follows, though the record keeps none
 * (the SPEC's honorifics are `ông`, `bà`, `đồng chí`).
 */
export const INFORMAL_ADDRESS_WORDS = ['anh', 'chị'];

/** The honorifics as a regex alternation (each its own group-free branch). */
export const PERSON_HONORIFIC_ALTERNATION = PERSON_HONORIFICS.join('|');

/** Foreign given names that end as glued company names do (`-med`, `-land`): names all the same. */
export const FOREIGN_NAMES_WITH_COMPANY_ENDINGS = new Set(['Mohammed', 'Ahmed', 'Mehmed', 'Hamed', 'Roland', 'Yolanda', 'Orlando']);

export const FOREIGN_HONORIFICS = new Set(['Samdech', 'Techo', 'Sheikh', 'Sir', 'Datuk', 'Dato', 'Tun']);

/** Words of Latin-script company and body names: a capitalised run holding one is no foreign person. */
export const FOREIGN_ORGANIZATION_WORDS = new Set([
  'Group', 'Corp', 'Corporation', 'Company', 'Holdings', 'Holding', 'Electronics', 'Bank', 'Capital', 'Fund', 'Energy',
  'Motor', 'Motors', 'Airlines', 'Airways', 'Air', 'Investment', 'Securities', 'Partners', 'International', 'Global',
  'Limited', 'Inc', 'Ltd', 'Technology', 'Technologies', 'Pharma', 'Foods', 'Food', 'Media', 'Entertainment', 'Telecom',
  'Mobile', 'Steel', 'Oil', 'Gas', 'Petro', 'Land', 'Real', 'Estate', 'Resort', 'Hotel', 'Hotels', 'Insurance',
  'Logistics', 'Systems', 'Solutions', 'Services', 'University', 'Institute', 'College', 'School', 'Foundation',
  'Association', 'Council', 'Forum', 'Club', 'Team', 'Cup', 'League', 'Agency', 'Office', 'Ministry', 'Department',
  'Reserve', 'Federal', 'Fed', 'Commission', 'Parliament', 'Senate', 'Congress', 'Union', 'Party', 'Post', 'Times',
  'News', 'Press', 'Journal', 'Digital', 'Software', 'Network', 'Networks', 'Chemical', 'Chemicals', 'Industries',
  'Industry', 'Trading', 'Development', 'Construction', 'Consulting', 'Management', 'Venture', 'Ventures',
  'Marketing', 'Retail', 'Mart', 'Express', 'Auto', 'Pay', 'Coffee', 'Travel', 'Tours', 'Tourist', 'Bundesbank', 'Facebook', 'Google', 'Apple',
  'Microsoft', 'Amazon', 'Samsung', 'Toyota', 'Honda', 'Intel', 'Boeing', 'Airbus', 'Tesla', 'Uber', 'Grab',
  'Alibaba', 'Tencent', 'Huawei', 'Sony', 'Panasonic', 'Canon', 'Nestle', 'Unilever', 'Heineken', 'Carlsberg',
]);
