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
