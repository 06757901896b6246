/**
 * npx tsx scripts/bench-log.ts
 * Session log timings (issue 5): open a 500-turn session (getSession, target ≤ 200 ms) and list
 * 1,000 stored sessions (listSessions, target ≤ 300 ms), p50/p95 over several runs, with and
 * without encryption; plus appending one turn to a long session (what happens while counseling).
 *
 * In Node this runs on fake-indexeddb, an in-memory JavaScript IndexedDB: the figures measure our
 * code (decryption, validation, counting) more than a browser's storage engine. `benchSessionLog`
 * imports nothing from Node, so an extension page can run it on the real IndexedDB in Chromium.
 */
import { type SessionLog, openSessionLog } from '../lib/log/store';
import type { FullSessionExport, LoggedTurn } from '../models/session-log';
import { loggedConversation } from './logged-conversation';
import { percentile } from './stats';

const CLIENT_LINES = [
  'idk, i only drink because work is so stressful rn',
  "it's not that big a deal, everyone at work does it",
  'my wife keeps nagging me about it tbh',
  'yeah but nothing ever works for me anyway',
  "i don't want to talk about my dad",
];
const COUNSELOR_LINES = [
  'What do you make of what she says?',
  'It sounds like work has been a lot lately, and drinking is one way you unwind at the end of the day.',
  'You need to think about what this is doing to your health.',
  "You're not sure this is a problem, and part of you wonders what the fuss is about.",
  "What would you like to be different, if anything? It's your call.",
];

/** Turns with the analyzer's real assessments and hints, the size the panel would store. */
function conversation(sessionId: string, turns: number, startedAt: number): LoggedTurn[] {
  return loggedConversation({
    sessionId,
    turns,
    startedAt,
    spacingMs: 30_000,
    client: CLIENT_LINES,
    counselor: COUNSELOR_LINES,
  });
}

function sessionsToStore(count: number, turnsEach: number, now: number): FullSessionExport[] {
  const template = conversation('template', turnsEach, 0);
  return Array.from({ length: count }, (_, i) => {
    const id = `bench-${String(i).padStart(4, '0')}`;
    const startedAt = now - i * 3_600_000;
    const session: FullSessionExport['session'] = {
      id,
      site: i % 3 === 0 ? 'chat.one.example' : 'chat.two.example',
      platform: 'rocketchat',
      conversationKey: `room/${i}`,
      startedAt,
    };
    if (i % 10 === 0) session.counselorNote = 'Check the reflection at turn 12.';
    return { session, turns: template.map((t) => ({ ...t, sessionId: id, at: startedAt + t.seq * 30_000 })) };
  });
}

async function time(runs: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export interface BenchRow {
  readonly what: string;
  readonly encrypted: boolean;
  readonly p50: number;
  readonly p95: number;
  readonly target: number | null;
}

/** Runs the benchmark on whatever IndexedDB the global scope has (a page's, or fake-indexeddb). */
export async function benchSessionLog(
  options: { runs?: number; dbPrefix?: string } = {},
): Promise<BenchRow[]> {
  const runs = options.runs ?? 20;
  const prefix = options.dbPrefix ?? `attune-log-bench-${Date.now()}`;
  const now = Date.now();
  const rows: BenchRow[] = [];
  const manySessions = sessionsToStore(1_000, 40, now);
  const [long500] = sessionsToStore(1, 500, now);
  const longSession = { ...long500!, session: { ...long500!.session, id: 'bench-long' } };
  longSession.turns = longSession.turns.map((t) => ({ ...t, sessionId: 'bench-long' }));

  for (const encrypted of [false, true]) {
    const passphrase = encrypted ? 'bench passphrase' : undefined;
    const log: SessionLog = await openSessionLog({ dbName: `${prefix}-${encrypted}`, passphrase });
    await log.importSessions([longSession, ...manySessions]);
    const long = await log.getSession(longSession.session.id);
    if (long?.turns.length !== 500) throw new Error('the 500-turn session did not load');
    if ((await log.listSessions()).length !== 1_001) throw new Error('the 1,000 sessions did not list');

    const open = await time(runs, () => log.getSession(longSession.session.id));
    rows.push({ what: 'getSession, 500 turns', encrypted, ...open, target: 200 });
    const list = await time(runs, () => log.listSessions());
    rows.push({ what: 'listSessions, 1,001 sessions', encrypted, ...list, target: 300 });
    const filtered = await time(runs, () =>
      log.listSessions({ hasResistance: true, minScore: 0.1, search: 'turn 12' }),
    );
    rows.push({ what: 'listSessions, filtered + search', encrypted, ...filtered, target: 300 });
    const [{ sessionId: _id, seq: _seq, at: _at, ...turn }] = conversation('x', 1, now) as [LoggedTurn];
    const append = await time(runs, () => log.appendTurn(longSession.session.id, turn));
    rows.push({ what: 'appendTurn, to a long session', encrypted, ...append, target: null });
    await log.deleteAll({ forgetPassphrase: true });
    log.close();
  }
  return rows;
}

async function main(): Promise<void> {
  // Only where there is no IndexedDB (Node): the module replaces the global one unconditionally.
  // @ts-expect-error: fake-indexeddb/auto ships no types; it only installs globals
  if (typeof indexedDB === 'undefined') await import('fake-indexeddb/auto');
  const started = performance.now();
  const rows = await benchSessionLog();
  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
  console.log('Session log benchmark (fake-indexeddb in Node; one thread)');
  console.log(
    `${'operation'.padEnd(34)}${'encrypted'.padEnd(11)}${'p50'.padStart(9)}${'p95'.padStart(9)}  target`,
  );
  for (const r of rows) {
    const verdict = r.target === null ? '' : `≤ ${r.target} ms ${r.p95 <= r.target ? 'met' : 'NOT MET'}`;
    console.log(`${r.what.padEnd(34)}${String(r.encrypted).padEnd(11)}${ms(r.p50)}${ms(r.p95)}  ${verdict}`);
  }
  console.log(`(total ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (typeof process !== 'undefined' && process.argv[1]?.endsWith('bench-log.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
