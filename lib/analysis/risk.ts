import type { RiskEvidence, RiskKind, RiskLevel } from '../../models';
import type { ContextMessage } from './context';
import {
  hashFeature,
  type FeatureVector,
  charGramIds,
  wordGrams,
  GROUP_WEIGHT,
  wordGroupIds,
} from './features';
import {
  FIRST_PERSON,
  FOR_REAL,
  IDIOM_AFTER,
  JOKING,
  LONG_AGO,
  NOT_ABOUT_SAFETY,
  ORDINARY_FAREWELL,
  ORDINARY_TASK,
  REPORTED_QUESTION,
  RISK_RULES,
  type RiskSignal,
  SIGNAL_KIND,
  THIRD_PERSON,
  TRIVIAL_CAUSE,
} from './lexicon/risk';
import { conceptOf } from './lexicon/risk-concepts';
import { type Match, findMatches } from './match';
import { memoize } from './memo';
import type { LinearModel } from './model';
import { sentences, tokenize } from './text';

/**
 * Risk in the client's recent messages, read as a crisis supervisor reads it (framework.md §5):
 * the signals of ../lexicon/risk.ts put together across messages (a plan split over three short
 * lines), answers to the counselor's safety questions ("are you safe right now?" → "no"), and a
 * trained model over the same messages for wording no rule has. Rules give the evidence; the
 * model may raise the level the rules found, never lower it. A later denial does not erase an
 * earlier disclosure: every message in the look-back window counts.
 */

export const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, possible: 1, high: 2 };

/** What one matched signal contributes before signals are combined. */
interface Found {
  readonly signal: RiskSignal | 'answer';
  readonly kind: RiskKind;
  readonly message: number;
  readonly start: number;
  readonly end: number;
  readonly why: string;
  level: RiskLevel;
}

/** Signals that are risk on their own, and how much. */
const ALONE: Record<RiskSignal, RiskLevel> = {
  suicidal_intent: 'high',
  attempt: 'high',
  goodbye: 'high',
  self_harm_act: 'high',
  self_harm_urge: 'high',
  harm_intent: 'high',
  abuse_now: 'high',
  medical: 'high',
  passive_wish: 'possible',
  hopeless: 'possible',
  method: 'possible',
  preparation: 'possible',
  stockpile: 'high',
  plan_ref: 'none',
  past_attempt: 'possible',
  self_harm_past: 'possible',
  harm_wish: 'possible',
  abuse_concern: 'possible',
  other_at_risk: 'possible',
  means: 'none',
  time: 'none',
  place: 'none',
};

/** Suicide signals that, next to means, a time, a place or a goodbye, make a plan. */
const DEATH_THEME: ReadonlySet<RiskSignal> = new Set([
  'suicidal_intent',
  'passive_wish',
  'hopeless',
  'method',
  'goodbye',
  'preparation',
  'stockpile',
  'attempt',
]);

/** Words and emoji of idiom and play: the guards apply to the suicide and harm signals only. */
const GUARDED: ReadonlySet<RiskSignal> = new Set([
  'suicidal_intent',
  'passive_wish',
  'hopeless',
  'method',
  'goodbye',
  'self_harm_past',
  'harm_intent',
  'harm_wish',
  'preparation',
  'time',
  'place',
  'means',
]);
/**
 * Signals that laughter in the same sentence turns into an idiom ("i wanna die lmao"). Passive
 * wishes and hopelessness are not among them: "wish i'd never been born lol" is how people test
 * whether it is safe to say more, so laughter does not silence it.
 */
const JOKE_PRONE: ReadonlySet<RiskSignal> = new Set(['suicidal_intent', 'harm_intent']);

/** Signals about the client's own life and body: someone else's story is not the client's risk. */
const SELF_DIRECTED: ReadonlySet<RiskSignal> = new Set([
  'suicidal_intent',
  'passive_wish',
  'hopeless',
  'method',
  'attempt',
  'past_attempt',
  'self_harm_act',
  'self_harm_urge',
  'self_harm_past',
]);

const WEAPON =
  /\b(?:knife|knives|gun|pistol|rifle|shotgun|bat|hammer|crowbar|machete|axe|petrol|poison|blade)\b/u;
/** "my battery's about to die": a device, not a person. */
const DEVICE_BEFORE =
  /\b(?:battery|battery's|phone|phone's|laptop|charge|charger|plant|plants|car|signal|wifi|tablet|console)\b[^.!?\n]*$/u;

/** True when the match sits inside a pair of quotes in the text ("'i hurt myself today' is a hard line"). */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const opens = (before.match(/(?:^|[\s(])['"]/gu) ?? []).length;
  const closes = (before.match(/['"](?=[\s.,!?)]|$)/gu) ?? []).length;
  return opens > closes;
}

/** The clause leading to the match names someone else and not the client ("my friend used to"). */
function aboutSomeoneElse(text: string, start: number, matched: string): boolean {
  if (FIRST_PERSON.test(matched)) return false;
  const before = text.slice(Math.max(0, start - 50), start);
  const clause = before.split(/[.!?;\n]|\b(?:but|and|so|because|cause|though|tho)\b/u).pop() ?? '';
  return THIRD_PERSON.test(clause) && !FIRST_PERSON.test(clause);
}

/** A plain denial of suicidal thoughts, which no risk rule matches to negate. */
const EXPLICIT_DENIAL =
  /\b(?:(?:i'm|im|i am|i was|i'm really|am) not|never been|not) (?:really |actually |feeling |at all )?suicidal\b(?! (?:right now|rn|yet|anymore|any more|today))/u;

/** Words addressing the reader, and words of the writer about themselves. */
const SECOND_PERSON_WORD = /\b(?:you|your|yours|yourself|you're|youre|you've|youve|you'll|youll|u|ur)\b/gu;
const FIRST_PERSON_WORD = /\b(?:i|i'm|im|i've|ive|i'll|ill|i'd|me|my|mine|myself)\b/gu;
/** Below this length a message is chat, where "you just want to die" is often about oneself. */
const ADVICE_MIN_CHARS = 300;

/**
 * A long message written to someone else about their risk ("if you cut, try an ice cube
 * instead... have you told your doctor about your suicidal feelings?"): the reader is addressed
 * far more than the writer speaks of themselves. A sentence of it that speaks only to the reader
 * is not the writer's own risk. Short chat messages never count as advice: there a generic "you"
 * often stands for the writer.
 */
function writtenToSomeoneElse(text: string): boolean {
  if (text.length < ADVICE_MIN_CHARS) return false;
  return countOf(text, SECOND_PERSON_WORD) >= 2 * countOf(text, FIRST_PERSON_WORD) + 3;
}

/** A sentence of such a message that speaks to the reader and not of the writer. */
function speaksOnlyToReader(sentence: string): boolean {
  return countOf(sentence, SECOND_PERSON_WORD) > 0 && countOf(sentence, FIRST_PERSON_WORD) === 0;
}

const countOf = (text: string, words: RegExp): number => (text.match(words) ?? []).length;

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  "don't",
  "didn't",
  "doesn't",
  "wouldn't",
  "won't",
  "isn't",
  "wasn't",
  "aren't",
  "can't",
  'nor',
  'nobody',
  'nothing',
  'neither',
  "haven't",
  "hasn't",
  "ain't",
]);
/** Signals whose pattern carries its own negation ("don't want to be here"). */
const SELF_NEGATING =
  /^(?:don't|do not|dont|no longer|never|wouldn't|would not|won't|will not|can't|cannot|not|no|nobody|no one|noone|there's no|theres no|there is no|i don't|i do not|im don't)\b/u;

/** True when one of the three words before the match, in the same clause, negates it. */
function negatedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const clause = before.split(/[.!?;,\n]|\b(?:but|and|so|because|cause|cuz|though|tho)\b/u).pop() ?? '';
  const words = tokenize(clause).slice(-3);
  const at = words.findLastIndex((w) => NEGATORS.has(w));
  // "i don't get how killing myself is selfish": the negation is of the knowing, and the
  // question word opens a new clause that still speaks of the act.
  return at >= 0 && !words.slice(at + 1).some((w) => CLAUSE_OPENERS.has(w));
}
const CLAUSE_OPENERS = new Set(['how', 'why', 'what', 'whether', 'if']);

type Piece = ReturnType<typeof sentences>[number];

/**
 * The sentence holding [start, end): the first piece (in order) that contains it. Pieces are
 * sorted and disjoint, so only the last one starting at or before `start` and the one before it
 * can; a binary search finds them (a long message has hundreds of matches and of sentences).
 */
function sentenceAround(text: string, pieces: readonly Piece[], start: number, end: number): string {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pieces[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (const piece of [pieces[lo - 2], pieces[lo - 1]]) {
    if (piece && piece.start <= start && end <= piece.end + 1) return piece.text;
  }
  return text.slice(Math.max(0, start - 60), end + 60);
}

/**
 * `re.test(text)`, run once per pattern and text however many matches ask: the guards read the
 * whole message or sentence around each match, which made a long message quadratic to read.
 * For patterns without the g or y flag only (they keep no state between tests).
 */
function memoizedTest(): (re: RegExp, text: string) => boolean {
  const results = new Map<RegExp, Map<string, boolean>>();
  return (re, text) => {
    let byText = results.get(re);
    if (!byText) results.set(re, (byText = new Map()));
    let result = byText.get(text);
    if (result === undefined) byText.set(text, (result = re.test(text)));
    return result;
  };
}

/** "i took / had / swallowed ...": the client's own intake, not a shift at work. */
const OWN_INTAKE = /\b(?:i|i've|i'm)\b[^.!?\n]{0,20}\b(?:took|taken|swallowed|had|downed)\b/u;

/**
 * A message's rule signals and the denials among its words, by its text and the next client
 * message's (the only other text they read): when a message arrives, the earlier ones in the
 * window are not read again. Keyed by the original text, since match offsets point into it.
 */
const memoizedSignals = memoize(
  512,
  ({ m, next }: { m: ContextMessage; next: ContextMessage | undefined }) =>
    next ? `${m.message.text}\u0000${next.message.text}` : m.message.text,
  ({ m, next }) => {
    const denials = { count: 0 };
    const matches = riskSignals(m, denials, next);
    return { matches, denied: denials.count };
  },
);

/** The rule signals of one message, after negations, idioms, games and fiction are set aside. */
export function riskSignals(
  m: ContextMessage,
  denials?: { count: number },
  next?: ContextMessage,
): Match<RiskSignal>[] {
  const text = m.norm.text;
  // A short "can't do this anymore" is about whatever the same or the next message names.
  const around = next ? `${text} ${next.norm.text}` : text;
  const test = memoizedTest();
  let pieces: Piece[] | undefined;
  // Whether the whole message is advice to someone else: counted once, not per match.
  let advice: boolean | undefined;
  const isAdvice = () => (advice ??= writtenToSomeoneElse(text));
  return findMatches(m.norm, RISK_RULES).filter((match) => {
    const signal = match.rule.tag;
    const matched = text.slice(match.normStart, match.normEnd);
    // Several guards read the sentence around the match; it is split out once, on first use.
    let sentenceText: string | undefined;
    const sentence = () =>
      (sentenceText ??= sentenceAround(text, (pieces ??= sentences(text)), match.normStart, match.normEnd));
    if (!SELF_NEGATING.test(matched) && negatedBefore(text, match.normStart)) {
      if (denials) denials.count++;
      return false;
    }
    if (SELF_DIRECTED.has(signal) && aboutSomeoneElse(text, match.normStart, matched)) return false;
    if (SELF_DIRECTED.has(signal) && isAdvice() && speaksOnlyToReader(sentence())) return false;
    const clause = text.slice(Math.max(0, match.normStart - 40), match.normStart);
    if (REPORTED_QUESTION.test(clause.split(/[.!?;\n]/u).pop() ?? '')) {
      // "my therapist asked if i had thoughts of suicide": a question reported, read like a denial.
      if (denials) denials.count++;
      return false;
    }
    if (
      (signal === 'medical' || signal === 'attempt' || signal === 'other_at_risk') &&
      test(LONG_AGO, sentence())
    )
      return false;
    // A nurse's or a paramedic's shift: an overdose they treated is not the client's emergency.
    if (signal === 'medical' && test(ORDINARY_TASK, sentence()) && !test(OWN_INTAKE, text)) return false;
    if (!GUARDED.has(signal)) return true;
    if (
      JOKE_PRONE.has(signal) &&
      /\b(?:die|dying|dead)$/u.test(matched) &&
      IDIOM_AFTER.test(text.slice(match.normEnd, match.normEnd + 30))
    )
      return false;
    // "respawn irl", "not a game thing", "she thinks i'm going on a trip": meant for real.
    if (test(FOR_REAL, text)) return true;
    if ((signal === 'hopeless' || signal === 'place' || signal === 'time') && test(ORDINARY_TASK, around))
      return false;
    if (
      (signal === 'harm_intent' || signal === 'harm_wish') &&
      test(TRIVIAL_CAUSE, around) &&
      !test(WEAPON, around)
    )
      return false;
    // Quoted words are someone else's (a song, a line from a film), not the client's own.
    if (SELF_DIRECTED.has(signal) && insideQuotes(text, match.normStart)) return false;
    if (
      signal === 'suicidal_intent' &&
      /\bdie$/u.test(matched) &&
      DEVICE_BEFORE.test(text.slice(Math.max(0, match.normStart - 30), match.normStart))
    )
      return false;
    if (NOT_ABOUT_SAFETY.some((re) => test(re, sentence()))) return false;
    if (JOKE_PRONE.has(signal) && test(JOKING, sentence())) return false;
    if ((signal === 'goodbye' || signal === 'preparation') && test(ORDINARY_FAREWELL, sentence()))
      return false;
    return true;
  });
}

// The counselor's safety questions and the client's answers --------------------------------------

type QuestionTopic = 'safety' | 'suicide' | 'plan' | 'self_harm' | 'taken' | 'abuse' | 'harm_others';

const QUESTION_TOPICS: readonly [QuestionTopic, RegExp][] = [
  [
    'safety',
    /\b(?:are you|r u|are u|you|u) (?:safe|ok(?:ay)?|alright|all right|in danger)(?: right now| rn| at the moment| tonight| where you are| now)?\b|\b(?:do you|d'you) feel safe\b|\bis it safe\b|\bsafe (?:right now|at home|tonight)\b/u,
  ],
  [
    'suicide',
    /\b(?:thinking|thought|thoughts|think) (?:of|about) (?:suicide|killing yourself|ending (?:your|it)|taking your (?:own )?life|dying|not being here|not (?:wanting to be|being) alive)|\b(?:suicidal|want(?:ing)? to die|kill yourself|end(?:ing)? your (?:own )?life|take your (?:own )?life)\b/u,
  ],
  [
    'plan',
    /\b(?:a plan|plans? to|how you would|how would you|when (?:you would|would you)|have (?:the|any) (?:pills|means|tablets|gun|rope|knife)|access to|decided (?:how|when))\b/u,
  ],
  ['self_harm', /\b(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|burn(?:ing)?) yourself\b|\bself[- ]?harm/u],
  [
    'taken',
    /\b(?:have you|did you|you) (?:taken|take|took|swallowed|had) (?:anything|something|any|some|the|pills|tablets|too many)|\bhow (?:many|much) (?:did you|have you) (?:take|taken)\b/u,
  ],
  [
    'abuse',
    /\b(?:(?:is|does|did|has) (?:he|she|they|anyone|someone) (?:hurt|hit|touch|threaten)(?:ing|s)? you|hurt(?:ing)? you|hit(?:ting)? you|abus\w+ you|(?:scared|afraid) of (?:him|her|them))\b/u,
  ],
  [
    'harm_others',
    /\b(?:hurt(?:ing)?|kill(?:ing)?|harm(?:ing)?) (?:him|her|them|someone|anyone|somebody|others)\b/u,
  ],
];

const YES =
  /^(?:y|yes|yeah|yea|ye|yep|yup|ya|yh|mhm|uh huh|i am|i do|i have|i did|kinda|kind of|sort of|sorta|sometimes|a bit|a little|maybe|i guess|i think so|probably|honestly yes|honestly yeah|truthfully yes|all the time|every day|everyday|constantly|more than ever|often|lately|always|i don't know|not sure|i'm not sure|idk|i don't even know|dunno|possibly|not really sure|hard to say|i mean yeah|well yeah|yeah i guess|i suppose|👍|😔|😞)\b/u;
const NO =
  /^(?:no|nope|nah|na|never|not at all|no no|definitely not|of course not|i'm fine|im fine|i am fine|not really|i don't think so|no way|god no|hell no)\b/u;
/** "not really" to "are you safe?" is not safe; "no" to "are you safe?" is not safe either. */
const SAFE =
  /^(?:yes|yeah|yea|yep|yup|ya|i'm safe|i am safe|im safe|i'm ok|i'm okay|i'm fine|im fine|i am|safe|totally|of course|for now yes)\b/u;
const UNSAFE =
  /^(?:no|nope|nah|not really|not sure|i'm not|i am not|idk|i don't know|i dont know|don't know|not exactly|i don't think so|no i'm not|dunno|maybe not|probably not|kind of|kinda|sort of|define safe|hard to say)\b/u;

function questionTopic(counselor: ContextMessage): QuestionTopic | null {
  const text = counselor.norm.text;
  if (!text.includes('?')) return null;
  // The last question is the one being answered.
  const lastQuestion =
    text
      .slice(0, text.lastIndexOf('?') + 1)
      .split(/(?<=[.!?])\s+/)
      .pop() ?? text;
  for (const [topic, re] of QUESTION_TOPICS) if (re.test(lastQuestion)) return topic;
  return null;
}

const TOPIC_KIND: Record<QuestionTopic, RiskKind> = {
  safety: 'suicide',
  suicide: 'suicide',
  plan: 'suicide',
  self_harm: 'self_harm',
  taken: 'medical_emergency',
  abuse: 'abuse',
  harm_others: 'harm_to_others',
};

/** The level an answer to a risk question discloses, if any. */
function answerLevel(topic: QuestionTopic, answer: string): RiskLevel {
  const a = answer
    .trim()
    .replace(/^(?:um+|uh+|well|honestly|tbh|to be honest|ngl|not going to lie|i mean)[ ,.]+/u, '');
  if (topic === 'safety') {
    if (SAFE.test(a) && !/\bnot\b/u.test(a.slice(0, 20))) return 'none';
    return UNSAFE.test(a) ? 'high' : 'none';
  }
  if (NO.test(a)) return 'none';
  if (!YES.test(a)) return 'none';
  const unsure =
    /^(?:maybe|i don't know|idk|not sure|i'm not sure|dunno|possibly|hard to say|i guess|i suppose|probably)\b/u.test(
      a,
    );
  if (topic === 'suicide') return unsure ? 'possible' : 'high';
  return unsure ? 'possible' : 'high';
}

// Reading -----------------------------------------------------------------------------------------

export interface RiskReading {
  readonly level: RiskLevel;
  readonly evidence: RiskEvidence[];
  /** The model features of the client's recent messages (the draft's ignores-risk reading uses them). */
  readonly features: FeatureVector;
}

export interface RiskModels {
  readonly level: LinearModel<RiskLevel>;
  readonly kind: LinearModel<RiskKind>;
  /** Probability thresholds (default MODEL_HIGH, MODEL_ANY): evaluation sweeps them. */
  readonly thresholds?: {
    readonly high: number;
    readonly any: number;
    readonly aloneHigh?: number;
    readonly aloneAny?: number;
  };
}

/** What the rules found in a window of messages, before any model. */
export interface RiskObservation {
  readonly found: readonly Found[];
  readonly ruleLevel: RiskLevel;
  readonly features: FeatureVector;
  /** Client messages read (for the model's evidence when no rule fired). */
  readonly client: readonly ContextMessage[];
  /** Risk words the client negated ("i would never hurt myself"). */
  readonly denied: number;
}

/**
 * The rules' reading of the window: `window` holds the recent messages of both roles, oldest
 * first (the counselor's are read only for the questions they ask).
 */
export function observeRisk(window: readonly ContextMessage[]): RiskObservation {
  const found: Found[] = [];
  const denials = { count: 0 };
  const client = window.filter((m) => m.message.role === 'client');
  let lastCounselor: ContextMessage | null = null;
  let answered = false;
  for (const m of window) {
    if (m.message.role !== 'client') {
      lastCounselor = m;
      answered = false;
      continue;
    }
    const nextClient = window.slice(window.indexOf(m) + 1).find((x) => x.message.role === 'client');
    const signals = memoizedSignals({ m, next: nextClient });
    denials.count += signals.denied;
    const matches = signals.matches;
    // "i'm not suicidal, just tired": no rule matches a negated word of its own, so a plain denial
    // is counted here; not when the message holds anything else ("not suicidal but i have the pills").
    if (matches.length === 0 && EXPLICIT_DENIAL.test(m.norm.text)) denials.count++;
    for (const match of matches) {
      const signal = match.rule.tag;
      found.push({
        signal,
        kind: SIGNAL_KIND[signal],
        message: m.index,
        start: match.start,
        end: match.end,
        why: match.rule.why,
        level: ALONE[signal],
      });
    }
    // The first client message after a risk question is the answer to it.
    if (lastCounselor && !answered) {
      answered = true;
      const topic = questionTopic(lastCounselor);
      const level = topic ? answerLevel(topic, m.norm.text) : 'none';
      if (topic && level !== 'none') {
        const text = m.message.text;
        const lead = text.length - text.trimStart().length;
        found.push({
          signal: 'answer',
          kind: TOPIC_KIND[topic],
          message: m.index,
          start: lead,
          end: Math.min(text.trimEnd().length, lead + 120),
          why:
            topic === 'safety'
              ? 'says they are not safe, or are not sure, when asked'
              : 'answers yes when asked about risk',
          level,
        });
      }
    }
  }
  combine(found);
  const ruleLevel = found.reduce<RiskLevel>(
    (acc, f) => (LEVEL_RANK[f.level] > LEVEL_RANK[acc] ? f.level : acc),
    'none',
  );
  return {
    found,
    ruleLevel,
    features: riskFeatures(client, found, denials.count),
    client,
    denied: denials.count,
  };
}

/** Signals that only mean something together: a plan is means, a time and a wish to die. */
function combine(found: Found[]): void {
  const has = (s: RiskSignal) => found.some((f) => f.signal === s);
  const deathTheme = found.some(
    (f) => DEATH_THEME.has(f.signal as RiskSignal) || (f.signal === 'answer' && f.kind === 'suicide'),
  );
  const meansOrPlace = has('means') || has('place') || has('method') || has('plan_ref');
  const raise = (pred: (f: Found) => boolean) => {
    for (const f of found) if (pred(f)) f.level = 'high';
  };
  // Means at hand or a dangerous place, with a death theme or a time: a plan (C-SSRS 5).
  if ((has('means') || has('place')) && deathTheme) {
    raise(
      (f) =>
        ['means', 'place', 'time', 'method'].includes(f.signal) || DEATH_THEME.has(f.signal as RiskSignal),
    );
  } else if (has('means') && has('time') && has('plan_ref')) {
    // "pills / tonight / already counted them": means, a time and a plan are a plan.
    raise((f) => ['means', 'time', 'plan_ref'].includes(f.signal));
  } else if ((has('place') || has('means')) && has('time')) {
    // At the bridge with a train due: worth asking, even with no word of dying.
    for (const f of found)
      if (f.signal === 'place' || f.signal === 'time' || f.signal === 'means') f.level = 'possible';
  }
  // A wish to die with a method, preparations or a time.
  if (
    (has('passive_wish') || has('hopeless') || has('suicidal_intent')) &&
    (meansOrPlace || has('preparation') || has('time') || has('goodbye'))
  ) {
    raise((f) => f.kind === 'suicide' && f.signal !== 'other_at_risk' && f.signal !== 'past_attempt');
  }
  if (has('preparation') && (deathTheme || has('means'))) raise((f) => f.signal === 'preparation');
  // Time and means on their own mean nothing: drop what stayed at none.
  for (let i = found.length - 1; i >= 0; i--) if (found[i]!.level === 'none') found.splice(i, 1);
}

/** How much the block of word-class shapes weighs against the words themselves. */
const CONCEPT_WEIGHT = 2;

/**
 * The shapes of one message in word classes: class n-grams over the message with unclassed
 * words collapsed ("i really want to just not exist" → "SELF _ WANT _ NEG EXIST"), and the
 * pairs of classes it holds.
 */
function conceptShapes(tokens: readonly string[], out: Set<string>): void {
  const seq: string[] = [];
  for (const t of tokens) {
    const c = conceptOf(t) ?? '_';
    if (c === '_' && seq.at(-1) === '_') continue;
    seq.push(c);
  }
  const present = [...new Set(seq.filter((c) => c !== '_'))].sort();
  for (let i = 0; i < seq.length; i++) {
    if (seq[i] === '_') continue;
    out.add(`k1:${seq[i]}`);
    if (i + 1 < seq.length) out.add(`k2:${seq[i]} ${seq[i + 1]}`);
    if (i + 2 < seq.length) out.add(`k3:${seq[i]} ${seq[i + 1]} ${seq[i + 2]}`);
  }
  for (let a = 0; a < present.length; a++)
    for (let b = a + 1; b < present.length; b++) out.add(`kp:${present[a]}+${present[b]}`);
}

/** Model features: the client's recent words and the rule signals that fired. */
function riskFeatures(client: readonly ContextMessage[], found: readonly Found[], denied = 0): FeatureVector {
  const fv: FeatureVector = new Map();
  const add = (name: string, v: number) => {
    const id = hashFeature(name);
    fv.set(id, (fv.get(id) ?? 0) + v);
  };
  add('bias', 1);
  const text = client.map((m) => m.norm.text.slice(0, 1500)).join(' | ');
  const tokens = tokenize(text);
  const words = new Set(wordGrams('r', tokens));
  for (const w of words) add(w, 1 / Math.sqrt(words.size));
  const chars = charGramIds('r', text.slice(0, 3000));
  for (const id of chars) fv.set(id, (fv.get(id) ?? 0) + 1 / Math.sqrt(chars.size));
  const groups = wordGroupIds('r', tokens);
  for (const id of groups) fv.set(id, (fv.get(id) ?? 0) + GROUP_WEIGHT / Math.sqrt(groups.size));
  const shapes = new Set<string>();
  for (const m of client) conceptShapes(tokenize(m.norm.text.slice(0, 1500)), shapes);
  for (const k of shapes) add(k, CONCEPT_WEIGHT / Math.sqrt(shapes.size));
  for (const f of found) add(`sig:${f.signal}:${f.level}`, 1);
  if (JOKING.test(text)) add('joking', 1);
  if (NOT_ABOUT_SAFETY.some((re) => re.test(text))) add('play-or-story', 1);
  add(`nmsg:${Math.min(client.length, 4)}`, 1);
  if (denied > 0) add('denial', 1);
  return fv;
}

/** The client's risk over a window of recent messages (both roles, oldest first). */
export function readRisk(window: readonly ContextMessage[], models: RiskModels | null): RiskReading {
  const observed = observeRisk(window);
  const found = [...observed.found];
  let level = observed.ruleLevel;
  if (models && observed.client.length > 0) {
    const p = models.level.probabilities(observed.features);
    const pHigh = p[models.level.labels.indexOf('high')] ?? 0;
    const pPossible = p[models.level.labels.indexOf('possible')] ?? 0;
    const t = models.thresholds ?? { high: MODEL_HIGH, any: MODEL_ANY };
    // With no rule signal at all the model alone must be surer: ordinary talk of pills and sleep
    // shares words with overdoses.
    const any = observed.found.length === 0 ? Math.max(t.any, t.aloneAny ?? MODEL_ALONE_ANY) : t.any;
    // An explicit denial and nothing else ("i would never hurt myself") is not for the model to overrule.
    const deniedOnly = observed.found.length === 0 && observed.denied > 0;
    const high = observed.found.length === 0 ? Math.max(t.high, t.aloneHigh ?? MODEL_ALONE_HIGH) : t.high;
    const modelLevel: RiskLevel = pHigh >= high ? 'high' : pHigh + pPossible >= any ? 'possible' : 'none';
    if (!deniedOnly && LEVEL_RANK[modelLevel] > LEVEL_RANK[level]) {
      level = modelLevel;
      const ev = modelEvidence(observed, models);
      if (ev) found.push({ ...ev, level: modelLevel });
      else for (const f of found) f.level = modelLevel;
    }
  }
  const evidence = dedupe(found)
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.message - a.message || a.start - b.start)
    .map(({ message, start, end, kind, why }) => ({ message, start, end, kind, why }));
  return { level, evidence, features: observed.features };
}

/**
 * Probability thresholds of the model's reading, chosen on the training writers' sets (each left
 * out) together with the everyday chat contexts of the client and reply sets (each writer left
 * out). Beside a rule's signal the model decides from 0.5 (high) and 0.6 (any); alone it must be
 * surer, 0.65, since every reading it makes alone in an ordinary chat flags a fine reply as
 * ignoring risk. Since the model also learns from those everyday contexts (issue 9): writers left
 * out, high 0.886, any 0.902, false alarms 0.042, everyday contexts read as risky 0.100 (with
 * the old 0.6 / 0.7 / 0.875 and without them: 0.837, 0.865, 0.032, 0.132). Lower still (0.5 /
 * 0.5 / 0.6) caught a little more (0.898, 0.913) at 5% false alarms and 12% of everyday contexts.
 */
export const MODEL_HIGH = 0.5;
export const MODEL_ANY = 0.6;
export const MODEL_ALONE_ANY = 0.65;
export const MODEL_ALONE_HIGH = 0.65;

/** The sentence the model finds most worrying, when no rule pointed at one. */
function modelEvidence(observed: RiskObservation, models: RiskModels): Omit<Found, 'level'> | null {
  if (observed.found.length > 0) return null;
  let best: { m: ContextMessage; start: number; end: number; score: number } | null = null;
  for (const m of observed.client) {
    for (const piece of sentences(m.norm.text)) {
      const fv = riskFeatures([{ ...m, norm: { ...m.norm, text: piece.text } }], []);
      const p = models.level.probabilities(fv);
      const score = 1 - (p[models.level.labels.indexOf('none')] ?? 0);
      if (!best || score > best.score) best = { m, start: piece.start, end: piece.end, score };
    }
  }
  if (!best) return null;
  const kind = models.kind.predict(observed.features).label;
  const start = best.m.norm.starts[best.start] ?? 0;
  const end = best.m.norm.ends[best.end - 1] ?? best.m.message.text.length;
  return {
    signal: 'answer',
    kind,
    message: best.m.index,
    start,
    end,
    why: 'reads like a risk disclosure (the trained model; no rule matched these words)',
  };
}

/** Which of two overlapping signals of the same level to cite: the one nearest the act. */
const CITE_FIRST: readonly (RiskSignal | 'answer')[] = [
  'attempt',
  'suicidal_intent',
  'medical',
  'self_harm_act',
  'harm_intent',
  'abuse_now',
];
const citeRank = (f: Found) => {
  const i = CITE_FIRST.indexOf(f.signal);
  return i < 0 ? CITE_FIRST.length : i;
};

/** One piece of evidence per place: the highest level wins where spans overlap. */
function dedupe(found: readonly Found[]): Found[] {
  const out: Found[] = [];
  const ranked = [...found].sort(
    (a, b) =>
      LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
      citeRank(a) - citeRank(b) ||
      b.end - b.start - (a.end - a.start),
  );
  for (const f of ranked) {
    if (out.some((o) => o.message === f.message && o.start < f.end && f.start < o.end)) continue;
    out.push(f);
  }
  return out;
}
