// Examples of page furniture and metadata in pasted articles: raw text in, cleaned text and
// metadata out. Run by tests/corpus.test.ts.
export interface CleanExample {
  raw: string;
  text: string;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  byline?: string | null;
}

export const CLEAN_EXAMPLES: CleanExample[] = [
  // Runs of spaces and tabs inside a line fold to one space; single spaces are left as they are.
  { raw: 'Doanh thu  đạt\t15.658   tỉ đồng, tăng \t 2,2%.', text: 'Doanh thu đạt 15.658 tỉ đồng, tăng 2,2%.' },
  // Two spaces before a capitalised word that a lower-case one follows join blocks a page set
  // apart (a sub-heading, a caption): each becomes a line; before a name's capitals they fold.
  { raw: 'Tiêu đề bài báo về nhà ở\nNhu cầu nhà ở xã hội rất lớn  Thành phố có khoảng 9 triệu dân.', text: 'Tiêu đề bài báo về nhà ở\nNhu cầu nhà ở xã hội rất lớn\nThành phố có khoảng 9 triệu dân.' },
  { raw: 'Tiêu đề bài báo về giá vàng\nGiá vàng tăng mạnh  Thị trường sôi động  Nhiều người mua vào.', text: 'Tiêu đề bài báo về giá vàng\nGiá vàng tăng mạnh\nThị trường sôi động\nNhiều người mua vào.' },
  { raw: 'Tiêu đề bài báo về nhà ở\nÔng Lê Văn An, Trưởng Công an xã  Ea Kao cho biết.', text: 'Tiêu đề bài báo về nhà ở\nÔng Lê Văn An, Trưởng Công an xã Ea Kao cho biết.' },
  { raw: '01:22 14/01/2020\n\nTiêu đề bài báo về chuyển đổi số\n\nNội dung chính của bài.', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung chính của bài.', published: '2020-01-14', title: 'Tiêu đề bài báo về chuyển đổi số' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\n\nĐăng ngày 10 - 08 - 2018\n100%\n\nNội dung.', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.', published: '2018-08-10' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nĐăng vào 02/10/2019\nNội dung.', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.', published: '2019-10-02' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nThứ Ba, 14/01/2020 - 08:15 (GMT+7)\nNội dung.', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.', published: '2020-01-14' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nCập nhật lúc 08:30 ngày 14/01/2020\nNội dung.', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.', published: '2020-01-14' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nThứ Ba ngày 14/01/2020\nNội dung.', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.', published: '2020-01-14' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\n14/01/2020 | 08:30\nNội dung.', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.', published: '2020-01-14' },
  { raw: '(Baothanhhoa.vn) - Năm 2018, ngành TT&TT thực hiện nhiệm vụ.\nTiêu đề thật của bài báo\nNội dung.', text: 'Năm 2018, ngành TT&TT thực hiện nhiệm vụ.\nTiêu đề thật của bài báo\nNội dung.', outlet: 'Baothanhhoa.vn', title: 'Tiêu đề thật của bài báo' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.\nTin, ảnh: Mạnh Minh (TTXVN)', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.', byline: 'Mạnh Minh (TTXVN)' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nNội dung dài của bài viết.\nĐỗ Hữu Quyết\nGiám đốc Sở TT&TT Thanh Hóa {name} - {time}\n Trả lời\n{body}\n0 bình luận\nÝ kiến của bạn sẽ được biên tập\nChia sẻ thông tin với bạn bè!\nTắt [X]', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung dài của bài viết.\nĐỗ Hữu Quyết\nGiám đốc Sở TT&TT Thanh Hóa', byline: 'Đỗ Hữu Quyết' },
  // A pen name of given names alone on the last line signs the article; a place there does not,
  // nor a pen name's shape on a line the body goes on after.
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nNội dung dài của bài viết.\nMinh Hương', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung dài của bài viết.\nMinh Hương', byline: 'Minh Hương' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nNội dung dài của bài viết.\nQuảng Ngãi', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung dài của bài viết.\nQuảng Ngãi', byline: null },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nThanh Nhị\nNội dung dài của bài viết.', text: 'Tiêu đề bài báo về chuyển đổi số\nThanh Nhị\nNội dung dài của bài viết.', byline: null },
  // An invitation to watch or read something else is page furniture.
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.\nMời độc giả xem video: Giá vàng lập đỉnh mới\nNội dung tiếp.', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.\nNội dung tiếp.' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nChú thích ảnh\nÔng A phát biểu.\nNội dung.', text: 'Tiêu đề bài báo về chuyển đổi số\nÔng A phát biểu.\nNội dung.' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.\nCó thể bạn quan tâm\n<image>data:image/s3,"s3://crabby-images/c6c3f/c6c3f21f7e6f9e0f3e4b37af31f2e12d2f4c7fc8" alt="Tin khác"</image>\nLễ hội Tắt đèn hưởng ứng giờ trái đất\nThi tìm hiểu lịch sử 70 năm ngành Y tế', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.\nTin mới nhất\nHưng Yên: 100% các xã triển khai phần mềm(15/03/2018 8:40 SA)\n°\n1824 người đang online', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.' },
  { raw: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.\nLiên kết nguồn tin: https://vietnamnet.vn/vn/bai-573207.html\nTin khác\nCục trưởng Cục Ứng dụng và Phát triển công nghệ...', text: 'Tiêu đề bài báo về chuyển đổi số\nNội dung.' },
  { raw: 'Tiêu\u00a0đề có\u200b khoảng trắng lạ của bài\r\nNội   dung\tmột  dòng.', text: 'Tiêu đề có khoảng trắng lạ của bài\nNội dung một dòng.' },
  { raw: '(Baothanhhoa.vn) - Lead.\nTin liên quan\nĐọc nhiều\nTiêu đề sau khối liên quan\nMột đoạn nội dung rất dài '.concat('x '.repeat(150)), text: 'Lead.\nTiêu đề sau khối liên quan\nMột đoạn nội dung rất dài '.concat('x '.repeat(150)).trimEnd(), title: 'Tiêu đề sau khối liên quan' },
];
