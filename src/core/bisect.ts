/**
 * The number of leading items for which `before(i)` holds, in a sequence of `count` items where
 * it holds for a prefix only (items sorted by the property it tests): binary search.
 */
export function countBefore(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
