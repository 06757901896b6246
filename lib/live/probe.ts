/**
 * What the browser tests and benchmarks measure of the live reader in a page: when it read and
 * how long each read and each drawing of the inline marks took, and which phrases it marked.
 *
 * Kept only in the e2e build (`wxt build --mode e2e`: in every other build `import.meta.env.MODE`
 * is a constant and all of this is dropped), and only in the content script's own JavaScript world,
 * a global of the extension's isolated world. The page's scripts run in another world and cannot
 * see it; the tests read it over the DevTools protocol, in that world (test/e2e/reader-probe.ts).
 * Nothing goes to the page's performance timeline, console or DOM.
 */
export interface ReadRecord {
  /** Epoch milliseconds when the read started. */
  readonly at: number;
  readonly ms: number;
  /** `full`: the page was parsed; `draft`: only the reply box was (nothing else had changed). */
  readonly kind: 'full' | 'draft';
  /** What was sent to the panel: everything, what changed, or nothing (nothing changed). */
  readonly sent: 'snapshot' | 'update' | 'nothing';
  /** Of `ms`, the time spent comparing with the last snapshot and handing the message over. */
  readonly sendMs: number;
  readonly messages: number;
}

export interface MarksRecord {
  readonly at: number;
  readonly ms: number;
  /** The phrases drawn now, by kind. */
  readonly shown: readonly { readonly kind: string; readonly text: string; readonly boxes: number }[];
}

export interface ReaderProbe {
  readonly reads: ReadRecord[];
  readonly marks: MarksRecord[];
}

/** The global the tests read, in the content script's world. */
export const PROBE_GLOBAL = '__attuneProbe';

/** Whether this build keeps the records (the e2e build); a constant the bundler folds. */
export function probing(): boolean {
  return import.meta.env.MODE === 'e2e';
}

function probe(): ReaderProbe {
  const scope = globalThis as unknown as Record<string, ReaderProbe | undefined>;
  return (scope[PROBE_GLOBAL] ??= { reads: [], marks: [] });
}

export function recordRead(record: ReadRecord): void {
  if (import.meta.env.MODE !== 'e2e') return;
  probe().reads.push(record);
}

export function recordMarks(record: MarksRecord): void {
  if (import.meta.env.MODE !== 'e2e') return;
  probe().marks.push(record);
}
