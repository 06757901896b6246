import type { ClientAssessment, ResistanceBehaviour, ResistanceCue, TalkType } from '../../models';
// Values come from the zod-free vocabulary so the content script does not ship a schema library.
import { behaviourCategory, behaviourMiView } from '../../models/vocabulary';
import { type ContextMessage, type Conversation, counselorCuesOf } from './context';
import { type FeatureVector, type TurnText, clientFeatures, overlap, turnText } from './features';
import { CHANGE_TALK_RULES, type ChangeTalkKind } from './lexicon/change-talk';
import { MINIMAL_REPLY, RESISTANCE_RULES } from './lexicon/resistance';
import { findMatches, isNegated } from './match';
import type { LinearModel } from './model';
import { FEELING_IN_CLIENT, SERIOUS_DISTRESS } from './ignores-risk';
import { type RiskModels, readRisk } from './risk';
import { contentWords, tokenize } from './text';

/** Resistance counts as present from this confidence on. */
export const RESISTANCE_THRESHOLD = 0.5;
const MAX_CUES = 6;
/** Cues weaker than this (a short answer to a yes/no question) are not worth showing. */
const MIN_CUE_WEIGHT = 0.3;

export interface ChangeTalkCue {
  readonly kind: ChangeTalkKind;
  readonly message: number;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

/** Everything the draft scorer and the hints need to know about the client's side. */
export interface ClientReading {
  readonly assessment: ClientAssessment;
  readonly changeTalk: readonly ChangeTalkCue[];
  /** The client turn's normalized text, joined (for features and overlap). */
  readonly turn: TurnText;
  /** The risk model's features of the recent client messages. */
  readonly riskFeatures: FeatureVector;
  /** Serious distress in the recent client messages, whether or not risk was read. */
  readonly distress: boolean;
}

type CounselorMove = 'open_question' | 'closed_question' | 'suggestion' | 'statement' | 'none';

/** What the counselor's previous message asked for: it decides what a short reply means. */
export function counselorMove(counselor: ContextMessage | null): CounselorMove {
  if (!counselor) return 'none';
  const tags = counselorCuesOf(counselor);
  if (tags.has('advice') || tags.has('options') || tags.has('information')) return 'suggestion';
  if (tags.has('open_question')) return 'open_question';
  if (tags.has('closed_question') || /\?\s*$/.test(counselor.norm.text)) return 'closed_question';
  return 'statement';
}

/**
 * How answers open, so an answer that shares no word with the question is not taken for
 * inattention: "it went ok", "like 4 or 5 beers", "nothing much, just gaming".
 */
const ANSWER_MARKERS =
  /^(?:yes|yeah|yep|no|nope|nah|maybe|because|well|not|never|i think|i guess|i suppose|it|that|sometimes|probably|kind of|sort of|i don't|nothing|just|mostly|usually|only|like|about|around|once|twice|every|\d)\b/u;

/** A question about someone ("what did the doctor say?") is answered by "she said...". */
const NAMES_A_PERSON =
  /\b(?:he|she|they|him|her|them|his|their|mum|dad|mother|father|parents?|brother|sister|partner|wife|husband|boyfriend|girlfriend|friends?|boss|manager|teacher|doctor|gp|nurse|therapist|counsell?or|family|kids?|son|daughter|ex)\b/u;

/** Words of an open-ended question that any answer satisfies ("what brings you here today?"). */
const GENERIC_QUESTION_WORDS = new Set(
  'brings bring brought today week weekend day days going doing feel feeling feelings happen happened happening mind else tell talk more about like since last time lately recently things life been'.split(
    ' ',
  ),
);

/** "no, not angry, more like tired": a correction of the counselor's reading, not a rejection. */
const CORRECTS_A_REFLECTION =
  /\bnot (?:really )?\w+[,.!]*\s+(?:more|it's more|its more|just|i'm more|im more|rather)\b/u;

/** Context-aware cues for one client message. */
function resistanceCues(
  m: ContextMessage,
  move: CounselorMove,
  counselor: ContextMessage | null,
  isOnlyMessage: boolean,
): (ResistanceCue & { weight: number })[] {
  const text = m.norm.text.trim();
  const cues: { cue: ResistanceCue; weight: number }[] = [];
  const push = (behaviour: ResistanceBehaviour, start: number, end: number, weight: number, why: string) =>
    cues.push({
      weight,
      cue: { behaviour, category: behaviourCategory[behaviour], message: m.index, start, end, why },
    });

  if (MINIMAL_REPLY.test(text) && isOnlyMessage) {
    const base =
      move === 'open_question' ? 0.8 : move === 'closed_question' ? 0.25 : move === 'suggestion' ? 0.6 : 0.5;
    const dismissive =
      /whatever|🙄|^k+\b|^okay[.!]?$|🤷/u.test(text) && move !== 'closed_question' ? 0.15 : 0;
    const lead = m.message.text.length - m.message.text.trimStart().length;
    push(
      'minimal_response',
      lead,
      m.message.text.trimEnd().length,
      Math.min(0.95, base + dismissive),
      move === 'open_question'
        ? 'a very short, uninformative answer to an open question'
        : 'a very short, uninformative reply',
    );
  }

  // Counted once: a long message can hold hundreds of hedges.
  const longMessage = tokenize(text).length > 25;
  for (const match of findMatches(m.norm, RESISTANCE_RULES)) {
    let weight = match.rule.weight;
    const b = match.rule.tag;
    if (b === 'disagreeing' && match.rule.id === 'disagreeing.4') {
      // A bare "no" rejects a suggestion; after a yes/no question it is just an answer.
      weight = move === 'suggestion' ? 0.75 : move === 'closed_question' ? 0.1 : 0.4;
      // "no not angry, more tired": correcting a reflection of a feeling while staying engaged.
      if (move !== 'suggestion' && CORRECTS_A_REFLECTION.test(text)) weight = 0.1;
    }
    if (b === 'hesitation' && match.rule.weight < 0.5 && longMessage) weight *= 0.5;
    if (b === 'sidetracking' && match.rule.id === 'sidetracking.3' && move === 'none') weight *= 0.5;
    push(b, match.start, match.end, weight, match.rule.why);
  }

  // Inattention: a specific question answered with something unrelated, without answering.
  if (counselor && (move === 'open_question' || move === 'closed_question') && cues.length === 0) {
    const qTokens = tokenize(counselor.norm.text);
    const aTokens = tokenize(text);
    const specific = contentWords(qTokens).filter((w) => !GENERIC_QUESTION_WORDS.has(w));
    if (
      specific.length >= 2 &&
      aTokens.length >= 8 &&
      overlap(qTokens, aTokens) === 0 &&
      !ANSWER_MARKERS.test(text) &&
      !(/^(?:he|she|they)\b/u.test(text) && NAMES_A_PERSON.test(counselor.norm.text))
    ) {
      push(
        'inattention',
        0,
        m.message.text.length,
        0.5,
        'goes on with their own topic as if the question was not asked',
      );
    }
  }
  return mergeCues(cues);
}

/** One cue per behaviour per place: the strongest of overlapping matches. */
function mergeCues(cues: { cue: ResistanceCue; weight: number }[]): (ResistanceCue & { weight: number })[] {
  // Only the strongest few can be shown; capping first keeps a message of 900 "idk"s fast.
  const sorted = cues.sort((a, b) => b.weight - a.weight).slice(0, 40);
  const kept: (ResistanceCue & { weight: number })[] = [];
  for (const { cue, weight } of sorted) {
    const clash = kept.some(
      (k) =>
        k.message === cue.message &&
        k.start < cue.end &&
        cue.start < k.end &&
        (k.behaviour === cue.behaviour || k.weight >= weight + 0.2),
    );
    if (!clash) kept.push({ ...cue, weight });
  }
  return kept;
}

export function changeTalkCues(messages: readonly ContextMessage[]): ChangeTalkCue[] {
  const out: ChangeTalkCue[] = [];
  for (const m of messages) {
    for (const match of findMatches(m.norm, CHANGE_TALK_RULES)) {
      if (isNegated(m.norm, match.normStart, 12)) continue;
      out.push({
        kind: match.rule.tag,
        message: m.index,
        start: match.start,
        end: match.end,
        weight: match.rule.weight,
      });
    }
  }
  return out;
}

/** Cue ids fired by a client turn: the model's rule features. */
export function clientCueIds(
  cues: readonly { behaviour: ResistanceBehaviour }[],
  change: readonly ChangeTalkCue[],
): string[] {
  const ids = cues.map((c) => `res:${c.behaviour}`);
  for (const c of cues) for (const view of behaviourMiView[c.behaviour]) ids.push(`view:${view}`);
  for (const c of change) ids.push(`change:${c.kind}`);
  return ids;
}

export interface ClientObservation {
  readonly cues: readonly (ResistanceCue & { weight: number })[];
  readonly change: readonly ChangeTalkCue[];
  readonly turn: TurnText;
  readonly features: FeatureVector;
}

/** The rule cues and model features of the client's latest turn (shared with training). */
export function observeClientTurn(conversation: Conversation): ClientObservation | null {
  const turn = conversation.clientTurn;
  if (turn.length === 0) return null;
  const move = counselorMove(conversation.counselorBefore);
  // Only the first message of a burst answers the counselor; the rest carry on the client's own
  // thought ("i like it. it helps me switch off" / "but the hangovers are getting worse").
  const answered = turn.flatMap((m, i) =>
    resistanceCues(m, move, i === 0 ? conversation.counselorBefore : null, turn.length === 1),
  );
  const change = changeTalkCues(turn);
  // Change talk, a feeling told, distress or a question back is the client engaging, whatever
  // words it shares with the question ("what would be different?" → "id have money for her
  // birthday"): not inattention.
  const engaged =
    change.length > 0 ||
    turn.some(
      (m) =>
        FEELING_IN_CLIENT.test(m.norm.text) || SERIOUS_DISTRESS.test(m.norm.text) || /\?/u.test(m.norm.text),
    );
  const cues = engaged ? answered.filter((c) => c.behaviour !== 'inattention') : answered;
  const joined = turnText(turn.map((m) => m.norm.text).join(' '));
  const prev = conversation.counselorBefore ? turnText(conversation.counselorBefore.norm.text) : null;
  return { cues, change, turn: joined, features: clientFeatures(joined, prev, clientCueIds(cues, change)) };
}

/**
 * How the trained reading of resistance combines with the cues' confidence: it confirms a
 * reading from probability 0.4 and raises one from 0.6, and a moment still needs a cue to point
 * at. Chosen with each client-set writer left out (lib/training/client-eval.ts): F1 0.585 → 0.69,
 * precision 0.64 → 0.87.
 */
export const RESISTANCE_CONFIRM = 0.4;
export const RESISTANCE_RAISE = 0.6;

export function readClient(
  conversation: Conversation,
  talkModel: LinearModel<TalkType>,
  riskModels: RiskModels | null = null,
  resistanceModel: LinearModel<'yes' | 'no'> | null = null,
): ClientReading | null {
  const observed = observeClientTurn(conversation);
  if (!observed) return null;
  const { cues, change } = observed;
  const prediction = talkModel.predict(observed.features);
  const pSustain = prediction.probabilities[talkModel.labels.indexOf('sustain')] ?? 0;

  // Noisy-OR of the cues, with the model's belief in sustain talk as one more witness.
  let doubt = 1 - 0.5 * pSustain;
  for (const c of cues) doubt *= 1 - c.weight;
  const confidence = Number((1 - doubt).toFixed(3));

  const strongestSustain = Math.max(
    0,
    ...cues.filter((c) => behaviourMiView[c.behaviour].includes('sustain')).map((c) => c.weight),
  );
  const strongestChange = Math.max(0, ...change.map((c) => c.weight));
  // Lexical cues written for chat outrank the model where it has never seen such phrasing.
  let talk: TalkType = prediction.label;
  if (strongestSustain >= 0.8 && strongestSustain > strongestChange) talk = 'sustain';
  else if (strongestChange >= 0.85 && strongestSustain < 0.5) talk = 'change';
  // Discord ("can we not go there", "you're just reading a script") is not change talk, whatever
  // words it shares with "I want to...".
  const strongestDiscordOnly = Math.max(
    0,
    ...cues.filter((c) => !behaviourMiView[c.behaviour].includes('sustain')).map((c) => c.weight),
  );
  if (talk === 'change' && strongestDiscordOnly >= 0.8 && strongestChange < 0.6) talk = 'neutral';

  const risk = readRisk(conversation.recent, riskModels);
  const ranked = cues
    .filter((c) => c.weight >= MIN_CUE_WEIGHT)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_CUES);
  const assessment: ClientAssessment = {
    talk,
    resistance: {
      // A resistance moment is a phrase and a behaviour: without a cue there is nothing to show a
      // counselor or a supervisor, and a hint aimed at resistance nobody can point to is wrong advice.
      present: resistant(confidence, resistanceModel, observed.features) && ranked.length > 0,
      confidence,
      cues: ranked.map(({ weight: _weight, ...cue }) => cue),
    },
    risk: { level: risk.level, evidence: risk.evidence },
  };
  const distress =
    risk.level !== 'none' ||
    conversation.recentClient.some(
      (m) => SERIOUS_DISTRESS.test(m.norm.text) || FEELING_IN_CLIENT.test(m.norm.text),
    );
  return { assessment, changeTalk: change, turn: observed.turn, riskFeatures: risk.features, distress };
}

function resistant(
  confidence: number,
  model: LinearModel<'yes' | 'no'> | null,
  features: FeatureVector,
): boolean {
  if (!model) return confidence >= RESISTANCE_THRESHOLD;
  const p = model.probabilities(features)[model.labels.indexOf('yes')] ?? 0;
  return (confidence >= RESISTANCE_THRESHOLD && p >= RESISTANCE_CONFIRM) || p >= RESISTANCE_RAISE;
}
