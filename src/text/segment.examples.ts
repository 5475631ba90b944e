// Examples of sentence segmentation: a text and the sentences it must give.
// Run by tests/corpus.test.ts.
export const SEGMENT_EXAMPLES: Array<[string, string[]]> = [
  ['Doanh thu ước đạt 15.658 tỉ đồng, tăng 2,2% so với năm 2018. Đến nay, 80% hạ tầng đã ngầm hóa.', ['Doanh thu ước đạt 15.658 tỉ đồng, tăng 2,2% so với năm 2018.', 'Đến nay, 80% hạ tầng đã ngầm hóa.']],
  ['Ngày 14/1, Sở tổ chức hội nghị. Ngày 9.8, Đoàn kiểm tra làm việc.', ['Ngày 14/1, Sở tổ chức hội nghị.', 'Ngày 9.8, Đoàn kiểm tra làm việc.']],
  ['Hội thảo diễn ra tại TP. Hồ Chí Minh vào tuần tới.', ['Hội thảo diễn ra tại TP. Hồ Chí Minh vào tuần tới.']],
  ['Theo TS. Nguyễn Văn A, PGS. Trần Văn B và ThS. Lê C, kết quả tốt.', ['Theo TS. Nguyễn Văn A, PGS. Trần Văn B và ThS. Lê C, kết quả tốt.']],
  ['Cửa hàng ở Q.1 và Q. 3 đông khách.', ['Cửa hàng ở Q.1 và Q. 3 đông khách.']],
  ['Ông Nguyễn V. A. phát biểu.', ['Ông Nguyễn V. A. phát biểu.']],
  ['Nhiệt độ kỷ lục là -71 độ C. Tuy vậy, mùa hè rất nóng.', ['Nhiệt độ kỷ lục là -71 độ C.', 'Tuy vậy, mùa hè rất nóng.']],
  ['Trời nắng 38°C. Chiều mưa rào.', ['Trời nắng 38°C.', 'Chiều mưa rào.']],
  ['Mục tiêu là 100%! Đạt được không? Chắc chắn rồi…', ['Mục tiêu là 100%!', 'Đạt được không?', 'Chắc chắn rồi…']],
  ['Ông nói: “Sẽ làm ngay.” Sau đó ông rời đi.', ['Ông nói: “Sẽ làm ngay.”', 'Sau đó ông rời đi.']],
  ['Kết quả:\n- 12/12 huyện đạt chuẩn;\n- 244/264 xã đạt chuẩn.', ['Kết quả:', '- 12/12 huyện đạt chuẩn;', '- 244/264 xã đạt chuẩn.']],
  // A bullet opens a list item of its own, after a stop or not; a bullet before no capital does not.
  ['Quân đội chiếm lại Ma-ra-uy. ★ Ngày 10-6, 13 binh sĩ hy sinh.', ['Quân đội chiếm lại Ma-ra-uy.', '★ Ngày 10-6, 13 binh sĩ hy sinh.']],
  ['Gồm các ngành sau: • Công nghiệp thực phẩm • Dệt may.', ['Gồm các ngành sau:', '• Công nghiệp thực phẩm', '• Dệt may.']],
  ['Điểm số ★ cao nhất là 9.', ['Điểm số ★ cao nhất là 9.']],
  ['Các hạng mục v.v. đều xong. Năm 2020 bắt đầu.', ['Các hạng mục v.v. đều xong.', 'Năm 2020 bắt đầu.']],
  ['Phiên bản 4.0 ra mắt. 5G được thử nghiệm.', ['Phiên bản 4.0 ra mắt.', '5G được thử nghiệm.']],
  ['giảm còn 1,9%. tỷ lệ tiếp tục giảm', ['giảm còn 1,9%. tỷ lệ tiếp tục giảm']],
  ['Dòng thứ nhất\nDòng thứ hai', ['Dòng thứ nhất', 'Dòng thứ hai']],
  // A photo credit glued to the next sentence ends where that sentence starts: at a capitalised
  // word followed by a lower-case one, or at an organisation's head before it.
  ['Cầu được thông xe cuối năm 2018. Ảnh: Minh Khôi Kế hoạch của tỉnh là làm thêm 12 cây cầu.', ['Cầu được thông xe cuối năm 2018.', 'Ảnh: Minh Khôi', 'Kế hoạch của tỉnh là làm thêm 12 cây cầu.']],
  ['Ảnh: Đ.Loan Bộ Giao thông Vận tải vừa phê duyệt 21 dự án.', ['Ảnh: Đ.Loan', 'Bộ Giao thông Vận tải vừa phê duyệt 21 dự án.']],
  // A credit in brackets ends its caption; a capitalised word after it opens a sentence.
  ['Xe càng nhẹ càng tiết kiệm nhiên liệu (Ảnh minh họa) Chọn xe phù hợp là điều quan trọng.', ['Xe càng nhẹ càng tiết kiệm nhiên liệu (Ảnh minh họa)', 'Chọn xe phù hợp là điều quan trọng.']],
  ['Doanh thu tăng mạnh (Ảnh: TTXVN) so với năm trước.', ['Doanh thu tăng mạnh (Ảnh: TTXVN) so với năm trước.']],
  ['Ảnh: Reuters. 58 người đã thiệt mạng.', ['Ảnh: Reuters.', '58 người đã thiệt mạng.']],
  // A credit on a line of its own ends with the line: the next line is not searched.
  ['Ảnh: TTXVN\nÔng Nguyễn Văn An cho biết.', ['Ảnh: TTXVN', 'Ông Nguyễn Văn An cho biết.']],
  ['Ảnh: Nông dân xóm 8 giữ ấm cho mạ.', ['Ảnh: Nông dân xóm 8 giữ ấm cho mạ.']],
  // Without a colon, a credit opens only where a sentence starts and a capitalised word follows.
  ['Công nhân lắp đặt trạm bơm. Ảnh Lê Minh Tổng số hợp tác xã là 340.', ['Công nhân lắp đặt trạm bơm.', 'Ảnh Lê Minh', 'Tổng số hợp tác xã là 340.']],
  ['Ảnh hưởng của bão Damrey Nhiều nơi mất điện.', ['Ảnh hưởng của bão Damrey Nhiều nơi mất điện.']],
  ['Triển lãm Ảnh Hà Nội Xưa Nay mở cửa tuần tới.', ['Triển lãm Ảnh Hà Nội Xưa Nay mở cửa tuần tới.']],
  // A heading with no stop run into its paragraph ends where a capitalised paragraph opener
  // follows a word with no mark between; after a comma, or in lower case, it goes on.
  ['Giá vàng lập đỉnh mới Theo ghi nhận, giá vàng tăng 5%.', ['Giá vàng lập đỉnh mới', 'Theo ghi nhận, giá vàng tăng 5%.']],
  ['Kinh tế tư nhân đóng góp 40% GDP Về doanh nghiệp, số lượng tăng mạnh.', ['Kinh tế tư nhân đóng góp 40% GDP', 'Về doanh nghiệp, số lượng tăng mạnh.']],
  ['Giá xăng giữ nguyên, Theo đó người dân yên tâm.', ['Giá xăng giữ nguyên, Theo đó người dân yên tâm.']],
  ['Doanh thu tăng mạnh theo báo cáo của công ty.', ['Doanh thu tăng mạnh theo báo cáo của công ty.']],
];
