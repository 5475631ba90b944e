// Examples of the owner reader: in each sentence, whether `phrase` (its first occurrence)
// names an owner of a figure. Run by tests/clause.test.ts.

export interface OwnerExample {
  sentence: string;
  phrase: string;
  owner: boolean;
}

export const OWNER_EXAMPLES: OwnerExample[] = [
  // Places, bodies, companies, people: by name, acronym or head noun.
  { sentence: 'Năm nay, Hải Dương thu ngân sách 18.000 tỷ đồng.', phrase: 'Hải Dương', owner: true },
  { sentence: 'Doanh thu của TKV đạt 120.000 tỷ đồng.', phrase: 'TKV', owner: true },
  { sentence: 'Toàn tỉnh có 235 xã đạt chuẩn nông thôn mới.', phrase: 'Toàn tỉnh', owner: true },
  { sentence: 'Cả nước có 23.600 dự án còn hiệu lực.', phrase: 'Cả nước', owner: true },
  { sentence: 'Các tổ chức tín dụng đã giảm 0,5% lãi suất cho vay.', phrase: 'Các tổ chức tín dụng', owner: true },
  { sentence: 'Sau đó, công ty này đã xuất 500 hóa đơn khống.', phrase: 'công ty này', owner: true },
  { sentence: 'Đến nay, ngư dân đã đóng mới 21 tàu cá.', phrase: 'ngư dân', owner: true },
  { sentence: 'Trong khi đó, tỷ lệ thất nghiệp ở nam giới tăng lên 2,9%.', phrase: 'nam giới', owner: true },
  { sentence: 'Kết quả ở cấp huyện đạt 24%.', phrase: 'cấp huyện', owner: true },
  { sentence: 'Bốn giám đốc chi nhánh chiếm đoạt 10 tỷ đồng.', phrase: 'Bốn giám đốc chi nhánh', owner: true },
  // A capitalised word the dictionary knows first as a verb, or a measure, heads no name (a
  // caption's or a table row's words); followed by a name it is part of one.
  { sentence: 'Theo bảng thống kê Giao bóng 1 ăn điểm đạt 67%.', phrase: 'Giao bóng', owner: false },
  { sentence: 'Mức phạt với tội Chiếm đoạt tài sản là 500 triệu đồng.', phrase: 'Chiếm đoạt tài sản', owner: false },
  { sentence: 'Năm nay, Xây dựng HBC đạt doanh thu 100 tỷ đồng.', phrase: 'Xây dựng HBC', owner: true },
  // A stock exchange's floor is a place.
  { sentence: 'Toàn sàn có 68 mã tăng giá.', phrase: 'Toàn sàn', owner: true },
  // A group's noun counts the people after it, who are the head (`cặp vợ chồng`, `tốp công nhân`).
  { sentence: 'Những cặp vợ chồng giáo viên có thể thuê 2 căn hộ.', phrase: 'Những cặp vợ chồng giáo viên', owner: true },
  { sentence: 'Một tốp công nhân đã dựng 3 lán trại.', phrase: 'Một tốp công nhân', owner: true },
  // A compound read as one word is judged by its leading part of two syllables or more …
  { sentence: 'Có 48 trang thông tin của các cơ quan hành chính Nhà nước.', phrase: 'các cơ quan hành chính Nhà nước', owner: true },
  // A level mark names a level only with its tier.
  { sentence: 'Kết quả ở cấp huyện đạt 24%, cấp được 1.100 chữ ký số.', phrase: 'cấp', owner: false },
  // … never by one syllable: a conference is no association.
  { sentence: 'Thủ tướng đánh giá cao 3 nghị quyết của hội nghị.', phrase: 'hội nghị', owner: false },
  { sentence: 'Mỗi người phải nộp 5,2 triệu đồng.', phrase: 'Mỗi người', owner: true },
  { sentence: 'Theo ông Nguyễn Văn An, lợi nhuận tăng 12%.', phrase: 'ông Nguyễn Văn An', owner: true },
  { sentence: 'Bộ trưởng Nguyễn Văn Thể đã ký 12 quyết định.', phrase: 'Bộ trưởng Nguyễn Văn Thể', owner: true },
  { sentence: 'Thanh Hóa có tới 90% trường chưa có nhân viên y tế.', phrase: 'Thanh Hóa', owner: true },
  // Things, events and reasons are no owners: the subject is left empty.
  { sentence: 'Điều này khiến giá tăng 250%.', phrase: 'Điều này', owner: false },
  { sentence: 'Nguyên nhân là lãi suất giảm 3%.', phrase: 'Nguyên nhân', owner: false },
  { sentence: 'Các mức tương ứng là 362.800 đồng/ngày.', phrase: 'Các mức', owner: false },
  { sentence: 'Tuy nhiên việc EVN cắt giảm 2 triệu tấn than làm tồn kho tăng.', phrase: 'việc EVN', owner: false },
  { sentence: 'Phương án sắp xếp lao động có 464 người.', phrase: 'Phương án', owner: false },
  { sentence: 'Còn 18.000 tỷ ở đâu?', phrase: 'đâu', owner: false },
  { sentence: 'Ông cho biết doanh thu đạt 5 tỷ đồng.', phrase: 'Ông', owner: false },
  // A lower-case word before a name is no part of it (`thương` = pitying).
  { sentence: 'Theo đó, thương Mai Loan không thể tự đi lại, Linh đã 4 lần cõng bạn.', phrase: 'thương Mai Loan', owner: false },
  { sentence: 'Đợt 1 vào tháng 5 sẽ điều chỉnh học phí ở 20 tỉnh.', phrase: 'Đợt 1', owner: false },
  { sentence: 'Dịch vụ công mức độ 4 có 17 đơn vị triển khai.', phrase: '4', owner: false },
  // A whole read as two words: the economy.
  { sentence: 'Tín dụng của nền kinh tế tăng 9%.', phrase: 'nền kinh tế', owner: true },
  // Nor are vehicles and goods (SPEC: a place, body, company, country or person).
  { sentence: 'Xe chạy với tốc độ 120km/h.', phrase: 'Xe', owner: false },
];
