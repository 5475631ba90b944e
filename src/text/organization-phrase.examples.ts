// Examples of the organisation reader (organization-phrase.ts): a text that opens with an
// organisation and the name the reader must take from it, positives and negatives. (The
// officials' and decrees' examples hold more, in their sentences.) Run by tests/clause.test.ts.

export interface OrganizationExample {
  text: string;
  /** The organisation may open in lower case, after a title (`Trưởng ban quản lý …`). */
  anyCase?: boolean;
  name: string;
}

export const ORGANIZATION_EXAMPLES: OrganizationExample[] = [
  { text: 'Bộ Kế hoạch & Đầu tư cho biết.', name: 'Bộ Kế hoạch & Đầu tư' },
  { text: 'Sở Tài nguyên & Môi trường và các huyện phối hợp.', name: 'Sở Tài nguyên & Môi trường' },
  // Parts listed with commas, the last after `&` as after `và`.
  { text: 'Sở Văn hóa, Thể thao & Du lịch Hà Nam cho biết.', name: 'Sở Văn hóa, Thể thao & Du lịch Hà Nam' },
  { text: 'Ủy ban Văn hóa, Giáo dục & Thanh niên cho biết.', name: 'Ủy ban Văn hóa, Giáo dục & Thanh niên' },
  { text: 'Đảng ủy khối các cơ quan tỉnh Khánh Hòa cho biết.', name: 'Đảng ủy khối các cơ quan tỉnh Khánh Hòa' },
  // A branch named after its body, then by a place; not a branch of no named place.
  { text: 'Ngân hàng Nhà nước Việt Nam chi nhánh Đồng Nai cho biết.', name: 'Ngân hàng Nhà nước Việt Nam chi nhánh Đồng Nai' },
  { text: 'Vietcombank chi nhánh tỉnh Bình Dương cho biết.', name: 'Vietcombank chi nhánh tỉnh Bình Dương' },
  { text: 'Ngân hàng Nhà nước Việt Nam chi nhánh này cho biết.', name: 'Ngân hàng Nhà nước Việt Nam' },
  // Title case, sentence case, a predicate after a body's name.
  // `Phủ` (a head's office) heads a body: the title after it is the body's name.
  { text: 'Phủ Tổng thống Hàn Quốc cho biết.', name: 'Phủ Tổng thống Hàn Quốc' },
  // A department's fields written with a dash are one name, a place after it.
  { text: 'Sở Văn hóa - Thể thao Hà Nội cho biết.', name: 'Sở Văn hóa - Thể thao Hà Nội' },
  { text: 'Sở Giáo dục – Đào tạo tỉnh Nghệ An cho biết.', name: 'Sở Giáo dục – Đào tạo tỉnh Nghệ An' },
  // A lower-case syllable of a body's name that opens another word with the next one is read
  // in that word (`nhân tạo`, `trung học`), not cut after it; `nhân dân` stays a body's words.
  { text: 'khoa Thận nhân tạo cho biết.', anyCase: true, name: 'khoa Thận nhân tạo' },
  { text: 'Trường trung học phổ thông Lê Lợi cho biết.', name: 'Trường trung học phổ thông Lê Lợi' },
  { text: 'Tòa án nhân dân tối cao cho biết.', name: 'Tòa án nhân dân tối cao' },
  { text: 'Sở Thông tin và Truyền thông tỉnh Hải Dương phát biểu.', name: 'Sở Thông tin và Truyền thông tỉnh Hải Dương' },
  { text: 'Bộ Xây dựng tham gia Ban Chấp hành.', name: 'Bộ Xây dựng' },
  // A unit known by its number right after its head, or after `số`; a capitalised part may follow.
  { text: 'Công ty 238, đơn vị quản lý tuyến cao tốc, cho biết.', name: 'Công ty 238' },
  { text: 'Bệnh viện 108 cho biết bệnh nhân đã ổn định.', name: 'Bệnh viện 108' },
  { text: 'Lữ đoàn 171 Hải quân đã tổ chức diễn tập.', name: 'Lữ đoàn 171 Hải quân' },
  { text: 'Tổng công ty 319 Bộ Quốc phòng cho biết.', name: 'Tổng công ty 319 Bộ Quốc phòng' },
  { text: 'Công ty CP Đấu giá số 5 Quốc gia cho biết.', name: 'Công ty CP Đấu giá số 5 Quốc gia' },
  { text: 'Trường THCS số 2 Nam Lý tổ chức lễ khai giảng.', name: 'Trường THCS số 2 Nam Lý' },
  // (Not a number that counts, nor one a document's code follows.)
  { text: 'Công ty 100 tấn/năm là công suất thiết kế.', name: 'Công ty' },
  { text: 'Công ty Hòa Bình số 15 người bị thương.', name: 'Công ty Hòa Bình' },
  { text: 'UBND tỉnh số 123/QĐ-UBND ngày 5/6/2017.', name: 'UBND tỉnh' },
  // A part's word of three syllables; a head after `Tổng` whose first syllable is capitalised.
  { text: 'Công ty Cổ phần Đầu tư Bất động sản Việt Nam đã khởi kiện.', name: 'Công ty Cổ phần Đầu tư Bất động sản Việt Nam' },
  { text: 'Tổng Liên đoàn Lao động Việt Nam bày tỏ lo ngại.', name: 'Tổng Liên đoàn Lao động Việt Nam' },
  // A head opened in lower case after a title; a verb right after it names what the body does.
  { text: 'ban quản lý Khu nghỉ mát Suối Voi cho biết.', anyCase: true, name: 'ban quản lý Khu nghỉ mát Suối Voi' },
  // After `Trung tâm`, a verb of estimating or saying names the centre's task; after another
  // head it is the predicate.
  { text: 'Trung tâm dự báo khí tượng thủy văn tỉnh Lào Cai cho biết.', name: 'Trung tâm dự báo khí tượng thủy văn tỉnh Lào Cai' },
  { text: 'Trung tâm đánh giá kỹ năng nghề cho biết.', name: 'Trung tâm đánh giá kỹ năng nghề' },
  { text: 'Vụ Giáo dục đại học nhận định như vậy.', name: 'Vụ Giáo dục đại học' },
  // A capitalised verb or a union takes its plural object with `các` (not a verb in lower case, the predicate's).
  { text: 'Ban Quản lý các khu công nghiệp tỉnh Hà Nam cho biết.', name: 'Ban Quản lý các khu công nghiệp tỉnh Hà Nam' },
  { text: 'Liên hiệp các tổ chức hữu nghị Việt Nam cho rằng.', name: 'Liên hiệp các tổ chức hữu nghị Việt Nam' },
  { text: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam cho rằng.', name: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam' },
  // Standing bodies whose names break the capitalisation rules.
  { text: 'Ủy ban Về các vấn đề xã hội cho biết.', name: 'Ủy ban Về các vấn đề xã hội' },
  // A head word ending a run of capitals is a name's syllable: no verb goes on after it.
  { text: 'UBND TP HCM Lê Văn Khoa dẫn đầu đoàn kiểm tra.', name: 'UBND TP HCM Lê Văn Khoa' },
];
