/**
 * Spans in text order, for sort (one comparator of the module: a comparator written in a
 * function is a closure made per call, whose optimised code V8 drops at each full collection).
 */
export const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

/** Numbers ascending, for sort. */
export const ascending = (a: number, b: number): number => a - b;

// Sorted spans (words, dates, masks): the index of the first that starts at or after an offset,
// by binary search, so per-number look-ups stay logarithmic on long texts.
export function firstStartingAtOrAfter(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The same, past spans of no width at the offset: the word reader marks a lost full stop as
 * a break of no width sharing its offset with the word after it, and a phrase starting
 * there starts at that word (`… đều thiếu Cả nước còn …`).
 */
export function firstFilledAtOrAfter(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let i = firstStartingAtOrAfter(spans, offset);
  while (i < spans.length && spans[i]!.start === offset && spans[i]!.end === offset) i++;
  return i;
}

/**
 * A phrase read from text[start, end) with its brackets balanced: a phrase never ends inside a
 * bracket nor at a stray closing one. Cut short right before its closing bracket (`Ngân hàng
 * Chính sách xã hội (NHCSXH`), it takes that bracket; else it ends before the bracket it opened
 * (`Pierre (phải)`, `U20 Đức (mới 1 điểm)` → `Pierre`, `U20 Đức`); a closing bracket it never
 * opened ends it (`Sở GTVT TP Cần Thơ)`). Null when nothing is left.
 */
export function balancedSpan(text: string, span: { start: number; end: number }): { start: number; end: number } | null {
  let depth = 0;
  let firstOpen = -1;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) {
      if (depth === 0) firstOpen = i;
      depth++;
    } else if (c === 41 /* ) */) {
      if (depth === 0) return trimmedSpan(text, span.start, i);
      depth--;
    }
  }
  if (depth === 0) return span;
  let after = span.end;
  while (after < text.length && text.charCodeAt(after) === 32) after++;
  if (depth === 1 && text.charCodeAt(after) === 41) return { start: span.start, end: after + 1 };
  return trimmedSpan(text, span.start, firstOpen);
}

/** text[start, end) without the spaces and commas that end it, or null when nothing is left. */
function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let e = end;
  while (e > start && /[\s,;:–-]/u.test(text.charAt(e - 1))) e--;
  return e > start ? { start, end: e } : null;
}
