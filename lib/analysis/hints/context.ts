import type { Hint, Message, ResistanceBehaviour, ResistanceCue } from '../../../models';
import type { ClientReading } from '../client';
import { type DraftScore, clientShowsFeeling } from '../draft';
import { FEELING_WORDS } from '../lexicon/draft';

/**
 * Everything a hint rule reads, worked out once per assessment: the rules run on every keystroke
 * and most of them need the same few facts (the top resistance cue, whether the client shows
 * feeling, the spans to quote).
 */
export interface HintContext {
  readonly context: readonly Message[];
  readonly draft: string;
  readonly client: ClientReading | null;
  readonly score: DraftScore;
  /** Resistance cues in the client's recent messages, strongest first. */
  readonly cues: readonly ResistanceCue[];
  readonly resistant: boolean;
  readonly topCue: ResistanceCue | undefined;
  /** The top cue as a quotable client span, or null without resistance. */
  readonly clientEvidence: ClientSpan | null;
  /** "The client rejects the suggestion (disagreeing, arguing)", or "The client". */
  readonly behaviourText: string;
  /** The client's recent messages carry feeling a reply should acknowledge. */
  readonly emotional: boolean;
  /** The first feeling word of the client's latest turn ("scared"), if any. */
  readonly feeling: string | null;
  /** The client's recent messages hold risk: only the rules that fit a risk moment speak. */
  readonly riskMoment: boolean;
}

export type ClientSpan = NonNullable<Hint['evidence']['client']>;
export type DraftSpan = NonNullable<Hint['evidence']['draft']>;

const BEHAVIOUR_PHRASE: Record<ResistanceBehaviour, string> = {
  challenging: 'challenges what you said',
  discounting: 'discounts you or the help on offer',
  blaming: 'puts the problem on other people',
  disagreeing: 'rejects the suggestion',
  excusing: 'explains the behaviour away',
  minimizing: 'plays the problem down',
  pessimism: "doesn't believe change can work",
  hesitation: 'has reservations',
  unwillingness: "says they don't want to change",
  minimal_response: 'is giving very short answers',
  boundary_setting: "doesn't want to talk about this",
  inattention: 'is staying with their own concern',
  sidetracking: 'is changing the subject',
};

/** A feeling word anywhere in a text (compiled once: hints run on every keystroke). */
const FEELING_WORD = new RegExp(String.raw`\b${FEELING_WORDS}\b`, 'iu');

export function hintContext(
  context: readonly Message[],
  draft: string,
  client: ClientReading | null,
  score: DraftScore,
): HintContext {
  const cues = client?.assessment.resistance.cues ?? [];
  const topCue = cues[0];
  const feelingMatch = client ? FEELING_WORD.exec(client.turn.norm) : null;
  return {
    context,
    draft,
    client,
    score,
    cues,
    resistant: client?.assessment.resistance.present === true,
    topCue,
    clientEvidence: topCue ? clientSpan(context, topCue) : null,
    behaviourText: topCue
      ? `The client ${BEHAVIOUR_PHRASE[topCue.behaviour]} (${topCue.behaviour.replace('_', ' ')}, ${topCue.category})`
      : 'The client',
    emotional: clientShowsFeeling(client),
    feeling: feelingMatch ? feelingMatch[0].toLowerCase() : null,
    riskMoment: (client?.assessment.risk.level ?? 'none') !== 'none',
  };
}

export function clientSpan(
  context: readonly Message[],
  s: { message: number; start: number; end: number },
): ClientSpan {
  return {
    message: s.message,
    start: s.start,
    end: s.end,
    text: context[s.message]!.text.slice(s.start, s.end),
  };
}

export function draftSpan(draft: string, s: { start: number; end: number } | undefined): DraftSpan | null {
  return s ? { start: s.start, end: s.end, text: draft.slice(s.start, s.end) } : null;
}

/** The first feeling word in the client's latest message, as evidence. */
export function feelingSpan(ctx: HintContext): ClientSpan | null {
  if (!ctx.client) return null;
  const last = ctx.cues[0]?.message ?? lastClientIndex(ctx.context);
  if (last < 0) return null;
  const m = FEELING_WORD.exec(ctx.context[last]!.text);
  return m ? { message: last, start: m.index, end: m.index + m[0].length, text: m[0] } : null;
}

export function lastClientIndex(context: readonly Message[]): number {
  for (let k = context.length - 1; k >= 0; k--) if (context[k]!.role === 'client') return k;
  return -1;
}
