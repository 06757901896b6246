import type { ClientAssessment, ResistanceBehaviour, ResistanceCue, TalkType } from '../../models';
// Values come from the zod-free vocabulary so the content script does not ship a schema library.
import { behaviourCategory, behaviourMiView } from '../../models/vocabulary';
import { type ContextMessage, type Conversation, counselorCuesOf } from './context';
import { type FeatureVector, type TurnText, clientFeatures, overlap, turnText } from './features';
import { CHANGE_TALK_RULES, type ChangeTalkKind } from './lexicon/change-talk';
import {
  ABOUT_THE_CHAT,
  COOPERATIVE,
  INVITES_A_TOPIC,
  IT_MATTERS,
  MINIMAL_REPLY,
  OWNS_IT,
  RESISTANCE_RULES,
} from './lexicon/resistance';
import { findMatches, isNegated } from './match';
import type { LinearModel } from './model';
import { FEELING_IN_CLIENT, SERIOUS_DISTRESS } from './ignores-risk';
import { type RiskModels, readRisk } from './risk';
import { contentWords, sentences, tokenize } from './text';

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
    const specific = contentWords(tokenize(counselor.norm.text)).filter(
      (w) => !GENERIC_QUESTION_WORDS.has(w),
    );
    if (specific.length >= 2 && tokenize(text).length >= 8 && !answers(counselor, text)) {
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

/**
 * Whether a client message reads as an answer to the counselor's question: it shares a word with
 * it, opens the way answers do, or speaks of the person the question asked about.
 */
function answers(counselor: ContextMessage, text: string): boolean {
  return (
    overlap(tokenize(counselor.norm.text), tokenize(text)) > 0 ||
    ANSWER_MARKERS.test(text) ||
    (/^(?:he|she|they)\b/u.test(text) && NAMES_A_PERSON.test(counselor.norm.text))
  );
}

/** "what did the doctor say?" → "she said...": an answer about the person the question named. */
function answersAboutSomeone(counselor: ContextMessage, text: string): boolean {
  return /^(?:he|she|they)\b/u.test(text) && NAMES_A_PERSON.test(counselor.norm.text);
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
 * How the trained readings decide a resistance moment (lib/training/client-eval.ts, each
 * client-set writer left out). The yes/no model decides from probability 0.5; cues that together
 * reach 0.8 need only 0.3 from it. Its behaviour reading names what the client does, with a cue's
 * weight as a bonus for its own behaviour (0.3), and a second behaviour when it scores 0.35.
 * Writers left out: F1 0.675 → 0.86, the right behaviour among the cues 0.84 → 0.87, category
 * macro-F1 0.57 → 0.75 (over the cues-first reading).
 */
export const RESISTANCE_MODEL_THRESHOLD = 0.5;
const STRONG_CUES = 0.8;
const STRONG_CUES_MODEL_THRESHOLD = 0.3;
const CUE_BONUS = 0.3;
const SECOND_BEHAVIOUR = 0.35;
/** When inattention is ruled out, another behaviour must score this much for a moment. */
const MIN_OTHER_BEHAVIOUR = 0.3;
/** A lexical cue this strong is shown beside the behaviours the model names. */
const OTHER_STRONG_CUE = 0.6;

/** What a client does with the topic: read only from a cue when the counselor invited a topic. */
const TOPIC_MOVES: ReadonlySet<ResistanceBehaviour> = new Set([
  'sidetracking',
  'inattention',
  'boundary_setting',
]);

/** What the trained reading saw, for a behaviour no lexical cue points at. */
const READ_AS: Record<ResistanceBehaviour, string> = {
  challenging: 'disputes what you said',
  discounting: 'questions you or the help on offer',
  blaming: 'puts the problem on other people',
  disagreeing: 'turns down what you suggested',
  excusing: 'explains the behaviour away',
  minimizing: 'plays the problem down',
  pessimism: "doesn't believe change can work",
  hesitation: 'has reservations about it',
  unwillingness: "doesn't want to change this",
  minimal_response: 'gives you very little to go on',
  boundary_setting: "doesn't want to talk about this",
  inattention: 'stays with their own concern, not your question',
  sidetracking: 'moves to another subject',
};

/** The trained client models; the analyzer reads with whichever its weights hold. */
export interface ClientModels {
  readonly talk: LinearModel<TalkType>;
  readonly risk?: RiskModels | null;
  /** Whether the turn resists (yes/no). Without it the lexical cues decide alone. */
  readonly resistance?: LinearModel<'yes' | 'no'> | null;
  /** Which behaviours a resistant turn shows. */
  readonly behaviour?: LinearModel<ResistanceBehaviour> | null;
}

type WeightedCue = ResistanceCue & { weight: number };

export function readClient(conversation: Conversation, models: ClientModels): ClientReading | null {
  const observed = observeClientTurn(conversation);
  if (!observed) return null;
  const { cues, change } = observed;
  const { talk: talkModel } = models;
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

  const risk = readRisk(conversation.recent, models.risk ?? null);
  const ranked = cues
    .filter((c) => c.weight >= MIN_CUE_WEIGHT)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_CUES);
  const resistance = readResistance(conversation, observed, ranked, confidence, models);
  const assessment: ClientAssessment = {
    talk,
    resistance: {
      // A resistance moment is a phrase and a behaviour: without one there is nothing to show a
      // counselor or a supervisor, and a hint aimed at resistance nobody can point to is wrong advice.
      present: resistance.present && resistance.cues.length > 0,
      confidence,
      cues: resistance.cues.map(({ weight: _weight, ...cue }) => cue),
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

/** Whether the turn resists, and the cues to show: the behaviours read, each with its phrase. */
function readResistance(
  conversation: Conversation,
  observed: ClientObservation,
  ranked: readonly WeightedCue[],
  confidence: number,
  models: ClientModels,
): { present: boolean; cues: readonly WeightedCue[] } {
  const { resistance, behaviour } = models;
  if (!resistance) return { present: confidence >= RESISTANCE_THRESHOLD, cues: ranked };
  const pYes = yesOf(resistance, observed.features);
  const present =
    !goingAlong(conversation, observed, ranked) &&
    (pYes >= RESISTANCE_MODEL_THRESHOLD ||
      (confidence >= STRONG_CUES && pYes >= STRONG_CUES_MODEL_THRESHOLD));
  if (!present || !behaviour) return { present, cues: ranked };

  const probabilities = behaviour.probabilities(observed.features);
  const ruledOut = behavioursRuledOut(conversation);
  const scored = behaviour.labels
    .map((b, i) => {
      const cueWeight = Math.max(0, ...ranked.filter((c) => c.behaviour === b).map((c) => c.weight));
      return { behaviour: b, score: (probabilities[i] ?? 0) + CUE_BONUS * cueWeight, cued: cueWeight > 0 };
    })
    .sort((a, b) => b.score - a.score);
  const kept = scored.filter((s) => s.cued || !ruledOut.has(s.behaviour));
  // When the model's own reading is ruled out, a weak second reading is no moment.
  if (kept[0] !== scored[0] && (kept[0]?.score ?? 0) < MIN_OTHER_BEHAVIOUR)
    return { present: false, cues: ranked };
  const chosen = kept.filter((s, i) => i === 0 || (i === 1 && s.score >= SECOND_BEHAVIOUR));
  // Every phrase of a behaviour read is shown ("can we not" and "i don't want to talk about it"),
  // cues side by side as one; a behaviour no cue points at gets the most telling sentence.
  const shown: WeightedCue[] = chosen.flatMap(({ behaviour: b, score }) => {
    const own = ranked.filter((c) => c.behaviour === b);
    if (own.length === 0) {
      return [tellingCue(conversation, observed, b, { resistance, behaviour }, Math.min(0.95, score))];
    }
    const joined = own.map((c) => joinAdjacent(c, own, conversation));
    return joined.filter(
      (c, i) =>
        !joined.slice(0, i).some((k) => k.message === c.message && k.start < c.end && c.start < k.end),
    );
  });
  // A strong cue of another behaviour stays in view: "nope not happening" is a refusal whatever
  // else the turn does.
  for (const c of ranked) {
    if (c.weight >= OTHER_STRONG_CUE && !shown.some((s) => s.behaviour === c.behaviour)) shown.push(c);
  }
  return { present, cues: shown.slice(0, MAX_CUES) };
}

/**
 * Behaviours the context rules out unless the client's own words (a cue) show them. Invited to
 * choose the topic ("what would you like to talk about?"), whatever the client brings up is the
 * topic: not a change of subject, an unanswered question or a topic refused. An answer about the
 * person the question named ("what did the doctor say?" → "she said...") is no inattention.
 */
function behavioursRuledOut(conversation: Conversation): ReadonlySet<ResistanceBehaviour> {
  const counselor = conversation.counselorBefore;
  const first = conversation.clientTurn[0];
  if (!counselor || !first) return new Set();
  if (INVITES_A_TOPIC.test(counselor.norm.text)) return TOPIC_MOVES;
  if (answersAboutSomeone(counselor, first.norm.text.trim())) return new Set(['inattention']);
  return new Set();
}

/**
 * A turn with no clear resistance phrase that thanks or agrees, takes the problem on itself, corrects a
 * reflection while staying with it, says it matters to them, talks change or asks about the chat itself ("did you get my
 * last message?"): the client is going along, whatever words it shares with resistant turns ("i never thought about it that way", "it's my fault", "nah not
 * annoyed, more worn out", "im not gonna give up").
 */
function goingAlong(
  conversation: Conversation,
  observed: ClientObservation,
  ranked: readonly WeightedCue[],
): boolean {
  // A weak cue ("maybe", "ok") does not outweigh thanks or change talk; a clear refusal does.
  if (ranked.some((c) => c.weight >= OTHER_STRONG_CUE)) return false;
  if (observed.change.length > 0) return true;
  return conversation.clientTurn.some(
    (m) =>
      COOPERATIVE.test(m.norm.text) ||
      OWNS_IT.test(m.norm.text) ||
      CORRECTS_A_REFLECTION.test(m.norm.text) ||
      IT_MATTERS.test(m.norm.text) ||
      ABOUT_THE_CHAT.test(m.norm.text),
  );
}

/**
 * The cue widened over cues of the same behaviour right beside it ("nope" + "not happening",
 * "idk..." + "maybe"), so the phrase shown is the whole of what the client said.
 */
function joinAdjacent(
  cue: WeightedCue,
  same: readonly WeightedCue[],
  conversation: Conversation,
): WeightedCue {
  const text = conversation.clientTurn.find((m) => m.index === cue.message)?.message.text ?? '';
  let { start, end } = cue;
  for (let grown = true; grown;) {
    grown = false;
    for (const c of same) {
      if (c.message !== cue.message) continue;
      const gapBefore = c.end <= start && /^[\s.,!?…]*$/u.test(text.slice(c.end, start));
      const gapAfter = c.start >= end && /^[\s.,!?…]*$/u.test(text.slice(end, c.start));
      if (gapBefore) start = c.start;
      if (gapAfter) end = c.end;
      grown ||= gapBefore || gapAfter;
    }
  }
  return { ...cue, start, end };
}

function yesOf(model: LinearModel<'yes' | 'no'>, features: FeatureVector): number {
  return model.probabilities(features)[model.labels.indexOf('yes')] ?? 0;
}

/**
 * The sentence of the client's turn that the models find most resistant in the way `behaviour`
 * describes (each sentence read alone), as the phrase to show for a behaviour no cue points at.
 */
function tellingCue(
  conversation: Conversation,
  observed: ClientObservation,
  behaviour: ResistanceBehaviour,
  models: { resistance: LinearModel<'yes' | 'no'>; behaviour: LinearModel<ResistanceBehaviour> },
  weight: number,
): WeightedCue {
  const prev = conversation.counselorBefore ? turnText(conversation.counselorBefore.norm.text) : null;
  const b = models.behaviour.labels.indexOf(behaviour);
  let best: { score: number; message: number; start: number; end: number } | null = null;
  for (const m of conversation.clientTurn) {
    for (const piece of sentences(m.norm.text)) {
      const start = m.norm.starts[piece.start] ?? 0;
      const end = m.norm.ends[piece.end - 1] ?? m.message.text.length;
      const inside = <C extends { message: number; start: number; end: number }>(c: C) =>
        c.message === m.index && c.start < end && start < c.end;
      const features = clientFeatures(
        turnText(piece.text),
        prev,
        clientCueIds(observed.cues.filter(inside), observed.change.filter(inside)),
      );
      const score = yesOf(models.resistance, features) * (models.behaviour.probabilities(features)[b] ?? 0);
      if (!best || score > best.score) best = { score, message: m.index, start, end };
    }
  }
  const whole = conversation.clientTurn[0]!;
  const span = best ?? { message: whole.index, start: 0, end: whole.message.text.length };
  return {
    behaviour,
    category: behaviourCategory[behaviour],
    message: span.message,
    start: span.start,
    end: span.end,
    why: `${READ_AS[behaviour]} (the trained reading; no listed phrase)`,
    weight,
  };
}
