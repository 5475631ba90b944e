// Examples of the decree rules: a citation in its sentence and the records it must give
// (only the fields listed are checked; `[]` means no document). Run by tests/extractors.test.ts.
import type { DecreeRecord } from '../../schema/records.js';

export interface DecreeExample {
  text: string;
  published?: string;
  expect: Array<Partial<DecreeRecord>>;
}

export const DECREE_EXAMPLES: DecreeExample[] = [
  // Symbol shapes
  // An amending law is one document, its `Sửa đổi` capitalised or not.
  { text: 'Chính phủ trình dự án Luật Sửa đổi, bổ sung một số điều của Luật Kinh doanh bảo hiểm.', expect: [{ doc_type: 'Luật', name: 'Luật Sửa đổi, bổ sung một số điều của Luật Kinh doanh bảo hiểm' }] },
  // `Luật` as a school's or a study's name, or the law in general before a word that only
  // qualifies, is no document.
  { text: 'Cô là sinh viên khoa Luật nổi tiếng học giỏi.', expect: [] },
  { text: 'Anh tốt nghiệp ĐH Luật TP.HCM năm 2015.', expect: [] },
  { text: 'Ngân hàng làm theo quy định vì đây là văn bản Luật cao nhất.', expect: [] },
  // A law's name the tables know is read to its end, over a comma or a `và`, a year kept; the
  // reading stops there when words run on; a name the tables lack is read word by word.
  { text: 'Quốc hội đã thông qua Luật Cán bộ, công chức năm 2008.', expect: [{ doc_type: 'Luật', name: 'Luật Cán bộ, công chức năm 2008' }] },
  { text: 'Theo Bộ luật Hình sự vốn được coi là nghiêm khắc, hành vi này bị phạt tù.', expect: [{ doc_type: 'Bộ luật', name: 'Bộ luật Hình sự' }] },
  { text: 'Dự thảo Luật Thuế tài sản đang được lấy ý kiến.', expect: [{ doc_type: 'Luật', name: 'Luật Thuế tài sản', draft: true }] },
  {
    text: 'Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư; triển khai các nhiệm vụ.',
    expect: [{ doc_type: 'Nghị quyết', number: '52', symbol: '52-NQ/TW', year: 2019, issuer_code: 'TW', issuer: 'Bộ Chính trị', issued: '2019-09-27', subject: 'một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư' }],
  },
  { text: 'Theo Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ.', expect: [{ doc_type: 'Quyết định', number: '81', symbol: '81/2014/QĐ-TTg', year: 2014, issuer_code: 'TTg', issuer: 'Thủ tướng Chính phủ', issued: null }] },
  { text: 'Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân có hiệu lực.', expect: [{ doc_type: 'Nghị định', symbol: '13/2023/NĐ-CP', year: 2023, issuer_code: 'CP', issuer: 'Chính phủ', subject: 'bảo vệ dữ liệu cá nhân' }] },
  { text: 'Luật số 24/2018/QH14 được Quốc hội thông qua.', expect: [{ doc_type: 'Luật', symbol: '24/2018/QH14', year: 2018, issuer_code: 'QH', issuer: 'Quốc hội' }] },
  { text: 'UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 7 tháng 2 năm 2020.', expect: [{ doc_type: 'Kế hoạch', symbol: '45/KH-UBND', issuer_code: 'UBND', issued: '2020-02-07', year: 2020 }] },
  { text: 'Thực hiện Công văn số 11248/UBND-THKH ngày 14-9-2018 của Chủ tịch UBND tỉnh.', expect: [{ doc_type: 'Công văn', symbol: '11248/UBND-THKH', issuer_code: 'UBND', issuer: 'Chủ tịch UBND tỉnh', issued: '2018-09-14', year: 2018 }] },
  { text: 'Theo văn bản 571/VPCP-KTTH ngày 19.1.2017 của VPCP.', expect: [{ doc_type: 'Công văn', symbol: '571/VPCP-KTTH', issuer: 'VPCP', issued: '2017-01-19' }] },
  { text: 'Quyết định số 289-QĐ/TU của Tỉnh ủy Thanh Hóa.', expect: [{ doc_type: 'Quyết định', symbol: '289-QĐ/TU', issuer_code: 'TU', issuer: 'Tỉnh ủy Thanh Hóa' }] },
  { text: 'Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập.', expect: [{ doc_type: 'Chỉ thị', symbol: '05-CT/TW', issuer: 'Bộ Chính trị' }] },
  { text: 'Thông tư 24/2014/TT-BTNMT ngày 19/5/2014 của Bộ Tài nguyên và Môi trường.', expect: [{ doc_type: 'Thông tư', symbol: '24/2014/TT-BTNMT', issuer: 'Bộ Tài nguyên và Môi trường', issued: '2014-05-19' }] },
  // A joint document's code names every issuer.
  { text: 'Thông tư liên tịch số 03/2001/TTLT-NHNN-BTP ngày 23/4/2001.', expect: [{ doc_type: 'Thông tư liên tịch', symbol: '03/2001/TTLT-NHNN-BTP', issuer_code: 'NHNN-BTP', issuer: 'Ngân hàng Nhà nước Việt Nam, Bộ Tư pháp' }] },
  // A party code that several bodies use (`TW`: the Central Committee, the Politburo, the Secretariat) names no issuer by itself.
  { text: 'Nghị quyết số 52-NQ/TW được ban hành.', expect: [{ symbol: '52-NQ/TW', issuer_code: 'TW', issuer: null }] },
  { text: 'Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị.', expect: [{ doc_type: 'Kết luận', symbol: '14-KL/TW', issued: '2021-09-22' }] },
  { text: 'Thông báo số 120/TB-VPCP của Văn phòng Chính phủ.', expect: [{ doc_type: 'Thông báo', symbol: '120/TB-VPCP', issuer: 'Văn phòng Chính phủ' }] },
  { text: 'Công điện số 2144/CĐ-TTg của Thủ tướng.', expect: [{ doc_type: 'Công điện', symbol: '2144/CĐ-TTg', issuer: 'Thủ tướng' }] },
  { text: 'Hướng dẫn số 12/HD-BTC về quyết toán.', expect: [{ doc_type: 'Hướng dẫn', symbol: '12/HD-BTC', issuer_code: 'BTC', issuer: 'Bộ Tài chính' }] },
  { text: 'Tờ trình số 45/TTr-UBND của UBND tỉnh.', expect: [{ doc_type: 'Tờ trình', symbol: '45/TTr-UBND', issuer: 'UBND tỉnh' }] },
  { text: 'Văn bản hợp nhất số 01/VBHN-BTTTT năm 2020.', expect: [{ doc_type: 'Văn bản hợp nhất', symbol: '01/VBHN-BTTTT', issuer_code: 'BTTTT', issuer: 'Bộ Thông tin và Truyền thông' }] },
  { text: 'Quyết định số 1338/2004/QĐ-BYT ngày 14/4/2004 của Bộ trưởng Bộ Y tế.', expect: [{ symbol: '1338/2004/QĐ-BYT', issuer: 'Bộ trưởng Bộ Y tế', issued: '2004-04-14' }] },
  { text: 'Quy định số 66-QĐi/TW của Ban Chấp hành Trung ương.', expect: [{ doc_type: 'Quy định', symbol: '66-QĐi/TW', issuer: 'Ban Chấp hành Trung ương' }] },
  { text: 'Thông tư 02/2025/TT-BKHĐT hướng dẫn đấu thầu.', expect: [{ symbol: '02/2025/TT-BKHĐT', issuer: 'Bộ Kế hoạch và Đầu tư' }] },
  { text: 'Thông tư 05/2026/TT-BKHĐT.', expect: [{ symbol: '05/2026/TT-BKHĐT', issuer: null }] },
  { text: 'Nghị quyết số 52 - NQ/TW được quán triệt.', expect: [{ symbol: '52-NQ/TW' }] },
  // An en dash before a code in capitals is the symbol's hyphen; before a word, prose.
  { text: 'Theo Thông tư số 12/2016/TT – BXD, ngày 30/6/2016, chủ đầu tư phải xin phép.', expect: [{ symbol: '12/2016/TT-BXD', issuer: 'Bộ Xây dựng', issued: '2016-06-30' }] },
  { text: 'Theo Nghị định 15/2016/NĐ-CP – Chính phủ yêu cầu các bộ rà soát.', expect: [{ symbol: '15/2016/NĐ-CP' }] },
  // A bare number is the symbol; without `số` a number is part of the name
  { text: 'Nghị quyết số 116 của HĐND tỉnh và Quyết định số 01/QĐ-UBND của UBND tỉnh về ban hành Kế hoạch hành động.', expect: [{ doc_type: 'Nghị quyết', number: '116', symbol: '116', issuer: 'HĐND tỉnh', subject: null }, { doc_type: 'Quyết định', symbol: '01/QĐ-UBND', issuer: 'UBND tỉnh', subject: 'ban hành Kế hoạch hành động' }] },
  { text: 'Cùng với đó là việc thực hiện Đề án 06 về "Phát triển ứng dụng dữ liệu quốc gia về dân cư".', expect: [{ doc_type: 'Đề án', number: '06', symbol: null, name: 'Đề án 06', subject: 'Phát triển ứng dụng dữ liệu quốc gia về dân cư' }] },
  // A short number without `số` is the symbol too; `Đề án 06` keeps it in its name.
  { text: 'Thực hiện Nghị quyết 39 của Bộ Chính trị.', expect: [{ doc_type: 'Nghị quyết', number: '39', symbol: '39', name: null, issuer: 'Bộ Chính trị' }] },
  { text: 'Theo Nghị định 105 năm 2014 của Chính phủ, Thông tư 22 và Quyết định 58 thì việc này phải làm.', expect: [{ doc_type: 'Nghị định', symbol: '105', year: 2014, issuer: 'Chính phủ' }, { doc_type: 'Thông tư', symbol: '22' }, { doc_type: 'Quyết định', symbol: '58' }] },
  { text: 'Thực hiện Chỉ thị 03, 05 của Bộ Chính trị về công tác cán bộ.', expect: [{ doc_type: 'Chỉ thị', symbol: '03', issuer: 'Bộ Chính trị' }, { doc_type: 'Chỉ thị', symbol: '05', issuer: 'Bộ Chính trị' }] },
  { text: 'Thực hiện văn bản 567 của Bộ Tài chính.', expect: [{ doc_type: 'Công văn', symbol: '567', issuer: 'Bộ Tài chính' }] },
  { text: 'Theo công văn số 2718 ngày 22/3/2017 của Văn phòng Chính phủ, các bộ phải báo cáo.', expect: [{ doc_type: 'Công văn', symbol: '2718', issued: '2017-03-22', issuer: 'Văn phòng Chính phủ' }] },
  { text: 'Tỉnh lập Kế hoạch 5 năm và Quyết định 3 người đi học.', expect: [] },
  // A scale after the number makes it an amount; an option's ordinal is no document unless an
  // issuer, a date or a year says it is.
  { text: 'Kế hoạch 200 triệu đồng của xã bị đình lại.', expect: [] },
  // A licence numbered as an office's documents are; `giấy phép` before a count is none.
  { text: 'Thứ trưởng đã ký Giấy phép số 25/GP-BTNMT cho công ty.', expect: [{ doc_type: 'Giấy phép', symbol: '25/GP-BTNMT', issuer: 'Bộ Tài nguyên và Môi trường' }] },
  { text: 'Sở đã rút giấy phép 4 doanh nghiệp khai thác cát.', expect: [] },
  { text: 'Phương án 2 là xây cầu mới, phương án 3 là mở rộng phà.', expect: [] },
  { text: 'Thực hiện Phương án 12 của UBND tỉnh về phòng chống lụt bão.', expect: [{ doc_type: 'Phương án', symbol: '12', issuer: 'UBND tỉnh', subject: 'phòng chống lụt bão' }] },
  // A short citation and the full symbol of the same document are one record.
  { text: 'Nghị định 55/2015/NĐ-CP ngày 9/6/2015 của Chính phủ có hiệu lực. Nghị định 55 đã giúp nông dân.', expect: [{ symbol: '55/2015/NĐ-CP', issued: '2015-06-09', issuer: 'Chính phủ' }] },
  // The date of the act before the document: `Ngày …, X đã ban hành …`.
  { text: 'Ngày 12/4/2018, Thủ tướng Chính phủ vừa ký Quyết định số 358-QĐ/TTg về việc phê duyệt đề án sắp xếp doanh nghiệp.', expect: [{ symbol: '358-QĐ/TTg', issued: '2018-04-12', issuer: 'Thủ tướng Chính phủ', subject: 'việc phê duyệt đề án sắp xếp doanh nghiệp' }] },
  // A title that opens with its verb keeps it.
  // A decision's title opens with what it does.
  { text: 'Ngày 8/2/2017, Bộ trưởng Bộ Công Thương đã ra Quyết định số 376/QĐ-BCT thành lập Hội đồng kỷ luật do Thứ trưởng làm Chủ tịch.', expect: [{ symbol: '376/QĐ-BCT', subject: 'thành lập Hội đồng kỷ luật' }] },
  // One law however its year is written: with `năm` or without.
  { text: 'Theo Luật Dân sự năm 2015 thì ngân hàng sai. Theo quy định của Luật dân sự 2015, chủ xe giữ bản chính.', expect: [{ doc_type: 'Luật', name: 'Luật Dân sự năm 2015' }] },
  // An amending title opens with both its verbs, a comma between (`sửa đổi, bổ sung …`).
  { text: 'Bộ Tài chính ban hành Thông tư 333/2016/TT-BTC sửa đổi, bổ sung Thông tư 77/2014/TT-BTC.', expect: [{ symbol: '333/2016/TT-BTC', subject: 'sửa đổi, bổ sung Thông tư 77/2014/TT-BTC' }, { symbol: '77/2014/TT-BTC', subject: null }] },
  { text: 'Nghị định 62/2017/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Đấu giá về hoạt động của tổ chức đấu giá được ban hành.', expect: [{ symbol: '62/2017/NĐ-CP', subject: 'quy định chi tiết một số điều của Luật Đấu giá về hoạt động của tổ chức đấu giá' }, { name: 'Luật Đấu giá', subject: null }] },
  // `theo` ends a subject, unless it completes the verb before it (`làm theo`, to follow).
  { text: 'Đảng ủy khối triển khai Chỉ thị số 12 của Ban Thường vụ về học tập và làm theo gương người tốt, việc tốt trong năm.', expect: [{ doc_type: 'Chỉ thị', symbol: '12', issuer: 'Ban Thường vụ', subject: 'học tập và làm theo gương người tốt, việc tốt trong năm' }] },
  { text: 'Sở đã ban hành Quyết định số 215 về việc giao đất theo đề nghị của UBND huyện.', expect: [{ doc_type: 'Quyết định', symbol: '215', subject: 'việc giao đất' }] },
  // A capitalised actor and a verb of saying after a comma open the main clause: the subject ends
  // there (a title's own comma goes on: `…, tầm nhìn đến năm 2030`).
  { text: 'Căn cứ Điều 5 Thông tư số 19/2016/TT-BTC hướng dẫn quản lý quỹ phát triển đất, Sở Tài chính cho biết sẽ thu hồi khoản vốn này.', expect: [{ symbol: '19/2016/TT-BTC', issuer: 'Bộ Tài chính', subject: 'hướng dẫn quản lý quỹ phát triển đất' }] },
  { text: 'Theo Thông tư liên tịch số 08/2015/TTLT-BYT-BGDĐT hướng dẫn khám sức khỏe định kỳ cho học sinh, mỗi trường phải có sổ theo dõi.', expect: [{ symbol: '08/2015/TTLT-BYT-BGDĐT', issuer: 'Bộ Y tế, Bộ Giáo dục và Đào tạo', subject: 'hướng dẫn khám sức khỏe định kỳ cho học sinh' }] },
  { text: 'Theo quy định tại Điều 8 Nghị định 171/2013 quy định xử phạt vi phạm hành chính.', expect: [{ doc_type: 'Nghị định', number: '171', symbol: '171/2013', year: 2013 }] },
  // A list shares its `của` and `về`
  {
    text: 'Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 11248/UBND-THKH ngày 14-9-2018; Công văn số 1044/BC-TCTCT ngày 13-11-2018 và Công văn số 1045/BC-TCTCT ngày 13-11-2018 về việc thực hiện nhiệm vụ tại các huyện.',
    expect: [
      { symbol: '11248/UBND-THKH', issuer: 'Chủ tịch UBND tỉnh', subject: 'việc thực hiện nhiệm vụ tại các huyện' },
      { doc_type: 'Công văn', symbol: '1044/BC-TCTCT', issuer_code: 'TCTCT', issuer: 'Chủ tịch UBND tỉnh', issued: '2018-11-13' },
      { symbol: '1045/BC-TCTCT', issuer: 'Chủ tịch UBND tỉnh' },
    ],
  },
  { text: 'Quyết định số 119/QĐ-TTg và Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ.', expect: [{ symbol: '119/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }, { symbol: '81/2014/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }] },
  // Repeated citations merge
  { text: 'Nghị định 100/2019/NĐ-CP quy định xử phạt. Theo Nghị định 100/2019/NĐ-CP, mức phạt tăng.', expect: [{ symbol: '100/2019/NĐ-CP' }] },
  // Partial dates take the year of the article; without it, issued stays null
  // An issuer named before `tại` stands for the document's only where its code fixes none: a
  // notice of the Government Office conveys the Prime Minister's word.
  { text: 'Bộ đã làm theo chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 412/TB-VPCP ngày 9/10/2019.', expect: [{ symbol: '412/TB-VPCP', issuer: 'Văn phòng Chính phủ' }] },
  // Whom a dispatch goes to stands between it and its `về việc` title; a clause after a comma does not.
  { text: 'Bộ Y tế vừa có Công văn số 567/BYT-KCB gửi các bệnh viện về việc bảo đảm thuốc.', expect: [{ symbol: '567/BYT-KCB', subject: 'việc bảo đảm thuốc' }] },
  { text: 'Bộ có Công văn số 12/BYT-KCB gửi Sở Y tế, yêu cầu về việc này.', expect: [{ symbol: '12/BYT-KCB', subject: null }] },
  // After `về việc`, a quoted title is the subject, without its quotes.
  { text: 'Tỉnh ban hành Công văn số 410/UBND-NL về việc “tổ chức tuần tra, truy quét khai thác rừng trái phép”.', expect: [{ symbol: '410/UBND-NL', subject: 'tổ chức tuần tra, truy quét khai thác rừng trái phép' }] },
  { text: 'Công văn số 15/UBND-VP ngày 14/1 của UBND huyện.', published: '2020-01-20', expect: [{ symbol: '15/UBND-VP', issued: '2020-01-14' }] },
  { text: 'Công văn số 15/UBND-VP ngày 14/1 của UBND huyện.', expect: [{ symbol: '15/UBND-VP', issued: null, year: null }] },
  // Named documents
  { text: 'Quốc hội thông qua Dự thảo Luật Đặc khu và Luật An ninh mạng.', expect: [{ doc_type: 'Luật', name: 'Luật Đặc khu', draft: true }, { doc_type: 'Luật', name: 'Luật An ninh mạng', draft: false }] },
  // A year after a law's name is part of the name, not its year.
  { text: 'Theo Bộ luật Hình sự năm 2015, hành vi này bị xử lý.', expect: [{ doc_type: 'Bộ luật', name: 'Bộ luật Hình sự năm 2015', year: null }] },
  { text: 'Hiến pháp 2013 và Luật Nhà ở 2006 quy định rõ.', expect: [{ doc_type: 'Hiến pháp', name: 'Hiến pháp 2013', symbol: null }, { doc_type: 'Luật', name: 'Luật Nhà ở 2006' }] },
  // Lower-case and comma-listed law names; drafts and revision bills.
  { text: 'Theo Luật công chứng, văn bản phải công chứng.', expect: [{ doc_type: 'Luật', name: 'Luật công chứng' }] },
  { text: 'Quốc hội thông qua Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ.', expect: [{ doc_type: 'Luật', name: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ' }] },
  { text: 'Theo Luật Đầu tư, doanh nghiệp được ưu đãi và miễn thuế.', expect: [{ doc_type: 'Luật', name: 'Luật Đầu tư' }] },
  { text: 'Góp ý dự thảo Bộ luật Lao động (sửa đổi) và Luật Chuyển giao công nghệ (sửa đổi).', expect: [{ doc_type: 'Bộ luật', name: 'Bộ luật Lao động (sửa đổi)', draft: true }, { doc_type: 'Luật', name: 'Luật Chuyển giao công nghệ (sửa đổi)', draft: true }] },
  { text: 'Quốc hội thảo luận dự án Luật sửa đổi, bổ sung một số điều của Luật Đầu tư.', expect: [{ doc_type: 'Luật', name: 'Luật sửa đổi, bổ sung một số điều của Luật Đầu tư', draft: true }] },
  { text: 'Bộ soạn dự thảo Nghị định sửa đổi Nghị định 100 về xử phạt.', expect: [{ doc_type: 'Nghị định', name: 'Nghị định sửa đổi Nghị định 100', draft: true, subject: 'xử phạt' }] },
  // An ellipsis written as two full stops ends a title before its first.
  { text: 'Thành phố đã có Đề án thu phí phương tiện cơ giới vào một số khu vực trên địa bàn thành phố.. Xong.', expect: [{ doc_type: 'Đề án', name: 'Đề án thu phí phương tiện cơ giới vào một số khu vực trên địa bàn thành phố' }] },
  { text: 'Nghị định 77/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá.. Xong.', expect: [{ symbol: '77/2013/NĐ-CP', subject: 'quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá' }, { name: 'Luật Phòng, chống tác hại của thuốc lá' }] },
  // (Its number ends on a digit or a letter, not on the sentence's full stop.)
  { text: 'Bộ đang soạn dự thảo Nghị định sửa đổi Nghị định 100. Dự thảo đã xong.', expect: [{ doc_type: 'Nghị định', name: 'Nghị định sửa đổi Nghị định 100', draft: true }] },
  { text: 'Theo Luật sư Nguyễn Văn A, Luật sửa đổi lần này có nhiều điểm mới.', expect: [] },
  // Documents named by a `về` title: a law, a draft, or one whose issuer is named.
  { text: 'Các đại biểu đề nghị bổ sung dự án Luật về Biểu tình (đã cho ý kiến tại kỳ họp thứ 4).', expect: [{ doc_type: 'Luật', name: 'Luật về Biểu tình', subject: 'Biểu tình', draft: true }] },
  { text: 'Việc triển khai Nghị quyết về Chương trình giám sát, chất vấn của Quốc hội còn chậm.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết về Chương trình giám sát, chất vấn', subject: 'Chương trình giám sát, chất vấn', issuer: 'Quốc hội' }] },
  { text: 'Bộ gấp rút hoàn thiện để sớm ban hành hai văn bản là Nghị định về chính sách phát triển cây dược liệu và Nghị định về chính sách khuyến khích nuôi biển.', expect: [{ name: 'Nghị định về chính sách phát triển cây dược liệu', draft: true }, { name: 'Nghị định về chính sách khuyến khích nuôi biển', draft: true }] },
  // A person an honorific names after a comma is the main clause's actor: the title ends before.
  { text: 'Góp ý dự thảo Nghị quyết về Đề án phát triển xe buýt giai đoạn 2018 - 2020, bà Lê Thị Hoa, Phó giám đốc Sở GTVT, cho biết sẽ bổ sung.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết về Đề án phát triển xe buýt giai đoạn 2018 - 2020', subject: 'Đề án phát triển xe buýt giai đoạn 2018 - 2020', draft: true }] },
  // An ellipsis ends a title.
  { text: 'Bộ đang soạn để kịp ban hành văn bản mới là Nghị định về chính sách khuyến khích nuôi biển… Thủ tướng dự hội nghị.', expect: [{ name: 'Nghị định về chính sách khuyến khích nuôi biển', draft: true }] },
  { text: 'Hội nghị đã thông qua 2 nghị quyết: Về đổi mới hệ thống chính trị; Về cải cách chính sách tiền lương.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết về đổi mới hệ thống chính trị', subject: 'đổi mới hệ thống chính trị' }, { doc_type: 'Nghị quyết', name: 'Nghị quyết về cải cách chính sách tiền lương' }] },
  // Quoted titles, plenum resolutions, international agreements.
  { text: 'Sau gần 3 năm triển khai Đề án “Tái cơ cấu ngành nông nghiệp theo hướng nâng cao giá trị”, năng suất tăng.', expect: [{ doc_type: 'Đề án', name: 'Đề án Tái cơ cấu ngành nông nghiệp theo hướng nâng cao giá trị', subject: 'Tái cơ cấu ngành nông nghiệp theo hướng nâng cao giá trị' }] },
  { text: 'Bộ xây dựng đề án “Đầu tư xây dựng các thiết chế văn hóa” trình Thủ tướng.', expect: [{ doc_type: 'Đề án', name: 'Đề án Đầu tư xây dựng các thiết chế văn hóa' }] },
  { text: 'Tinh thần Nghị quyết TƯ 6 và nghị quyết Trung ương 7, khóa XII của Đảng được quán triệt.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết TƯ 6' }, { doc_type: 'Nghị quyết', name: 'nghị quyết Trung ương 7, khóa XII' }] },
  { text: 'Đồng yên mất giá sau Thỏa ước Louvre hồi năm 1987.', expect: [{ doc_type: 'Thỏa ước', name: 'Thỏa ước Louvre' }] },
  // An agreement's name goes on over a function word that closes a word of two (`Tự do`) and ends
  // before a verb with no capital after it; a lower-case type's quoted title opens with a capital.
  { text: 'Hai nước thúc đẩy Hiệp định Thương mại Tự do Việt Nam - Canada trong năm nay.', expect: [{ doc_type: 'Hiệp định', name: 'Hiệp định Thương mại Tự do Việt Nam - Canada' }] },
  // An agreement's name ends before a word of grammar that is no noun nor verb (not a syllable
  // of a longer word: `tự do`), and never runs over a line break.
  { text: 'Chính phủ Mỹ rời Hiệp định Thương mại tự do Bắc Mỹ vì cho rằng các điều khoản bất lợi.', expect: [{ doc_type: 'Hiệp định', name: 'Hiệp định Thương mại tự do Bắc Mỹ' }] },
  { text: 'Nhiều nước muốn giữ Hiệp định Paris\nSáng 3/6, các bộ trưởng họp bàn về khí hậu.', expect: [{ doc_type: 'Hiệp định', name: 'Hiệp định Paris' }] },
  // A title ends before a phrase that joins a second document (`gắn với`, `cùng với`).
  { text: 'Tỉnh thực hiện Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây dựng, chỉnh đốn Đảng gắn với Chỉ thị 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh.', expect: [{ doc_type: 'Nghị quyết', subject: 'tăng cường xây dựng, chỉnh đốn Đảng' }, { doc_type: 'Chỉ thị', symbol: '05', issuer: 'Bộ Chính trị', subject: 'đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh' }] },
  // A `về` title after an agreement's name is its own, to a comma or `và` at most, and a law
  // named in it is no law of the land; the body that made it may follow `của`.
  { text: 'Việt Nam là thành viên Công ước Liên hợp quốc về Luật Biển năm 1982, và tôn trọng tự do hàng hải.', expect: [{ doc_type: 'Công ước', name: 'Công ước Liên hợp quốc về Luật Biển năm 1982', subject: 'Luật Biển năm 1982' }] },
  { text: 'Các bên tuân thủ Công ước của Liên hợp quốc về Luật Biển và Tuyên bố về ứng xử của các bên.', expect: [{ doc_type: 'Công ước', name: 'Công ước của Liên hợp quốc về Luật Biển', subject: 'Luật Biển' }] },
  { text: 'Hành động này vi phạm Công ước Giơ-ne-vơ về “Bảo vệ dân thường trong thời chiến” và luật quốc tế.', expect: [{ doc_type: 'Công ước', name: 'Công ước Giơ-ne-vơ về Bảo vệ dân thường trong thời chiến', subject: 'Bảo vệ dân thường trong thời chiến' }] },
  { text: 'Mỹ rút khỏi Hiệp định Paris về biến đổi khí hậu và theo đuổi chính sách bảo hộ.', expect: [{ doc_type: 'Hiệp định', name: 'Hiệp định Paris về biến đổi khí hậu', subject: 'biến đổi khí hậu' }] },
  // An agreement's name after a body's head word names the body (NATO), not a treaty.
  { text: 'Các nước thành viên khối Hiệp ước Bắc Đại Tây Dương (NATO) họp tại Brussels.', expect: [] },
  { text: 'Hiệp ước Lisbon tạo nền móng cho khối liên minh.', expect: [{ doc_type: 'Hiệp ước', name: 'Hiệp ước Lisbon' }] },
  { text: 'Anh ta nghĩ ra một kế hoạch “làm giàu nhanh” để lừa bạn bè.', expect: [] },
  { text: 'Thực hiện Chiến lược phát triển du lịch Việt Nam đến năm 2030, tỉnh đầu tư mạnh.', expect: [{ doc_type: 'Chiến lược', name: 'Chiến lược phát triển du lịch Việt Nam đến năm 2030' }] },
  // `của` inside a law's name (`tác hại của thuốc lá`) goes on; before an issuer (`của Quốc hội`) it ends the name.
  { text: 'Luật Phòng, chống tác hại của thuốc lá quy định rõ.', expect: [{ doc_type: 'Luật', name: 'Luật Phòng, chống tác hại của thuốc lá' }] },
  { text: 'Luật Phòng, chống tham nhũng của Quốc hội có hiệu lực từ năm 2019.', expect: [{ doc_type: 'Luật', name: 'Luật Phòng, chống tham nhũng' }] },
  { text: 'Phấn đấu thực hiện các mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII và đại hội đảng các cấp.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII' }] },
  // A word of a clause's grammar after the type opens a clause, not a title; a change word may open one.
  { text: 'Theo phản ánh, Kế hoạch không gửi đến Thanh tra Chính phủ và các bộ ngành liên quan.', expect: [] },
  // A type that makes one word with the syllable after it (`kế hoạch hóa`, to plan) is that word.
  { text: 'Bà được điều về làm Phó Giám đốc Trung tâm Dân số và Kế hoạch hóa gia đình tỉnh Nam Định.', expect: [] },
  { text: 'Chủ đề năm nay là “Kế hoạch hoá gia đình: đầu tư cho tương lai” nhằm vận động người dân.', expect: [] },
  { text: 'Sở vừa trình Kế hoạch hóa chất dự phòng cho các bệnh viện tuyến huyện năm 2024 lên UBND tỉnh.', expect: [{ doc_type: 'Kế hoạch' }] },
  { text: 'Bộ vừa phê duyệt Đề án nâng cao chất lượng Giải báo chí Quốc gia giai đoạn tới.', expect: [{ doc_type: 'Đề án', name: 'Đề án nâng cao chất lượng Giải báo chí Quốc gia giai đoạn tới' }] },
  { text: 'Ngành triển khai Kế hoạch thực hiện Quy hoạch phát triển và quản lý báo chí toàn quốc đến năm 2025 đối với các cơ quan báo chí thuộc tỉnh; xây dựng mạng.', expect: [{ doc_type: 'Kế hoạch', name: 'Kế hoạch thực hiện Quy hoạch phát triển và quản lý báo chí toàn quốc đến năm 2025 đối với các cơ quan báo chí thuộc tỉnh' }] },
  { text: 'Tỉnh đã ban hành Quy chế quản lý vận hành và sử dụng hệ thống hội nghị truyền hình trực tuyến trên địa bàn tỉnh; Đề án phát triển một số sản phẩm CNTT mũi nhọn của tỉnh đến năm 2020.', expect: [{ doc_type: 'Quy chế' }, { doc_type: 'Đề án', name: 'Đề án phát triển một số sản phẩm CNTT mũi nhọn của tỉnh đến năm 2020' }] },
  { text: 'Quan điểm của Sở thực hiện theo Nghị quyết 39 là phải đúng.', expect: [{ symbol: '39', issuer: null }] },
  { text: 'Nhận xét về Quy chế thi THPT quốc gia, TS Nguyễn Văn Huấn cho rằng cần giữ ổn định.', expect: [{ doc_type: 'Quy chế', name: 'Quy chế thi THPT quốc gia' }] },
  { text: 'Trao đổi với Pháp Luật TP.HCM, lãnh đạo Phòng CSGT cho biết.', expect: [] },
  { text: 'Luật An ninh mạng số 24/2018/QH14 có hiệu lực từ ngày 1/1/2019.', expect: [{ doc_type: 'Luật', symbol: '24/2018/QH14', name: 'Luật An ninh mạng', year: 2018, issuer: 'Quốc hội' }] },
  { text: 'Bộ ban hành Kế hoạch chuyển đổi số trong ngành đường sắt. Ngay sau khi Kế hoạch chuyển đổi số được ban hành, các ga đã triển khai.', expect: [{ doc_type: 'Kế hoạch', name: 'Kế hoạch chuyển đổi số trong ngành đường sắt' }] },
  { text: 'Đây là điểm mới của Quy chế tuyển sinh đại học, ThS Trần Văn Tính nhận xét, Quy chế là bước tiến.', expect: [{ doc_type: 'Quy chế', name: 'Quy chế tuyển sinh đại học' }] },
  { text: 'Ông là nhà Chiến lược gia trưởng của Nhà Trắng.', expect: [] },
  // A law's name ends before a function word; a law firm is no law.
  { text: 'Nhưng Luật Đầu tư lúc đó có những điều khoản vô lý.', expect: [{ doc_type: 'Luật', name: 'Luật Đầu tư' }] },
  { text: 'Bị can bị truy tố theo Điều 104 Bộ luật Hình sự tội Cố ý gây thương tích.', expect: [{ doc_type: 'Bộ luật', name: 'Bộ luật Hình sự' }] },
  { text: 'Luật sư Nguyễn Văn Minh, Giám đốc Cty Luật TNHH Everest cho rằng thông tin cần xác minh.', expect: [] },
  { text: 'Theo Quyết định số 3229/QĐ-HQBRVT ngày 19/10/2016 của Cục Hải quan tỉnh Bà Rịa - Vũng Tàu, doanh nghiệp bị phạt.', expect: [{ doc_type: 'Quyết định', symbol: '3229/QĐ-HQBRVT', issued: '2016-10-19', issuer: 'Cục Hải quan tỉnh Bà Rịa - Vũng Tàu' }] },
  { text: 'Các ngành khẩn trương xây dựng Chương trình, Kế hoạch hành động thực hiện Nghị quyết 02-2019/NQ-CP, xong trước ngày 15/3/2019.', expect: [{ doc_type: 'Nghị quyết', symbol: '02-2019/NQ-CP' }] },
  // A title ends at a comma that opens an adverbial or a new clause.
  { text: 'Theo Kế hoạch sắp xếp lại trạm thu phí của Bộ Giao thông vận tải, từ ngày 1/3 các trạm ngừng thu.', expect: [{ doc_type: 'Kế hoạch', name: 'Kế hoạch sắp xếp lại trạm thu phí của Bộ Giao thông vận tải' }] },
  // An untyped symbol needs its own shape: a standard's year and an ordinal are not documents.
  { text: 'Hàm lượng sắt nằm trong giới hạn cho phép của QCVN 10-MT:2015/BTNMT và thấp hơn quy định 02:2009/BYT.', expect: [] },
  { text: 'Phát biểu tại phiên khai mạc kỳ họp thứ 6- HĐND TP Đà Nẵng khóa IX, Chủ tịch UBND TP đã giải trình.', expect: [] },
  { text: 'Theo văn bản 4-HĐND của Thường trực HĐND tỉnh, kỳ họp sẽ khai mạc vào tuần tới.', expect: [{ doc_type: 'Công văn', symbol: '4-HĐND' }] },
  { text: 'Việc thực hiện Đề án về đổi mới căn bản, toàn diện giáo dục còn chậm.', expect: [] },
  // Not documents
  { text: 'Tập trung xây dựng và triển khai Chương trình hành động thực hiện các nhiệm vụ trọng tâm của ngành.', expect: [] },
  { text: 'Căn cứ vào Nghị quyết của Tỉnh ủy, HĐND, UBND tỉnh và các văn bản hướng dẫn.', expect: [] },
  { text: 'Đây là điểm nghẽn trong thực hiện Nghị quyết về chuyển đổi số.', expect: [] },
  { text: 'Sở Kế hoạch và Đầu tư, Sở Tài chính quản lý tốt nguồn vốn.', expect: [] },
  { text: 'Bộ trưởng Bộ Kế hoạch và Đầu tư trả lời chất vấn.', expect: [] },
  { text: 'Ông là giảng viên Đại học Luật Hà Nội.', expect: [] },
  { text: 'Luật sư Nguyễn Văn A cho biết.', expect: [] },
  { text: 'KẾ HOẠCH 34 phát sóng tối nay.', expect: [] },
  { text: 'Kế hoạch này đã được phê duyệt.', expect: [] },
  { text: 'Liên hệ số điện thoại 0912.345.678 hoặc 024 3825 6789.', expect: [] },
  { text: 'Cách mạng công nghiệp 4.0 đang đến gần.', expect: [] },
  { text: 'Quốc lộ 1A đoạn qua tỉnh được nâng cấp, tuyến 5/2 bị ngập.', expect: [] },
  { text: 'Ngày 14/9/2018, đoàn công tác làm việc.', expect: [] },
  { text: 'Dự án “Nâng cao khả năng sử dụng máy vi tính” đã hoàn thành.', expect: [] },
  // A body named after a treaty, and a university named after a field, are no documents.
  { text: 'Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) đã tổ chức cuộc tập trận.', expect: [] },
  { text: 'ĐH Kinh tế - Luật ngoài 3 tổ hợp môn thi truyền thống còn xét thêm.', expect: [] },
  // A subject ends before another document cited after a comma or `và`, which has its own.
  { text: 'Giấy tờ cấp theo Nghị định số 60/1994 về quyền sở hữu nhà ở tại đô thị, Nghị định số 61/1994 về mua bán nhà ở.', expect: [{ symbol: '60/1994', subject: 'quyền sở hữu nhà ở tại đô thị' }, { symbol: '61/1994', subject: 'mua bán nhà ở' }] },
  { text: 'Vi phạm Nghị định 90/2008/NĐ-CP về chống thư rác và Nghị định 77/2012/NĐ-CP sửa đổi Nghị định 90.', expect: [{ symbol: '90/2008/NĐ-CP', subject: 'chống thư rác' }, { symbol: '77/2012/NĐ-CP' }] },
  // A plan of action is a plan, numbered as such (so is a programme of action); after a cited
  // symbol, a comma and a capital open the main clause, which the subject does not run into.
  { text: 'Thực hiện Kế hoạch hành động số 72/KH-UBND ngày 14/9/2015 của UBND tỉnh về việc thực hiện Nghị quyết số 05-NQ/TU, Thị ủy đã khẩn trương triển khai.', expect: [{ doc_type: 'Kế hoạch', symbol: '72/KH-UBND', issuer: 'UBND tỉnh', issued: '2015-09-14', subject: 'việc thực hiện Nghị quyết số 05-NQ/TU' }, { symbol: '05-NQ/TU' }] },
  // Resolutions named by the Party meeting that passed them: a congress by its number, a plenum
  // by its number in figures or words; not the year's `năm`.
  { text: 'Năm nay là năm thứ hai thực hiện Nghị quyết Đại hội XII của Đảng.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết Đại hội XII', issuer: 'Đảng' }] },
  { text: 'Tỉnh ủy quán triệt Nghị quyết Hội nghị Trung ương 5, khóa XII tới cán bộ chủ chốt.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết Hội nghị Trung ương 5, khóa XII' }] },
  { text: 'Tỉnh tuyên truyền việc thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa XII) về tăng cường xây dựng Đảng.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng', subject: 'tăng cường xây dựng Đảng' }] },
  { text: 'Nghị quyết Trung ương năm nay đã nêu rõ điều này.', expect: [] },
  // A list shares a written issuer and, among documents of one type, the last one's title; not
  // an issuer the last one's code fixes, nor its title over another type.
  { text: 'Giấy chứng nhận cấp theo Pháp lệnh nhà ở năm 1991; Luật Nhà ở năm 2005; Nghị định 81/2001/NĐ-CP về việc người Việt Nam định cư ở nước ngoài mua nhà ở tại Việt Nam.', expect: [{ doc_type: 'Pháp lệnh', issuer: null, subject: null }, { doc_type: 'Luật', issuer: null, subject: null }, { doc_type: 'Nghị định', issuer: 'Chính phủ', subject: 'việc người Việt Nam định cư ở nước ngoài mua nhà ở tại Việt Nam' }] },
  // After a law named by its own name a verb is the sentence's, no title; a time after a comma
  // opens the main clause.
  { text: 'Bộ luật Hình sự quy định người bào chữa phải chịu trách nhiệm.', expect: [{ doc_type: 'Bộ luật', subject: null }] },
  { text: 'Theo Quyết định số 3344/QĐ-TTCP phê duyệt kế hoạch thanh tra năm 2017 của Thanh tra Chính phủ, trong năm 2017 việc chuyển đổi nhà đất công sẽ được thanh tra.', expect: [{ symbol: '3344/QĐ-TTCP', subject: 'phê duyệt kế hoạch thanh tra năm 2017 của Thanh tra Chính phủ' }] },
  // A headline run into the next sentence, its stop lost, ends the title where a capitalised
  // word of grammar opens the sentence.
  { text: 'Công ty bị phạt theo Nghị định số 108/2013/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực chứng khoán Trước đó ngày 27/3 công ty đã nộp phạt.', expect: [{ symbol: '108/2013/NĐ-CP', subject: 'quy định xử phạt vi phạm hành chính trong lĩnh vực chứng khoán' }] },
  // A national strategy, `Quốc gia` capitalised after its type; a second one after `và` has its own title.
  { text: 'Thủ tướng đã ban hành Chiến lược Quốc gia về biến đổi khí hậu và Chiến lược Quốc gia về tăng trưởng xanh, cùng nhiều chương trình.', expect: [{ doc_type: 'Chiến lược', name: 'Chiến lược Quốc gia về biến đổi khí hậu' }, { doc_type: 'Chiến lược', name: 'Chiến lược Quốc gia về tăng trưởng xanh' }] },
  // A code whose `Luật` is capitalised is a code all the same, one record with its other spelling.
  { text: 'Theo Điều 143 Bộ Luật Hình sự, hành vi này bị xử lý. Bộ luật Hình sự quy định rõ khung hình phạt.', expect: [{ doc_type: 'Bộ luật', name: 'Bộ Luật Hình sự' }] },
  // One plenum resolution however it is named.
  { text: 'Huyện ủy học tập Nghị quyết Trung ương 5, khóa XII của Đảng. Cán bộ các cấp thực hiện Nghị quyết Hội nghị Trung ương 5, Khóa XII.', expect: [{ doc_type: 'Nghị quyết', name: 'Nghị quyết Trung ương 5, khóa XII', issuer: 'Đảng' }] },
  // A subject ends before a verb by which the document states what a comma or a colon opens;
  // after a determiner the same word is a noun of the title.
  { text: 'Tuy nhiên Điều 11, Nghị định 108 về chính sách tinh giản biên chế quy định, nếu trường hợp do sắp xếp tổ chức thì được hưởng.', expect: [{ doc_type: 'Nghị định', symbol: '108', subject: 'chính sách tinh giản biên chế' }] },
  { text: 'Thông tư 22/2016/TT-BGDĐT về đánh giá học sinh nêu rõ: giáo viên phải nhận xét hằng tháng.', expect: [{ doc_type: 'Thông tư', symbol: '22/2016/TT-BGDĐT', subject: 'đánh giá học sinh' }] },
  { text: 'Theo Thông tư số 15/2016/TT-BXD hướng dẫn về cấp phép xây dựng có quy định, công trình tín ngưỡng phải có giấy phép.', expect: [{ doc_type: 'Thông tư', symbol: '15/2016/TT-BXD', subject: 'hướng dẫn về cấp phép xây dựng' }] },
  { text: 'Quyết định số 15/2017/QĐ-UBND về bãi bỏ một số quy định, thủ tục hành chính đã có hiệu lực.', expect: [{ doc_type: 'Quyết định', symbol: '15/2017/QĐ-UBND', subject: 'bãi bỏ một số quy định, thủ tục hành chính' }] },
  // A subject ends where the document is said to take effect.
  { text: 'Từ ngày 1/7/2017, Thông tư số 40/2017/TT-BTC quy định chế độ công tác phí chính thức có hiệu lực.', expect: [{ symbol: '40/2017/TT-BTC', subject: 'quy định chế độ công tác phí' }] },
  // A lower-case type with a short number right after a verb that issues it; not a counted span.
  { text: 'Cục Thuế vừa ban hành kế hoạch 35 nhằm tăng cường quản lý thuế.', expect: [{ doc_type: 'Kế hoạch', symbol: '35' }] },
  { text: 'Tỉnh đã phê duyệt kế hoạch 5 năm phát triển kinh tế.', expect: [] },
  { text: 'Họ ký thông báo 3 thành viên mới.', expect: [] },
];
