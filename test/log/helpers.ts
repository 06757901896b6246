import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { assess } from '../../lib/analysis';
import { type OpenSessionLogOptions, type SessionLog, openSessionLog } from '../../lib/log/store';
import type { Message } from '../../models/conversation';
import type {
  HintActionKind,
  JudgeVerdict,
  LoggedHint,
  LoggedSession,
  NewTurn,
} from '../../models/session-log';

/**
 * Shared by the session log tests: a fresh database per test (fake-indexeddb, one name each) and
 * turns carrying the analyzer's real assessments, so the log is tested on what the panel stores.
 */

let counter = 0;
export const freshDbName = () => `attune-log-test-${++counter}-${globalThis.crypto.randomUUID()}`;

/** Keeps key derivation quick in tests; one test checks the real default separately. */
export const TEST_KDF_ITERATIONS = 1_000;

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);

export function openTestLog(options: OpenSessionLogOptions = {}): Promise<SessionLog> {
  return openSessionLog({
    dbName: freshDbName(),
    kdfIterations: TEST_KDF_ITERATIONS,
    now: () => T0,
    ...options,
  });
}

/** A practice-style exchange with resistance, a risk-free sustain-talk client, and a directive reply. */
export const CONVERSATION: readonly Message[] = [
  { role: 'counselor', text: 'Hi, I am glad you reached out. What is on your mind tonight?' },
  {
    role: 'client',
    text: "My wife Maria says I drink too much but it's not that big a deal, everyone drinks.",
  },
  { role: 'counselor', text: 'You need to cut down on the drinking.' },
  { role: 'client', text: "No, that won't work. You're just reading from a script." },
  { role: 'counselor', text: "It sounds like you're frustrated that people keep telling you what to do." },
  { role: 'client', text: 'Yeah. I just want them to back off.' },
  { role: 'counselor', text: 'What would it look like if they did back off?' },
];

/** The turns the panel would log for `messages`: each assessed with what came before it. */
export function turnsFor(messages: readonly Message[], at = T0): NewTurn[] {
  return messages.map((m, i) => {
    const context = messages.slice(0, i);
    if (m.role === 'client') {
      return {
        role: 'client',
        text: m.text,
        at: at + i * 60_000,
        assessment: assess({ context: [...context, m] }).client,
      };
    }
    const draft = assess({ context, draft: m.text }).draft;
    const hints: LoggedHint[] = (draft?.hints ?? []).map((h) => ({
      rule: h.rule,
      about: h.about as LoggedHint['about'],
      severity: h.severity,
      message: h.message,
      action: 'ignored',
      actedAt: null,
    }));
    return {
      role: 'counselor',
      text: m.text,
      at: at + i * 60_000,
      sentDraft: true,
      assessment: draft,
      hints,
    };
  });
}

/**
 * `turns` with what the counselor did with one hint of the reply at `index`, as the recorder logs
 * it: on the turn it appends (the log has no separate write for it).
 */
export function withHintAction(
  turns: readonly NewTurn[],
  index: number,
  rule: string,
  action: HintActionKind,
  actedAt: number,
): NewTurn[] {
  return turns.map((turn, i) => {
    if (i !== index || turn.role !== 'counselor') return turn;
    const hints = (turn.hints ?? []).map((h) => (h.rule === rule ? { ...h, action, actedAt } : h));
    if (!hints.some((h) => h.rule === rule)) throw new Error(`no hint from ${rule} at turn ${index}`);
    return { ...turn, hints };
  });
}

/** `turns` with the judge's verdict on the reply at `index`, as the recorder logs it. */
export function withJudgeVerdict(turns: readonly NewTurn[], index: number, judge: JudgeVerdict): NewTurn[] {
  return turns.map((turn, i) => (i === index && turn.role === 'counselor' ? { ...turn, judge } : turn));
}

export async function logConversation(
  log: SessionLog,
  session: { site?: string; platform?: string; conversationKey?: string; startedAt?: number } = {},
  messages: readonly Message[] = CONVERSATION,
  edit: (turns: NewTurn[]) => NewTurn[] = (turns) => turns,
): Promise<LoggedSession> {
  const startedAt = session.startedAt ?? T0;
  const started = await log.startSession({
    site: session.site ?? 'chat.example.org',
    platform: session.platform ?? 'rocketchat',
    conversationKey: session.conversationKey ?? 'room/abc123',
    startedAt,
  });
  for (const turn of edit(turnsFor(messages, startedAt))) await log.appendTurn(started.id, turn);
  return started;
}

/** Every record in every store, as IndexedDB holds it (what someone reading the disk would get). */
export async function rawRecords(dbName: string): Promise<Record<string, unknown[]>> {
  const db = await openDB(dbName);
  const out: Record<string, unknown[]> = {};
  for (const store of Array.from(db.objectStoreNames)) out[store] = await db.getAll(store);
  db.close();
  return out;
}

/** Text a disk reader could find in the records: strings, plus bytes read as UTF-8 and Latin-1. */
export function readableText(value: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') parts.push(node);
    else if (node instanceof Uint8Array) {
      parts.push(new TextDecoder().decode(node), String.fromCharCode(...node));
    } else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null)
      Object.entries(node).forEach(([k, v]) => (parts.push(k), walk(v)));
  };
  walk(value);
  return parts.join('\n');
}
