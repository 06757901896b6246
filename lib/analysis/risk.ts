import type { RiskEvidence, RiskKind, RiskLevel } from '../../models';
import { citedEvidence } from './risk-evidence';
import type { ContextMessage } from './context';
import {
  hashFeature,
  type FeatureVector,
  charGramIds,
  wordGrams,
  GROUP_WEIGHT,
  wordGroupIds,
} from './features';
import { JOKING, NOT_ABOUT_SAFETY, type RiskSignal } from './lexicon/risk';
import { conceptOf } from './lexicon/risk-concepts';
import type { LinearModel } from './model';
import { pieceAt, safeCut, sentences, tokenize } from './text';

import {
  DEATH_THEME,
  dropQuitAttempts,
  EXPLICIT_DENIAL,
  type Found,
  LEVEL_RANK,
  foundAt,
  memoizedSignals,
  riskSignals,
} from './risk-signals';
import {
  ANSWER_WHY,
  answerLevel,
  completedAnswer,
  questionTopic,
  TOOK_MENTIONED_WHY,
  TOPIC_KIND,
  tookWhatWasMentioned,
} from './risk-answers';

/**
 * Risk in the client's recent messages, read as a crisis supervisor reads it (framework.md §5):
 * the signals of ../lexicon/risk.ts put together across messages (a plan split over three short
 * lines), answers to the counselor's safety questions ("are you safe right now?" → "no"), and a
 * trained model over the same messages for wording no rule has. Rules give the evidence; the
 * model may raise the level the rules found, never lower it. A later denial does not erase an
 * earlier disclosure: every message in the look-back window counts.
 */
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
    /** From this probability of no risk the model overrules the rules (default MODEL_VETO). */
    readonly veto?: number;
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
  /**
   * Signals that are no risk on their own and met nothing to combine with (a platform's edge, a
   * stash of pills): in a long message their sentence is read by the model by itself.
   */
  readonly quiet: readonly Found[];
  /**
   * Risk words the chat itself explains as harmless ("my last attempt" in a chat about quitting
   * smoking): the model, which cannot see what the chat is about, must be all but sure to read
   * them as risk by itself.
   */
  readonly explained: number;
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
    for (const match of matches) found.push(foundAt(match, m.index));
    // The first client message after a risk question is the answer to it.
    if (lastCounselor && !answered) {
      answered = true;
      // "what are you planning to do tonight?" → "end it": the answer is read with the words it
      // leaves out, and its spans point back into what the client wrote.
      const completed = matches.length === 0 ? completedAnswer(lastCounselor, m) : null;
      if (completed)
        for (const match of riskSignals(completed.message, denials))
          found.push(foundAt(match, m.index, completed.added));
      const earlier = client.filter((x) => x.index < lastCounselor!.index);
      const topic = questionTopic(lastCounselor, {
        risk: found.some((f) => f.message < m.index && f.level !== 'none'),
        clientText: earlier.map((x) => x.norm.text).join(' '),
      });
      // The answer may go on over the client's next messages ("twice" / "this time i won't mess it up").
      const after = window.slice(window.indexOf(m) + 1);
      const nextCounselor = after.findIndex((x) => x.message.role !== 'client');
      const more = (nextCounselor < 0 ? after : after.slice(0, nextCounselor)).slice(0, 3);
      const joined = (own: (x: ContextMessage) => string, list: readonly ContextMessage[]) =>
        list.map(own).join(' ');
      // Read in the client's own lowercase words too: normalizing turns "ya" (yes) into "you".
      const level = !topic
        ? tookWhatWasMentioned(lastCounselor.norm.text, m.norm.text)
          ? 'high'
          : 'none'
        : [(x: ContextMessage) => x.norm.text, (x: ContextMessage) => x.message.text.toLowerCase()]
            .map((own) => answerLevel(topic, own(m), joined(own, more), joined(own, earlier)))
            .reduce((a, b) => (LEVEL_RANK[b] > LEVEL_RANK[a] ? b : a));
      if (level !== 'none') {
        const asked = topic ?? 'taken';
        const text = m.message.text;
        const lead = text.length - text.trimStart().length;
        found.push({
          signal: 'answer',
          kind: TOPIC_KIND[asked],
          message: m.index,
          start: lead,
          // The first 120 characters of the answer, never ending inside a surrogate pair (an emoji).
          end: safeCut(text, Math.min(text.trimEnd().length, lead + 120)),
          why: topic ? ANSWER_WHY[topic] : TOOK_MENTIONED_WHY,
          level,
        });
      }
    }
  }
  const beforeQuit = found.length;
  dropQuitAttempts(
    found,
    window,
    (f) => window.find((m) => m.index === f.message)?.message.text.slice(f.start, f.end) ?? '',
  );
  const explained =
    beforeQuit - found.length + client.filter((m) => ORDINARY_EXPLANATION.test(m.norm.text)).length;
  dropFarTimes(found, sentenceIndex(window));
  const before = [...found];
  combine(found);
  const kept = new Set(found);
  const quiet = before.filter((f) => !kept.has(f));
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
    quiet,
    explained,
  };
}

/**
 * The client's own ordinary explanation of words the model reads as danger: a body part's pain with
 * its everyday cause ("my wrist hurts from typing"), a reason-to-live frame completed harmlessly
 * ("if it wasnt for the dog i wouldnt get out at all"). The model alone must then be as sure as
 * after a quit attempt explained away.
 */
const ORDINARY_EXPLANATION =
  /\b(?:hurts?|hurting|aches?|aching|sore|stiff|pain)\b[^.!?\n]{0,20}\b(?:from|after) (?:typing|the keyboard|gaming|the gym|gym|lifting|work|running|a run|football|training|sitting|writing|carrying|gardening|sleeping funny|the hike|climbing|cycling|yoga|boxing)\b|\bif it (?:wasn't|wasnt|weren't|werent) for (?:the|my) \w+,? i (?:wouldn't|wouldnt|would not) (?:get out|go out|leave the house|get up|get out of bed|exercise|walk|see anyone|talk to anyone|eat properly|cook)\b/u;

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
    const bar = (b: number) => (observed.found.length === 0 && observed.explained > 0 ? EXPLAINED_BAR : b);
    const modelLevel: RiskLevel =
      pHigh >= bar(high) ? 'high' : pHigh + pPossible >= bar(any) ? 'possible' : 'none';
    const pNone = p[models.level.labels.indexOf('none')] ?? 0;
    const chatLength = observed.client.reduce((n, m) => n + m.norm.text.length, 0) <= VETO_MAX_CHARS;
    // An answer to the counselor's risk question is not the model's to overrule: it reads only the
    // client's words, and "yeah" is no risk without "do you have a plan to end your life?".
    const answered = observed.found.some((f) => f.signal === 'answer');
    if (
      level !== 'none' &&
      chatLength &&
      !answered &&
      pNone >= (t.veto ?? MODEL_VETO) &&
      wordsBesideEvidence(observed) >= VETO_MIN_CONTEXT_WORDS
    ) {
      // The rules' words in a context the model is all but sure holds no risk: a lasagne that
      // collapsed, coursework on suicide prevention, a song about an overdose.
      return { level: 'none', evidence: [], features: observed.features };
    }
    if (!deniedOnly && LEVEL_RANK[modelLevel] > LEVEL_RANK[level]) {
      level = modelLevel;
      const ev = modelEvidence(observed, models);
      if (ev) found.push({ ...ev, level: modelLevel });
      else for (const f of found) f.level = modelLevel;
    }
    const piece = deniedOnly ? null : worstLongPiece(observed, models);
    if (piece && LEVEL_RANK[piece.level] > LEVEL_RANK[level]) {
      level = piece.level;
      found.push(piece);
    }
  }
  const evidence = citedEvidence(found);
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

/**
 * When the rules fired but the model, which reads their signals in their context, puts the
 * chance of no risk at 0.85 or more, the reading is none. Only for chat-length windows (the
 * client's recent messages together up to 400 characters; the training lines reach 577, 99% of
 * them 269): on long forum posts the model is outside what it learned, and overruling the rules
 * there cost C-SSRS users found 0.602 → 0.373. Writers left out: false alarms 0.057 → 0.049 with
 * high and any-risk recall unchanged (0.880, 0.901); the held-out set and C-SSRS unchanged. A
 * veto from 0.7 lost real goodbyes ("this is my last message to anyone"), so the bar is high.
 * From 0.9 to 0.85 on 2026-12-02, when the rules' false alarms were most of those left: 5-fold by
 * writer, false alarms 189 → 178 of 3,404 with every disclosure still found; the unseen writers'
 * sets 0.089 → 0.082 and the held-out check-ins 0.100 → 0.087, recall unchanged; DiaSafety 0.605
 * → 0.603. At 0.8 a held-out check-in disclosure was lost.
 */
export const MODEL_VETO = 0.85;
/**
 * The veto reads context: the rules' words in a chat about a lasagne or a song. When the client
 * wrote little beyond the words the rules cited (their span leaves out a frame such as "i want to"
 * or "im going to", so up to three words), there is no context to read, only the words, and those
 * are the rules' to judge: a retrain that moved no measured set by more than a line or two put "i
 * want to prepare for my death" at p(no risk) 0.851 and read it as nothing.
 */
const VETO_MIN_CONTEXT_WORDS = 4;

/** How many words the client's recent messages hold outside every span the rules cited. */
function wordsBesideEvidence(observed: RiskObservation): number {
  let words = 0;
  for (const m of observed.client) {
    const text = m.message.text;
    const spans = observed.found.filter((f) => f.message === m.index).sort((a, b) => a.start - b.start);
    let outside = '';
    let from = 0;
    for (const f of spans) {
      if (f.start > from) outside += ` ${text.slice(from, f.start)}`;
      from = Math.max(from, f.end);
    }
    outside += ` ${text.slice(from)}`;
    words += outside.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
  }
  return words;
}
/**
 * How sure the model alone must be when the rules found risk words and explained them away (a quit
 * attempt in a chat about smoking): as sure as a veto once was.
 */
const EXPLAINED_BAR = 0.9;
const VETO_MAX_CHARS = 400;

/**
 * When the client's recent messages together run longer than this (an email to a help desk, a
 * forum post pasted in, a long chat), each is also read in pieces of a few sentences: the model
 * learned chat-length text (99% of its lines up to 269 characters), and over long text one
 * worrying sentence is lost among the rest.
 */
const LONG_MESSAGE_CHARS = 400;
const PIECE_CHARS = 300;
/**
 * How sure the model must be of one piece: surer than of a whole chat (MODEL_ALONE_ANY, 0.65),
 * since a long message offers it many pieces to be wrong on. Chosen on the C-SSRS dev file's long
 * posts, as the bar where users who only support someone else stay at most about a third flagged;
 * it moves with the model (0.75 until three more writers' sets joined on 2026-12-02: with them
 * 0.75 flagged 0.392 of those users, 0.80 0.314 with 0.652 of the users at risk found).
 */
export const PIECE_ANY = 0.8;
export const PIECE_HIGH = 0.8;

/** The model's reading of one stretch of a client message (a sentence or a piece), read alone. */
function readStretch(m: ContextMessage, text: string, models: RiskModels) {
  const fv = riskFeatures([{ ...m, norm: { ...m.norm, text } }], []);
  const p = models.level.probabilities(fv);
  const labels = models.level.labels;
  return { fv, pHigh: p[labels.indexOf('high')] ?? 0, pAny: 1 - (p[labels.indexOf('none')] ?? 0) };
}

/** The most worrying piece of the client's long messages, cited at its most worrying sentence. */
function worstLongPiece(observed: RiskObservation, models: RiskModels): Found | null {
  const total = observed.client.reduce((n, m) => n + m.norm.text.length, 0);
  if (total <= LONG_MESSAGE_CHARS) return null;
  const read = (m: ContextMessage, text: string) => readStretch(m, text, models);
  let best: { m: ContextMessage; piece: Piece; level: RiskLevel; pAny: number; fv: FeatureVector } | null =
    null;
  for (const m of observed.client) {
    const text = m.norm.text.slice(0, 20_000);
    const split = sentences(text);
    for (const piece of [...pieces(text, split), ...quietSentences(m, split, observed.quiet)]) {
      const { fv, pHigh, pAny } = read(m, piece.text);
      const level: RiskLevel = pHigh >= PIECE_HIGH ? 'high' : pAny >= PIECE_ANY ? 'possible' : 'none';
      if (level !== 'none' && pAny > (best?.pAny ?? 0)) best = { m, piece, level, pAny, fv };
    }
  }
  if (!best) return null;
  let cited = best.piece.sentences[0]!;
  let citedScore = -1;
  for (const s of best.piece.sentences) {
    const score = best.piece.sentences.length === 1 ? 1 : read(best.m, s.text).pAny;
    if (score > citedScore) [cited, citedScore] = [s, score];
  }
  const { m } = best;
  return {
    signal: 'model',
    kind: models.kind.predict(best.fv).label,
    message: m.index,
    start: m.norm.starts[cited.start] ?? 0,
    end: m.norm.ends[cited.end - 1] ?? m.message.text.length,
    why: 'reads like a risk disclosure (the trained model, on this part of a long message)',
    level: best.level,
  };
}

type Sentence = ReturnType<typeof sentences>[number];
interface Piece {
  text: string;
  readonly sentences: Sentence[];
}

/**
 * The sentences of `m` (`all`, split from its normalized text) that hold a quiet signal, each as a piece of its own.
 * A joined piece can bury such a sentence: "…at the edge of the platform, waiting for the nerve."
 * read 0.97 alone and 0.41 beside "Anyway, can Thursday's appointment move?".
 */
function quietSentences(m: ContextMessage, all: readonly Sentence[], quiet: readonly Found[]): Piece[] {
  const mine = quiet.filter((f) => f.message === m.index);
  if (mine.length === 0) return [];
  // Sentences' starts in the original text, where the signals' offsets are.
  const starts = all.map((x) => ({ start: m.norm.starts[x.start] ?? 0 }));
  const held = new Set<number>();
  for (const f of mine) {
    const i = pieceAt(starts, f.start);
    if (i >= 0) held.add(i);
  }
  return [...held].map((i) => ({ text: all[i]!.text, sentences: [all[i]!] }));
}

/** Consecutive sentences joined up to PIECE_CHARS characters (a longer sentence stands alone). */
function pieces(text: string, split: readonly Sentence[]): Piece[] {
  const out: Piece[] = [];
  for (const s of split) {
    const last = out.at(-1);
    const first = last?.sentences[0];
    if (last && first && s.end - first.start <= PIECE_CHARS) {
      last.sentences.push(s);
      last.text = text.slice(first.start, s.end);
    } else out.push({ text: s.text, sentences: [s] });
  }
  return out;
}

/** The sentence the model finds most worrying, when no rule pointed at one. */
function modelEvidence(observed: RiskObservation, models: RiskModels): Omit<Found, 'level'> | null {
  if (observed.found.length > 0) return null;
  let best: { m: ContextMessage; start: number; end: number; score: number } | null = null;
  for (const m of observed.client) {
    for (const piece of sentences(m.norm.text)) {
      const score = readStretch(m, piece.text, models).pAny;
      if (!best || score > best.score) best = { m, start: piece.start, end: piece.end, score };
    }
  }
  if (!best) return null;
  const kind = models.kind.predict(observed.features).label;
  const start = best.m.norm.starts[best.start] ?? 0;
  const end = best.m.norm.ends[best.end - 1] ?? best.m.message.text.length;
  return {
    signal: 'model',
    kind,
    message: best.m.index,
    start,
    end,
    why: 'reads like a risk disclosure (the trained model; no rule matched these words)',
  };
}

/**
 * A time said far from the danger in the same message ("can thursday's appointment move?", two
 * sentences after the platform) is not the plan's time: it neither makes a place or means a plan
 * nor is shown as the client's words about when. A time counts beside a signal in the same
 * sentence or the next one, or in another message (a plan split over short lines).
 */
function dropFarTimes(found: Found[], sentenceOf: (message: number, at: number) => number): void {
  const others = found.filter((f) => f.signal !== 'time');
  if (others.length === 0 || others.some((o) => o.message !== others[0]!.message)) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.signal !== 'time' || f.message !== others[0]!.message) continue;
    const at = sentenceOf(f.message, f.start);
    if (others.every((o) => Math.abs(sentenceOf(o.message, o.start) - at) > 1)) found.splice(i, 1);
  }
}

/** The index of the sentence holding each offset, per message; sentences are split once per message. */
function sentenceIndex(window: readonly ContextMessage[]): (message: number, at: number) => number {
  const split = new Map<number, ReturnType<typeof sentences>>();
  return (message, at) => {
    let pieces = split.get(message);
    if (!pieces) {
      const text = window.find((m) => m.index === message)?.message.text ?? '';
      split.set(message, (pieces = sentences(text)));
    }
    return pieceAt(pieces, at);
  };
}
