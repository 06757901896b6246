import { assess } from '../lib/analysis';
import { ownTurnReading } from '../lib/log/recorder';
import type { Message } from '../models/conversation';
import type { HintActionKind, LoggedHint, LoggedTurn } from '../models/session-log';

/**
 * Turns for the benchmarks, the size and shape the side panel logs: client and counselor lines
 * alternate (client first), each read by the analyzer over the 20 messages before it, the client's
 * reading kept to its own turn as the recorder keeps it, and each reply's hints with what the
 * counselor did (`hintAction(i)` for the i-th hint; not used unless it says otherwise).
 */
export function loggedConversation(options: {
  sessionId: string;
  turns: number;
  startedAt: number;
  spacingMs: number;
  client: readonly string[];
  counselor: readonly string[];
  hintAction?: (index: number, at: number) => { action: HintActionKind; actedAt: number | null };
}): LoggedTurn[] {
  const { sessionId, startedAt, spacingMs } = options;
  const hintAction = options.hintAction ?? (() => ({ action: 'ignored' as const, actedAt: null }));
  const messages: Message[] = [];
  const out: LoggedTurn[] = [];
  for (let seq = 0; seq < options.turns; seq++) {
    const client = seq % 2 === 0;
    const lines = client ? options.client : options.counselor;
    const text = lines[Math.floor(seq / 2) % lines.length]!;
    const at = startedAt + seq * spacingMs;
    const context = messages.slice(-20);
    if (client) {
      const window = [...context, { role: 'client' as const, text }];
      const assessment = ownTurnReading(assess({ context: window }).client, context.length);
      out.push({ sessionId, seq, at, role: 'client', text, assessment });
    } else {
      const draft = assess({ context, draft: text }).draft;
      const hints: LoggedHint[] = (draft?.hints ?? []).map((h, i) => ({
        rule: h.rule,
        about: h.about as LoggedHint['about'],
        severity: h.severity,
        message: h.message,
        ...hintAction(i, at),
      }));
      out.push({
        sessionId,
        seq,
        at,
        role: 'counselor',
        text,
        sentDraft: true,
        assessment: draft,
        hints,
        judge: null,
      });
    }
    messages.push({ role: client ? 'client' : 'counselor', text });
  }
  return out;
}
