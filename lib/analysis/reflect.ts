/**
 * Turns a client's own words into the start of a reflection ("I only drink because work is
 * stressful" → "you only drink because work is stressful"), so a hint's "try" line fits this
 * conversation instead of being a generic template.
 */
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

/** Chat fillers that would sound odd coming back from the counselor. */
const CHAT_FILLER = /\b(?:tbh|to be honest|honestly|lol|lmao|idk|rn|ngl|like,|tho|smh|fr)\b[,]?/giu;

/** The sentence of `text` that contains [start, end), trimmed and capped. */
export function clauseAround(text: string, start: number, end: number, maxChars = 110): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/u.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/u.test(text[e]!)) e++;
  let clause = text.slice(s, e).trim();
  if (clause.length > maxChars) clause = text.slice(start, end).trim();
  return clause.replace(/[\s,;:–—-]+$/u, '');
}

/** Second-person version of a first-person clause, or null when it can't be done cleanly. */
export function reflectClause(clause: string): string | null {
  // "you" in the client's words means the counselor; swapping would say the opposite.
  if (/\b(?:you|your|you're|u|ur)\b/iu.test(clause)) return null;
  const words = clause.replace(/[’]/g, "'").split(/(\s+)/);
  let previous = '';
  const out = words.map((w) => {
    if (/^\s+$/.test(w)) return w;
    const m = /^([^\p{L}']*)([\p{L}']+)(.*)$/u.exec(w);
    if (!m) return w;
    const [, pre, core, post] = m;
    const lower = core!.toLowerCase();
    let swapped = SWAPS[lower];
    if (lower === 'was' && (previous === 'i' || previous === 'me')) swapped = 'were';
    previous = lower;
    return swapped === undefined ? w : `${pre}${swapped}${post}`;
  });
  const result = out
    .join('')
    .replace(CHAT_FILLER, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s,.!?…]+$/u, '')
    .trim();
  if (result.length === 0) return null;
  return result.charAt(0).toLowerCase() + result.slice(1);
}

/** A short quotation of the client, for "try" lines that cannot reflect cleanly. */
export function quote(clause: string, maxChars = 60): string {
  const c = clause.trim();
  return c.length <= maxChars ? c : `${c.slice(0, maxChars - 1).trimEnd()}…`;
}
