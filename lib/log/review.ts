import { mechanismKeys } from '../../models/framework';
import type { MechanismKey, ResistanceBehaviour, RiskKind, RiskLevel } from '../../models/framework';
import { DRAFT_RULES } from '../analysis/lexicon/draft';
import { findMatches } from '../analysis/match';
import { normalize } from '../analysis/text';
import type { SessionSummary } from '../../models/assessment';
import type { ClientTurn, CounselorTurn, LoggedTurn, SessionListItem } from '../../models/session-log';

/**
 * What the review page reads out of a logged session: the MITI 4.2.1 summary against its
 * thresholds, the risk moments and whether each was asked about, the resistance moments and how
 * each was met, and the series its charts draw. Plain
 * functions of stored data, so the views stay views and the meaning is tested once.
 */

export type Mark = 'good' | 'fair' | 'below' | 'none';

export interface MitiRow {
  readonly id:
    | 'reflectionToQuestion'
    | 'percentComplexReflections'
    | 'percentOpenQuestions'
    | 'miAdherent'
    | 'miNonAdherent';
  readonly name: string;
  /** The value as a reader wants it: "2.5 : 1", "45%", "3". */
  readonly value: string;
  /** Against the threshold; `none` where there is no threshold or nothing to measure. */
  readonly mark: Mark;
  /** The threshold, in words. */
  readonly threshold: string;
  /** One sentence: what the number means for this counselor. */
  readonly meaning: string;
}

/**
 * MITI 4.2.1 competence thresholds (framework.md §3). Percent open questions has none in MITI 4
 * (it was dropped after MITI 3.1.1, whose 50% / 70% are shown for reference and marked as such).
 */
export const MITI_THRESHOLDS = {
  reflectionToQuestion: { fair: 1, good: 2 },
  percentComplexReflections: { fair: 40, good: 50 },
  percentOpenQuestionsMiti3: { fair: 50, good: 70 },
} as const;

function markOf(value: number | null, threshold: { fair: number; good: number }): Mark {
  if (value === null) return 'none';
  if (value >= threshold.good) return 'good';
  if (value >= threshold.fair) return 'fair';
  return 'below';
}

const ratio = (value: number) => `${Number(value.toFixed(2))} : 1`;
const percent = (value: number) => `${Math.round(value)}%`;

export function mitiRows(summary: SessionSummary): MitiRow[] {
  const rq = summary.reflectionToQuestion;
  const cr = summary.percentComplexReflections;
  const oq = summary.percentOpenQuestions;
  const rqMark = markOf(rq, MITI_THRESHOLDS.reflectionToQuestion);
  const crMark = markOf(cr, MITI_THRESHOLDS.percentComplexReflections);
  return [
    {
      id: 'reflectionToQuestion',
      name: 'Reflection-to-question ratio',
      value: rq === null ? 'no questions' : ratio(rq),
      mark: rqMark,
      threshold: 'fair 1 : 1, good 2 : 1',
      meaning:
        rq === null
          ? 'No question was coded, so there is no ratio: look at the reflections themselves.'
          : rqMark === 'below'
            ? 'More questions than reflections: the client is answering more than being heard.'
            : rqMark === 'fair'
              ? 'About as many reflections as questions: listening keeps pace with asking.'
              : 'At least two reflections per question: the client is mostly being heard, not quizzed.',
    },
    {
      id: 'percentComplexReflections',
      name: 'Complex reflections',
      value: cr === null ? 'no reflections' : percent(cr),
      mark: crMark,
      threshold: 'fair 40%, good 50%',
      meaning:
        cr === null
          ? 'No reflection was coded in the assessed replies.'
          : crMark === 'below'
            ? 'Most reflections repeat the client’s words; complex ones add meaning or feeling.'
            : crMark === 'fair'
              ? 'Many reflections go beyond the client’s words; half or more would be good.'
              : 'Half or more of the reflections add meaning, feeling or the other side of ambivalence.',
    },
    {
      id: 'percentOpenQuestions',
      name: 'Open questions',
      value: oq === null ? 'no questions' : percent(oq),
      mark: markOf(oq, MITI_THRESHOLDS.percentOpenQuestionsMiti3),
      threshold: 'MITI 4.2.1 sets none; MITI 3.1.1 used fair 50%, good 70%',
      meaning:
        oq === null
          ? 'No question was coded.'
          : 'The share of questions that invite the client to say more; a reference point only, since MITI 4 dropped this threshold.',
    },
    {
      id: 'miAdherent',
      name: 'MI-adherent behaviours',
      value: String(summary.miAdherent),
      mark: 'none',
      threshold: 'no threshold: track it',
      meaning: 'Affirming, seeking collaboration and emphasizing autonomy: more is better.',
    },
    {
      id: 'miNonAdherent',
      name: 'MI-non-adherent behaviours',
      value: String(summary.miNonAdherent),
      mark: 'none',
      threshold: 'no threshold: track it',
      meaning:
        summary.miNonAdherent === 0
          ? 'No confronting or persuading without permission was noticed.'
          : 'Confronting or persuading without permission: each one is worth going over together.',
    },
  ];
}

export const markNames: Record<Mark, string> = {
  good: 'good',
  fair: 'fair',
  below: 'below fair',
  none: 'no mark',
};

/** A client turn where resistance was noticed, and the counselor's next reply to it. */
export interface ResistanceMoment {
  readonly client: ClientTurn;
  readonly behaviours: ResistanceBehaviour[];
  /** The first counselor turn after it, or null when the session ends first. */
  readonly reply: CounselorTurn | null;
}

export function resistanceMoments(turns: readonly LoggedTurn[]): ResistanceMoment[] {
  const moments: ResistanceMoment[] = [];
  turns.forEach((turn, i) => {
    if (turn.role !== 'client' || !turn.assessment?.resistance.present) return;
    const behaviours = [...new Set(turn.assessment.resistance.cues.map((c) => c.behaviour))];
    // A moment is a phrase and a behaviour; logs from before that rule may hold cue-less readings.
    if (behaviours.length === 0) return;
    const reply = turns.slice(i + 1).find((t): t is CounselorTurn => t.role === 'counselor') ?? null;
    moments.push({ client: turn, behaviours, reply });
  });
  return moments;
}

/** Moments that the same reply met, together (a client often resists over several messages). */
export function groupByReply(
  moments: readonly ResistanceMoment[],
): { moments: ResistanceMoment[]; reply: CounselorTurn | null }[] {
  const groups: { moments: ResistanceMoment[]; reply: CounselorTurn | null }[] = [];
  for (const moment of moments) {
    const last = groups.at(-1);
    if (last && last.reply !== null && last.reply === moment.reply) last.moments.push(moment);
    else groups.push({ moments: [moment], reply: moment.reply });
  }
  return groups;
}

/** Counselor seq → the seqs of the resistance moments that turn is the reply to (for the timeline). */
export function repliesToResistance(moments: readonly ResistanceMoment[]): Map<number, number[]> {
  const replies = new Map<number, number[]>();
  for (const m of moments)
    if (m.reply) replies.set(m.reply.seq, [...(replies.get(m.reply.seq) ?? []), m.client.seq]);
  return replies;
}

export interface Series {
  /** One label per point. */
  readonly labels: string[];
  readonly lines: { readonly key: MechanismKey | 'score'; readonly values: (number | null)[] }[];
}

/** The four mechanism levels (0..2) of each assessed reply, in order ("turn 4", "turn 6"...). */
export function mechanismSeries(turns: readonly LoggedTurn[]): Series {
  const assessed = turns.filter(
    (t): t is CounselorTurn & { assessment: NonNullable<CounselorTurn['assessment']> } =>
      t.role === 'counselor' && t.assessment !== null,
  );
  return {
    labels: assessed.map((t) => `turn ${t.seq + 1}`),
    lines: mechanismKeys.map((key) => ({ key, values: assessed.map((t) => t.assessment.mechanisms[key]) })),
  };
}

/** How many sessions the trend charts show at most (the latest). */
export const TREND_SESSIONS = 60;

/** Per session, oldest first: the summary score (0..1) and each mechanism's mean level (0..2). */
export function trendSeries(items: readonly SessionListItem[], dateLabel: (ms: number) => string): Series {
  const sessions = [...items].sort((a, b) => a.startedAt - b.startedAt).slice(-TREND_SESSIONS);
  return {
    labels: sessions.map((s) => dateLabel(s.startedAt)),
    lines: [
      { key: 'score', values: sessions.map((s) => s.summary?.score ?? null) },
      ...mechanismKeys.map((key) => ({ key, values: sessions.map((s) => s.stats.mechanismMeans[key]) })),
    ],
  };
}

/** Distinct sites, for the site filter. */
export function sitesOf(items: readonly SessionListItem[]): string[] {
  return [...new Set(items.map((i) => i.site))].sort((a, b) => a.localeCompare(b));
}

/** Local calendar day bounds for a date input's value ("2026-11-21"): [start, end] in ms. */
export function dayRange(value: string): { start: number; end: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return null;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1).getTime() - 1;
  return Number.isFinite(start) ? { start, end } : null;
}

/** How the reply after a risk disclosure met it. */
export type SafetyAnswer = 'asked' | 'not_asked' | 'no_reply';

/** A client turn where risk was read, and whether the counselor's next reply asked about safety. */
export interface RiskMoment {
  readonly client: ClientTurn;
  readonly level: Exclude<RiskLevel, 'none'>;
  readonly kinds: RiskKind[];
  readonly reply: CounselorTurn | null;
  readonly answer: SafetyAnswer;
}

/**
 * Whether a reply asks about safety, read from its own words (the draft rules' safety check), so
 * replies sent without a matching draft are read too.
 */
export function asksAboutSafety(text: string): boolean {
  return findMatches(normalize(text), DRAFT_RULES).some((m) => m.rule.tag === 'safety_check');
}

/** Every client turn with risk read in it, highest level first, then in order. */
export function riskMoments(turns: readonly LoggedTurn[]): RiskMoment[] {
  const moments: RiskMoment[] = [];
  turns.forEach((turn, i) => {
    const risk = turn.role === 'client' ? turn.assessment?.risk : undefined;
    if (turn.role !== 'client' || !risk || risk.level === 'none') return;
    const reply = turns.slice(i + 1).find((t): t is CounselorTurn => t.role === 'counselor') ?? null;
    moments.push({
      client: turn,
      level: risk.level,
      kinds: [...new Set(risk.evidence.map((e) => e.kind))],
      reply,
      answer: !reply ? 'no_reply' : asksAboutSafety(reply.text) ? 'asked' : 'not_asked',
    });
  });
  return moments.sort((a, b) =>
    a.level === b.level ? a.client.seq - b.client.seq : a.level === 'high' ? -1 : 1,
  );
}
