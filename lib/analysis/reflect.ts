/**
 * Turns a client's own words into the start of a reflection ("I only drink because work is
 * stressful" → "you only drink because work is stressful"), so a hint's "try" line fits this
 * conversation instead of being a generic template.
 */
import { normalize } from './text';

const SWAPS: Record<string, string> = {
  i: 'you',
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  am: 'are',
  we: 'you',
  "we're": "you're",
  our: 'your',
  us: 'you',
};

/**
 * Words that would sound odd coming back from the counselor: chat fillers, and hedges about the
 * client's own saying ("i guess", "i mean"), which turn into "you guess you want..." when swapped.
 */
const FILLER =
  /\b(?:to be honest|not going to lie|honestly|lol|lmao|i don't know|right now|shaking my head|for real|like(?=,)|i guess|i mean|i think|i feel like|you know|kind of|sort of|just|literally|basically|actually|anyway|anyways)\b,?/gu;
/** Discourse openers that a reflection drops ("well", "so", "but", "and", "yeah", "okay"). */
const OPENER = /^(?:(?:well|so|but|and|yeah|yes|no|nah|okay|oh|um|uh|hmm|ugh|because|like)\b[,.]?\s*)+/u;

const IT_IS_TYPED_ITS =
  /\bits(?= (?:not|no|just|so|too|been|gonna|going|getting|fine|ok|okay|hard|over|really|all|like|a|an|the|my|whatever|always|never|only|kinda|literally|actually|because|what|how|about|ruining|killing|driving|making)\b)/gu;

/** The sentence of `text` that contains [start, end), trimmed and capped. */
export function clauseAround(text: string, start: number, end: number, maxChars = 110): string {
  // The search for the clause's ends stops a little past the longest clause that would be kept: in
  // a long unpunctuated message an unbounded search re-read the whole text for every cue quoted.
  const lowest = Math.max(0, start - maxChars - CLAUSE_SLACK);
  const highest = Math.min(text.length, end + maxChars + CLAUSE_SLACK);
  let s = start;
  while (s > lowest && !CLAUSE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < highest && !CLAUSE_END.test(text[e]!)) e++;
  const bounded = (s === lowest && s > 0) || (e === highest && e < text.length);
  let clause = text.slice(s, e).trim();
  if (bounded || clause.length > maxChars) clause = text.slice(start, end).trim();
  return clause.replace(/[\s,;:–—-]+$/u, '');
}

const CLAUSE_END = /[.!?\n]/u;
/** Room for the spaces a clause's trim would drop, so a bounded search keeps the same clauses. */
const CLAUSE_SLACK = 20;

/**
 * Second-person version of a first-person clause in the counselor's words, or null when it cannot
 * be done cleanly. It works on the normalized text, so chat spelling is not copied back ("dont",
 * "wanna", "cuz" come back as "don't", "want to", "because"), drops fillers and hedges, and keeps
 * the capital of a name the client capitalized.
 */
export function reflectClause(clause: string): string | null {
  const norm = normalize(clause);
  // "you" in the client's words means the counselor; swapping would say the opposite.
  if (/\b(?:you|your|you're|yourself)\b/u.test(norm.text)) return null;
  const words = norm.text
    .replace(/\p{Extended_Pictographic}|\u{FE0F}/gu, ' ')
    .replace(FILLER, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(OPENER, '')
    .split(/(\s+)/);
  let previous = '';
  const out = words.map((w) => {
    if (/^\s+$/.test(w)) return w;
    const m = /^([^\p{L}']*)([\p{L}']+)(.*)$/u.exec(w);
    if (!m) return w;
    const [, pre, core, post] = m;
    let swapped = SWAPS[core!];
    if ((core === 'was' || core === "wasn't") && (previous === 'i' || previous === 'me'))
      swapped = core === 'was' ? 'were' : "weren't";
    previous = core!;
    return `${pre}${swapped ?? withCapital(core!, clause)}${post}`;
  });
  const result = out
    .join('')
    .replace(/\s{2,}/g, ' ')
    .replace(/\bs+o+\b/gu, 'so')
    // "its" before what only follows "it is" ("its not a big deal", "its been hard") is chat for
    // "it's"; the possessive ("its own", "its price") is left alone.
    .replace(IT_IS_TYPED_ITS, "it's")
    // "w" stays as typed in normalized text (it can be a letter); between words it means "with".
    .replace(/(?<=\p{L} )w(?= \p{L})/gu, 'with')
    .replace(/[\s,.!?…]+$/u, '')
    .replace(/^[\s,.!?…]+/u, '')
    // A clause cut at a cue can end on a dangling conjunction ("you want to quit but").
    .replace(/(?:\s+(?:but|and|or|so|because|though))+$/u, '')
    .trim();
  if (result.length === 0) return null;
  return result;
}

/** A word as the client capitalized it mid-sentence (a name: "Jake", "Tesco"), else lowercase. */
function withCapital(word: string, original: string): string {
  const re = new RegExp(
    `(?<=\\S\\s+)${word.charAt(0).toUpperCase()}${word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
    'u',
  );
  return re.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** A short quotation of the client, for "try" lines that cannot reflect cleanly. */
export function quote(clause: string, maxChars = 60): string {
  const c = clause.trim();
  return c.length <= maxChars ? c : `${c.slice(0, maxChars - 1).trimEnd()}…`;
}
