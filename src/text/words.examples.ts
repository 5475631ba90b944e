// Examples of the word reader: how a stretch of text splits into words, and what some of
// them are tagged. Run by tests/clause.test.ts.
import type { Tag } from './words.js';

export interface WordExample {
  text: string;
  words: string[];
  tags?: Record<string, keyof typeof Tag>;
  /** How many lost full stops the reader marks (breaks of no width). */
  breaks?: number;
}

export const WORD_EXAMPLES: WordExample[] = [
  // Syllables group into dictionary words; function words come from their tables.
  { text: 'Doanh thu của ngành ước đạt', words: ['Doanh thu', 'của', 'ngành', 'ước đạt'], tags: { 'Doanh thu': 'Noun', của: 'Owner', 'ước đạt': 'Qualifier' } },
  // Inside a sentence a capital starts a name; its lower-case syllables may join it (`Hội đồng`).
  { text: 'ông Lê Văn Cầu, Hội đồng thẩm định', words: ['ông', 'Lê', 'Văn', 'Cầu', ',', 'Hội đồng', 'thẩm định'], tags: { Lê: 'Name', 'Hội đồng': 'Name' } },
  // A capital opening the stretch is read as a word first (`Theo`, `Doanh nghiệp`) …
  { text: 'Doanh nghiệp Việt Nam xuất khẩu', words: ['Doanh nghiệp', 'Việt', 'Nam', 'xuất khẩu'], tags: { 'Doanh nghiệp': 'Noun', Việt: 'Name' } },
  { text: 'Thấy Nam đứng dậy', words: ['Thấy', 'Nam', 'đứng', 'dậy'], tags: { Thấy: 'Verb', Nam: 'Name' } },
  // … but opening a place or a country the tables know, it is the name's first part.
  { text: 'Hà Nội xếp thứ 2', words: ['Hà', 'Nội', 'xếp thứ', '2'], tags: { Hà: 'Name', Nội: 'Name' } },
  { text: '- Thổ Nhĩ Kỳ đã gửi hàng', words: ['-', 'Thổ', 'Nhĩ', 'Kỳ', 'đã', 'gửi', 'hàng'], tags: { Thổ: 'Name' } },
  // A pronoun of two syllables capitalised inside a sentence opens one the page lost its stop for.
  { text: 'Có 2 loại sinh đôi Chúng ta đều biết', words: ['Có', '2', 'loại', 'sinh đôi', 'Chúng ta', 'đều', 'biết'], breaks: 1 },
  // After a closing square bracket (a link to another article) a capital opens a sentence too.
  { text: '[Thêm 1 người tử vong] Hiện tại còn 9 nạn nhân', words: ['[', 'Thêm', '1', 'người', 'tử vong', ']', 'Hiện tại', 'còn', '9', 'nạn nhân'], tags: { 'Hiện tại': 'Time' } },
  // Acronyms and glued abbreviations are one word.
  { text: 'UBND TP.HCM và Sở GD-ĐT', words: ['UBND', 'TP.HCM', 'và', 'Sở', 'GD-ĐT'], tags: { UBND: 'Acronym', 'GD-ĐT': 'Acronym' } },
  // `nhất là` after an adjective in a label a colon closes is the superlative and `là`;
  // elsewhere the opener `especially`.
  { text: 'Ngưỡng kháng cự gần nhất là đỉnh cũ:', words: ['Ngưỡng', 'kháng cự', 'gần', 'nhất', 'là', 'đỉnh', 'cũ', ':'], tags: { gần: 'Adjective', là: 'Linking' } },
  { text: 'Nhiều tỉnh tăng mạnh, nhất là các tỉnh', words: ['Nhiều', 'tỉnh', 'tăng mạnh', ',', 'nhất là', 'các', 'tỉnh'], tags: { 'nhất là': 'Opener' } },
  // A cooperative group is one noun, not `tổ hợp` (a combination) and a stray verb.
  { text: 'Tổ trưởng Tổ hợp tác nghề cá', words: ['Tổ trưởng', 'Tổ hợp tác', 'nghề', 'cá'] },
  // The dot of a place word's short form before the place's name is no word (so no break);
  // after any other word it is a full stop.
  { text: 'thị trường TP. Hà Nội', words: ['thị trường', 'TP', 'Hà', 'Nội'] },
  { text: 'Giá tăng mạnh. Hà Nội', words: ['Giá', 'tăng mạnh', '.', 'Hà', 'Nội'] },
  // A function word that opens a longer word's rival stands alone: `bị` + `cáo buộc`, not `bị cáo`.
  { text: 'bà Vân bị cáo buộc', words: ['bà', 'Vân', 'bị', 'cáo buộc'], tags: { bị: 'Auxiliary' } },
  // So does a verb of revenue or spending before a noun (`thu` + `ngân sách`); with no rival it
  // keeps its word (`thu ngân`, a cashier), and a noun it opens stays one (`chi phí`).
  { text: 'thu ngân sách từ thuế tăng', words: ['thu', 'ngân sách', 'từ', 'thuế', 'tăng'] },
  { text: 'nhân viên thu ngân của siêu thị, chi phí vận chuyển', words: ['nhân viên', 'thu ngân', 'của', 'siêu thị', ',', 'chi phí', 'vận chuyển'] },
  // Verbs of the press the dictionary lacks are one word each (table EXTRA_VERBS).
  { text: 'Nhà nước nắm giữ cổ phần, công an tạm giữ đối tượng', words: ['Nhà nước', 'nắm giữ', 'cổ phần', ',', 'công an', 'tạm giữ', 'đối tượng'], tags: { 'nắm giữ': 'Verb', 'tạm giữ': 'Verb' } },
  // Both tone placements read alike: `hoà` and `hòa`.
  { text: 'hoà giải và hòa giải', words: ['hoà giải', 'và', 'hòa giải'] },
  // A capitalised function word after a lower-case word marks a lost full stop.
  { text: 'giáo viên đều thiếu Cả nước còn', words: ['giáo viên', 'đều', 'thiếu', 'Cả', 'nước', 'còn'], breaks: 1 },
  // After a name, only an opener set off by a comma marks one (a caption's credit before it) …
  { text: 'Ảnh: Thanh Hà Ngoài ra, công ty', words: ['Ảnh', ':', 'Thanh', 'Hà', 'Ngoài ra', ',', 'công ty'], breaks: 1 },
  // … not a preposition inside a name's phrase.
  { text: 'Sở Tài chính Theo dõi', words: ['Sở', 'Tài chính', 'Theo dõi'], breaks: 0 },
  // A capitalised pronoun after a noun is a country as often as a new sentence: no break.
  { text: 'lớn nhất nước Anh với giá', words: ['lớn nhất', 'nước', 'Anh', 'với', 'giá'], breaks: 0 },
  // After an owner or a preposition a capitalised pronoun is a country; elsewhere it stays a pronoun.
  // A number no figure was made of, with a unit of time after it, is a length of time (and a
  // part of the day after an hour is its time); after a noun of terms or a bound it stays the
  // noun's label.
  { text: 'khảo sát học sinh trong vòng 4 năm', words: ['khảo sát', 'học sinh', 'trong vòng', '4', 'năm'], tags: { 'trong vòng': 'Preposition', '4': 'Time', năm: 'Time' } },
  { text: 'niêm yết lúc 11 giờ trưa', words: ['niêm yết', 'lúc', '11', 'giờ', 'trưa'], tags: { '11': 'Time', trưa: 'Time' } },
  { text: 'trái phiếu kỳ hạn 10 năm', words: ['trái phiếu', 'kỳ hạn', '10', 'năm'], tags: { '10': 'Label' } },
  { text: 'xe sử dụng trên 15 năm', words: ['xe', 'sử dụng', 'trên', '15', 'năm'], tags: { '15': 'Label' } },
  { text: 'chỉ số FTSE tại Anh giảm', words: ['chỉ số', 'FTSE', 'tại', 'Anh', 'giảm'], tags: { Anh: 'Name' } },
  { text: 'cô ấy nói Anh đã về', words: ['cô', 'ấy', 'nói', 'Anh', 'đã', 'về'], tags: { Anh: 'Pronoun' } },
  // A determiner that is an auxiliary too keeps its jobs before a verb (`từng` + a verb, used to),
  // where one that determines nothing would be read as the noun it also is.
  { text: 'Nga từng có ý định mua', words: ['Nga', 'từng', 'có', 'ý định', 'mua'], tags: { từng: 'Auxiliary' } },
  // `liên quan` after a noun says what kind it is (an adjective); with `đến`/`tới` it is a preposition.
  { text: 'các cơ quan liên quan, người có liên quan', words: ['các', 'cơ quan', 'liên quan', ',', 'người', 'có liên quan'], tags: { 'liên quan': 'Adjective', 'có liên quan': 'Adjective' } },
  { text: 'các vấn đề liên quan đến đất đai', words: ['các', 'vấn đề', 'liên quan đến', 'đất đai'], tags: { 'liên quan đến': 'Preposition' } },
  // A clause opener that is also an adjective is the adjective right after a noun; it opens a
  // clause after a mark, before `là`, or after a name or a verb.
  { text: 'bệnh viện hạng đặc biệt cũng tăng', words: ['bệnh viện', 'hạng', 'đặc biệt', 'cũng', 'tăng'], tags: { 'đặc biệt': 'Adjective' } },
  { text: 'các tỉnh, đặc biệt là vùng cao', words: ['các', 'tỉnh', ',', 'đặc biệt', 'là', 'vùng cao'], tags: { 'đặc biệt': 'Opener' } },
  { text: 'các tỉnh đặc biệt là vùng cao', words: ['các', 'tỉnh', 'đặc biệt', 'là', 'vùng cao'], tags: { 'đặc biệt': 'Opener' } },
  // Before an adjective it grades it: `đặc biệt lớn` (extremely large).
  { text: 'số hàng bán đặc biệt lớn', words: ['số', 'hàng', 'bán', 'đặc biệt', 'lớn'], tags: { 'đặc biệt': 'Adjective' } },
  { text: 'ông Kane thực tế chỉ', words: ['ông', 'Kane', 'thực tế', 'chỉ'], tags: { 'thực tế': 'Opener' } },
  // Words of grammar the dictionary lacks come from the tables: degree, negation, request,
  // question words and `rằng`; `ai` stays out, since it opens `Ai Cập`.
  { text: 'công ty rất lớn, chẳng ai nói rằng gì', words: ['công ty', 'rất', 'lớn', ',', 'chẳng', 'ai', 'nói', 'rằng', 'gì'], tags: { rất: 'Adjective', chẳng: 'Auxiliary', rằng: 'Opener', gì: 'Pronoun' } },
  { text: 'Tổng thống Ai Cập', words: ['Tổng thống', 'Ai', 'Cập'], tags: { Ai: 'Name' } },
  // A head that counts stands alone before the noun its longer word would split.
  { text: 'số học sinh và môn số học', words: ['số', 'học sinh', 'và', 'môn', 'số học'] },
  // A quality of a linking verb and a measure stays one word where no figure follows (`có giá`, valuable).
  { text: 'một món quà có giá', words: ['một', 'món', 'quà', 'có giá'] },
  // A linking word written with its measure splits before a noun or verb that goes on the
  // measure's phrase; before a figure, or a word that only grades the level, it stays one.
  { text: 'tỉnh đạt tỷ lệ bao phủ là', words: ['tỉnh', 'đạt', 'tỷ lệ', 'bao phủ', 'là'], tags: { đạt: 'Linking', 'tỷ lệ': 'MeasureHead' } },
  { text: 'tỉnh đạt tỷ lệ 90 %', words: ['tỉnh', 'đạt tỷ lệ', '90', '%'] },
  { text: 'lượng khách đạt mức kỷ lục', words: ['lượng', 'khách', 'đạt mức', 'kỷ lục'] },
  // A number no figure took is a label.
  { text: 'BV hạng 1', words: ['BV', 'hạng', '1'], tags: { '1': 'Label' } },
  // A capitalised function word right after a lower-case administrative unit is the unit's
  // name (`Tuy` although, `Bà` Mrs); after a capitalised one, it keeps its job.
  { text: 'ở huyện Tuy An và tỉnh Bà Rịa', words: ['ở', 'huyện', 'Tuy', 'An', 'và', 'tỉnh', 'Bà', 'Rịa'], tags: { Tuy: 'Name', Bà: 'Name' } },
  { text: 'Tại xã, Theo đó', words: ['Tại', 'xã', ',', 'Theo đó'] },
];
