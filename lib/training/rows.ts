/** One line of the tables `npm run eval` prints: a figure, its target if the issue names one, its data. */
export interface EvalRow {
  readonly name: string;
  readonly value: number;
  readonly target: number | null;
  readonly note: string;
}

/** A titled table of rows; a row whose name says "lower is better" meets its target from below. */
export function printRows(title: string, rows: readonly EvalRow[]): void {
  const width = Math.max('metric'.length, ...rows.map((r) => r.name.length));
  console.log(`\n${title}\n`);
  console.log(`${'metric'.padEnd(width)} ${'value'.padEnd(7)} ${'target'.padEnd(7)} ${'met'.padEnd(4)} data`);
  console.log('-'.repeat(width + 38));
  for (const r of rows) {
    const lowerIsBetter = r.name.includes('lower is better');
    const target = r.target === null ? '' : `${lowerIsBetter ? '≤' : '≥'}${r.target.toFixed(2)}`;
    const met =
      r.target === null ? '' : (lowerIsBetter ? r.value <= r.target : r.value >= r.target) ? 'yes' : 'no';
    console.log(
      `${r.name.padEnd(width)} ${r.value.toFixed(3).padEnd(7)} ${target.padEnd(7)} ${met.padEnd(4)} ${r.note}`,
    );
  }
}
