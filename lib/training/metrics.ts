/** Classification metrics for the eval command (pure, tested in test/analysis/metrics.test.ts). */

export function f1For<L>(gold: readonly L[], predicted: readonly L[], label: L): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (p === label && g === label) tp++;
    else if (p === label) fp++;
    else if (g === label) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

export function macroF1<L>(gold: readonly L[], predicted: readonly L[], labels: readonly L[]): number {
  return labels.reduce((s, l) => s + f1For(gold, predicted, l), 0) / labels.length;
}

export function accuracy<L>(gold: readonly L[], predicted: readonly L[]): number {
  return gold.filter((g, i) => g === predicted[i]).length / Math.max(1, gold.length);
}

/** Area under the ROC curve: the chance a random positive outscores a random negative (ties half). */
export function auroc(scores: readonly number[], positive: readonly boolean[]): number {
  const pos = scores.filter((_, i) => positive[i]);
  const neg = scores.filter((_, i) => !positive[i]);
  if (pos.length === 0 || neg.length === 0) return NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** Assigns each group to one of k folds, deterministically and as evenly as sizes allow. */
export function foldsByGroup(groups: readonly string[], k: number): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const load = new Array<number>(k).fill(0);
  const out = new Map<string, number>();
  for (const [g, n] of [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const f = load.indexOf(Math.min(...load));
    out.set(g, f);
    load[f]! += n;
  }
  return out;
}
