// Examples of the officials rules: a passage and the people it must give, in order of first
// mention (only the fields listed are checked; `[]` means no official).
// Run by tests/extractors.test.ts.
import type { OfficialRecord } from '../../schema/records.js';

export interface OfficialExample {
  text: string;
  expect: Array<Partial<OfficialRecord>>;
}

const position = (title: string, organization: string | null, organization_full: string | null = organization, former = false) => ({ title, organization, organization_full, former });

export const OFFICIAL_EXAMPLES: OfficialExample[] = [
  // Title + organisation + name
  // (A middle name that is also a word opening sentences: `Đồng thời`.)
  { text: 'Phó Thống đốc NHNN Nguyễn Đồng Tiến đã gặp mặt cán bộ ngân hàng.', expect: [{ name: 'Nguyễn Đồng Tiến', title: 'Phó Thống đốc', organization: 'NHNN' }] },
  { text: 'Ông Nguyễn Văn Đồng, Giám đốc Sở Tài chính cho biết. Đồng thời, sở sẽ kiểm tra.', expect: [{ name: 'Nguyễn Văn Đồng', title: 'Giám đốc', organization: 'Sở Tài chính' }] },
  { text: 'Tại hội nghị, Phó Chủ tịch UBND tỉnh Hải Dương Lương Văn Cầu đề nghị ngành tập trung.', expect: [{ name: 'Lương Văn Cầu', title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hải Dương', organization_full: 'Ủy ban nhân dân tỉnh Hải Dương', honorific: null, mentions: 1 }] },
  { text: 'Phó Chủ tịch Thường trực UBND tỉnh Hải Dương Lưu Văn Bản yêu cầu Sở TT&TT khẩn trương xử lý.', expect: [{ name: 'Lưu Văn Bản', title: 'Phó Chủ tịch Thường trực', organization: 'UBND tỉnh Hải Dương' }] },
  { text: 'Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Thành Hưng khẳng định như vậy.', expect: [{ name: 'Nguyễn Thành Hưng', title: 'Thứ trưởng', organization: 'Bộ Thông tin và Truyền thông' }] },
  // A short form in brackets, then the home country; capitals joined by a comma are one short form.
  { text: 'Chiều 22-5, Thống đốc Ngân hàng Nhà nước (NHNN) Việt Nam Lê Minh Hưng trình bày Tờ trình.', expect: [{ name: 'Lê Minh Hưng', title: 'Thống đốc', organization: 'Ngân hàng Nhà nước (NHNN) Việt Nam' }] },
  { text: 'Báo cáo tại cuộc họp, Thứ trưởng Bộ VH,TT&DL Huỳnh Vĩnh Ái cho biết như vậy.', expect: [{ name: 'Huỳnh Vĩnh Ái', title: 'Thứ trưởng', organization: 'Bộ VH,TT&DL', organization_full: 'Bộ Văn hóa, Thể thao và Du lịch' }] },
  // A photo's credit after a dash ends the organisation: a word and its colon are a label.
  { text: 'Ông Trần Văn Lâm, Chủ tịch Hiệp hội Doanh nghiệp TP.HCM - Ảnh: Thanh Tùng', expect: [{ name: 'Trần Văn Lâm', title: 'Chủ tịch', organization: 'Hiệp hội Doanh nghiệp TP.HCM' }] },
  // An office's portfolio between it and the holder's name.
  { text: 'Bầu Đức át cả ý kiến của Phó Chủ tịch phụ trách chuyên môn Trần Quốc Tuấn.', expect: [{ name: 'Trần Quốc Tuấn', title: 'Phó Chủ tịch' }] },
  { text: 'Hôm qua, Phó Chủ tịch UBND tỉnh phụ trách khối văn xã Nguyễn Văn Bình cho biết: đã xong.', expect: [{ name: 'Nguyễn Văn Bình', title: 'Phó Chủ tịch', organization: 'UBND tỉnh' }] },
  { text: 'Hôm qua, Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực này cho biết Nguyễn Văn Bình đã đi.', expect: [] },
  // An alternate member's title, then a second office of the same person.
  { text: 'Có mặt ông Bùi Quang Huy, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư thứ nhất Trung ương Đoàn.', expect: [{ name: 'Bùi Quang Huy', title: 'Bí thư thứ nhất', organization: 'Trung ương Đoàn', positions: [position('Ủy viên dự khuyết', 'Ban Chấp hành Trung ương Đảng'), position('Bí thư thứ nhất', 'Trung ương Đoàn')] }] },
  // A count after the name is no unit's number.
  { text: 'Hôm qua, Phó thủ tướng Vũ Đức Đam 3 lần nhắc tôi.', expect: [{ name: 'Vũ Đức Đam', title: 'Phó thủ tướng', organization: null }] },
  // An office that opens its clause, `là` and an honorific: the holder; a body in lower case after `của`.
  { text: 'Chủ tịch HĐQT của công ty Thép Hòa Phát Dung Quất là ông Trần Tuấn Dương.', expect: [{ name: 'Trần Tuấn Dương', title: 'Chủ tịch HĐQT', organization: 'công ty Thép Hòa Phát Dung Quất' }] },
  { text: 'Người đứng đầu chiến dịch là ông Paul Manafort cùng con rể Tổng thống Mỹ là ông Jared Kushner.', expect: [] },
  // (After a firm's head alone, a capitalised run is the firm's name.)
  { text: 'Ông Ju Kyeong, Giám đốc của hãng tàu Hyundai Merchant Marine tại Việt Nam đánh giá tốt.', expect: [{ name: 'Ju Kyeong', title: 'Giám đốc', organization: 'hãng tàu Hyundai Merchant Marine' }] },
  // A firm's head in lower case after a title opens the organisation.
  { text: 'Trên đây là tuyên bố của Tư lệnh lực lượng Không quân Vũ trụ Nga, Thượng tướng Viktor Bondarev.', expect: [{ name: 'Viktor Bondarev', title: 'Tư lệnh', organization: 'lực lượng Không quân Vũ trụ Nga' }] },
  { text: 'Năm 2007, chủ tịch hãng phim Vifa - bà Hoàng Thanh Diệu từng trả lời phỏng vấn.', expect: [{ name: 'Hoàng Thanh Diệu', title: 'chủ tịch', organization: 'hãng phim Vifa' }] },
  // A form of address for younger people leads to the name as an honorific does, and is kept as none.
  { text: 'Theo Bí thư Tỉnh đoàn, anh Nguyễn Văn An cho biết, phong trào phát triển mạnh.', expect: [{ name: 'Nguyễn Văn An', title: 'Bí thư', organization: 'Tỉnh đoàn', honorific: null }] },
  { text: 'Phó Chủ tịch Hội Phụ nữ huyện, chị Lê Thị Hoa, nói thêm.', expect: [{ name: 'Lê Thị Hoa', title: 'Phó Chủ tịch', organization: 'Hội Phụ nữ huyện' }] },
  // A rank, a degree or an honour before the name of a reversed apposition, as an honorific would.
  { text: 'Hôm qua, Giám đốc Bệnh viện Bạch Mai, PGS.TS Nguyễn Quốc Anh cho biết: bệnh nhân đã ổn.', expect: [{ name: 'Nguyễn Quốc Anh', title: 'Giám đốc', organization: 'Bệnh viện Bạch Mai' }] },
  { text: 'Trao đổi với phóng viên, Giám đốc Nhà hát kịch nói Quân đội, Nghệ sĩ Ưu tú Nguyễn Ngọc Thư cho biết đoàn đã về.', expect: [{ name: 'Nguyễn Ngọc Thư', title: 'Giám đốc', organization: 'Nhà hát kịch nói Quân đội' }] },
  // (A name's last syllable that makes a word with the next opens the next sentence, its stop lost.)
  { text: 'Cục trưởng Cục Trồng trọt, GS.TS Nguyễn Hồng Sơn Hàng loạt các DN ghi nhãn sai.', expect: [{ name: 'Nguyễn Hồng Sơn', title: 'Cục trưởng', organization: 'Cục Trồng trọt' }] },
  // A name in sentence case ends where the person's begins: a verb and its object before it are
  // the organisation's; after a company's head, a name like a person's is the company's own.
  { text: 'Tiếp theo, Giám đốc Trung tâm Điều hành chương trình chống ngập Nguyễn Ngọc Công cho biết, dự án chậm.', expect: [{ name: 'Nguyễn Ngọc Công', title: 'Giám đốc', organization: 'Trung tâm Điều hành chương trình chống ngập' }] },
  { text: 'Ông Lê Hoàng Phong, Giám đốc công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát (quận 2) cho biết máy đã hỏng.', expect: [{ name: 'Lê Hoàng Phong', title: 'Giám đốc', organization: 'công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát' }] },
  // (One verb alone is the predicate; a place's unit ends the organisation.)
  { text: 'Hôm qua, Bộ trưởng Bộ Quốc phòng tiếp Đoàn Ủy ban Quân lực Thượng viện Hoa Kỳ.', expect: [] },
  { text: 'Chủ tịch UBND tỉnh giao Nguyễn Văn An theo dõi.', expect: [] },
  // (Fields listed with commas, the last after `&`: the name goes on to the person.)
  { text: 'Ngày 29/6, Bộ trưởng Văn hóa, Thể thao & Du lịch Nguyễn Ngọc Thiện đã ký quyết định.', expect: [{ name: 'Nguyễn Ngọc Thiện', title: 'Bộ trưởng', organization: 'Văn hóa, Thể thao & Du lịch' }] },
  { text: 'Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng nhấn mạnh vai trò của hạ tầng.', expect: [{ name: 'Nguyễn Mạnh Hùng', title: 'Bộ trưởng', organization: 'Bộ TT&TT', organization_full: 'Bộ Thông tin và Truyền thông' }] },
  { text: 'Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung chỉ đạo xử lý.', expect: [{ name: 'Nguyễn Đức Chung', title: 'Chủ tịch', organization: 'UBND TP Hà Nội', organization_full: 'Ủy ban nhân dân thành phố Hà Nội' }] },
  // A title set off after a person an honorific names is that person's to the apposition's end:
  // capitals closing it end the organisation (`Hà Đông`), no second person; after a title, not
  // an honorific, the next title and name are the next person of a list.
  { text: 'Bà Lê Thị Thu, Giám đốc Kia Hà Đông, cho biết đã hoàn tiền cho khách.', expect: [{ name: 'Lê Thị Thu', title: 'Giám đốc', organization: 'Kia Hà Đông' }] },
  // So is a run right after the title that reads as a name (`Chu` is a surname), set off by commas.
  { text: 'Ông Lê Văn Hải, Tổng Giám đốc Chu Lai Trường Hải, cho biết xe sẽ được giao.', expect: [{ name: 'Lê Văn Hải', title: 'Tổng Giám đốc', organization: 'Chu Lai Trường Hải' }] },
  { text: 'Dự lễ có Bộ trưởng Nguyễn Văn An, Chủ tịch Quốc hội Trần Thị Bình.', expect: [{ name: 'Nguyễn Văn An', title: 'Bộ trưởng' }, { name: 'Trần Thị Bình', title: 'Chủ tịch', organization: 'Quốc hội' }] },
  { text: 'Tổng thống Hợp chúng quốc Hoa Kỳ Barack Obama đã đến Hà Nội.', expect: [{ name: 'Barack Obama', title: 'Tổng thống', organization: 'Hợp chúng quốc Hoa Kỳ' }] },
  // Chinese leaders' names read in Sino-Vietnamese; a name never spans a `và`.
  // A name set off after a title that a spokesperson, an aide or a relative is `của` names that
  // one, not the title-holder; after any other `của` (a word, a speech) it is the title's.
  { text: 'Cùng ngày, người phát ngôn của Thủ tướng Nhật Bản, ông Yoshihide Suga cho biết.', expect: [] },
  { text: 'Theo lời của Giám đốc Sở Y tế, ông Nguyễn Văn An, bệnh viện đã sẵn sàng.', expect: [{ name: 'Nguyễn Văn An', title: 'Giám đốc', organization: 'Sở Y tế' }] },
  // A last syllable before a date's word keeps to the name (`Hằng` + `ngày 15/6`, not `hằng ngày`).
  { text: 'Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng ngày 15/6 cho biết công dân đã được thăm lãnh sự.', expect: [{ name: 'Lê Thị Thu Hằng', title: 'Người phát ngôn', organization: 'Bộ Ngoại giao' }] },
  // A family name that is also a word may be a middle name, in a name a separator closes.
  { text: 'Bác sĩ Nguyễn Thị Từ Anh, Trưởng khoa Sơ sinh cho biết hai bé đã ổn định.', expect: [{ name: 'Nguyễn Thị Từ Anh', title: 'Trưởng khoa' }] },
  // A unit's body after a comma, a hospital's head in lower case before its name; not a school,
  // which opens the next clause.
  { text: 'Theo bà Trần Thị Hà – Phó Trưởng phòng Giáo dục quận Hai Bà Trưng, trường Mầm non Sen Vàng bị đình chỉ hoạt động.', expect: [{ name: 'Trần Thị Hà', title: 'Phó Trưởng phòng', organization: 'phòng Giáo dục quận Hai Bà Trưng' }] },
  { text: 'Bác sĩ Nguyễn Hữu Dũng, Trưởng khoa Thận nhân tạo, bệnh viện Bạch Mai cho biết các bệnh nhân đã ổn định.', expect: [{ name: 'Nguyễn Hữu Dũng', title: 'Trưởng khoa', organization: 'khoa Thận nhân tạo, bệnh viện Bạch Mai' }] },
  // Surnames of the northern uplands' peoples, and `Sái`.
  { text: 'Ông Lèng Ngọc Đửng - Hạt trưởng Hạt Kiểm lâm huyện Bắc Quang đã lên tiếng.', expect: [{ name: 'Lèng Ngọc Đửng', title: 'Hạt trưởng' }] },
  { text: 'Tiến sĩ Sái Công Hồng, Phó Cục trưởng Cục Quản lý chất lượng cho biết điểm thi sẽ công bố sớm.', expect: [{ name: 'Sái Công Hồng', title: 'Phó Cục trưởng' }] },
  // Surnames of the Central Highlands' and the south-east's peoples (`Điểu`, the Stiêng's).
  { text: 'Đại biểu Quốc hội tỉnh Đồng Nai Điểu Văn Kơ phát biểu tại phiên họp.', expect: [{ name: 'Điểu Văn Kơ', title: 'Đại biểu Quốc hội', organization: 'tỉnh Đồng Nai' }] },
  // A free-standing `&` joins a body's capitalised parts as `và` does; a bloc's committee takes
  // its member agencies as `các`, in lower case too.
  { text: 'Ông Lê Văn Tâm, Phó giám đốc Sở Nông nghiệp & Phát triển nông thôn Quảng Ngãi, cho biết.', expect: [{ name: 'Lê Văn Tâm', title: 'Phó giám đốc', organization: 'Sở Nông nghiệp & Phát triển nông thôn Quảng Ngãi' }] },
  { text: 'Hội nghị đã bầu bà Trần Thị Hoa, Phó bí thư Đảng ủy khối các cơ quan tỉnh, làm chủ tịch.', expect: [{ name: 'Trần Thị Hoa', title: 'Phó bí thư', organization: 'Đảng ủy khối các cơ quan tỉnh' }] },
  // A head in sentence case after a title ending in its word, capitalised or not (`Trưởng Ban
  // quản lý …`); a place in brackets after the body's name closes it, no second person.
  { text: 'Ông Lê Văn Minh, Trưởng Ban quản lý khu di tích Côn Sơn (Hải Dương) cho biết.', expect: [{ name: 'Lê Văn Minh', title: 'Trưởng Ban', organization: 'Ban quản lý khu di tích Côn Sơn' }] },
  // A bare title of a board a comma joins to another of it shares its body (`Nhà xuất bản`, a
  // head of three syllables); a rank does not.
  { text: 'Ông Lê Văn An, Giám đốc, Tổng biên tập Nhà xuất bản Trẻ cho biết.', expect: [{ name: 'Lê Văn An', positions: [position('Giám đốc', 'Nhà xuất bản Trẻ'), position('Tổng biên tập', 'Nhà xuất bản Trẻ')] }] },
  { text: 'Ông Trần Văn Hùng, Thiếu tướng, Giám đốc Công an tỉnh Đắk Lắk cho biết.', expect: [{ name: 'Trần Văn Hùng', title: 'Giám đốc', positions: [position('Thiếu tướng', null), position('Giám đốc', 'Công an tỉnh Đắk Lắk')] }] },
  // The presiding judge of a court's division: `Tòa` opens the division's name.
  { text: 'Ông Trần Văn Quý, Chánh Tòa Dân sự TAND Tối cao cho biết.', expect: [{ name: 'Trần Văn Quý', title: 'Chánh Tòa', organization: 'Tòa Dân sự TAND Tối cao' }] },
  // One person however a name's particles are cased.
  { text: 'Ngoại trưởng Oman Yusuf bin Alawi al-Said tới Doha. Ngoại trưởng Yusuf bin Alawi Al-Said nói.', expect: [{ name: 'Yusuf bin Alawi al-Said', title: 'Ngoại trưởng', organization: 'Oman' }] },
  // More Chinese surnames in Sino-Vietnamese; the chair of the NPC standing committee.
  { text: 'Ông hội kiến Chủ tịch Chính hiệp Trung Quốc Du Chính Thanh.', expect: [{ name: 'Du Chính Thanh', title: 'Chủ tịch', organization: 'Chính hiệp Trung Quốc' }] },
  { text: 'Ủy viên trưởng Ủy ban Thường vụ Nhân đại Trung Quốc Trương Đức Giang phát biểu.', expect: [{ name: 'Trương Đức Giang', title: 'Ủy viên trưởng', organization: 'Ủy ban Thường vụ Nhân đại Trung Quốc' }] },
  // A short form in brackets does not end a body's name when a province or a country follows;
  // the full form drops it (a parent body in brackets stays: see `(Bộ Y tế)` below).
  { text: 'Phó giám đốc Sở Tài nguyên và Môi trường (TN&MT) Hà Nam Lê Văn Hùng cho biết.', expect: [{ name: 'Lê Văn Hùng', organization: 'Sở Tài nguyên và Môi trường (TN&MT) Hà Nam', organization_full: 'Sở Tài nguyên và Môi trường tỉnh Hà Nam' }] },
  { text: 'Phó Chủ tịch Hội đồng Hòa giải quốc gia (HĐHG) Lào Du Văn Khăm, phát biểu.', expect: [{ name: 'Du Văn Khăm', organization: 'Hội đồng Hòa giải quốc gia (HĐHG) Lào' }] },
  { text: 'Chủ tịch Trung Quốc Tập Cận Bình đã tiếp Tổng thống Nga Vladimir Putin.', expect: [{ name: 'Tập Cận Bình', title: 'Chủ tịch', organization: 'Trung Quốc' }, { name: 'Vladimir Putin', positions: [position('Tổng thống', 'Nga')] }] },
  { text: 'Tôi đánh giá cao nỗ lực của Chủ tịch Tập và Trung Quốc trong việc này.', expect: [] },
  // A unit named in lower case after `Trưởng phòng`, `Trưởng khoa` is the organisation; the
  // title's own last word alone is none.
  { text: 'Trung tá Trần Văn An, Trưởng phòng tham mưu Công an tỉnh Gia Lai cho biết.', expect: [{ name: 'Trần Văn An', title: 'Trưởng phòng', organization: 'phòng tham mưu Công an tỉnh Gia Lai' }] },
  { text: 'Ông Lê Văn Nam, Trưởng phòng cho biết đã kiểm tra.', expect: [{ name: 'Lê Văn Nam', title: 'Trưởng phòng', organization: null }] },
  // With no organisation before the name, the body `của` names after it, to its last capital.
  { text: 'Chủ tịch Florentino Perez của Real Madrid đã lên tiếng.', expect: [{ name: 'Florentino Perez', title: 'Chủ tịch', organization: 'Real Madrid' }] },
  { text: 'Chủ tịch Karl Hopfner của Bayern hồ hởi thông báo tin vui.', expect: [{ name: 'Karl Hopfner', title: 'Chủ tịch', organization: 'Bayern' }] },
  { text: 'Thứ trưởng Nguyễn Văn Bình của Bộ Tài nguyên và Môi trường bị kỷ luật.', expect: [{ name: 'Nguyễn Văn Bình', title: 'Thứ trưởng', organization: 'Bộ Tài nguyên và Môi trường' }] },
  // A title at a headline's end is no title of the name that opens the next paragraph.
  { text: 'Thư mời gửi tới Thủ tướng Việt Nam\n\nTổng thống Hàn Quốc Moon Jae-in đã phát biểu tại hội nghị.', expect: [{ name: 'Moon Jae-in', positions: [position('Tổng thống', 'Hàn Quốc')] }] },
  // A unit named by its fields goes on in sentence case after `và`; a body's `và` + lower case does not.
  { text: 'Ông Trần Văn Thái, Trưởng phòng Khảo thí và quản lý chất lượng (Sở GD-ĐT Nam Định) cho biết kỳ thi diễn ra nghiêm túc.', expect: [{ name: 'Trần Văn Thái', title: 'Trưởng phòng', organization: 'phòng Khảo thí và quản lý chất lượng (Sở GD-ĐT Nam Định)' }] },
  { text: 'Bà Lê Thị Hoa, Trưởng phòng Tài nguyên và môi trường huyện Hoài Đức cho biết đã kiểm tra.', expect: [{ name: 'Lê Thị Hoa', organization: 'phòng Tài nguyên và môi trường huyện Hoài Đức' }] },
  { text: 'Bộ trưởng Bộ Công Thương Trần Tuấn Anh và các đại biểu đã dự lễ.', expect: [{ name: 'Trần Tuấn Anh', organization: 'Bộ Công Thương' }] },
  // A rarer surname (`Tất`) still ends the organisation: the name is not read into it.
  { text: 'Tham dự có cựu Bí thư Thành ủy TP.HCM Trần Văn Hưng, Phó Bí thư Thường trực Thành ủy Lê Văn Tâm.', expect: [{ name: 'Trần Văn Hưng', positions: [position('Bí thư', 'Thành ủy TP.HCM', 'Thành ủy Thành phố Hồ Chí Minh', true)] }, { name: 'Lê Văn Tâm', title: 'Phó Bí thư Thường trực', organization: 'Thành ủy' }] },
  // A caption run into the next sentence: a clause opener (`Ông`) ends the run of capitals.
  { text: 'Phó Thủ tướng Trịnh Đình Dũng Ông Lê Văn Lực, Giám đốc Bệnh viện Đa khoa tỉnh Sơn La cho biết.', expect: [{ name: 'Trịnh Đình Dũng', title: 'Phó Thủ tướng', organization: null }, { name: 'Lê Văn Lực', honorific: 'ông', title: 'Giám đốc', organization: 'Bệnh viện Đa khoa tỉnh Sơn La' }] },
  // A place or a school is no person: after `quận`, `Trường THCS` the run is the place's own name.
  { text: 'Về tình hình ngập tại quận Hà Đông, Giám đốc công ty thoát nước cho biết sẽ xử lý.', expect: [] },
  { text: 'Thầy Nguyễn Ngọc Hóa - Hiệu trưởng Trường THCS Thạch Kim cho biết.', expect: [{ name: 'Nguyễn Ngọc Hóa', title: 'Hiệu trưởng', organization: 'Trường THCS Thạch Kim' }] },
  { text: 'Sau chức vô địch La Liga, Chủ tịch Perez vừa có một cuộc gặp.', expect: [] },
  { text: 'Ông Dư Cao Minh, Phó Tổng Giám đốc EVNNPC cho biết.', expect: [{ name: 'Dư Cao Minh', title: 'Phó Tổng Giám đốc', organization: 'EVNNPC' }] },
  // A province written with a dash is read to its end.
  { text: 'Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Trình chỉ đạo.', expect: [{ name: 'Nguyễn Văn Trình', organization: 'UBND tỉnh Bà Rịa - Vũng Tàu', organization_full: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu' }] },
  // A given name that is also a common word, before a comma; a company name after acronyms is no person.
  { text: 'Cơ quan điều tra đã mời ông Lê Văn Sáng, Giám đốc Sở KHĐT Lai Châu lên làm việc.', expect: [{ name: 'Lê Văn Sáng', title: 'Giám đốc', organization: 'Sở KHĐT Lai Châu' }] },
  { text: 'Hôm qua, ông Trần Quốc Việt, Giám đốc Công ty TNHH TM DV Minh Quang Phát hứa hoàn tiền.', expect: [{ name: 'Trần Quốc Việt', title: 'Giám đốc', organization: 'Công ty TNHH TM DV Minh Quang Phát' }] },
  { text: 'Giám đốc Sở Y tế Nguyễn Văn An Sáng nay đã kiểm tra.', expect: [{ name: 'Nguyễn Văn An' }] },
  // `Trưởng Công an`: the title's last words open the organisation, also before a place word.
  { text: 'Trưởng Công an huyện Hoài Nhơn Nguyễn Văn Sơn cho biết.', expect: [{ name: 'Nguyễn Văn Sơn', title: 'Trưởng Công an', organization: 'Công an huyện Hoài Nhơn' }] },
  { text: 'Ông Lê Văn Hòa, Trưởng Công an thị xã Hoàng Mai, tỉnh Nghệ An cho biết.', expect: [{ name: 'Lê Văn Hòa', title: 'Trưởng Công an', organization: 'Công an thị xã Hoàng Mai, tỉnh Nghệ An' }] },
  { text: 'Ông Mai Trí - Trưởng Công an xã Tam Mỹ Tây cho biết.', expect: [{ name: 'Mai Trí', title: 'Trưởng Công an', organization: 'Công an xã Tam Mỹ Tây' }] },
  // An organisation head in lower case after the title.
  { text: 'Theo bác sĩ Lê Hữu Phước, Giám đốc bệnh viện Đa khoa tỉnh Đắk Nông, đơn vị đã có văn bản.', expect: [{ name: 'Lê Hữu Phước', title: 'Giám đốc', organization: 'bệnh viện Đa khoa tỉnh Đắk Nông' }] },
  { text: 'Bà Nguyễn Thị Nhâm Huyền, Hiệu trưởng trường THPT Phan Đình Phùng cũng khẳng định.', expect: [{ name: 'Nguyễn Thị Nhâm Huyền', title: 'Hiệu trưởng', organization: 'trường THPT Phan Đình Phùng' }] },
  { text: 'Căn biệt thự của gia đình Giám đốc sở TNMT Lào Cai Trần Văn Quý P/V: Trả lời phỏng vấn.', expect: [{ name: 'Trần Văn Quý', title: 'Giám đốc' }] },
  { text: 'Bà Nguyễn Thúy Hiền, Phó Chánh án TANDTC, Trưởng ban Ban Chỉ đạo cải cách tư pháp phát biểu.', expect: [{ name: 'Nguyễn Thúy Hiền', positions: [position('Phó Chánh án', 'TANDTC'), position('Trưởng ban', 'Ban Chỉ đạo cải cách tư pháp')] }] },
  // Abbreviated city names: `TP.HCM`, `TPHCM` and a name glued to `TP.` expand whole.
  { text: 'Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân phát biểu.', expect: [{ name: 'Nguyễn Thiện Nhân', organization: 'Thành ủy TP.HCM', organization_full: 'Thành ủy Thành phố Hồ Chí Minh' }] },
  { text: 'Phó Chủ tịch UBND TPHCM Nguyễn Thành Phong cho biết.', expect: [{ name: 'Nguyễn Thành Phong', organization: 'UBND TPHCM', organization_full: 'Ủy ban nhân dân Thành phố Hồ Chí Minh' }] },
  { text: 'Chủ tịch UBND TP.Đà Nẵng Huỳnh Đức Thơ chỉ đạo.', expect: [{ name: 'Huỳnh Đức Thơ', organization: 'UBND TP.Đà Nẵng', organization_full: 'Ủy ban nhân dân thành phố Đà Nẵng' }] },
  { text: 'Tại buổi kiểm tra, ông Trần Quang Vinh, Phó Chủ tịch UBND Tp. Hồ Chí Minh đề nghị đẩy nhanh tiến độ.', expect: [{ name: 'Trần Quang Vinh', organization: 'UBND Tp. Hồ Chí Minh', organization_full: 'Ủy ban nhân dân thành phố Hồ Chí Minh' }] },
  { text: 'Trưởng Ban Nội chính T.Ư Phan Đình Trạc phát biểu.', expect: [{ name: 'Phan Đình Trạc', organization: 'Ban Nội chính T.Ư', organization_full: 'Ban Nội chính Trung ương' }] },
  { text: 'Giám đốc Sở Y tế tỉnh Gia Lai Mai Xuân Hải cho biết.', expect: [{ name: 'Mai Xuân Hải', title: 'Giám đốc', organization: 'Sở Y tế tỉnh Gia Lai' }] },
  { text: 'Chủ tịch Ngân hàng Đại Dương Hà Văn Thắm bị khởi tố.', expect: [{ name: 'Hà Văn Thắm', title: 'Chủ tịch', organization: 'Ngân hàng Đại Dương' }] },
  // National bodies are organisations: the title is the office alone.
  { text: 'Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu.', expect: [{ name: 'Nguyễn Thị Kim Ngân', title: 'Chủ tịch', organization: 'Quốc hội' }] },
  { text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc chủ trì hội nghị.', expect: [{ name: 'Nguyễn Xuân Phúc', title: 'Thủ tướng', organization: 'Chính phủ' }] },
  { text: 'Thống đốc Ngân hàng Nhà nước Việt Nam Nguyễn Văn Bình phát biểu.', expect: [{ name: 'Nguyễn Văn Bình', title: 'Thống đốc', organization: 'Ngân hàng Nhà nước Việt Nam' }] },
  { text: 'Thủ tướng Nguyễn Xuân Phúc chủ trì hội nghị.', expect: [{ name: 'Nguyễn Xuân Phúc', title: 'Thủ tướng', organization: null }] },
  { text: 'Phó chủ tịch UBND tỉnh Bình Định Trần Châu yêu cầu khởi kiện.', expect: [{ name: 'Trần Châu', title: 'Phó chủ tịch', organization: 'UBND tỉnh Bình Định' }] },
  // Name, title + organisation (apposition)
  { text: 'Ông Lương Văn Cầu, Phó Chủ tịch UBND tỉnh Hải Dương phát biểu.', expect: [{ name: 'Lương Văn Cầu', honorific: 'ông', title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hải Dương' }] },
  { text: 'Theo ông Nguyễn Cao Thắng, Giám đốc Sở Thông tin và Truyền thông tỉnh Hải Dương, năm 2020 ngành sẽ tập trung.', expect: [{ name: 'Nguyễn Cao Thắng', honorific: 'ông', title: 'Giám đốc', organization: 'Sở Thông tin và Truyền thông tỉnh Hải Dương' }] },
  { text: 'Đồng chí Đỗ Hữu Quyết, Giám đốc Sở TT&TT trao Giấy khen cho các đơn vị.', expect: [{ name: 'Đỗ Hữu Quyết', honorific: 'đồng chí', title: 'Giám đốc', organization: 'Sở TT&TT' }] },
  { text: 'Bà Nguyễn Thị Hoa, Phó Giám đốc Sở Tài chính cho biết.', expect: [{ name: 'Nguyễn Thị Hoa', honorific: 'bà', title: 'Phó Giám đốc', organization: 'Sở Tài chính' }] },
  { text: 'Trao đổi với phóng viên, Trần Văn Nam, Chánh Văn phòng UBND tỉnh cho biết.', expect: [{ name: 'Trần Văn Nam', title: 'Chánh Văn phòng', organization: 'UBND tỉnh' }] },
  // After `thành phố`, `TP` or `tỉnh`, two capitalised syllables alone are the place, no person.
  { text: 'Ông Nguyễn Văn Ly, Trưởng Công an thành phố Phan Thiết cho biết.', expect: [{ name: 'Nguyễn Văn Ly', title: 'Trưởng Công an', organization: 'Công an thành phố Phan Thiết' }] },
  { text: 'Phó Chủ tịch UBND TP Lê Văn Khoa cho biết.', expect: [{ name: 'Lê Văn Khoa', organization: 'UBND TP' }] },
  // The head of an office (`Trưởng Văn phòng`) heads the office named after the title; two
  // syllables after a body named after a person are its name (`Văn phòng luật sư Nguyễn Anh`).
  { text: 'Bà Trần Thu Trang, Trưởng Văn phòng Điều phối nông thôn mới tỉnh, đang phát biểu.', expect: [{ name: 'Trần Thu Trang', title: 'Trưởng Văn phòng', organization: 'Văn phòng Điều phối nông thôn mới tỉnh' }] },
  { text: 'Luật sư Trần Văn Tâm – Trưởng Văn phòng Luật sư Hoàng Long (Đoàn Luật sư Hà Nội) nêu quan điểm.', expect: [{ name: 'Trần Văn Tâm', title: 'Trưởng Văn phòng' }] },
  // A foreign name after `và` is another person, not the title's (`Thủ tướng Abe và Donald Trump`).
  { text: 'Cuộc gặp giữa Thủ tướng Abe và Donald Trump diễn ra hôm qua.', expect: [] },
  // In a reversed apposition too, a name closed by a separator ends in its given name whatever
  // word it also is (`Hội`, an association's head).
  { text: 'Chủ tịch CLB Sông Lam, ông Nguyễn Văn Hội, cho biết hai bên đang đàm phán.', expect: [{ name: 'Nguyễn Văn Hội', title: 'Chủ tịch', organization: 'CLB Sông Lam' }] },
  // `Phó phòng`, the short form of `Phó Trưởng phòng`.
  { text: 'Theo ông Nguyễn Văn Tuyến, Phó phòng Quản lý vận tải, Sở Giao thông Vận tải Hà Nội, tình trạng xe dù diễn biến phức tạp.', expect: [{ name: 'Nguyễn Văn Tuyến', title: 'Phó phòng', organization: 'phòng Quản lý vận tải, Sở Giao thông Vận tải Hà Nội' }] },
  // `Cty`, short for `Công ty`, heads a body's name: what follows is no foreign person.
  { text: 'Ông Trần Văn Hòa, Giám đốc Cty Mekong Redtours cho rằng khách quốc tế tăng.', expect: [{ name: 'Trần Văn Hòa', title: 'Giám đốc', organization: 'Cty Mekong Redtours' }] },
  // Standing bodies whose names break the capitalisation rules are read whole after their head.
  { text: 'Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội của Quốc hội Lê Thị Mai nêu rõ cần cân nhắc kỹ.', expect: [{ name: 'Lê Thị Mai', title: 'Phó Chủ nhiệm', organization: 'Ủy ban Về các vấn đề xã hội của Quốc hội' }] },
  { text: 'Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình Nguyễn Văn Bình cho biết.', expect: [{ name: 'Nguyễn Văn Bình', title: 'Thủ trưởng', organization: 'Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình' }] },
  { text: 'Giám đốc Trung tâm Y tế dự phòng tỉnh Cà Mau Trần Văn Cường cho biết.', expect: [{ name: 'Trần Văn Cường', title: 'Giám đốc', organization: 'Trung tâm Y tế dự phòng tỉnh Cà Mau' }] },
  { text: 'Ông Trần Văn Hải, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy cho biết.', expect: [{ name: 'Trần Văn Hải', title: 'Trưởng phòng', organization: 'phòng Cảnh sát điều tra' }] },
  { text: 'Phó Cục trưởng Cục Quản lý lao động ngoài nước Lê Văn Dũng cho biết.', expect: [{ name: 'Lê Văn Dũng', title: 'Phó Cục trưởng', organization: 'Cục Quản lý lao động ngoài nước' }] },
  // Reversed apposition
  { text: 'Mở đầu buổi làm việc, Giám đốc Sở TT&TT Hải Dương, ông Nguyễn Cao Thắng đã báo cáo.', expect: [{ name: 'Nguyễn Cao Thắng', honorific: 'ông', title: 'Giám đốc', organization: 'Sở TT&TT Hải Dương', organization_full: 'Sở Thông tin và Truyền thông tỉnh Hải Dương' }] },
  // Several positions before one name
  { text: 'Tiếp đoàn có Ủy viên TW Đảng, Bí thư Tỉnh ủy Hải Dương Nguyễn Mạnh Hiển.', expect: [{ name: 'Nguyễn Mạnh Hiển', title: 'Bí thư', organization: 'Tỉnh ủy Hải Dương', positions: [position('Ủy viên', 'TW Đảng', 'Trung ương Đảng'), position('Bí thư', 'Tỉnh ủy Hải Dương')] }] },
  { text: 'Dự có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Dương Thái, Trưởng Đoàn Đại biểu Quốc hội tỉnh, cùng lãnh đạo các sở.', expect: [{ name: 'Nguyễn Dương Thái', title: 'Chủ tịch', positions: [position('Phó Bí thư', 'Tỉnh ủy'), position('Chủ tịch', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh'), position('Trưởng Đoàn', 'Đoàn Đại biểu Quốc hội tỉnh')] }] },
  { text: 'Ông Trần Văn Tuấn, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện phát biểu.', expect: [{ name: 'Trần Văn Tuấn', title: 'Chủ tịch', positions: [position('Bí thư', 'Huyện ủy'), position('Chủ tịch', 'HĐND huyện', 'Hội đồng nhân dân huyện')] }] },
  { text: 'Anh Lê Quốc Phong, Ủy viên Trung ương Đảng, Bí thư thứ nhất Trung ương Đoàn phát biểu.', expect: [{ name: 'Lê Quốc Phong', title: 'Bí thư thứ nhất' }] },
  // Title without organisation; the organisation comes from a later mention of the same name
  { text: 'Bộ trưởng Nguyễn Mạnh Hùng khẳng định. Sau đó, Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng nhấn mạnh.', expect: [{ name: 'Nguyễn Mạnh Hùng', title: 'Bộ trưởng', organization: 'Bộ TT&TT', mentions: 2 }] },
  { text: 'Bộ trưởng Nguyễn Mạnh Hùng khẳng định như vậy.', expect: [{ name: 'Nguyễn Mạnh Hùng', title: 'Bộ trưởng', organization: null }] },
  { text: 'Bộ trưởng Bộ Y tế đã ký quyết định. Sau đó, Bộ trưởng Nguyễn Thị Kim Tiến trả lời báo chí.', expect: [{ name: 'Nguyễn Thị Kim Tiến', organization: 'Bộ Y tế' }] },
  { text: 'Bộ trưởng Bộ Y tế và Bộ trưởng Bộ Công an đã ký. Bộ trưởng Nguyễn Thị Kim Tiến trả lời báo chí.', expect: [{ name: 'Nguyễn Thị Kim Tiến', organization: null }] },
  { text: 'Ông Trần Quang Dõng, Trưởng phòng GD-ĐT huyện Cẩm Mỹ cho biết.', expect: [{ name: 'Trần Quang Dõng', title: 'Trưởng phòng', organization: 'phòng GD-ĐT huyện Cẩm Mỹ' }] },
  { text: 'Trưởng Ban Tuyên giáo Tỉnh ủy Nguyễn Văn Sơn phát biểu.', expect: [{ name: 'Nguyễn Văn Sơn', title: 'Trưởng Ban', organization: 'Ban Tuyên giáo Tỉnh ủy' }] },
  // A role given by a phrase
  { text: 'Đoàn công tác của Bộ Y tế do Thứ trưởng Nguyễn Trường Sơn làm trưởng đoàn đã làm việc với tỉnh.', expect: [{ name: 'Nguyễn Trường Sơn', title: 'Thứ trưởng', positions: [position('Thứ trưởng', null), position('Trưởng đoàn', 'Đoàn công tác của Bộ Y tế')] }] },
  // Signature block
  { text: 'Bài viết tổng kết những kết quả nổi bật trong năm qua của toàn ngành.\nĐỗ Hữu Quyết\nGiám đốc Sở TT&TT Thanh Hóa', expect: [{ name: 'Đỗ Hữu Quyết', title: 'Giám đốc', organization: 'Sở TT&TT Thanh Hóa', organization_full: 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa' }] },
  // Mentions merge and are counted; a title-only mention is no new person
  { text: 'Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng cho biết như vậy. Phó Chủ tịch UBND tỉnh mong muốn Bộ hỗ trợ. Ông Nguyễn Duy Hưng nói thêm.', expect: [{ name: 'Nguyễn Duy Hưng', mentions: 2, honorific: 'ông' }] },
  { text: 'Bộ trưởng Nguyễn\u00a0Mạnh Hùng phát biểu. Bộ trưởng Nguyễn Mạnh Hùng kết luận.', expect: [{ name: 'Nguyễn Mạnh Hùng', mentions: 2 }] },
  { text: 'Thứ trưởng Nguyễn Thành Hưng và Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng cùng dự.', expect: [{ name: 'Nguyễn Thành Hưng', title: 'Thứ trưởng' }, { name: 'Nguyễn Duy Hưng', title: 'Phó Chủ tịch' }] },
  // An organisation read to its real end: the unit above a commune, a parent in brackets or after a dash, a name in sentence case.
  { text: 'Ngày 14/3, ông Lê Văn Thành, Chủ tịch UBND xã Thanh Lương, huyện Văn Chấn cho biết.', expect: [{ name: 'Lê Văn Thành', title: 'Chủ tịch', organization: 'UBND xã Thanh Lương, huyện Văn Chấn' }] },
  { text: 'Chủ tịch UBND xã Kim Liên, huyện Nam Đàn Nguyễn Văn Sơn cho biết.', expect: [{ name: 'Nguyễn Văn Sơn', organization: 'UBND xã Kim Liên, huyện Nam Đàn' }] },
  { text: 'Ông Lê Văn Khải, Chủ tịch Nghiệp đoàn nghề cá Phường 3, thành phố Quy Nhơn nói thêm.', expect: [{ name: 'Lê Văn Khải', title: 'Chủ tịch', organization: 'Nghiệp đoàn nghề cá Phường 3, thành phố Quy Nhơn' }] },
  { text: 'Theo ông Trần Quang Minh - Vụ trưởng Vụ Pháp chế (Bộ Xây dựng), quy định sẽ sửa.', expect: [{ name: 'Trần Quang Minh', title: 'Vụ trưởng', organization: 'Vụ Pháp chế (Bộ Xây dựng)' }] },
  { text: 'Cục trưởng Cục Quản lý khám chữa bệnh Lương Ngọc Khuê cho biết.', expect: [{ name: 'Lương Ngọc Khuê', title: 'Cục trưởng', organization: 'Cục Quản lý khám chữa bệnh' }] },
  { text: 'Ông Lê Hữu Tài, Giám đốc Trung tâm kiểm định giống cây trồng - Cục trồng trọt thừa nhận sai sót.', expect: [{ name: 'Lê Hữu Tài', organization: 'Trung tâm kiểm định giống cây trồng - Cục trồng trọt' }] },
  { text: 'TS Phạm Văn Hiếu, Phó Viện trưởng Viện Quy hoạch - Kiến trúc (Đại học Xây dựng) nhận định.', expect: [{ name: 'Phạm Văn Hiếu', organization: 'Viện Quy hoạch - Kiến trúc (Đại học Xây dựng)' }] },
  { text: 'Tiến sĩ Hoàng Văn Lợi, Vụ trưởng Vụ Giáo dục thể chất, quốc phòng (Bộ GD-ĐT) cho biết.', expect: [{ name: 'Hoàng Văn Lợi', organization: 'Vụ Giáo dục thể chất, quốc phòng (Bộ GD-ĐT)' }] },
  { text: 'Bác sĩ Trần Thị Mai - Trưởng khoa Cấp cứu (Bệnh viện Chợ Rẫy) cho biết.', expect: [{ name: 'Trần Thị Mai', title: 'Trưởng khoa', organization: 'khoa Cấp cứu (Bệnh viện Chợ Rẫy)' }] },
  { text: 'Giám đốc Sở Y tế - Nguyễn Văn An cho biết.', expect: [{ name: 'Nguyễn Văn An', title: 'Giám đốc', organization: 'Sở Y tế' }] },
  // … and not over the predicate: a verb after a noun, a verb of speech, a word that opens a clause.
  { text: 'Ông Lê Văn Hòa, Giám đốc Sở Tài chính tham mưu cho UBND tỉnh.', expect: [{ name: 'Lê Văn Hòa', organization: 'Sở Tài chính' }] },
  { text: 'Ông Lê Văn Hòa, Chủ tịch UBND tỉnh Hải Dương kiểm tra công trình.', expect: [{ name: 'Lê Văn Hòa', organization: 'UBND tỉnh Hải Dương' }] },
  { text: 'Ông Tôn Thất Minh Khoa, Giám đốc Công ty TNHH Thủy lợi Sông Chu cho biết.', expect: [{ name: 'Tôn Thất Minh Khoa', organization: 'Công ty TNHH Thủy lợi Sông Chu' }] },
  // A company's legal form in lower case after `TNHH` belongs to its name, and the name goes on.
  { text: 'Ông Trần Văn Minh, Giám đốc Công ty TNHH một thành viên Cấp nước Phú Yên cho biết.', expect: [{ name: 'Trần Văn Minh', organization: 'Công ty TNHH một thành viên Cấp nước Phú Yên' }] },
  { text: 'Bà Lê Thu Hà, Tổng giám đốc Công ty TNHH hai thành viên trở lên Sao Mai nói.', expect: [{ name: 'Lê Thu Hà', organization: 'Công ty TNHH hai thành viên trở lên Sao Mai' }] },
  // A trade union in lower case after its title opens the organisation, as a company does.
  { text: 'Anh Lê Văn Toàn – Chủ tịch công đoàn Công ty cổ phần May Sông Hồng cho biết, lương đã tăng.', expect: [{ name: 'Lê Văn Toàn', title: 'Chủ tịch', organization: 'công đoàn Công ty cổ phần May Sông Hồng' }] },
  // (Not a number of members after another word: `một thành viên` is then the clause's.)
  { text: 'Ông Phạm Quốc Bảo, Giám đốc Công ty Hòa Phát một thành viên của hội đồng, cho biết.', expect: [{ name: 'Phạm Quốc Bảo', organization: 'Công ty Hòa Phát' }] },
  { text: 'Ông Lương Ngọc Khuê, Cục trưởng Cục quản lý Khám chữa bệnh cho biết.', expect: [{ name: 'Lương Ngọc Khuê', title: 'Cục trưởng', organization: 'Cục quản lý Khám chữa bệnh' }] },
  // `Tổng` before a head whose first syllable is capitalised (`Tổng Liên đoàn`, `Tổng Công ty`).
  { text: 'Ông Mai Văn Chính, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam bày tỏ lo ngại.', expect: [{ name: 'Mai Văn Chính', title: 'Phó Chủ tịch', organization: 'Tổng Liên đoàn Lao động Việt Nam' }] },
  { text: 'Bà Lê Thị Hạnh, Phó Tổng giám đốc Tổng Công ty Du lịch Sài Gòn (Saigontourist) cho biết.', expect: [{ name: 'Lê Thị Hạnh', organization: 'Tổng Công ty Du lịch Sài Gòn' }] },
  // `Trưởng ban` before a head written in lower case opens the organisation with it; a verb right
  // after a head names what the body does, no predicate (`ban quản lý Khu …`).
  { text: 'Ông Nguyễn Thanh Tâm, Trưởng ban quản lý Khu nghỉ mát Suối Voi cho biết hiện tượng này là bất thường.', expect: [{ name: 'Nguyễn Thanh Tâm', title: 'Trưởng ban', organization: 'ban quản lý Khu nghỉ mát Suối Voi' }] },
  // A given name that is also a head word (`Khoa`, `Viện`) ends the name, not an organisation.
  { text: 'Tại buổi kiểm tra, Phó chủ tịch UBND TP.HCM Trần Quang Vinh yêu cầu các nhà thầu bảo đảm chất lượng.', expect: [{ name: 'Trần Quang Vinh', title: 'Phó chủ tịch', organization: 'UBND TP.HCM' }] },
  { text: 'Theo tờ trình do Giám đốc Sở GTVT Vũ Văn Viện trình bày, thành phố có 5 triệu xe máy.', expect: [{ name: 'Vũ Văn Viện', title: 'Giám đốc', organization: 'Sở GTVT' }] },
  // A part's word of three syllables stays whole (`Bất động sản`, `Khảo cổ học`).
  { text: 'Ông Trần Minh Hoàng, Chủ tịch HĐQT Công ty Cổ phần Đầu tư Bất động sản Việt Nam đã khởi kiện.', expect: [{ name: 'Trần Minh Hoàng', organization: 'Công ty Cổ phần Đầu tư Bất động sản Việt Nam' }] },
  { text: 'PGS Nguyễn Giang Hải, Viện trưởng Viện Khảo cổ học Việt Nam cho biết di chỉ có niên đại 3.000 năm.', expect: [{ name: 'Nguyễn Giang Hải', title: 'Viện trưởng', organization: 'Viện Khảo cổ học Việt Nam' }] },
  // A unit known by its number after the head (`Công ty 236`, `Bệnh viện 108`), its parent after it.
  { text: 'Ông Lại Văn Hùng, Phó Giám đốc Công ty 236, đơn vị quản lý tuyến đường, cho biết.', expect: [{ name: 'Lại Văn Hùng', title: 'Phó Giám đốc', organization: 'Công ty 236' }] },
  { text: 'Ông Quản Văn Hải, Giám đốc Công ty CP Đấu giá số 5 Quốc gia cho biết luật mới đã có hiệu lực.', expect: [{ name: 'Quản Văn Hải', organization: 'Công ty CP Đấu giá số 5 Quốc gia' }] },
  { text: 'Giám đốc Bệnh viện 108 Nguyễn Văn Tuấn cho biết bệnh nhân đã ổn định.', expect: [{ name: 'Nguyễn Văn Tuấn', title: 'Giám đốc', organization: 'Bệnh viện 108' }] },
  { text: 'Ông Trần Văn Bình, Giám đốc Tổng công ty 319 Bộ Quốc phòng cho biết.', expect: [{ name: 'Trần Văn Bình', organization: 'Tổng công ty 319 Bộ Quốc phòng' }] },
  // Foreign office-holders: a name in Latin script or in transliteration, after the country or body.
  { text: 'Chủ tịch Thượng viện Hà Lan Ankie Broekers Knol đón Thủ tướng.', expect: [{ name: 'Ankie Broekers Knol', title: 'Chủ tịch', organization: 'Thượng viện Hà Lan' }] },
  { text: 'Thủ tướng Australia Malcolm Turnbull và Ngoại trưởng Mỹ Rếch Ti-lơ-xơn hội đàm.', expect: [{ name: 'Malcolm Turnbull', title: 'Thủ tướng', organization: 'Australia' }, { name: 'Rếch Ti-lơ-xơn', title: 'Ngoại trưởng', organization: 'Mỹ' }] },
  // A Latin-script run holding a company's word (`Travel`) is the company's name, no person's.
  { text: 'Ông Lê Quý Thành, Giám đốc công ty du lịch Liên Bang Travel, cho biết giá tour tăng 8%.', expect: [{ name: 'Lê Quý Thành', title: 'Giám đốc', organization: 'công ty du lịch Liên Bang Travel' }] },
  // A place of several words, or one begun in lower case (`châu Âu`), ends the organisation; the
  // name starts after it, never inside it.
  { text: 'Chủ tịch Hội đồng châu Âu Donald Tusk đã gặp Tổng thống Cộng hòa Czech Milos Zeman.', expect: [{ name: 'Donald Tusk', title: 'Chủ tịch', organization: 'Hội đồng châu Âu' }, { name: 'Milos Zeman', title: 'Tổng thống', organization: 'Cộng hòa Czech' }] },
  { text: 'Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu tới Doha.', expect: [{ name: 'Mevlut Cavusoglu', title: 'Ngoại trưởng', organization: 'Thổ Nhĩ Kỳ' }] },
  { text: 'Người phát ngôn Điện Kremlin Dmitry Peskov và Thống đốc New York Andrew Cuomo đều lên tiếng.', expect: [{ name: 'Dmitry Peskov', organization: 'Điện Kremlin' }, { name: 'Andrew Cuomo', title: 'Thống đốc', organization: 'New York' }] },
  // An honorific before a foreign name belongs to neither the name nor the organisation.
  { text: 'Đoàn do Chủ tịch Quốc hội Campuchia Samdech Heng Samrin dẫn đầu.', expect: [{ name: 'Heng Samrin', title: 'Chủ tịch', organization: 'Quốc hội Campuchia' }] },
  // A short name that ends one full name of the article is that person: one record.
  { text: 'Thứ trưởng Bộ Công Thương Hồ Thị Kim Thoa đã dự họp. Sau đó, Thứ trưởng Kim Thoa trả lời báo chí.', expect: [{ name: 'Hồ Thị Kim Thoa', title: 'Thứ trưởng', organization: 'Bộ Công Thương' }] },
  { text: 'Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan điện đàm với Quốc vương Salman. Tổng thống Tayyip Erdogan cho biết sẽ tới thăm.', expect: [{ name: 'Recep Tayyip Erdogan', title: 'Tổng thống', organization: 'Thổ Nhĩ Kỳ' }] },
  // A given name alone before `là` + a title gives the full name's title its organisation; an
  // office told of in the story's course adds no position, and a given name alone is no record.
  { text: 'Trần Thị Bích Hạnh - một giám đốc doanh nghiệp bị bắt. Theo cơ quan điều tra, Hạnh là Giám đốc công ty TNHH Hạnh Phúc Petro.', expect: [{ name: 'Trần Thị Bích Hạnh', positions: [position('giám đốc', 'công ty TNHH Hạnh Phúc Petro', 'công ty Trách nhiệm hữu hạn Hạnh Phúc Petro')] }] },
  { text: 'Ông Lê Văn Quý, Giám đốc Sở Tài chính, cho biết. Trước đó, Quý là Phó Giám đốc Sở Xây dựng.', expect: [{ name: 'Lê Văn Quý', positions: [position('Giám đốc', 'Sở Tài chính')] }] },
  { text: 'Theo cơ quan điều tra, Hạnh là Giám đốc công ty TNHH Hạnh Phúc.', expect: [] },
  // (Not a short name that ends two: either may be meant.)
  { text: 'Giám đốc Sở Y tế Nguyễn Thị Kim Thoa và Phó Giám đốc Sở Tài chính Hồ Thị Kim Thoa đã dự. Giám đốc Kim Thoa phát biểu.', expect: [{ name: 'Nguyễn Thị Kim Thoa' }, { name: 'Hồ Thị Kim Thoa' }, { name: 'Kim Thoa' }] },
  // A dictionary word ending a name's run opens the next sentence only when a lower-case word,
  // a colon or a number follows it (`Ảnh:`, `Hãng thông tấn …`); else it is the name's (`Việt Nam`).
  { text: 'Quyết định được trao cho bà Đàm Bích Thủy, Chủ tịch ĐH Fulbright Việt Nam.', expect: [{ name: 'Đàm Bích Thủy', title: 'Chủ tịch', organization: 'ĐH Fulbright Việt Nam' }] },
  { text: 'Tổng thống Mỹ Donald Trump Ảnh: Reuters.', expect: [{ name: 'Donald Trump', title: 'Tổng thống', organization: 'Mỹ' }] },
  { text: 'Tổng thống Mỹ Donald Trump Ngày 5/6 đã ký sắc lệnh mới.', expect: [{ name: 'Donald Trump', title: 'Tổng thống', organization: 'Mỹ' }] },
  { text: 'Tổng thống Mỹ Donald Trump Hãng thông tấn AP đưa tin.', expect: [{ name: 'Donald Trump', title: 'Tổng thống', organization: 'Mỹ' }] },
  // (Not the last word of a place the tables know: the company's name holds the place.)
  { text: 'Bà Trần Thị Lan, Giám đốc Acme Việt Nam cho biết doanh thu tăng.', expect: [{ name: 'Trần Thị Lan', title: 'Giám đốc', organization: 'Acme Việt Nam' }] },
  { text: 'Giám đốc Colliers Hà Nội nhận định thị trường sẽ ấm lên.', expect: [] },
  // A city closes a club's or a company's name, as a country does, before the name of its head.
  { text: 'Chủ tịch Real Madrid Florentino Perez khẳng định đội bóng không bán cầu thủ.', expect: [{ name: 'Florentino Perez', title: 'Chủ tịch', organization: 'Real Madrid' }] },
  { text: 'Chủ tịch Atletico Madrid: đội bóng sẽ giữ chân tiền đạo.', expect: [] },
  // Particles inside foreign names are the name's (`bin`, `von der`, a glued `al-`); the organisation
  // reader stops at them, so the name is read on past them. (Not the Romance `de`: `… de Bretagne`.)
  { text: 'Ngoại trưởng Ả Rập Xê Út Adel bin Ahmed al-Jubeir phát biểu tại hội nghị.', expect: [{ name: 'Adel bin Ahmed al-Jubeir', title: 'Ngoại trưởng', organization: 'Ả Rập Xê Út' }] },
  { text: 'Thủ tướng Hà Lan Jan van der Berg phát biểu tại hội nghị.', expect: [{ name: 'Jan van der Berg', title: 'Thủ tướng', organization: 'Hà Lan' }] },
  { text: 'Khi đó ông là giám đốc công ty bảo hiểm Mutuelles de Bretagne.', expect: [] },
  // A foreign name an honorific opens heads a name-first apposition too; after a source
  // (`Theo ông X,`) a title a verb follows is the next clause's actor.
  { text: 'Ông Peter Hansen, Giám đốc điều hành Nordic Capital nhận định thị trường sẽ tăng.', expect: [{ name: 'Peter Hansen', title: 'Giám đốc điều hành', organization: 'Nordic Capital' }] },
  { text: 'Theo ông Peter Hansen, Thủ tướng Đan Mạch cam kết hỗ trợ khu vực.', expect: [] },
  // A title whose organisation is a place: three capitalised words after it open with the place;
  // after a mayor's title two words alone are the place.
  { text: 'Thị trưởng Lyon Gérard Collomb phát biểu tại lễ khai mạc.', expect: [{ name: 'Gérard Collomb', title: 'Thị trưởng', organization: 'Lyon' }] },
  { text: 'Thống đốc Hokkaido Harumi Takahashi thăm nhà máy.', expect: [{ name: 'Harumi Takahashi', title: 'Thống đốc', organization: 'Hokkaido' }] },
  { text: 'Ông từng giữ cương vị Thị trưởng Buenos Aires trong 8 năm.', expect: [] },
  // Two capitalised words right after a body's head (`tập đoàn`, `CLB`, `Công ty`) are its name.
  { text: 'Ông là chủ tịch CLB Sporting Lisbon từ năm 2013.', expect: [] },
  { text: 'Luật sư Trần Văn Minh - Chủ tịch Công ty Hansen Berg cho rằng mức phạt còn thấp.', expect: [{ name: 'Trần Văn Minh', title: 'Chủ tịch', organization: 'Công ty Hansen Berg' }] },
  // Legislators of other countries, both spellings of `sĩ`; `và` before a title ends the organisation before it.
  { text: 'Thượng nghị sĩ John McCain phát biểu tại phiên điều trần.', expect: [{ name: 'John McCain', title: 'Thượng nghị sĩ', organization: null }] },
  { text: 'Thủ tướng tiếp Chủ tịch ngân hàng JBIC và Hạ nghị sỹ Tsuyoshi Yaguchi.', expect: [{ name: 'Tsuyoshi Yaguchi', title: 'Hạ nghị sỹ', organization: null }] },
  { text: 'Chủ tịch Ngân hàng Trung ương châu Âu, Mario Draghi nhận định lạm phát còn thấp.', expect: [{ name: 'Mario Draghi', title: 'Chủ tịch', organization: 'Ngân hàng Trung ương châu Âu' }] },
  { text: 'Từ khi chương trình của Thủ tướng Shinzo Abe được khởi động.', expect: [{ name: 'Shinzo Abe', title: 'Thủ tướng', organization: null }] },
  // A name made only of Vietnamese-shaped syllables (`Hun Sen`) is not told from other words; a company is no person.
  { text: 'Thủ tướng Chính phủ Vương quốc Campuchia Hun Sen hội đàm. Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.', expect: [{ name: 'Nguyễn Xuân Phúc', organization: 'Chính phủ' }] },
  { text: 'Tổng Giám đốc Samsung Electronics cho biết doanh thu tăng.', expect: [] },
  { text: 'Thứ trưởng Bộ TN&MT Chu Phạm Ngọc Hiển cho biết thông tin.', expect: [{ name: 'Chu Phạm Ngọc Hiển', organization: 'Bộ TN&MT' }] },
  { text: 'Ông Trần Văn Hoàng, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch phát biểu khai mạc.', expect: [{ name: 'Trần Văn Hoàng', organization: 'Bộ Văn hóa, Thể thao và Du lịch' }] },
  { text: 'Thứ trưởng Bộ Tài nguyên và Môi trường Lê Văn Hưng tham dự.', expect: [{ name: 'Lê Văn Hưng', organization: 'Bộ Tài nguyên và Môi trường' }] },
  { text: 'Bà Nguyễn Thị Hà, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang cho biết.', expect: [{ name: 'Nguyễn Thị Hà', organization: 'Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang' }] },
  { text: 'UBND TP Đông Hà xác nhận, ông Lê Ngọc Tài - Trưởng phòng Tài chính Doanh nghiệp của Sở Tài chính đã nghỉ.', expect: [{ name: 'Lê Ngọc Tài', honorific: 'ông', title: 'Trưởng phòng' }] },
  { text: 'Đoàn công tác do Bộ trưởng Bộ Thông tin và Truyền thông (TT&TT) Nguyễn Mạnh Hùng dẫn đầu.', expect: [{ name: 'Nguyễn Mạnh Hùng', title: 'Bộ trưởng', organization: 'Bộ Thông tin và Truyền thông' }] },
  { text: 'Đồng chí Nguyễn Văn Quang, Tỉnh ủy viên, Giám đốc Sở Nội vụ phát biểu.', expect: [{ name: 'Nguyễn Văn Quang', title: 'Giám đốc', positions: [position('Tỉnh ủy viên', null), position('Giám đốc', 'Sở Nội vụ')] }] },
  { text: 'Ông Đào Trọng Quy - Chủ tịch UBND TP. Thanh Hóa cũng yêu cầu các phòng phối hợp.', expect: [{ name: 'Đào Trọng Quy', organization: 'UBND TP. Thanh Hóa' }] },
  { text: 'Ông Đoàn Phương - Chủ tịch Vinastas chỉ chịu hình thức kiểm điểm.', expect: [{ name: 'Đoàn Phương', organization: 'Vinastas' }] },
  { text: 'PGS.TS Lê Văn Tín, Phó Viện trưởng Viện Huyết học Bệnh viện Chợ Rẫy nhấn mạnh như vậy.', expect: [{ name: 'Lê Văn Tín', title: 'Phó Viện trưởng' }] },
  { text: 'Từ trái qua: Ông Lê Thanh Hải, Bí thư Thành ủy TP.HCM, bà Huỳnh Thị Thơ, phu nhân của ông.', expect: [{ name: 'Lê Thanh Hải', title: 'Bí thư' }] },
  { text: 'Ông Trần Đức Lâm - Phó trưởng Ban Quản lý các Khu công nghiệp tỉnh Thái Bình cho hay.', expect: [{ name: 'Trần Đức Lâm', organization: 'Ban Quản lý các Khu công nghiệp tỉnh Thái Bình' }] },
  { text: 'Chủ tịch Diễn đàn Nghị viện Châu Á phát biểu khai mạc.', expect: [] },
  // Lower-case titles where a name goes with them; a former office keeps its flag.
  { text: 'Ông Phí Thái Bình, nguyên Phó chủ tịch UBND TP Hà Nội cho biết.', expect: [{ name: 'Phí Thái Bình', title: 'Phó chủ tịch', positions: [position('Phó chủ tịch', 'UBND TP Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội', true)] }] },
  { text: 'Hà Văn Thắm - Nguyên Chủ tịch HĐQT bị khởi tố.', expect: [{ name: 'Hà Văn Thắm', positions: [position('Chủ tịch HĐQT', null, null, true)] }] },
  // A headline run into the next sentence: a last capitalised syllable that opens a word with
  // the lower-case one after it is that word's (`Thí sinh`), unless that one opens a word of its
  // own (`Bình thường xuyên`: `thường xuyên`).
  { text: 'Thứ trưởng Bộ GD&ĐT Bùi Văn Hà Thí sinh vẫn còn nhiều cơ hội trúng tuyển.', expect: [{ name: 'Bùi Văn Hà', title: 'Thứ trưởng', organization: 'Bộ GD&ĐT' }] },
  { text: 'Chủ tịch UBND tỉnh Nguyễn Văn Bình thường xuyên kiểm tra các công trình.', expect: [{ name: 'Nguyễn Văn Bình', organization: 'UBND tỉnh' }] },
  // A demonstrative after a capitalised syllable points at a thing: that syllable opens the next
  // sentence (`Điều này`); `trên` after a name is a preposition (`trên cương vị`), no demonstrative.
  { text: 'Ủy viên thường trực UB Tài chính Ngân sách Lê Thanh Văn Điều này phù hợp với tinh thần nghị quyết.', expect: [{ name: 'Lê Thanh Văn' }] },
  { text: 'Đây là chuyến thăm đầu tiên của Thủ tướng Nguyễn Văn Phúc trên cương vị Thủ tướng Chính phủ.', expect: [{ name: 'Nguyễn Văn Phúc', title: 'Thủ tướng' }] },
  // A body named after `của` right after the title is the position's; not one pointed back to.
  { text: 'Bà Nguyễn Thị Thu An, Giám đốc truyền thông của Grab Việt Nam, cho biết.', expect: [{ name: 'Nguyễn Thị Thu An', organization: 'Grab Việt Nam' }] },
  { text: 'Chủ tịch của Real Sociedad, Jokin Aperribay thừa nhận đội bóng cần thêm tiền đạo.', expect: [{ name: 'Jokin Aperribay', title: 'Chủ tịch', organization: 'Real Sociedad' }] },
  { text: 'Ông Nguyễn Văn Hải, Giám đốc của công ty này, cho biết hàng đã về.', expect: [{ name: 'Nguyễn Văn Hải', title: 'Giám đốc', organization: null }] },
  // A committee's chair or secretary named by the place alone, in lower case; not the unit
  // with no name (`thay lời Chủ tịch quận, ông …`: another's chair).
  { text: 'Chủ tịch xã Tân Hương Nguyễn Văn Hải cho biết.', expect: [{ name: 'Nguyễn Văn Hải', title: 'Chủ tịch', organization: 'xã Tân Hương' }] },
  { text: 'Ông Đoàn Văn Hùng, Chủ tịch thị trấn A Lưới, cho biết nước đã rút.', expect: [{ name: 'Đoàn Văn Hùng', title: 'Chủ tịch', organization: 'thị trấn A Lưới' }] },
  { text: 'Thay lời Chủ tịch quận, ông Đặng Văn Chung, Chánh văn phòng UBND quận đã ký thông cáo.', expect: [{ name: 'Đặng Văn Chung', title: 'Chánh văn phòng' }] },
  // A title right after `Văn phòng`, `Phủ` or `Bộ` names that body, held by nobody (`Phủ Chủ
  // tịch`, `Bộ Tư lệnh`); after a chief of staff it is the office the chief heads.
  { text: 'Chánh Văn phòng Chủ tịch nước Đào Văn Trung cho biết.', expect: [{ name: 'Đào Văn Trung', title: 'Chánh Văn phòng', organization: 'Văn phòng Chủ tịch nước' }] },
  { text: 'Chánh Văn phòng Bộ Y tế Nguyễn Văn An cho biết.', expect: [{ name: 'Nguyễn Văn An', title: 'Chánh Văn phòng', organization: 'Bộ Y tế' }] },
  { text: 'Chiều qua, tại Phủ Chủ tịch, Chủ tịch nước Trần Văn Quang tiếp đoàn đại biểu.', expect: [{ name: 'Trần Văn Quang', title: 'Chủ tịch nước', positions: [position('Chủ tịch nước', null)] }] },
  { text: 'Theo tài liệu mà Bộ Tư lệnh Thủ đô và KTS Nguyễn Văn Hải tổng hợp, số liệu đã được cập nhật.', expect: [] },
  // `khi còn là` (when still) before a title makes it a past office too; a past office's cue
  // covers the title held with it (`kiêm`); an office held now heads the record.
  { text: 'Ông Vũ Văn Hồng, khi còn là Thứ trưởng Bộ Tài chính, đã ký văn bản này.', expect: [{ name: 'Vũ Văn Hồng', positions: [position('Thứ trưởng', 'Bộ Tài chính', 'Bộ Tài chính', true)] }] },
  {
    text: 'Bà Trần Thị Lan, cựu Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Sông Hồng, bị bắt.',
    expect: [{ name: 'Trần Thị Lan', title: 'Chủ tịch HĐQT', positions: [position('Chủ tịch HĐQT', 'Công ty Sông Hồng', 'Công ty Sông Hồng', true), position('Tổng giám đốc', 'Công ty Sông Hồng', 'Công ty Sông Hồng', true)] }],
  },
  { text: 'Thứ trưởng Bộ Công Thương Hồ Thị Lan dự họp. Bà Hồ Thị Lan, khi còn là Giám đốc Công ty Điện Sáng, đã ký hợp đồng này.', expect: [{ name: 'Hồ Thị Lan', title: 'Thứ trưởng', organization: 'Bộ Công Thương' }] },
  { text: 'Ủy viên thường trực UB Tài chính Ngân sách QH Lê Thanh Vân cho rằng cần làm rõ.', expect: [{ name: 'Lê Thanh Vân', title: 'Ủy viên thường trực', organization: 'UB Tài chính Ngân sách QH' }] },
  { text: 'Quốc hội mặc niệm đại biểu Trần Văn Lộc (Quảng Ngãi) vừa từ trần.', expect: [{ name: 'Trần Văn Lộc', title: 'đại biểu', organization: 'Quảng Ngãi' }] },
  { text: 'Lê Thị Hồng Nhung - một giám đốc doanh nghiệp ở Sóc Trăng bị bắt.', expect: [{ name: 'Lê Thị Hồng Nhung', title: 'giám đốc' }] },
  { text: 'Lúc thành lập, HTX Phú Lộc do Lê Văn Tâm làm giám đốc, rồi Phạm Văn Bình thay.', expect: [{ name: 'Lê Văn Tâm', title: 'giám đốc', organization: 'HTX Phú Lộc' }] },
  { text: 'Chiều nay, phó chủ tịch Nguyễn Văn An cho biết.', expect: [{ name: 'Nguyễn Văn An', title: 'phó chủ tịch' }] },
  { text: 'Ông là chủ nhiệm đề tài Nguyễn Văn An và đại sứ thương hiệu Trần Thu Hà.', expect: [] },
  // A name-first apposition with a bracket, a glued dash, or a role verb.
  { text: 'Đại biểu Trương Thị Mai (Quảng Bình), Trưởng Ban Dân vận Trung ương.', expect: [{ name: 'Trương Thị Mai', title: 'Trưởng Ban', organization: 'Ban Dân vận Trung ương' }] },
  { text: 'Ông Trần Lưu Hoa- Trưởng Phòng GD-ĐT huyện cho biết.', expect: [{ name: 'Trần Lưu Hoa', title: 'Trưởng Phòng', organization: 'Phòng GD-ĐT huyện' }] },
  { text: 'Ông Trương Quý Dương-Giám đốc Bệnh viện Đa khoa tỉnh cho biết.', expect: [{ name: 'Trương Quý Dương', title: 'Giám đốc', organization: 'Bệnh viện Đa khoa tỉnh' }] },
  { text: 'Doanh nghiệp có vốn 3 tỷ đồng do Lê Minh Khoa giữ chức danh giám đốc.', expect: [{ name: 'Lê Minh Khoa', title: 'giám đốc' }] },
  // What stands before `do` may be the company's own (its capital): the company is the one the sentence opens with.
  { text: 'Công ty cổ phần Thủy sản Minh Phú được cấp phép năm 2010, vốn điều lệ 5 tỷ đồng do Lê Văn Sang giữ chức danh giám đốc.', expect: [{ name: 'Lê Văn Sang', title: 'giám đốc', organization: 'Công ty cổ phần Thủy sản Minh Phú' }] },
  // Several names under one title.
  { text: 'HĐND bầu 2 Phó Chủ tịch mới là ông Lê Quang Vinh và ông Trần Đức Tài.', expect: [{ name: 'Lê Quang Vinh', title: 'Phó Chủ tịch' }, { name: 'Trần Đức Tài', title: 'Phó Chủ tịch' }] },
  { text: 'Lê Văn Quang, Vũ Đình Hùng, cùng là phó giám đốc công ty, bị bắt.', expect: [{ name: 'Lê Văn Quang', title: 'phó giám đốc' }, { name: 'Vũ Đình Hùng', title: 'phó giám đốc' }] },
  { text: 'Dự có các Thứ trưởng Lê Văn Thành, Trần Văn Sơn và Nguyễn Văn Bình.', expect: [{ name: 'Lê Văn Thành', title: 'Thứ trưởng' }, { name: 'Trần Văn Sơn', title: 'Thứ trưởng' }, { name: 'Nguyễn Văn Bình', title: 'Thứ trưởng' }] },
  { text: 'Tham dự có các đồng chí Phó Bí thư Tỉnh ủy: Trần Văn Hải – Chủ tịch UBND tỉnh; Lê Văn Nam, Phạm Thị Hoa và nhiều đại biểu.', expect: [{ name: 'Trần Văn Hải', title: 'Chủ tịch', positions: [position('Phó Bí thư', 'Tỉnh ủy'), position('Chủ tịch', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh')] }, { name: 'Lê Văn Nam', title: 'Phó Bí thư', organization: 'Tỉnh ủy' }, { name: 'Phạm Thị Hoa', title: 'Phó Bí thư', organization: 'Tỉnh ủy' }] },
  { text: 'Ban giám đốc gồm Giám đốc Nguyễn Văn An và các Phó Giám đốc Trần Văn Bình, Lê Văn Cường và bà Đỗ Thị Dung.', expect: [{ name: 'Nguyễn Văn An', title: 'Giám đốc' }, { name: 'Trần Văn Bình', title: 'Phó Giám đốc' }, { name: 'Lê Văn Cường', title: 'Phó Giám đốc' }, { name: 'Đỗ Thị Dung', title: 'Phó Giám đốc', honorific: 'bà' }] },
  { text: 'Hai cựu giám đốc CIA Michael Hayden và Michael Morell lên tiếng.', expect: [{ name: 'Michael Hayden', organization: 'CIA' }, { name: 'Michael Morell', organization: 'CIA' }] },
  // A name before a `và` the organisation reader joined; capitalised parts listed with commas; `kiêm` shares the organisation.
  { text: 'Trong cuộc họp giữa Chủ nhiệm Văn phòng Chính phủ Trần Văn Quang và EVN, ông Lê Minh Tuấn – Tổng Giám đốc EVN báo cáo.', expect: [{ name: 'Trần Văn Quang', title: 'Chủ nhiệm', organization: 'Văn phòng Chính phủ' }, { name: 'Lê Minh Tuấn', title: 'Tổng Giám đốc', organization: 'EVN' }] },
  { text: 'Ngày 12/3, Cục trưởng Cục Đường thủy, Hàng hải và Cảng biển Lê Văn Hòa đã ký văn bản.', expect: [{ name: 'Lê Văn Hòa', title: 'Cục trưởng', organization: 'Cục Đường thủy, Hàng hải và Cảng biển' }] },
  { text: 'Ông Lê Minh Châu, Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Vicoship cắt băng khánh thành.', expect: [{ name: 'Lê Minh Châu', positions: [position('Chủ tịch Hội đồng quản trị', 'Vicoship'), position('Tổng Giám đốc', 'Vicoship')] }] },
  { text: 'Sáng 10/4, đồng chí Trần Văn Phong - Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh, Ủy viên BCH Trung ương Đảng phát biểu.', expect: [{ name: 'Trần Văn Phong', title: 'Bí thư', organization: 'Tỉnh ủy' }] },
  // A function stays in the title; a committee under its parent body; a given name that is also a common word before a comma.
  { text: 'Ông Nguyễn Anh Đức, Giám đốc Marketing Saigon Co.op cho biết.', expect: [{ name: 'Nguyễn Anh Đức', title: 'Giám đốc Marketing', organization: 'Saigon Co.op' }] },
  { text: 'Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội Phan Thanh Bình phát biểu.', expect: [{ name: 'Phan Thanh Bình', title: 'Chủ nhiệm', organization: 'Ủy ban Văn hóa, Giáo dục của Quốc hội' }] },
  { text: 'Theo ông Vũ Quang Các, Phó Chủ tịch UBND huyện cho biết.', expect: [{ name: 'Vũ Quang Các', title: 'Phó Chủ tịch', organization: 'UBND huyện' }] },
  { text: 'Phó Ban Tổ chức TƯ Nguyễn Thanh Bình cho biết.', expect: [{ name: 'Nguyễn Thanh Bình', title: 'Phó Ban', organization: 'Ban Tổ chức TƯ' }] },
  // An organisation named by `… này`: the body the text named before.
  { text: 'Công ty TNHH Xây dựng Hoàng Long trúng 5 gói thầu. Lê Văn Quang, Vũ Đình Hùng, cùng là phó giám đốc công ty này, bị bắt.', expect: [{ name: 'Lê Văn Quang', organization: 'Công ty TNHH Xây dựng Hoàng Long' }, { name: 'Vũ Đình Hùng', organization: 'Công ty TNHH Xây dựng Hoàng Long' }] },
  { text: 'Ngân hàng TMCP Đại Dương vừa công bố kết quả kinh doanh. Giám đốc ngân hàng này, ông Nguyễn Xuân Sơn, cho biết lợi nhuận tăng.', expect: [{ name: 'Nguyễn Xuân Sơn', title: 'Giám đốc', organization: 'Ngân hàng TMCP Đại Dương' }] },
  { text: 'Bác sĩ Lê Thị Ngọc, Trưởng Khoa Nhi, BV Đa khoa Thanh Nhàn nói: “Đây là ca bệnh hiếm gặp”.', expect: [{ name: 'Lê Thị Ngọc', organization: 'Khoa Nhi, BV Đa khoa Thanh Nhàn' }] },
  // After an honorific, a rank or a title, a family name that is also a preposition (`Từ`) is the family's; not before a place.
  { text: 'Ông Từ Quý Thành, Giám đốc công ty du lịch Liên Bang Travel, cho biết giá tour tăng.', expect: [{ name: 'Từ Quý Thành', title: 'Giám đốc', organization: 'công ty du lịch Liên Bang Travel' }] },
  { text: 'Thiếu tướng Từ Hồng Sơn, Giám đốc Công an tỉnh Quảng Bình đã tặng quà.', expect: [{ name: 'Từ Hồng Sơn', title: 'Giám đốc', organization: 'Công an tỉnh Quảng Bình', positions: [position('Thiếu tướng', null), position('Giám đốc', 'Công an tỉnh Quảng Bình')] }] },
  { text: 'Giám đốc Sở Y tế Trần Văn An cho biết. Từ Hà Nội, đoàn đi Hải Phòng; Bộ trưởng Từ Hà Nội về.', expect: [{ name: 'Trần Văn An', title: 'Giám đốc', organization: 'Sở Y tế' }] },
  // A name, then in brackets the person's year of birth or age before the office.
  // (Any cue of a birth year, from the table the indicator reader also uses.)
  { text: 'Ông Nguyễn Văn An (sinh 1959, nguyên Giám đốc Sở Tài chính tỉnh Nghệ An) bị bắt.', expect: [{ name: 'Nguyễn Văn An', title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Nghệ An' }] },
  { text: 'Các bị cáo gồm Đinh Văn Dũng (SN 1959, cựu Giám đốc Văn phòng đăng ký đất đai huyện Mỹ Đức) và Lê Văn Tư (52 tuổi, Phó Chủ tịch UBND xã Đồng Tâm).', expect: [{ name: 'Đinh Văn Dũng', title: 'Giám đốc', organization: 'Văn phòng đăng ký đất đai huyện Mỹ Đức', positions: [position('Giám đốc', 'Văn phòng đăng ký đất đai huyện Mỹ Đức', 'Văn phòng đăng ký đất đai huyện Mỹ Đức', true)] }, { name: 'Lê Văn Tư', title: 'Phó Chủ tịch', organization: 'UBND xã Đồng Tâm' }] },
  { text: 'Nguyễn Văn Hải (SN 1980, trú tại xã Tân Hương) khai nhận với Trưởng Công an huyện.', expect: [] },
  // The National Assembly's committees, their fields listed with commas or a dash, a faculty's
  // word (`Khoa`) opening one of them; science is no school (`Sở Khoa học Phan Xuân Dũng`).
  { text: 'Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Phan Xuân Dũng trình bày Báo cáo.', expect: [{ name: 'Phan Xuân Dũng', title: 'Chủ nhiệm', organization: 'Ủy ban Khoa học, Công nghệ và Môi trường' }] },
  { text: 'Phó chủ nhiệm Ủy ban Tài chính - Ngân sách Nguyễn Hữu Toàn băn khoăn về nguồn tiền.', expect: [{ name: 'Nguyễn Hữu Toàn', title: 'Phó chủ nhiệm', organization: 'Ủy ban Tài chính - Ngân sách' }] },
  { text: 'Chủ nhiệm Ủy ban Văn hóa, Giáo dục Phan Thanh Bình trình bày báo cáo thẩm tra.', expect: [{ name: 'Phan Thanh Bình', title: 'Chủ nhiệm', organization: 'Ủy ban Văn hóa, Giáo dục' }] },
  { text: 'Giám đốc Sở Khoa học Lê Văn Hòa cho biết đề tài đã được nghiệm thu.', expect: [{ name: 'Lê Văn Hòa', title: 'Giám đốc', organization: 'Sở Khoa học' }] },
  // A deputy head of a sub-department; a commander of a military command.
  { text: 'Ông Lê Nguyên Linh, Phó Chi cục trưởng Chi cục Hải quan cửa khẩu cảng Sài Gòn cho biết lô hàng bị giữ.', expect: [{ name: 'Lê Nguyên Linh', title: 'Phó Chi cục trưởng', organization: 'Chi cục Hải quan cửa khẩu cảng Sài Gòn' }] },
  { text: 'Lê Duy Tôn, Chỉ huy trưởng Ban Chỉ huy quân sự xã cũng bị cách chức.', expect: [{ name: 'Lê Duy Tôn', title: 'Chỉ huy trưởng', organization: 'Ban Chỉ huy quân sự xã' }] },
  // Several names under one title, a plural honorific before them.
  // (Any count above one, in words, from the table of counting words.)
  { text: 'UBND thành phố hiện có sáu Phó Chủ tịch là các ông Nguyễn Văn An và Trần Văn Bình.', expect: [{ name: 'Nguyễn Văn An', title: 'Phó Chủ tịch', organization: 'UBND thành phố' }, { name: 'Trần Văn Bình', title: 'Phó Chủ tịch', organization: 'UBND thành phố' }] },
  { text: 'Công ty có 2 Phó Giám đốc là các ông Lê Việt Phương và Lê Đức Thanh.', expect: [{ name: 'Lê Việt Phương', title: 'Phó Giám đốc' }, { name: 'Lê Đức Thanh', title: 'Phó Giám đốc' }] },
  // (With no body of its own, a plural title is the body's that has it, named opening the clause.)
  { text: 'Sở Y tế có 3 Phó Giám đốc là các ông Lê Văn Hải, Trần Văn Minh và Phạm Văn Long.', expect: [{ name: 'Lê Văn Hải', organization: 'Sở Y tế' }, { name: 'Trần Văn Minh', organization: 'Sở Y tế' }, { name: 'Phạm Văn Long', organization: 'Sở Y tế' }] },
  { text: 'Hiện 3 Phó giám đốc Sở Y tế gồm các ông, bà: Lê Văn Hải, Trần Thị Mai và Phạm Văn Long.', expect: [{ name: 'Lê Văn Hải', title: 'Phó giám đốc', organization: 'Sở Y tế' }, { name: 'Trần Thị Mai', title: 'Phó giám đốc', organization: 'Sở Y tế' }, { name: 'Phạm Văn Long', title: 'Phó giám đốc', organization: 'Sở Y tế' }] },
  // Where an office is held, between it and its holder's apposition.
  { text: 'Phó Tổng cục trưởng Tổng cục TDTT kiêm Trưởng đoàn TTVN tại SEA Games 29, ông Trần Đức Phấn cho biết đoàn đã sẵn sàng.', expect: [{ name: 'Trần Đức Phấn', title: 'Phó Tổng cục trưởng', organization: 'Tổng cục TDTT', positions: [position('Phó Tổng cục trưởng', 'Tổng cục TDTT', 'Tổng cục Thể dục thể thao'), position('Trưởng đoàn', 'đoàn TTVN')] }] },
  // Any office named by its province alone, in lower case, before the holder's name.
  { text: 'Phó Chủ tịch UBND tỉnh Đặng Ngọc Sơn và Chánh Thanh tra tỉnh Võ Văn Phúc điều hành điểm cầu.', expect: [{ name: 'Đặng Ngọc Sơn', title: 'Phó Chủ tịch', organization: 'UBND tỉnh' }, { name: 'Võ Văn Phúc', title: 'Chánh Thanh tra', organization: 'tỉnh' }] },
  // Heads of clans hold no public office; a board for the nation's peoples (`dân tộc`) is public.
  { text: 'Ông Lê Văn Hòa, Chủ tịch Hội đồng trị sự Lê Tộc cho biết.', expect: [] },
  { text: 'Ông Lê Văn Hòa, Trưởng Ban Dân tộc HĐND tỉnh cho biết.', expect: [{ name: 'Lê Văn Hòa', title: 'Trưởng Ban', organization: 'Ban Dân tộc HĐND tỉnh' }] },
  // A People's Council's boards, in sentence case or not, a dash between their fields.
  { text: 'Trưởng Ban đô thị HĐND TP Hà Nội Nguyễn Nguyên Quân cho hay thành phố có nhiều sai sót.', expect: [{ name: 'Nguyễn Nguyên Quân', title: 'Trưởng Ban', organization: 'Ban đô thị HĐND TP Hà Nội' }] },
  { text: 'Trưởng Ban văn hóa - xã hội HĐND tỉnh Trần Thị Hoa trình bày báo cáo thẩm tra.', expect: [{ name: 'Trần Thị Hoa', title: 'Trưởng Ban', organization: 'Ban văn hóa - xã hội HĐND tỉnh' }] },
  // Not officials
  { text: 'Bộ trưởng cho biết sẽ hỗ trợ tỉnh trong thời gian tới.', expect: [] },
  { text: 'Giám đốc Sở Thông tin và Truyền thông tỉnh Hải Dương tặng Giấy khen cho các tập thể.', expect: [] },
  { text: 'Hội nghị tổng kết được tổ chức tại Cổng Dịch vụ công quốc gia.', expect: [] },
  { text: 'Ông Nguyễn Văn An cho biết gia đình đã sống ở đây 20 năm.', expect: [] },
  { text: 'Tin, ảnh: Mạnh Minh (TTXVN)', expect: [] },
  { text: 'Chủ tịch UBND tỉnh Hải Dương yêu cầu các sở ngành phối hợp.', expect: [] },
  { text: 'Phó Chủ tịch UBND tỉnh Thái Bình cho biết kế hoạch.', expect: [] },
  { text: 'Các Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo HĐND, UBND tỉnh dự họp.', expect: [] },
  { text: 'Phó Chủ tịch UBND TP Hồ Chí Minh phát biểu.', expect: [] },
  // An envoy's organisation is the state that sends them and the place of the post, after
  // `tại` or `ở`; the name follows it, or an honorific after a comma.
  { text: 'Đại sứ Nga tại Ấn Độ Nikolai Kudashev cho biết hai nước sẽ ký thỏa thuận mới.', expect: [{ name: 'Nikolai Kudashev', title: 'Đại sứ', organization: 'Nga tại Ấn Độ' }] },
  { text: 'Tổng Lãnh sự Việt Nam tại Thượng Hải Trần Văn Khải đã tiếp đoàn doanh nghiệp.', expect: [{ name: 'Trần Văn Khải', title: 'Tổng Lãnh sự', organization: 'Việt Nam tại Thượng Hải' }] },
  { text: 'Phó Đại sứ Nhật Bản ở Liên Hợp Quốc, ông Kenji Yamada cho hay như vậy.', expect: [{ name: 'Kenji Yamada', title: 'Phó Đại sứ', organization: 'Nhật Bản ở Liên Hợp Quốc' }] },
  // (Not a place after `tại` written in lower case: the post is no organisation.)
  { text: 'Đại sứ Pháp Lucie Martin tại buổi tiếp đã cảm ơn tỉnh.', expect: [{ name: 'Lucie Martin', title: 'Đại sứ', organization: 'Pháp' }] },
  // A full name closed by a comma ends in a given name whatever common word it also is (`Tuy`,
  // a conjunction; `Tại`, a preposition); a name of two syllables only in a known given name.
  { text: 'Ông Hoàng Văn Tuy, Phó Giám đốc Sở Y tế tỉnh Nghệ An, cho biết.', expect: [{ name: 'Hoàng Văn Tuy', title: 'Phó Giám đốc', organization: 'Sở Y tế tỉnh Nghệ An' }] },
  { text: 'Bà Phạm Thị Tại - Trưởng phòng Tài chính của Sở Công Thương đã ký văn bản.', expect: [{ name: 'Phạm Thị Tại', title: 'Trưởng phòng' }] },
  // A Vietnamese body's head before a foreign word names the body, never a foreign person: the
  // second position of the person named before.
  { text: 'Ông Lê Văn Hòa - Giám đốc Sở Khoa học và Công nghệ, Chủ tịch Quỹ Techfest cho biết giải thưởng đã mở.', expect: [{ name: 'Lê Văn Hòa', positions: [position('Giám đốc', 'Sở Khoa học và Công nghệ'), position('Chủ tịch', 'Quỹ Techfest')] }] },
  // The Party's boards named by their function in sentence case, after `Ban` in either case.
  { text: 'Trưởng ban tổ chức Trung ương Lê Văn Hải đã trao quyết định.', expect: [{ name: 'Lê Văn Hải', title: 'Trưởng ban', organization: 'ban tổ chức Trung ương' }] },
  { text: 'Dự lễ có Trưởng Ban tuyên giáo Tỉnh ủy Đào Thị Lan.', expect: [{ name: 'Đào Thị Lan', title: 'Trưởng Ban', organization: 'Ban tuyên giáo Tỉnh ủy' }] },
  // A title in brackets after a name is that person's; a bare lower-case title there is a role.
  { text: 'Theo ông Đỗ Văn Hậu (Phó Chủ tịch UBND xã Thanh Hà), việc cấp phép đã đúng quy định.', expect: [{ name: 'Đỗ Văn Hậu', title: 'Phó Chủ tịch', organization: 'UBND xã Thanh Hà' }] },
  { text: 'Bác sĩ Lê Minh Tâm (giám đốc Bệnh viện Đa khoa tỉnh) cho hay bệnh nhân đã ổn định.', expect: [{ name: 'Lê Minh Tâm', title: 'giám đốc', organization: 'Bệnh viện Đa khoa tỉnh' }] },
  { text: 'Ông Robert Allen (trưởng đoàn) và hai du khách khác ở lại khách sạn.', expect: [] },
  // `Đảng` heads a party's name, which goes on in its words (`Cộng sản`): the name after it is the person's.
  { text: 'Chủ tịch nước đã hội kiến Tổng Bí thư Đảng Cộng sản Lào Bun-nhăng Vo-la-chít tại Viêng Chăn.', expect: [{ name: 'Bun-nhăng Vo-la-chít', title: 'Tổng Bí thư', organization: 'Đảng Cộng sản Lào' }] },
  { text: 'Chủ tịch Đảng Dân chủ Tom Perez đã lên tiếng.', expect: [{ name: 'Tom Perez', title: 'Chủ tịch', organization: 'Đảng Dân chủ' }] },
  { text: 'Ông Trần Văn Lâm, Phó Bí thư Đảng ủy khối, cho biết.', expect: [{ name: 'Trần Văn Lâm', title: 'Phó Bí thư', organization: 'Đảng ủy khối' }] },
  // A reversed apposition after a dash, when an honorific opens the name.
  { text: 'Giám đốc Công ty Thủy sản Bình Minh - ông Lê Hữu Phước cho biết giá tôm đã tăng.', expect: [{ name: 'Lê Hữu Phước', title: 'Giám đốc', organization: 'Công ty Thủy sản Bình Minh' }] },
  // A past office in brackets (`(nguyên …`, the bracket glued to the cue).
  { text: 'Tòa đã tuyên án đối với Lê Thị Hồng (nguyên Trưởng phòng giao dịch Cửa Nam).', expect: [{ name: 'Lê Thị Hồng', positions: [position('Trưởng phòng', 'phòng giao dịch Cửa Nam', 'phòng giao dịch Cửa Nam', true)] }] },
  // A committee's standing deputy named by the place in lower case.
  { text: 'Phó bí thư thường trực tỉnh Lạng Sơn Hồ Văn Tiến cho biết.', expect: [{ name: 'Hồ Văn Tiến', title: 'Phó bí thư thường trực', organization: 'tỉnh Lạng Sơn' }] },
  // A name right after a unit's number, which closes the organisation.
  { text: 'Đoàn công tác do Phó Chủ tịch UBND quận 3 Trần Văn Lộc dẫn đầu đã lập biên bản.', expect: [{ name: 'Trần Văn Lộc', title: 'Phó Chủ tịch', organization: 'UBND quận 3' }] },
  // A title set off after a person the honorific names: a run read as a foreign name before the
  // predicate is the organisation's, not a second person.
  { text: 'Thông tin được ông Lê Văn Sơn, Chủ tịch HĐQT CTCP Đầu tư và Kinh doanh Golf Long Phước xác nhận.', expect: [{ name: 'Lê Văn Sơn', title: 'Chủ tịch HĐQT', organization: 'CTCP Đầu tư và Kinh doanh Golf Long Phước' }] },
  { text: 'Bà Lê Thị Mai, Hiệu trưởng Trường Mầm non Krông Pắc cho biết.', expect: [{ name: 'Lê Thị Mai', title: 'Hiệu trưởng' }] },
  // A ministry named in lower case after the title.
  { text: 'Thứ trưởng bộ Giáo dục và Đào tạo Phạm Văn Nam nhận định như vậy.', expect: [{ name: 'Phạm Văn Nam', title: 'Thứ trưởng', organization: 'bộ Giáo dục và Đào tạo' }] },
  // Heads of an investigating agency, judges, heads of a ranger unit; in lower case `thủ trưởng` is a boss.
  { text: 'Thượng tá Lê Văn Hòa, Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh Nghệ An, đã ký quyết định.', expect: [{ name: 'Lê Văn Hòa', title: 'Phó Thủ trưởng' }] },
  { text: 'Thẩm phán Maria Lopez của Tòa phúc thẩm bang Texas đã bác đơn.', expect: [{ name: 'Maria Lopez', title: 'Thẩm phán' }] },
  { text: 'Ông Trần Văn Nam - Hạt trưởng Hạt Kiểm lâm huyện cho biết.', expect: [{ name: 'Trần Văn Nam', title: 'Hạt trưởng', organization: 'Hạt Kiểm lâm huyện' }] },
  { text: 'Tôi phải báo cáo thủ trưởng Nguyễn Văn Minh ngay.', expect: [] },
  // A delegate's title abbreviated, a title only right before a full name: `đoàn ĐBQH` is the
  // delegation, `ĐB Vân` a short mention.
  { text: 'ĐB Trần Thị Hoa (Phú Yên) cho rằng cần làm rõ trách nhiệm.', expect: [{ name: 'Trần Thị Hoa', title: 'ĐB', organization: 'Phú Yên' }] },
  { text: 'Trả lời ĐB Hoa, Bộ trưởng Y tế Lê Văn Minh cho biết.', expect: [{ name: 'Lê Văn Minh', positions: [position('Bộ trưởng', 'Y tế')] }] },
  // An office set off after a rank or a seat is the same person's, when it names its body;
  // after an office, or with no body, the title is another's.
  { text: 'Thiếu tướng Hồ Văn Sơn, Cục trưởng Cục Cảnh sát hình sự, cho biết.', expect: [{ name: 'Hồ Văn Sơn', positions: [position('Thiếu tướng', null), position('Cục trưởng', 'Cục Cảnh sát hình sự')] }] },
  { text: 'ĐBQH Trần Văn Lâm, Phó trưởng đoàn ĐBQH tỉnh Bắc Giang cho rằng như vậy.', expect: [{ name: 'Trần Văn Lâm', positions: [position('ĐBQH', null), position('Phó trưởng đoàn', 'đoàn ĐBQH tỉnh Bắc Giang', 'đoàn Đại biểu Quốc hội tỉnh Bắc Giang')] }] },
  { text: 'Trả lời đại biểu Lê Văn Hải, Phó Thủ tướng nêu rõ quy hoạch đã được duyệt.', expect: [{ name: 'Lê Văn Hải', positions: [position('đại biểu', null)] }] },
  // A delegate named with the province in lower case; a place or field name with a glued dash.
  { text: 'Đại biểu Quốc hội tỉnh Ninh Bình Trần Văn Dũng phát biểu ý kiến.', expect: [{ name: 'Trần Văn Dũng', title: 'Đại biểu Quốc hội', organization: 'tỉnh Ninh Bình' }] },
  { text: 'Phó Chủ tịch UBND tỉnh Bà Rịa- Vũng Tàu Lê Thành Nam cho biết.', expect: [{ name: 'Lê Thành Nam', organization: 'UBND tỉnh Bà Rịa- Vũng Tàu' }] },
  { text: 'Thứ trưởng Bộ Văn hóa- Thể thao và Du lịch Lê Văn Ái cho biết.', expect: [{ name: 'Lê Văn Ái', organization: 'Bộ Văn hóa- Thể thao và Du lịch' }] },
  // A body's word the dictionary lacks, given in the word tables (`Dân nguyện`).
  { text: 'Trưởng Ban Dân nguyện Lê Thanh Hà trình bày báo cáo.', expect: [{ name: 'Lê Thanh Hà', organization: 'Ban Dân nguyện' }] },
  // A team's head is an office only before the team it heads (`Đội trưởng Đội CSGT …`); else a captain.
  { text: 'Thiếu tá Lê Văn Bình, Đội trưởng Đội Tham mưu (CSGT Công an TP Huế) cho biết.', expect: [{ name: 'Lê Văn Bình', title: 'Đội trưởng', organization: 'Đội Tham mưu' }] },
  { text: 'Đội trưởng Nguyễn Quang Hải ghi bàn thắng quyết định.', expect: [] },
  // After a head alone, a syllable that opens a word with the next one is that word's (`Đội hình sự`).
  { text: 'Trung tá Hồ Văn Thạch, Đội trưởng Đội hình sự Công an quận Hải Châu cho biết.', expect: [{ name: 'Hồ Văn Thạch', organization: 'Đội hình sự Công an quận Hải Châu' }] },
];
