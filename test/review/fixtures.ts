import { countTurn, emptyTally, statsOf, summaryOf } from '../../lib/log/stats';
import type { SessionDetail } from '../../lib/log/store';
import type { DraftAssessment, Message } from '../../models';
import type { LoggedTurn, SessionListItem, TurnBody } from '../../models/session-log';
import { CONVERSATION, T0, turnsFor } from '../log/helpers';

/**
 * A logged session as the review page gets it from the log, built from the analyzer's real
 * readings of a practice-style conversation: the second client message minimizes and the reply to
 * it is directive, so there are resistance moments, hints and a non-adherent reply to show.
 */
export function sessionDetail(
  sessionId = 'session-1',
  messages: readonly Message[] = CONVERSATION,
): SessionDetail {
  const turns: LoggedTurn[] = turnsFor(messages).map((turn, seq) => {
    const at = turn.at ?? T0 + seq * 60_000;
    if (turn.role === 'client') {
      // As the recorder stores them: spans point into the turn's own text (message 0).
      const a = turn.assessment ?? null;
      const own = (m: { message: number }) => m.message === seq;
      return {
        sessionId,
        seq,
        at,
        role: 'client',
        text: turn.text,
        assessment: a && {
          ...a,
          resistance: {
            ...a.resistance,
            cues: a.resistance.cues.filter(own).map((c) => ({ ...c, message: 0 })),
          },
          risk: { ...a.risk, evidence: a.risk.evidence.filter(own).map((e) => ({ ...e, message: 0 })) },
        },
      };
    }
    // The counselor dismissed the first hint on each reply and left the others.
    const hints = (turn.hints ?? []).map((h, i) =>
      i === 0 ? { ...h, action: 'dismissed' as const, actedAt: at - 5_000 } : h,
    );
    return {
      sessionId,
      seq,
      at,
      role: 'counselor',
      text: turn.text,
      sentDraft: turn.sentDraft,
      // The analyzer's own output: every flag is set, so the stored (parsed) shape holds.
      assessment: (turn.assessment ?? null) as DraftAssessment | null,
      hints,
      judge: null,
    };
  });
  const tally = turns.reduce(
    (t, { sessionId: _s, seq: _q, at: _a, ...body }) => countTurn(t, body as TurnBody),
    emptyTally(),
  );
  return {
    session: {
      id: sessionId,
      site: 'chat.example.org',
      platform: 'rocketchat',
      conversationKey: 'rocketchat https://chat.example.org/room/42',
      startedAt: T0,
      counselorNote: 'Rushed to advice.',
      summary: summaryOf(tally),
    },
    stats: statsOf(tally),
    turns,
  };
}

/** A list entry with its stats; `overrides` set what a test is about. */
export function listItem(overrides: Partial<SessionListItem> & { id: string }): SessionListItem {
  const detail = sessionDetail(overrides.id);
  return { ...detail.session, stats: detail.stats, ...overrides };
}
