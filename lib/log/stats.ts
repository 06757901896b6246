import { mechanismKeys } from '../../models/framework';
import type { DraftAssessment, SessionSummary } from '../../models/assessment';
import {
  type SessionStats,
  type SessionTally,
  type TurnBody,
  hintActionKinds,
} from '../../models/session-log';
import { countFlags, summarize, type CodedTurn } from '../analysis/session';
import { miAdherentFlags, miNonAdherentFlags } from '../../models/vocabulary';

/**
 * A session's running counts, updated one turn at a time so the review list and the MITI summary
 * never need to read the turns again.
 */

const zeroPerKey = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyTally(): SessionTally {
  return {
    turns: 0,
    clientTurns: 0,
    counselorTurns: 0,
    assessedReplies: 0,
    resistanceMoments: 0,
    behaviours: {},
    riskMoments: 0,
    hintsShown: 0,
    hintActions: zeroPerKey(hintActionKinds),
    mechanismSums: zeroPerKey(mechanismKeys),
    codes: {},
    miAdherent: 0,
    miNonAdherent: 0,
  };
}

type Code = Pick<CodedTurn, 'main' | 'question' | 'reflection' | 'input'>;

function codeKey(draft: DraftAssessment): string {
  return `${draft.main}:${draft.question ?? draft.reflection ?? draft.input ?? ''}`;
}

function codeOf(key: string): Code {
  const [main, rawSub] = key.split(':') as [NonNullable<CodedTurn['main']>, string | undefined];
  const sub = rawSub || null;
  return {
    main,
    question: main === 'question' ? (sub as CodedTurn['question']) : null,
    reflection: main === 'reflection' ? (sub as CodedTurn['reflection']) : null,
    input: main === 'therapist_input' ? (sub as CodedTurn['input']) : null,
  };
}

/** The tally with one more turn counted. */
export function countTurn(tally: SessionTally, turn: TurnBody): SessionTally {
  const next: SessionTally = {
    ...tally,
    turns: tally.turns + 1,
    behaviours: { ...tally.behaviours },
    hintActions: { ...tally.hintActions },
    mechanismSums: { ...tally.mechanismSums },
    codes: { ...tally.codes },
  };
  if (turn.role === 'client') {
    next.clientTurns++;
    const client = turn.assessment;
    if (client?.resistance.present) next.resistanceMoments++;
    if (client && client.risk.level !== 'none') next.riskMoments++;
    for (const behaviour of new Set(client?.resistance.cues.map((c) => c.behaviour) ?? [])) {
      next.behaviours[behaviour] = (next.behaviours[behaviour] ?? 0) + 1;
    }
    return next;
  }
  next.counselorTurns++;
  next.hintsShown += turn.hints.length;
  for (const hint of turn.hints) next.hintActions[hint.action]++;
  const draft = turn.assessment;
  if (draft) {
    next.assessedReplies++;
    for (const key of mechanismKeys) next.mechanismSums[key] += draft.mechanisms[key];
    const key = codeKey(draft);
    next.codes[key] = (next.codes[key] ?? 0) + 1;
    // The same MI-adherent and non-adherent behaviours the analyzer's session summary counts.
    const f = draft.flags;
    next.miAdherent += countFlags(f, miAdherentFlags);
    next.miNonAdherent += countFlags(f, miNonAdherentFlags);
  }
  return next;
}

export function statsOf(tally: SessionTally): SessionStats {
  const { mechanismSums, codes: _codes, miAdherent: _a, miNonAdherent: _n, ...counts } = tally;
  const mechanismMeans = Object.fromEntries(
    mechanismKeys.map((k) => [
      k,
      tally.assessedReplies === 0 ? null : Number((mechanismSums[k] / tally.assessedReplies).toFixed(3)),
    ]),
  ) as SessionStats['mechanismMeans'];
  return { ...counts, mechanismMeans };
}

/**
 * The MITI 4.2.1 summary (lib/analysis/session.ts) of what was logged. Replies the panel did not
 * assess (no send-echo match) are left out of the ratios rather than counted as uncoded: they give
 * no evidence either way. `turns` still counts every logged turn.
 */
export function summaryOf(tally: SessionTally): SessionSummary | undefined {
  if (tally.turns === 0) return undefined;
  const coded: CodedTurn[] = [];
  for (let i = 0; i < tally.clientTurns; i++) {
    coded.push({ role: 'client', resistance: i < tally.resistanceMoments });
  }
  for (const [key, n] of Object.entries(tally.codes)) {
    const code = codeOf(key);
    for (let i = 0; i < n; i++) coded.push({ role: 'counselor', ...code });
  }
  // summarize() only adds these up across counselor turns, so carrying the totals on one is exact.
  const first = coded.find((t) => t.role === 'counselor');
  if (first)
    coded[coded.indexOf(first)] = { ...first, adherent: tally.miAdherent, nonAdherent: tally.miNonAdherent };
  return { ...summarize(coded), turns: tally.turns };
}
