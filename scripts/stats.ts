/**
 * The percentile the benchmark scripts report: the value at index ⌊p·n⌋ of the sorted samples
 * (clamped to the last), so p95 of 20 samples is the largest. Sorts a copy.
 */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
