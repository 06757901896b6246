import type { RiskKind, RiskLevel } from '../../models';
import type { ContextMessage } from './context';
import {
  FATE_AFTER,
  OTHER_HABIT_ACT,
  QUIT_AIDS,
  MANY_AT_ONCE,
  SELF_HARM_NAMED,
  FIRST_PERSON,
  FOR_REAL,
  IDIOM_AFTER,
  JOKING,
  LONG_AGO,
  NOT_ABOUT_SAFETY,
  ORDINARY_FAREWELL,
  ACCIDENT,
  ORDINARY_OUTING,
  MEDICINE_ROUTINE,
  RETURNED_MEDICINE,
  FASTING,
  EXERTION,
  DEATH_NEAR,
  FINAL_WORDS,
  FEARED_BEFORE,
  ORDINARY_TASK,
  REPORTED_QUESTION,
  RISK_RULES,
  type RiskSignal,
  SIGNAL_KIND,
  THIRD_PERSON,
  TRIVIAL_CAUSE,
  PARENT_IDIOM_CAUSE,
  RECREATIONAL_JUMP,
} from './lexicon/risk';
import { type Match, findMatches } from './match';
import { memoize } from './memo';
import { matchLevel } from './risk-levels';
import { pieceAt, sentences, tokenize } from './text';

/**
 * The rule signals of risk in one client message (lib/analysis/lexicon/risk.ts), with the guards
 * that set aside negations, idioms, games, fiction, other people's stories and advice written to
 * someone else. lib/analysis/risk.ts puts them together across messages.
 */

export const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, possible: 1, high: 2 };

/** What one matched signal contributes before signals are combined. */
export interface Found {
  /** A rule's signal, an answer to the counselor's risk question, or the trained model's reading. */
  readonly signal: RiskSignal | 'answer' | 'model';
  readonly kind: RiskKind;
  readonly message: number;
  readonly start: number;
  readonly end: number;
  readonly why: string;
  level: RiskLevel;
}

/** Signals that are risk on their own, and how much. */
export const ALONE: Record<RiskSignal, RiskLevel> = {
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
export const DEATH_THEME: ReadonlySet<RiskSignal> = new Set([
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

/** A pet and no person named before a "he" or "she": the pronoun is the animal's. */
const PET_BEFORE =
  /^(?![^]*\b(?:dad|father|mum|mom|mother|stepdad|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|brother|sister|uncle|aunt|man|guy|son|daughter|boss|teacher|coach|he's|she's)\b)[^]*\b(?:dog|puppy|pup|cat|kitten|horse|pony|parrot|rabbit|hamster)\b/u;

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
export const EXPLICIT_DENIAL =
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

/** A denial taken back as it is made: "not gonna jump probably", "won't do it yet". */
const HEDGE_AFTER =
  /^[,. ]{0,3}(?:probably|prob|probs|i guess|maybe|idk|yet|for now)(?=\s*(?:[.!?,]|$|lol|tho|though|but))/u;

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
 * can.
 */
function sentenceAround(text: string, pieces: readonly Piece[], start: number, end: number): string {
  const last = pieceAt(pieces, start);
  for (const piece of [pieces[last - 1], pieces[last]]) {
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

/** Death itself named, where a jump could otherwise be for fun. */
const DEATH_WORDS =
  /\b(?:die|dying|dead|death|end it|kill\w*|suicid\w*|unaliv\w*|goodbye|last time|not coming back|no one|nobody)\b/u;

/** "i took / had / swallowed ...": the client's own intake, not a shift at work. */
const OWN_INTAKE = /\b(?:i|i've|i'm)\b[^.!?\n]{0,20}\b(?:took|taken|swallowed|had|downed)\b/u;

/**
 * A message's rule signals and the denials among its words, by its text and the next client
 * message's (the only other text they read): when a message arrives, the earlier ones in the
 * window are not read again. Keyed by the original text, since match offsets point into it.
 */
export const memoizedSignals = memoize(
  512,
  ({ m, next }: { m: ContextMessage; next: ContextMessage | undefined }) =>
    next ? `${m.message.text}\u0000${next.message.text}` : m.message.text,
  ({ m, next }) => {
    const denials = { count: 0 };
    const matches = riskSignals(m, denials, next);
    return { matches, denied: denials.count };
  },
);

/** A rule's match, with the level its own words stand for when they say less than its signal. */
export type RiskMatch = Match<RiskSignal> & { readonly level?: RiskLevel };

/** The rule signals of one message, after negations, idioms, games and fiction are set aside. */
export function riskSignals(
  m: ContextMessage,
  denials?: { count: number },
  next?: ContextMessage,
): RiskMatch[] {
  const text = m.norm.text;
  // A short "can't do this anymore" is about whatever the same or the next message names.
  const around = next ? `${text} ${next.norm.text}` : text;
  const test = memoizedTest();
  let pieces: Piece[] | undefined;
  // Whether the whole message is advice to someone else: counted once, not per match.
  let advice: boolean | undefined;
  const isAdvice = () => (advice ??= writtenToSomeoneElse(text));
  const kept = findMatches(m.norm, RISK_RULES).filter((match) => {
    const signal = match.rule.tag;
    const matched = text.slice(match.normStart, match.normEnd);
    // Several guards read the sentence around the match; it is split out once, on first use.
    let sentenceText: string | undefined;
    const sentence = () =>
      (sentenceText ??= sentenceAround(text, (pieces ??= sentences(text)), match.normStart, match.normEnd));
    // Only a signal that is risk on its own makes a denial: "i'd never hurt myself" is one, "i
    // wanted to ask whether thursday works" (a time, asked about) is not, and counting it kept the
    // model from reading the rest of the message.
    const denies = ALONE[signal] !== 'none';
    // "not gonna jump probably": a hedged denial is ambivalence, and the signal stands.
    const hedged = HEDGE_AFTER.test(text.slice(match.normEnd, match.normEnd + 20));
    if (!SELF_NEGATING.test(matched) && !hedged && negatedBefore(text, match.normStart)) {
      if (denials && denies) denials.count++;
      return false;
    }
    if (SELF_DIRECTED.has(signal) && aboutSomeoneElse(text, match.normStart, matched)) return false;
    if (SELF_DIRECTED.has(signal) && isAdvice() && speaksOnlyToReader(sentence())) return false;
    const clause = text.slice(Math.max(0, match.normStart - 40), match.normStart);
    if (REPORTED_QUESTION.test(clause.split(/[.!?;\n]/u).pop() ?? '')) {
      // "my therapist asked if i had thoughts of suicide": a question reported, read like a denial.
      if (denials && denies) denials.count++;
      return false;
    }
    if (
      (signal === 'medical' || signal === 'attempt' || signal === 'other_at_risk') &&
      test(LONG_AGO, sentence())
    )
      return false;
    // A nurse's or a paramedic's shift: an overdose they treated is not the client's emergency.
    if (signal === 'medical' && test(ORDINARY_TASK, sentence()) && !test(OWN_INTAKE, text)) return false;
    // "cut my hand on a tin can", "chest pain after the gym, think i pulled something".
    if (
      (signal === 'self_harm_act' ||
        signal === 'self_harm_past' ||
        (signal === 'abuse_now' && /\b(?:black eye|bruis\w*)\b/u.test(matched))) &&
      test(ACCIDENT, text) &&
      !/\b(?:on purpose|deliberately|meant to)\b/u.test(text)
    )
      return false;
    // "chest pain after the gym", "overdid it at the gym, can't lift my arms", "heart racing on my first run".
    if (signal === 'medical' && /\b(?:chest|lift|heart|pulse)\b/u.test(matched) && test(EXERTION, sentence()))
      return false;
    if (signal === 'medical' && test(RETURNED_MEDICINE, sentence())) return false;
    if (signal === 'medical' && test(QUIT_AIDS, text) && !test(MANY_AT_ONCE, sentence())) return false;
    if (signal === 'medical' && test(FASTING, text)) return false;
    // "if it wasnt for the dog i wouldnt leave the house. he drags me out at 6am": the dog, not a person.
    if (
      (signal === 'abuse_now' || signal === 'abuse_concern') &&
      /^(?:he|she|they|him|her)\b/u.test(matched) &&
      PET_BEFORE.test(text.slice(Math.max(0, match.normStart - 80), match.normStart))
    )
      return false;
    // "did it again" / "deposited £50 at 2am": the act the chat names is another habit's.
    if (
      signal === 'self_harm_act' &&
      /^(?:did|done) it\b/u.test(matched) &&
      test(OTHER_HABIT_ACT, around) &&
      !test(SELF_HARM_NAMED, around)
    )
      return false;
    // "if my mom sees this report card she's gonna kill me 💀": a parent idiom, not a threat.
    if (
      signal === 'abuse_now' &&
      /\b(?:going to|gonna) (?:kill|murder) (?:me|us)\b/u.test(matched) &&
      (test(PARENT_IDIOM_CAUSE, around) || test(JOKING, sentence()))
    )
      return false;
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
    if (signal === 'place' && test(ORDINARY_OUTING, around) && !test(DEATH_NEAR, around)) return false;
    // "bungee jumping off a bridge this weekend!!": a jump for fun names no way to die.
    if (
      (signal === 'place' || signal === 'method') &&
      test(RECREATIONAL_JUMP, around) &&
      !test(DEATH_WORDS, around)
    )
      return false;
    // "every sunday i fill my dosette box… tonight i counted the tablets twice": a routine.
    if ((signal === 'means' || signal === 'preparation') && test(MEDICINE_ROUTINE, around)) return false;
    // "thought i was gonna die on the first drop": fear told, not intent.
    if (
      signal === 'suicidal_intent' &&
      /\b(?:gonna|going to) die$/u.test(matched) &&
      FEARED_BEFORE.test(text.slice(Math.max(0, match.normStart - 40), match.normStart))
    )
      return false;
    if (
      (signal === 'harm_intent' || signal === 'harm_wish') &&
      test(TRIVIAL_CAUSE, around) &&
      !test(WEAPON, around)
    )
      return false;
    // Quoted words are someone else's (a song, a line from a film), not the client's own.
    if (SELF_DIRECTED.has(signal) && insideQuotes(text, match.normStart)) return false;
    // "i've lived here 52 years and i'll die here": where they expect to die one day, not a plan.
    if (
      signal === 'suicidal_intent' &&
      /(?:\bwill|'ll) die$/u.test(matched) &&
      FATE_AFTER.test(text.slice(match.normEnd, match.normEnd + 40))
    )
      return false;
    if (
      signal === 'suicidal_intent' &&
      /\bdie$/u.test(matched) &&
      DEVICE_BEFORE.test(text.slice(Math.max(0, match.normStart - 30), match.normStart))
    )
      return false;
    if (NOT_ABOUT_SAFETY.some((re) => test(re, sentence()))) return false;
    if (JOKE_PRONE.has(signal) && test(JOKING, sentence())) return false;
    // A one-line message is read with the next: "wont be here tomorrow" / "my shifts changed to lates".
    // Never when finality or death is said beside it: "at my age ive had enough, ive said my goodbyes".
    if (signal === 'goodbye' || signal === 'preparation') {
      const scope = signal === 'goodbye' && sentence() === text.trim() ? around : sentence();
      if (test(ORDINARY_FAREWELL, scope) && !test(FINAL_WORDS, scope)) return false;
    }
    return true;
  });
  return kept.map((match) => {
    const level = matchLevel(
      match.rule.tag,
      text.slice(match.normStart, match.normEnd),
      text.slice(Math.max(0, match.normStart - 30), match.normStart),
      sentenceAround(text, (pieces ??= sentences(text)), match.normStart, match.normEnd),
      around,
      test,
    );
    return level ? { ...match, level } : match;
  });
}

/** Talk of quitting a habit, in the client's or the counselor's words. */
const QUIT_TALK =
  /\b(?:quit(?:s|ting|ter|ters)?|smoke-?free|stop(?:ping|ped)? (?:smoking|drinking|vaping|using|gambling)|cut(?:ting)? (?:down|back)|g[ia]ve up (?:smoking|drinking|vaping|the \w+)|cigs?|cigarettes?|smok\w*|vap(?:e|es|ing)|nicotine|sober\w*|relaps\w*)\b/u;
/** Words that make an attempt suicide's, wherever they are in the window. */
const SUICIDE_WORDS =
  /\b(?:suicid\w*|kill\w*|end (?:it|my life|things)|take my (?:own )?life|overdos\w*|od|hang\w*|die|dying|dead|unaliv\w*|kms)\b/u;

/**
 * In a conversation about quitting a habit with no word of suicide in it, "my last attempt was 2
 * years ago" is a quit attempt (found reading MIBot's smokers): the bare word "attempt" is not
 * read as a suicide attempt there.
 */
export function dropQuitAttempts(
  found: Found[],
  window: readonly ContextMessage[],
  original: (f: Found) => string,
): void {
  const text = window.map((m) => m.norm.text).join('\n');
  if (!QUIT_TALK.test(text) || SUICIDE_WORDS.test(text)) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if ((f.signal === 'attempt' || f.signal === 'past_attempt') && /\battempts?\b/iu.test(original(f)))
      found.splice(i, 1);
  }
}

/** A rule's match as evidence in message `index`; `added` characters were put before its text. */
export function foundAt(match: RiskMatch, index: number, added = 0): Found {
  const signal = match.rule.tag;
  return {
    signal,
    kind: SIGNAL_KIND[signal],
    message: index,
    start: Math.max(0, match.start - added),
    end: Math.max(0, match.end - added),
    why: match.rule.why,
    level: match.level ?? ALONE[signal],
  };
}
