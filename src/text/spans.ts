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
