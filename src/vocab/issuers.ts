// Issuer codes inside document symbols (Nghị định 30/2020/NĐ-CP, Appendix II), giving
// `issuer` when the text has no `của ...`. Ministries merged on 1 March 2025 (Nghị quyết
// 176/2025/QH15): a code names the body that existed in the document's year, so every entry
// carries the years it applies to.

export interface IssuerEntry {
  code: string;
  name: string;
  /** First and last year the code names this body (inclusive); open when absent. */
  from?: number;
  to?: number;
}

export const ISSUERS: IssuerEntry[] = [
  { code: 'QH', name: 'Quốc hội' },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội' },
  { code: 'CTN', name: 'Chủ tịch nước' },
  { code: 'CP', name: 'Chính phủ' },
  { code: 'TTg', name: 'Thủ tướng Chính phủ' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ' },
  { code: 'TW', name: 'Ban Chấp hành Trung ương' },
  { code: 'TƯ', name: 'Ban Chấp hành Trung ương' },
  { code: 'BCT', name: 'Bộ Công Thương' },
  { code: 'BTC', name: 'Bộ Tài chính' },
  { code: 'BTP', name: 'Bộ Tư pháp' },
  { code: 'BNG', name: 'Bộ Ngoại giao' },
  { code: 'BQP', name: 'Bộ Quốc phòng' },
  { code: 'BCA', name: 'Bộ Công an' },
  { code: 'BNV', name: 'Bộ Nội vụ' },
  { code: 'BYT', name: 'Bộ Y tế' },
  { code: 'BXD', name: 'Bộ Xây dựng' },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo' },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ' },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường', from: 2025 },
  { code: 'BDTTG', name: 'Bộ Dân tộc và Tôn giáo', from: 2025 },
  // Merged into other ministries in 2025: valid for documents up to 2025.
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', to: 2025 },
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư', to: 2025 },
  { code: 'BLĐTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', to: 2025 },
  { code: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', to: 2025 },
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường', to: 2025 },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải', to: 2025 },
  { code: 'UBDT', name: 'Ủy ban Dân tộc', to: 2025 },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam' },
  { code: 'TTCP', name: 'Thanh tra Chính phủ' },
  { code: 'KTNN', name: 'Kiểm toán Nhà nước' },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao' },
  { code: 'VKSNDTC', name: 'Viện kiểm sát nhân dân tối cao' },
  { code: 'BCĐ', name: 'Ban Chỉ đạo' },
  { code: 'TU', name: 'Tỉnh ủy' },
  { code: 'ThU', name: 'Thành ủy' },
  { code: 'HU', name: 'Huyện ủy' },
  { code: 'UBND', name: 'Ủy ban nhân dân' },
  { code: 'HĐND', name: 'Hội đồng nhân dân' },
  { code: 'BTV', name: 'Ban Thường vụ' },
  { code: 'BTGTW', name: 'Ban Tuyên giáo Trung ương' },
  { code: 'BTCTW', name: 'Ban Tổ chức Trung ương' },
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng' },
  { code: 'MTTQ', name: 'Mặt trận Tổ quốc' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội' },
];

export function issuerOfCode(code: string, year: number | null): IssuerEntry | null {
  const candidates = ISSUERS.filter((i) => i.code === code);
  if (candidates.length === 0) return null;
  if (year === null) return candidates[0]!;
  return candidates.find((i) => (i.from ?? 0) <= year && year <= (i.to ?? 9999)) ?? null;
}

export function isIssuerCode(code: string): boolean {
  return ISSUERS.some((i) => i.code === code);
}
