// The publication date line of a pasted article: `01:22 14/01/2020`, `Đăng ngày 10 - 08 - 2018`,
// `Đăng vào 02/10/2019`, `Thứ Ba, 14/01/2020 - 08:15 (GMT+7)`, `Cập nhật: 14/1/2020 lúc 8:00`.
// A line qualifies only when nothing but a label, weekday, time and the date is on it.

const LABEL = /^(?:đăng|cập nhật|ngày đăng|ngày cập nhật|xuất bản|thời gian|publish(?:ed)?|posted|ngày)(?:\s+(?:ngày|vào|lúc))?\s*:?\s*/iu;
const WEEKDAY = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn)\s*,?\s*/giu;
const TIME = /\b\d{1,2}\s*[:hg]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:SA|CH|AM|PM|sáng|chiều|tối))?\b/giu;
const ZONE = /\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?/giu;
const DATE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const WORD_DATE = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;

export function parseDateLine(line: string): string | null {
  if (line.length > 80) return null;
  let rest = line.replace(LABEL, '');
  rest = rest.replace(WEEKDAY, ' ').replace(ZONE, ' ').replace(TIME, ' ');
  rest = rest.replace(/\blúc\b|[|,–—]/giu, ' ').replace(/\s+/g, ' ').trim();
  rest = rest.replace(/^[-\s]+|[-\s]+$/g, '').replace(/^ngày\s+/iu, '');
  const m = DATE.exec(rest);
  if (m) return isoDate(+m[4]!, +m[3]!, +m[1]!);
  const w = WORD_DATE.exec(rest);
  if (w) return isoDate(+w[3]!, +w[2]!, +w[1]!);
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
