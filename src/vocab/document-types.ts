// Types of legal and administrative documents (Nghị định 30/2020/NĐ-CP, Appendix I, and
// Party practice under Quy định 66-QĐ/TW), with the codes used in their symbols.
// `words` are the spellings met in running text (matched case-insensitively, longest first).

export interface DocumentType {
  /** Canonical name, as SPEC's `doc_type`. */
  name: string;
  words: string[];
  /** Codes inside a symbol: `NĐ` in `13/2023/NĐ-CP`. */
  codes: string[];
  /** Cited by its proper name without a number (`Luật An ninh mạng`). */
  namedWithoutNumber?: boolean;
  /** A law: the legislature's, named by its field (`Luật Đất đai`, `Bộ luật Hình sự`, `Pháp lệnh Ngoại hối`). */
  law?: boolean;
}

export const DOCUMENT_TYPES: DocumentType[] = [
  { name: 'Hiến pháp', words: ['Hiến pháp'], codes: [], namedWithoutNumber: true },
  { name: 'Bộ luật', words: ['Bộ luật'], law: true, codes: [], namedWithoutNumber: true },
  { name: 'Luật', words: ['Luật'], law: true, codes: [], namedWithoutNumber: true },
  { name: 'Pháp lệnh', words: ['Pháp lệnh'], law: true, codes: ['PL'], namedWithoutNumber: true },
  { name: 'Lệnh', words: ['Lệnh'], codes: ['L-CTN'] },
  { name: 'Nghị định', words: ['Nghị định'], codes: ['NĐ'] },
  { name: 'Nghị quyết liên tịch', words: ['Nghị quyết liên tịch'], codes: ['NQLT'] },
  { name: 'Nghị quyết', words: ['Nghị quyết'], codes: ['NQ'], namedWithoutNumber: true },
  { name: 'Quyết định', words: ['Quyết định'], codes: ['QĐ'] },
  { name: 'Thông tư liên tịch', words: ['Thông tư liên tịch'], codes: ['TTLT'] },
  { name: 'Thông tư', words: ['Thông tư'], codes: ['TT'] },
  { name: 'Chỉ thị', words: ['Chỉ thị'], codes: ['CT'] },
  { name: 'Kết luận', words: ['Kết luận'], codes: ['KL'] },
  { name: 'Quy chế', words: ['Quy chế'], codes: ['QC'], namedWithoutNumber: true },
  { name: 'Quy định', words: ['Quy định'], codes: ['QyĐ', 'QĐi'] },
  { name: 'Thông báo', words: ['Thông báo'], codes: ['TB'] },
  { name: 'Hướng dẫn', words: ['Hướng dẫn'], codes: ['HD'] },
  { name: 'Chương trình', words: ['Chương trình', 'Chương trình hành động'], codes: ['CTr'], namedWithoutNumber: true },
  { name: 'Kế hoạch', words: ['Kế hoạch', 'Kế hoạch hành động'], codes: ['KH'], namedWithoutNumber: true },
  { name: 'Đề án', words: ['Đề án'], codes: ['ĐA'], namedWithoutNumber: true },
  { name: 'Phương án', words: ['Phương án'], codes: ['PA'] },
  { name: 'Báo cáo', words: ['Báo cáo'], codes: ['BC'] },
  { name: 'Tờ trình', words: ['Tờ trình'], codes: ['TTr'] },
  { name: 'Công điện', words: ['Công điện'], codes: ['CĐ'] },
  { name: 'Văn bản hợp nhất', words: ['Văn bản hợp nhất'], codes: ['VBHN'] },
  // A licence an office grants, numbered as its documents are (`Giấy phép số 1517/GP-BTNMT`).
  { name: 'Giấy phép', words: ['Giấy phép'], codes: ['GP'] },
  { name: 'Công văn', words: ['Công văn', 'Văn bản'], codes: [] },
  { name: 'Điều lệ', words: ['Điều lệ'], codes: [] },
  { name: 'Chiến lược', words: ['Chiến lược'], codes: [], namedWithoutNumber: true },
  { name: 'Quy hoạch', words: ['Quy hoạch'], codes: [] },
  // International agreements, cited by their proper name (`Thỏa ước Plaza`, `Hiệp định Paris`).
  { name: 'Thỏa ước', words: ['Thỏa ước', 'Thoả ước'], codes: [], namedWithoutNumber: true },
  { name: 'Hiệp định', words: ['Hiệp định'], codes: [], namedWithoutNumber: true },
  { name: 'Hiệp ước', words: ['Hiệp ước'], codes: [], namedWithoutNumber: true },
  { name: 'Công ước', words: ['Công ước'], codes: [], namedWithoutNumber: true },
];

/** Every spelling → its type, longest spelling first (so `Thông tư liên tịch` beats `Thông tư`). */
/** The names of the types that are laws. */
export const LAW_TYPE_NAMES: string[] = DOCUMENT_TYPES.filter((t) => t.law).map((t) => t.name);

export const DOCUMENT_TYPE_WORDS: Array<{ word: string; type: DocumentType }> = DOCUMENT_TYPES.flatMap((type) =>
  type.words.map((word) => ({ word, type })),
).sort((a, b) => b.word.length - a.word.length);

/** A type from a code inside a symbol (`QĐ` → Quyết định); codes are matched case-sensitively. */
export function documentTypeOfCode(code: string): DocumentType | null {
  for (const t of DOCUMENT_TYPES) if (t.codes.includes(code)) return t;
  return null;
}

/**
 * A regex alternation of every spelling with a case-flexible first letter (`[Nn]ghị quyết`):
 * a case-insensitive Unicode regex is several times slower on long texts, and a type word in
 * capitals is a heading, not a citation.
 */
export const DOCUMENT_TYPE_PATTERN = DOCUMENT_TYPE_WORDS.map(({ word }) => {
  const first = word[0]!;
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}).join('|');
