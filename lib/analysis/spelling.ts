import neighbours from './risk-word-neighbours.json';
import { gloveWordGroups } from './glove-words';

/**
 * Typos in the words risk is told in. A client in crisis types fast and on a phone: "ive been
 * feeling sucidal", "i want to dissapear", "ive been cuttin again". The trained models read
 * letter n-grams and shrug such typos off; the rules, which are the evidence, match whole words
 * and missed every one of these. So a word that is no English word is put right before any rule
 * or feature sees it, but only towards the words below: general spelling correction would turn
 * chat slang and names into other words.
 */
export const RISK_WORDS = (
  'suicide suicides suicidal disappear disappeared disappearing overdose overdosed overdosing ' +
  'myself anymore tonight tomorrow goodbye goodbyes forever everyone everything tablets pills ' +
  'paracetamol painkillers ibuprofen prescription sleeping bleeding breathing breathe unconscious ' +
  'hanging hanged cutting killing killed strangled strangle choking choked bruises threatened ' +
  'threatening weapon knife razor blades poison poisoned drowning jumping bridge alive living ' +
  'dying worthless hopeless pointless burden deserve exist existing existence ambulance'
).split(' ');

/**
 * Real words are left alone: the GloVe vocabulary the word groups were made from (31,410 words),
 * and the English words it lacks that would otherwise be taken for a typo of a risk word ("tills",
 * "knifed", "overdoes"; `npm run spelling` finds them in SCOWL's large British and American lists).
 */
const englishNeighbours = new Set(neighbours.words);
function isWord(word: string): boolean {
  return gloveWordGroups().has(word) || englishNeighbours.has(word);
}

/**
 * The edit distance between two words counting a swap of neighbours as one edit (optimal string
 * alignment), or `limit + 1` as soon as it must exceed `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

const corrections = new Map<string, string | null>();

/**
 * The risk word a lowercase, apostrophe-free `word` is a typo of, or undefined. Only a word of
 * five letters or more that is in no dictionary is read as a typo: within one edit of a risk word
 * ("sucidal", "tonigt", "anymor"), two for long words ("dissapear"), the nearest only when no other
 * is as near; a dropped g ("cuttin", "bleedin") gets its g back when that makes a word.
 */
export function riskWordTypo(word: string): string | undefined {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined;
  let known = corrections.get(word);
  if (known === undefined) {
    known = isWord(word) ? null : typoOf(word, isWord);
    if (corrections.size > 5000) corrections.clear();
    corrections.set(word, known);
  }
  return known ?? undefined;
}

/**
 * The risk word `word` would be a typo of, given which words are real: the dropped g first, then
 * the nearest risk word with the same first letter (typos seldom hit the first letter, and names
 * and slang the dictionaries lack often differ there: "tills" is no "pills").
 */
export function typoOf(word: string, isRealWord: (w: string) => boolean): string | null {
  if (word.endsWith('in') && isRealWord(`${word}g`)) return `${word}g`;
  const limit = word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  let tied = false;
  for (const target of RISK_WORDS) {
    // "tonights", "everyones": an 's without its apostrophe ("tonight's the night"), not a typo.
    if (target[0] !== word[0] || word === `${target}s`) continue;
    const d = editDistance(word, target, limit);
    if (d < bestDistance) {
      best = target;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance && d <= limit) tied = true;
  }
  return bestDistance <= limit && !tied ? best : null;
}
