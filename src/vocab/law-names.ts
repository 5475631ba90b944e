// The names of Vietnam's codes, laws and ordinances as the National Assembly titles them
// (without a year). A law cited by one of these names is read to the name's end: a name the
// word-by-word reader cuts short at a comma or a `và` (`Luật Cán bộ, công chức`, `Luật Hôn
// nhân và gia đình`) is read whole, and one it runs on past its end (`Bộ luật Hình sự vốn …`)
// stops there. Names not listed are still read, word by word (decrees/extract.ts).

export const CODE_NAMES = [
  'Dân sự', 'Hình sự', 'Lao động', 'Tố tụng dân sự', 'Tố tụng hình sự', 'Hàng hải Việt Nam', 'Hàng hải',
];

export const LAW_NAMES = [
  'An ninh mạng', 'An ninh quốc gia', 'An toàn thông tin mạng', 'An toàn thực phẩm', 'An toàn, vệ sinh lao động',
  'An toàn giao thông đường bộ', 'Ban hành văn bản quy phạm pháp luật', 'Bảo hiểm tiền gửi', 'Bảo hiểm xã hội', 'Bảo hiểm y tế',
  'Bảo vệ bí mật nhà nước', 'Bí mật nhà nước', 'Bảo vệ môi trường', 'Bảo vệ quyền lợi người tiêu dùng', 'Bảo vệ và kiểm dịch thực vật',
  'Bảo vệ và phát triển rừng', 'Bảo vệ sức khỏe nhân dân', 'Biên giới quốc gia', 'Biển Việt Nam', 'Bình đẳng giới', 'Báo chí',
  'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân', 'Bưu chính', 'Cán bộ, công chức', 'Cảnh sát biển Việt Nam',
  'Cảnh sát cơ động', 'Cảnh vệ', 'Căn cước công dân', 'Chăn nuôi', 'Chất lượng sản phẩm, hàng hóa', 'Chứng khoán',
  'Chuyển giao công nghệ', 'Các tổ chức tín dụng', 'Công an nhân dân', 'Công chứng', 'Công đoàn', 'Công nghệ cao',
  'Công nghệ thông tin', 'Cư trú', 'Cạnh tranh', 'Dân quân tự vệ', 'Di sản văn hóa', 'Doanh nghiệp', 'Du lịch', 'Dược',
  'Dạy nghề', 'Dầu khí', 'Đa dạng sinh học', 'Đặc xá', 'Đất đai', 'Đấu giá tài sản', 'Đấu thầu', 'Đầu tư', 'Đầu tư công',
  'Đầu tư nước ngoài', 'Đầu tư theo phương thức đối tác công tư', 'Điện ảnh', 'Điện lực', 'Điều ước quốc tế', 'Đo lường',
  'Đường sắt', 'Giá', 'Giám định tư pháp', 'Giáo dục', 'Giáo dục đại học', 'Giáo dục nghề nghiệp', 'Giao dịch điện tử',
  'Giao thông đường bộ', 'Giao thông đường thủy nội địa', 'Hải quan', 'Hàng không dân dụng Việt Nam', 'Hóa chất',
  'Hòa giải ở cơ sở', 'Hôn nhân và gia đình', 'Hộ tịch', 'Hợp tác xã', 'Hỗ trợ doanh nghiệp nhỏ và vừa',
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân', 'Khám bệnh, chữa bệnh', 'Khiếu nại', 'Khí tượng thủy văn',
  'Khoa học và công nghệ', 'Kiểm toán độc lập', 'Kiểm toán nhà nước', 'Kiến trúc', 'Kinh doanh bảo hiểm',
  'Kinh doanh bất động sản', 'Kế toán', 'Lâm nghiệp', 'Luật sư', 'Lý lịch tư pháp', 'Mặt trận Tổ quốc Việt Nam',
  'Ngân hàng Nhà nước Việt Nam', 'Ngân sách nhà nước', 'Người cao tuổi', 'Người khuyết tật',
  'Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng', 'Nghĩa vụ quân sự', 'Nhà ở', 'Nuôi con nuôi',
  'Năng lượng nguyên tử', 'Phá sản', 'Phí và lệ phí', 'Phòng cháy và chữa cháy', 'Phòng, chống tham nhũng',
  'Phòng, chống tác hại của thuốc lá', 'Phòng, chống tác hại của rượu, bia', 'Phòng, chống thiên tai', 'Phòng, chống rửa tiền',
  'Phòng, chống ma túy', 'Phòng, chống mua bán người', 'Phòng, chống bạo lực gia đình', 'Phòng, chống khủng bố',
  'Phòng, chống bệnh truyền nhiễm', 'Phổ biến, giáo dục pháp luật', 'Quảng cáo', 'Quản lý nợ công', 'Quản lý thuế',
  'Quản lý ngoại thương', 'Quản lý, sử dụng tài sản công', 'Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
  'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp', 'Quy hoạch', 'Quy hoạch đô thị',
  'Quốc phòng', 'Quốc tịch Việt Nam', 'Sở hữu trí tuệ', 'Sĩ quan Quân đội nhân dân Việt Nam', 'Tài nguyên nước',
  'Tài nguyên, môi trường biển và hải đảo', 'Tần số vô tuyến điện', 'Thanh niên', 'Thanh tra', 'Thi đua, khen thưởng',
  'Thi hành án dân sự', 'Thi hành án hình sự', 'Thi hành tạm giữ, tạm giam', 'Thú y', 'Thủy lợi', 'Thủy sản', 'Thống kê',
  'Thuế giá trị gia tăng', 'Thuế thu nhập cá nhân', 'Thuế thu nhập doanh nghiệp', 'Thuế tiêu thụ đặc biệt',
  'Thuế xuất khẩu, thuế nhập khẩu', 'Thuế bảo vệ môi trường', 'Thuế tài nguyên', 'Thuế sử dụng đất nông nghiệp',
  'Thuế sử dụng đất phi nông nghiệp', 'Thư viện', 'Thể dục, thể thao', 'Thủ đô', 'Tiếp cận thông tin', 'Tiếp công dân',
  'Tiêu chuẩn và quy chuẩn kỹ thuật', 'Tín ngưỡng, tôn giáo', 'Tố cáo', 'Tố tụng hành chính', 'Tổ chức Chính phủ',
  'Tổ chức chính quyền địa phương', 'Tổ chức Quốc hội', 'Tổ chức Tòa án nhân dân', 'Tổ chức Viện kiểm sát nhân dân',
  'Trách nhiệm bồi thường của Nhà nước', 'Trẻ em', 'Trồng trọt', 'Trợ giúp pháp lý', 'Tương trợ tư pháp', 'Viên chức',
  'Viễn thông', 'Việc làm', 'Xây dựng', 'Xử lý vi phạm hành chính', 'Xuất bản', 'Xuất cảnh, nhập cảnh của công dân Việt Nam',
  'Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam', 'Thương mại', 'Doanh nghiệp nhà nước',
  'Đầu tư nước ngoài tại Việt Nam', 'Khuyến khích đầu tư trong nước', 'Tổ chức Hội đồng nhân dân và Ủy ban nhân dân',
  'Đơn vị hành chính - kinh tế đặc biệt',
];

export const ORDINANCE_NAMES = ['Ngoại hối', 'Xử lý vi phạm hành chính', 'Ưu đãi người có công với cách mạng', 'Quản lý thị trường'];
