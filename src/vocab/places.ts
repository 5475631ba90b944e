// Provinces and centrally-run cities (the 63 units in force 2008–2025, plus the names
// created by the 2025 mergers keep these names as parts), and other place words. Used to
// tell places from personal names (`Hải Dương`, `Hà Nam`) and to find who is measured.
export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh',
  'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng',
  'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang',
  'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên',
  'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An',
  'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình',
  'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Tiền Giang',
  'TP Hồ Chí Minh', 'TP.HCM', 'TPHCM', 'TP HCM', 'Thành phố Hồ Chí Minh', 'Trà Vinh', 'Tuyên Quang',
  'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Sài Gòn',
];

/** The country the press writes from: a body's place like a province's (`Ngân hàng Nhà nước (NHNN) Việt Nam`), though no foreign country. */
export const HOME_COUNTRY = 'Việt Nam';

/** Place names that are also shaped like personal names but never are one. */
export const NON_PERSON_NAMES = new Set([
  ...PROVINCES,
  'Hồ Chí Minh', 'Việt Nam', 'Trung Quốc', 'Hoa Kỳ', 'Nhật Bản', 'Hàn Quốc', 'Thái Lan',
  'Đông Nam Á', 'Cao Nguyên',
  // Countries and regions written with Vietnamese syllables
  'Hà Lan', 'Ba Lan', 'Triều Tiên', 'Đài Loan', 'Hồng Kông', 'Ấn Độ', 'Tây Ban Nha', 'Bồ Đào Nha', 'Thụy Điển',
  'Thụy Sĩ', 'Na Uy', 'Phần Lan', 'Đan Mạch', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Ai Cập', 'Nam Phi', 'Tân Cương', 'Mông Cổ',
  'Châu Á', 'Châu Âu', 'Châu Phi', 'Châu Mỹ', 'Châu Úc', 'Bạch Mai', 'Chợ Rẫy', 'Việt Đức',
  'Lào Cai', 'Trường Sa', 'Hoàng Sa', 'Côn Đảo', 'Phú Quốc', 'Cát Bà', 'Hạ Long', 'Đà Lạt', 'Nha Trang', 'Vũng Tàu',
  // Seats of government named for the government (`Người phát ngôn Điện Kremlin Dmitry Peskov`)
  'Điện Kremlin', 'Nhà Trắng', 'Lầu Năm Góc',
  // Football leagues named with a surname syllable (`chức vô địch La Liga, Chủ tịch Perez`)
  'La Liga', 'Ligue 1',
]);

/**
 * Small units whose names are not in the place table: after them a capitalised run opens
 * with the unit's own name. (After `tỉnh` or `TP` the province table decides.)
 */
/** Syllables that make `học` a school (`Đại học`, `Trung học`, `Tiểu học`), not `Khoa học`, science. */
export const SCHOOL_WORDS_BEFORE_HOC = new Set(['Đại', 'đại', 'Trung', 'trung', 'Tiểu', 'tiểu']);

export const PLACE_TYPE_WORDS = new Set([
  'huyện', 'quận', 'xã', 'phường', 'trấn', 'ấp', 'làng',
  // Institutions named like people (`Bệnh viện Bạch Mai`, `Công ty Minh Phát`, `Đại học Bách khoa`).
  // (`học` only where it ends a school's word: see SCHOOL_WORDS_BEFORE_HOC.)
  'viện', 'Viện', 'ty', 'học', 'hàng', 'tâm',
  // Schools named after their commune or a person (`Trường THCS Thạch Kim`, `Trường Lê Quý Đôn`).
  'Trường', 'THCS', 'THPT', 'PTTH', 'PTCS', 'non',
]);

/** Words after which a capitalised run is a place (`quận Hà Đông, Giám đốc …` names no person). */
export const PLACE_BEFORE_NAME_WORDS = new Set(['huyện', 'quận', 'xã', 'phường', 'trấn', 'tỉnh', 'phố', 'TP', 'TX', 'thị xã', 'thị trấn', 'thành phố']);

/** How a city's own name may begin (`Thành phố Hồ Chí Minh`, `TP HCM`): no `tỉnh` goes before it. */
/** Place words shortened with a dot before the place's name (`TP. HCM`, `Q. 1`, `TX. Sơn Tây`): the dot ends no clause. */
export const DOTTED_PLACE_ABBREVIATIONS = ['TP', 'Tp', 'TX', 'Q', 'P', 'H'];

export const CITY_NAME_PREFIXES = ['Thành phố', 'TP'];

/**
 * Countries and unions as the press names them, in Vietnamese and in Latin script: before a
 * foreign office-holder's name they are the organisation (`Thủ tướng Australia Malcolm
 * Turnbull`, `Ngoại trưởng Mỹ Rếch Ti-lơ-xơn`), never a part of the name.
 */
export const COUNTRIES = new Set([
  'Mỹ', 'Hoa Kỳ', 'Nga', 'Anh', 'Pháp', 'Đức', 'Nhật', 'Nhật Bản', 'Trung Quốc', 'Hàn Quốc', 'Triều Tiên', 'Úc',
  'Australia', 'Canada', 'Ấn Độ', 'Indonesia', 'Malaysia', 'Singapore', 'Philippines', 'Thái Lan', 'Lào', 'Campuchia',
  'Myanmar', 'Brunei', 'Brazil', 'Argentina', 'Mexico', 'Italy', 'Italia', 'Ý', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan',
  'Bỉ', 'Thụy Sĩ', 'Thụy Điển', 'Na Uy', 'Đan Mạch', 'Phần Lan', 'Ba Lan', 'Séc', 'Hungary', 'Ukraine', 'Israel',
  'Iran', 'Iraq', 'Thổ Nhĩ Kỳ', 'Ai Cập', 'Nam Phi', 'New Zealand', 'Chile', 'Venezuela', 'Cuba', 'EU', 'Đài Loan',
  'Hong Kong', 'Hồng Kông', 'Mông Cổ', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Qatar', 'Saudi Arabia',
  'Ả Rập Xê Út', 'UAE', 'Kuwait', 'Syria', 'Afghanistan', 'Nigeria', 'Kenya', 'Peru', 'Colombia', 'Áo', 'Hy Lạp',
  'Romania', 'Bulgaria', 'Serbia', 'Croatia', 'Ireland', 'Scotland', 'Belarus', 'Kazakhstan', 'Uzbekistan',
  'Đông Timor', 'Timor-Leste', 'Slovakia', 'Slovenia', 'Estonia', 'Latvia', 'Lithuania', 'Iceland', 'Jordan',
  'Libya', 'Morocco', 'Algeria', 'Tunisia', 'Angola', 'Mozambique', 'Ecuador', 'Bolivia', 'Uruguay', 'Paraguay',
  'Panama', 'Ethiopia', 'Tanzania', 'Ghana', 'Senegal', 'Luxembourg', 'Monaco', 'Malta', 'Síp', 'Cyprus',
  'Germany', 'France', 'Japan', 'China', 'Korea', 'Russia', 'Vatican', 'Palestine', 'Lebanon', 'Yemen', 'Oman',
  'Bahrain', 'Washington', 'London', 'Paris', 'Berlin', 'Tokyo', 'Moscow', 'Bắc Kinh', 'Mátxcơva', 'Ukraina',
  'Somalia', 'Sudan', 'Nam Sudan', 'Zimbabwe', 'Uganda', 'Rwanda', 'Cameroon', 'Congo', 'Mali', 'Niger', 'Chad',
  'Zambia', 'Botswana', 'Namibia', 'Madagascar', 'Mauritius', 'Gabon', 'Guinea', 'Liberia', 'Sierra Leone', 'Togo',
  'Benin', 'Burundi', 'Eritrea', 'Djibouti', 'Mauritania', 'Lesotho', 'Malawi', 'Haiti', 'Jamaica', 'Guatemala',
  'Honduras', 'Nicaragua', 'El Salvador', 'Costa Rica', 'Dominica', 'Bahamas', 'Fiji', 'Papua New Guinea',
  'Bhutan', 'Maldives', 'Armenia', 'Azerbaijan', 'Georgia', 'Gruzia', 'Moldova', 'Albania', 'Macedonia', 'Montenegro',
  'Bosnia', 'Kosovo', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Myanma', 'Anh Quốc', 'Hoa Kì',
  'Ả Rập', 'Saudi', 'Emirates', 'Scotland', 'Wales', 'Catalonia', 'Crimea', 'Tây Tạng', 'Brussels', 'Seoul',
  'Bình Nhưỡng', 'Manila', 'Jakarta', 'Bangkok', 'Canberra', 'Ottawa', 'Kiev', 'Kyiv', 'Ankara', 'Tehran', 'Cairo',
  // Cities that close the name of a club or a company before its chairman's (`Chủ tịch Atletico
  // Madrid Enrique Cerezo`, `Real Madrid`). (Not those that are given names too: Milan, Sydney.)
  'Madrid', 'Munich', 'Rome', 'Barcelona', 'Vienna', 'Geneva', 'Dubai', 'Doha', 'Istanbul', 'Riyadh', 'Jerusalem',
  'Damascus', 'Baghdad', 'Kabul', 'Islamabad', 'New Delhi', 'Kuala Lumpur', 'Phnom Penh', 'Thượng Hải', 'Đài Bắc',
  'Taipei', 'Osaka', 'Los Angeles', 'Chicago', 'San Francisco', 'Tel Aviv',
  'Ai-len', 'Pa-ki-xtan', 'Xô Viết', 'Liên Xô', 'Cộng hòa Séc', 'Czech', 'Cộng hòa Czech', 'Hàn', 'Triều',
  // States of the United States, before a governor's or a senator's name (`Thống đốc New York
  // Andrew Cuomo`); not those that are also given names (`Virginia`).
  'New York', 'California', 'Texas', 'Florida', 'Hawaii', 'Alaska', 'Ohio', 'Michigan', 'Illinois', 'Pennsylvania',
  'New Jersey', 'Massachusetts', 'Arizona', 'Nevada', 'Oregon', 'Colorado', 'Utah', 'Kentucky', 'Tennessee',
  'Louisiana', 'Alabama', 'Missouri', 'Minnesota', 'Wisconsin', 'Maryland', 'Indiana', 'Oklahoma', 'Connecticut',
  'Iowa', 'Kansas', 'Arkansas', 'Mississippi', 'Nebraska', 'Idaho', 'North Carolina', 'South Carolina', 'New Mexico',
]);
