import type { ChangeTalkCue } from './client';
import type { ResistanceBehaviour, ResistanceCue } from '../../models';
// Values come from the zod-free vocabulary so the content script does not ship a schema library.
import { behaviourCategory, behaviourMiView } from '../../models/vocabulary';
import { type ContextMessage, counselorCuesOf } from './context';
import { overlap } from './features';
import { CHANGE_TALK_RULES } from './lexicon/change-talk';
import { MINIMAL_REPLY, RESISTANCE_RULES } from './lexicon/resistance';
import { findMatches, isNegated } from './match';
import { contentWords, tokenize } from './text';

/**
 * The lexical cues of a client turn: resistance behaviours read against what the counselor's
 * previous message asked for (a short "no" to a suggestion is disagreeing, to a feeling it may be
 * nothing), and change talk. ./client.ts weighs them with the trained models.
 */

export type CounselorMove = 'open_question' | 'closed_question' | 'suggestion' | 'statement' | 'none';

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
export const ANSWER_MARKERS =
  /^(?:yes|yeah|yep|no|nope|nah|maybe|because|well|not|never|i think|i guess|i suppose|it|that|sometimes|probably|kind of|sort of|i don't|nothing|just|mostly|usually|only|like|about|around|once|twice|every|\d)\b/u;

/** A question about someone ("what did the doctor say?") is answered by "she said...". */
export const NAMES_A_PERSON =
  /\b(?:he|she|they|him|her|them|his|their|mum|dad|mother|father|parents?|brother|sister|partner|wife|husband|boyfriend|girlfriend|friends?|boss|manager|teacher|doctor|gp|nurse|therapist|counsell?or|family|kids?|son|daughter|ex)\b/u;

/** Words of an open-ended question that any answer satisfies ("what brings you here today?"). */
export const GENERIC_QUESTION_WORDS = new Set(
  'brings bring brought today week weekend day days going doing feel feeling feelings happen happened happening mind else tell talk more about like since last time lately recently things life been'.split(
    ' ',
  ),
);

/** "no, not angry, more like tired": a correction of the counselor's reading, not a rejection. */
export const CORRECTS_A_REFLECTION =
  /\bnot (?:really )?\w+[,.!]*\s+(?:more|it's more|its more|just|i'm more|im more|rather)\b/u;

/** Context-aware cues for one client message. */
export function resistanceCues(
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
    let b = match.rule.tag;
    let why = match.rule.why;
    // "it isn't going to change anything" rejects a suggestion; with none on the table it is a
    // defeatist reason not to try (framework.md: pessimism), often about the talking itself.
    if (match.rule.id === 'disagreeing.1' && move !== 'suggestion') {
      b = 'pessimism';
      why = "doesn't expect it to make a difference";
    }
    if (b === 'disagreeing' && match.rule.id === 'disagreeing.4') {
      // A bare "no" rejects a suggestion; after a yes/no question it is just an answer.
      weight = move === 'suggestion' ? 0.75 : move === 'closed_question' ? 0.1 : 0.4;
      // "no not angry, more tired": correcting a reflection of a feeling while staying engaged.
      if (move !== 'suggestion' && CORRECTS_A_REFLECTION.test(text)) weight = 0.1;
    }
    if (b === 'hesitation' && match.rule.weight < 0.5 && longMessage) weight *= 0.5;
    if (b === 'sidetracking' && match.rule.id === 'sidetracking.3' && move === 'none') weight *= 0.5;
    push(b, match.start, match.end, weight, why);
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
export function answers(counselor: ContextMessage, text: string): boolean {
  return (
    overlap(tokenize(counselor.norm.text), tokenize(text)) > 0 ||
    ANSWER_MARKERS.test(text) ||
    (/^(?:he|she|they)\b/u.test(text) && NAMES_A_PERSON.test(counselor.norm.text))
  );
}

/** "what did the doctor say?" → "she said...": an answer about the person the question named. */
export function answersAboutSomeone(counselor: ContextMessage, text: string): boolean {
  return /^(?:he|she|they)\b/u.test(text) && NAMES_A_PERSON.test(counselor.norm.text);
}

/** One cue per behaviour per place: the strongest of overlapping matches. */
export function mergeCues(
  cues: { cue: ResistanceCue; weight: number }[],
): (ResistanceCue & { weight: number })[] {
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
