// Binary search over a sorted sequence, shared by the stages that look up offsets and token indices.

/**
 * The number of leading items for which `before(i)` holds, in a sequence ordered so that it holds for a
 * prefix only: the index of the first item for which it fails (length when it never does).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
