import type { ClientAssessment, ResistanceBehaviour, ResistanceCue, TalkType } from '../../models';
// Values come from the zod-free vocabulary so the content script does not ship a schema library.
import { behaviourCategory, behaviourMiView } from '../../models/vocabulary';
import { type Conversation } from './context';
import { type FeatureVector, type TurnText, clientFeatures, turnText } from './features';
import { type ChangeTalkKind } from './lexicon/change-talk';
import { ABOUT_THE_CHAT, COOPERATIVE, INVITES_A_TOPIC, IT_MATTERS, OWNS_IT } from './lexicon/resistance';
import type { LinearModel } from './model';
import { FEELING_IN_CLIENT, SERIOUS_DISTRESS } from './ignores-risk';
import { type RiskModels, readRisk } from './risk';
import { answersDirectly, questionTopic } from './risk-answers';
import { sentences } from './text';
import {
  CORRECTS_A_REFLECTION,
  answersAboutSomeone,
  changeTalkCues,
  clientCueIds,
  counselorMove,
  resistanceCues,
} from './client-cues';

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
 * Whether a cue lies in a sentence of the client's turn that holds high-risk evidence (`any`: the
 * turn holds some). A cue spanning a whole message with such a sentence in it is in one too.
 */
function riskSentences(
  conversation: Conversation,
  evidence: readonly { message: number; start: number; end: number }[],
): ((c: { message: number; start: number; end: number }) => boolean) & { any: boolean } {
  const turn = new Set(conversation.clientTurn.map((m) => m.index));
  const spans = evidence
    .filter((e) => turn.has(e.message))
    .map((e) => {
      const text = conversation.at(e.message).message.text;
      const pieces = sentences(text);
      const holding = pieces.filter((p) => p.start < e.end && e.start < p.end);
      return {
        message: e.message,
        start: Math.min(e.start, ...holding.map((p) => p.start)),
        end: Math.max(e.end, ...holding.map((p) => p.end)),
      };
    });
  const test = (c: { message: number; start: number; end: number }) =>
    spans.some((s) => s.message === c.message && s.start < c.end && c.start < s.end);
  return Object.assign(test, { any: spans.length > 0 });
}

/** "No point lying": owning up, which shares its words with pessimism. */
const NO_POINT_HIDING = /\bno point (?:in )?(?:lying|hiding|pretending|denying|lying about it)\b/u;

/** A message or sentence that turns against what came before it ("but…", "tho…", "still…"). */
const CONTRAST_START = /^(?:but|tho|though|although|still|yet|except|then again|at the same time)\b/iu;

/**
 * Ambivalence that ends on the side of change, over several messages ("i dont want to stop
 * completely" / "but last sat i dont remember getting home and that scared me a bit") or within
 * one ("it calms me down before tests. but i hate that i need it"): the turn is change talk, the
 * side a counselor should reflect, even though it began with sustain talk.
 */
function endsOnChange(conversation: Conversation, observed: ClientObservation): boolean {
  const turn = conversation.clientTurn;
  const last = turn[turn.length - 1];
  if (!last) return false;
  const text = last.message.text;
  // The closing part: the last message after others, else the last sentence after others.
  let from = -1;
  if (turn.length >= 2 && CONTRAST_START.test(text.trimStart())) from = 0;
  else {
    const pieces = sentences(text);
    const closing = pieces[pieces.length - 1];
    if (pieces.length >= 2 && closing && CONTRAST_START.test(closing.text)) from = closing.start;
  }
  if (from < 0) return false;
  const inClosing = (c: { message: number; start: number }) => c.message === last.index && c.start >= from;
  const change = observed.change.some((c) => inClosing(c) && c.weight >= 0.55);
  const sustain = observed.cues.some((c) => inClosing(c) && behaviourMiView[c.behaviour].includes('sustain'));
  return change && !sustain;
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
  if (endsOnChange(conversation, observed)) talk = 'change';

  const risk = readRisk(conversation.recent, models.risk ?? null);
  // "i just feel so hopeless. like its never going to change": despair that the risk reading cites
  // in this turn is a warning sign to ask about, not pessimism resisting change (framework §2: a
  // disclosure is not resistance).
  const turnMessages = new Set(conversation.clientTurn.map((m) => m.index));
  const despairing = risk.evidence.some(
    (e) => !e.byModel && turnMessages.has(e.message) && (e.kind === 'suicide' || e.kind === 'self_harm'),
  );
  // A high-risk disclosure in this turn ("I have the means.", "just wanted to say bye") is a
  // crisis, not discord or sustain talk: a cue in a sentence the risk was read in is no
  // resistance, and a turn with no other cue is no resistance moment and has no talk type about a
  // behaviour to change ("im going to try again" is no change talk). Pushing back elsewhere in the
  // turn still counts ("not that big a deal, everyone drinks. some nights i want to die").
  const inRiskSentence = riskSentences(conversation, risk.level === 'high' ? risk.evidence : []);
  const ranked = cues
    .filter((c) => c.weight >= MIN_CUE_WEIGHT && !(despairing && c.behaviour === 'pessimism'))
    .filter((c) => !inRiskSentence(c))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_CUES);
  const crisis = inRiskSentence.any && ranked.length === 0;
  const resistance = crisis
    ? { present: false, cues: [] }
    : readResistance(conversation, observed, ranked, confidence, models, despairing);
  const assessment: ClientAssessment = {
    talk: crisis ? 'neutral' : talk,
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
  despairing = false,
): { present: boolean; cues: readonly WeightedCue[] } {
  const { resistance, behaviour } = models;
  // "are you safe right now?" → "nah im safe, just cant sleep": an answer to the counselor's own risk
  // question is read by the risk reading (a no, a yes, a deflection), never as denying or excusing.
  // Talking past the question ("and my mom keeps saying im dramatic") can still be ignoring it.
  if (answersRiskQuestion(conversation)) return { present: false, cues: [] };
  if (!resistance) return { present: confidence >= RESISTANCE_THRESHOLD, cues: ranked };
  const pYes = yesOf(resistance, observed.features);
  const present =
    !goingAlong(conversation, observed, ranked) &&
    (pYes >= RESISTANCE_MODEL_THRESHOLD ||
      (confidence >= STRONG_CUES && pYes >= STRONG_CUES_MODEL_THRESHOLD));
  if (!present || !behaviour) return { present, cues: ranked };

  const probabilities = behaviour.probabilities(observed.features);
  const ruledOut = new Set(behavioursRuledOut(conversation));
  // "theres no point lying to u, i did drink": candour, not doubt that change can work.
  if (despairing || conversation.clientTurn.some((m) => NO_POINT_HIDING.test(m.norm.text)))
    ruledOut.add('pessimism');
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
 * person the question named ("what did the doctor say?" → "she said...") is no inattention. A
 * client who writes first has no question to ignore or topic to leave.
 */
function behavioursRuledOut(conversation: Conversation): ReadonlySet<ResistanceBehaviour> {
  const counselor = conversation.counselorBefore;
  const first = conversation.clientTurn[0];
  if (!first) return new Set();
  // No counselor message before the client's: nothing was asked to ignore or steer away from.
  if (!counselor) return TOPIC_MOVES;
  if (INVITES_A_TOPIC.test(counselor.norm.text)) return TOPIC_MOVES;
  if (answersAboutSomeone(counselor, first.norm.text.trim())) return new Set(['inattention']);
  return new Set();
}

/** Whether the client's turn answers the counselor's own risk question (a yes, a no, a deflection). */
function answersRiskQuestion(conversation: Conversation): boolean {
  const asked = conversation.counselorBefore;
  if (!asked) return false;
  const earlier = conversation.recentClient.filter((m) => m.index < asked.index);
  const first = conversation.clientTurn[0];
  return (
    first !== undefined &&
    answersDirectly(first.norm.text) &&
    questionTopic(asked, { risk: false, clientText: earlier.map((m) => m.norm.text).join(' ') }) !== null
  );
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
