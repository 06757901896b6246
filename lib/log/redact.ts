import nlp from 'compromise';

/**
 * Redaction for shared exports: names (the `compromise` NLP library's person recognizer, plus a
 * "my name is X" pattern), and patterns for emails, URLs, @handles, phone numbers and street
 * addresses. Each is replaced by a bracketed word, e.g. "[name]".
 *
 * This lowers the risk in a file that leaves the machine; it does not make one anonymous. What it
 * misses is listed, with tests asserting the current behaviour, in test/log/REDACTION_MISSES.md.
 */

export type RedactionKind = 'url' | 'email' | 'handle' | 'phone' | 'address' | 'name';

export interface Redaction {
  readonly kind: RedactionKind;
  /** UTF-16 offsets into the text, [start, end). */
  readonly start: number;
  readonly end: number;
}

const REPLACEMENT: Record<RedactionKind, string> = {
  url: '[url]',
  email: '[email]',
  handle: '[handle]',
  phone: '[phone]',
  address: '[address]',
  name: '[name]',
};

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const HANDLE = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?/gu;
/** Digits with the separators people type in phone numbers; checked further in `isPhone`. */
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}])\+?(?:\(\d{1,5}\)[\s.-]?)?\d(?:[\s.-]?\(?\d\)?){5,16}(?![\p{L}\p{N}])/gu;

// Street suffixes that are not everyday words, matched in any case ("42 elm street").
const PLAIN_SUFFIX = String.raw`street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|terrace|crescent|highway|hwy\.?|parkway|pkwy\.?`;
// Suffixes that are also common words ("2 beers on the way") count only when capitalized.
const WORD_SUFFIX = String.raw`Way|Drive|Dr\.?|Place|Pl\.?|Court|Ct\.?|Close|Row|Hill|Square|Sq\.?|Circle|Grove|Gardens|Trail`;
// Words that end a street name before it starts: "drove 3 miles down the road" is no address.
const NOT_STREET_WORD = String.raw`(?!(?:the|a|an|my|your|his|her|their|our|down|up|along|on|to|of|in|at|by|and|or|miles?|blocks?|km|kms|minutes?|mins?|houses?|doors?)\s)`;
const UNIT = String.raw`(?:,?\s+(?:apt|apartment|unit|suite|flat|#)\.?\s*[\p{L}\p{N}-]+)?`;
const ADDRESS_PATTERNS = [
  new RegExp(
    String.raw`\b\d{1,5}[A-Za-z]?\s+(?:${NOT_STREET_WORD}[\p{L}'.-]+\s+){1,4}?(?:${PLAIN_SUFFIX})(?![\p{L}])${UNIT}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'.-]*\s+){1,4}?(?:${WORD_SUFFIX})(?![\p{L}])${UNIT}`,
    'gu',
  ),
  /\bP\.?\s?O\.?\s+Box\s+\d+/giu,
  // UK postcodes ("SW1A 1AA") and a US state with ZIP ("CA 90210").
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gu,
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/gu,
];
/** Someone giving a name outright, which the recognizer misses for names it does not know. */
const NAME_GIVEN = /\b(?:my name is|my name's|i'm called|i am called|call me)\s+(\p{Lu}[\p{L}'-]+)/giu;

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/gu, '').length;
  if (digits < 7 || digits > 15) return false;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(candidate)) return false; // an ISO date
  // A bare run of digits is a phone number only when long enough ("1500000" is an amount).
  return /[\s.()+-]/u.test(candidate) || digits >= 9;
}

function* matches(pattern: RegExp, text: string, kind: RedactionKind): Generator<Redaction> {
  for (const m of text.matchAll(pattern)) {
    let value = m[0];
    if (kind === 'url') value = value.replace(/[.,;:!?)\]]+$/u, '');
    if (kind === 'phone' && !isPhone(value.trim())) continue;
    yield { kind, start: m.index, end: m.index + value.length };
  }
}

interface NlpTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

function isNameTerm(term: NlpTerm): boolean {
  const tags = new Set(term.tags);
  // "sister Maria", "Aunt Rosa": the relation word (Actor) is kept, the name goes.
  if (tags.has('Actor') && !tags.has('FirstName') && !tags.has('LastName')) return false;
  return tags.has('Person') || tags.has('Honorific');
}

function* people(text: string): Generator<Redaction> {
  const found = nlp(text)
    .people()
    .json({ offset: true, terms: { offset: true } }) as { terms: NlpTerm[] }[];
  for (const person of found) {
    const terms = person.terms;
    const first = terms.findIndex(isNameTerm);
    const last = terms.findLastIndex(isNameTerm);
    if (first < 0) continue;
    const end = terms[last]!;
    let stop = end.offset.start + end.offset.length;
    // "Sophie's dad" becomes "[name]'s dad".
    if (end.tags.includes('Possessive') && /['’]s$/u.test(end.text)) stop -= 2;
    yield { kind: 'name', start: terms[first]!.offset.start, end: stop };
  }
  for (const m of text.matchAll(NAME_GIVEN)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    yield { kind: 'name', start, end: start + name.length };
  }
}

/**
 * What would be redacted in `text`, earliest first, never overlapping. Kinds are tried in order of
 * specificity (a URL before the name inside it) and a later kind never cuts into an earlier one.
 */
export function findRedactions(text: string): Redaction[] {
  const candidates: Iterable<Redaction>[] = [
    matches(URL, text, 'url'),
    matches(EMAIL, text, 'email'),
    matches(HANDLE, text, 'handle'),
    matches(PHONE_CANDIDATE, text, 'phone'),
    ...ADDRESS_PATTERNS.map((p) => matches(p, text, 'address')),
    people(text),
  ];
  const kept: Redaction[] = [];
  for (const group of candidates) {
    for (const r of group) {
      if (r.end <= r.start) continue;
      if (kept.some((k) => r.start < k.end && k.start < r.end)) continue;
      kept.push(r);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function redactText(text: string): string {
  let out = '';
  let at = 0;
  for (const r of findRedactions(text)) {
    out += text.slice(at, r.start) + REPLACEMENT[r.kind];
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * Keys whose string values are free text: turn text, notes, the conversation key, and every
 * explanation, quote or suggestion inside assessments, hints and judge verdicts. Ids and enum
 * values sit under other keys and are left alone, so the record still validates.
 */
const FREE_TEXT_KEYS = new Set([
  'text',
  'why',
  'message',
  'try',
  'explanation',
  'suggestion',
  'client',
  'draft',
  'conversationKey',
  'counselorNote',
  'supervisorNote',
]);

/**
 * A deep copy of `value` with every free-text string redacted. Offsets in evidence spans are kept
 * as they were: they point into the original text, so a reader of a redacted file should locate
 * evidence by its (redacted) quote, not by offset.
 */
export function redactRecord<T>(value: T, cache = new Map<string, string>()): T {
  const walk = (node: unknown, key: string | null): unknown => {
    if (typeof node === 'string') {
      if (key === null || !FREE_TEXT_KEYS.has(key)) return node;
      let redacted = cache.get(node);
      if (redacted === undefined) cache.set(node, (redacted = redactText(node)));
      return redacted;
    }
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (typeof node === 'object' && node !== null)
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    return node;
  };
  return walk(value, null) as T;
}
