import { riskWordTypo } from './spelling';

/**
 * Text normalization that remembers where every character came from, so a rule can match on
 * clean lowercase text while its evidence still points at the exact characters the counselor
 * sees. Chat shorthand ("idk", "dont", "u", "rn") is expanded so the same rules and the same
 * model features fire on text-chat phrasing and on transcribed speech alike.
 */

/** Chat shorthand and common misspellings, expanded before any rule or feature sees the text. */
const SHORTHAND: Record<string, string> = {
  idk: "i don't know",
  idek: "i don't even know",
  dunno: "don't know",
  idc: "i don't care",
  idgaf: "i don't care",
  idrc: "i don't really care",
  idrk: "i don't really know",
  idts: "i don't think so",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  havent: "haven't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  hadnt: "hadn't",
  hasnt: "hasn't",
  werent: "weren't",
  wouldve: "would've",
  couldve: "could've",
  shouldve: "should've",
  im: "i'm",
  ive: "i've",
  ill: "i'll",
  id: "i'd",
  youre: "you're",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  u: 'you',
  ya: 'you',
  ur: 'your',
  r: 'are',
  y: 'why',
  rn: 'right now',
  tbh: 'to be honest',
  ngl: 'not going to lie',
  imo: 'in my opinion',
  bc: 'because',
  b4: 'before',
  cuz: 'because',
  coz: 'because',
  bcuz: 'because',
  ppl: 'people',
  pls: 'please',
  plz: 'please',
  nvm: 'never mind',
  w: 'with',
  wo: 'without',
  abt: 'about',
  smth: 'something',
  sth: 'something',
  nth: 'nothing',
  nm: 'nothing much',
  thx: 'thanks',
  ty: 'thank you',
  k: 'okay',
  kk: 'okay',
  ok: 'okay',
  okey: 'okay',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  tryna: 'trying to',
  kinda: 'kind of',
  sorta: 'sort of',
  prob: 'probably',
  probs: 'probably',
  def: 'definitely',
  tho: 'though',
  thru: 'through',
  bf: 'boyfriend',
  gf: 'girlfriend',
  mom: 'mum',
  kms: 'kill myself',
  kmss: 'kill myself',
  kmsss: 'kill myself',
  su1c1de: 'suicide',
  suic1de: 'suicide',
  sewerslide: 'suicide',
  tn: 'tonight',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  '2moro': 'tomorrow',
  '2day': 'today',
  '2nite': 'tonight',
  tonite: 'tonight',
  urself: 'yourself',
  myslef: 'myself',
  bday: 'birthday',
  rly: 'really',
  wtv: 'whatever',
  whatevs: 'whatever',
  wutever: 'whatever',
  wat: 'what',
  wut: 'what',
  wdym: 'what do you mean',
  // Common misspellings and dropped g's seen in chat.
  thier: 'their',
  becuase: 'because',
  becasue: 'because',
  bcoz: 'because',
  abotu: 'about',
  teh: 'the',
  wats: "what's",
  wuts: "what's",
  thinkso: 'think so',
  alot: 'a lot',
  prolly: 'probably',
  nothin: 'nothing',
  somethin: 'something',
  anythin: 'anything',
  goin: 'going',
  doin: 'doing',
  tryin: 'trying',
  drinkin: 'drinking',
  smokin: 'smoking',
  thinkin: 'thinking',
  feelin: 'feeling',
  talkin: 'talking',
  gettin: 'getting',
  wym: 'what do you mean',
  smh: 'shaking my head',
  fr: 'for real',
  // Typos of risk words too short for `riskWordTypo`, or real words in the GloVe vocabulary.
  sucide: 'suicide',
  goodby: 'goodbye',
  pils: 'pills',
  kil: 'kill',
  ded: 'dead',
  wana: 'want to',
  dyin: 'dying',
};

/** Emoji that stand for a means of harm in chat, read as their word. */
const EMOJI_WORDS: Record<number, string> = { 0x1f48a: 'pills' };

export interface NormalizedText {
  /** Lowercased, shorthand-expanded, apostrophes unified, letter runs of 3+ cut to 2. */
  readonly text: string;
  /** For each character of `text`, the original index where its source begins. */
  readonly starts: readonly number[];
  /** For each character of `text`, the original index just past its source. */
  readonly ends: readonly number[];
  readonly original: string;
}

const WORDLIKE = /[\p{L}\p{N}'’]+/gu;
/** A letter repeated three times or more ("soooo"): cut to two. */
const ELONGATED = /(\p{L})\1\1/u;

export function normalize(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, start: number, end: number) => {
    text += s;
    for (let i = 0; i < s.length; i++) {
      starts.push(start);
      ends.push(end);
    }
  };
  let cursor = 0;
  const copyPlain = (upTo: number) => {
    for (; cursor < upTo; cursor++) {
      const emoji = EMOJI_WORDS[original.codePointAt(cursor)!];
      if (emoji !== undefined) {
        // "💊💊💊 all of them": the rules read the emoji as the word it stands for.
        push(` ${emoji} `, cursor, cursor + 2);
        cursor++;
        continue;
      }
      const ch = original[cursor]!;
      const mapped = ch === '’' || ch === '‘' || ch === '`' ? "'" : ch === '“' || ch === '”' ? '"' : ch;
      push(mapped.toLowerCase(), cursor, cursor + 1);
    }
  };
  for (const match of original.matchAll(WORDLIKE)) {
    const start = match.index;
    const end = start + match[0].length;
    copyPlain(start);
    const word = match[0].replace(/’/g, "'").toLowerCase();
    const expansion = SHORTHAND[word.replace(/'/g, '')] ?? riskWordTypo(word);
    // Shorthand keys are apostrophe-free; "i'd"/"ill" style ambiguity is resolved by requiring
    // the written form to be exactly the key (so "I'll" stays as typed, "ill" as in sick stays too).
    if (expansion !== undefined && !word.includes("'") && word !== 'ill' && word !== 'id' && word !== 'w') {
      push(expansion, start, end);
    } else if (word.length === end - start && !ELONGATED.test(word)) {
      // The common case: one lowercase character per original character.
      text += word;
      for (let i = start; i < end; i++) {
        starts.push(i);
        ends.push(i + 1);
      }
    } else {
      let runChar = '';
      let runLength = 0;
      for (let i = start; i < end; i++) {
        let ch = original[i]!.toLowerCase();
        if (ch === '’') ch = "'";
        runLength = ch === runChar ? runLength + 1 : 1;
        runChar = ch;
        if (runLength <= 2 || /\d/.test(ch)) push(ch, i, i + 1);
        // A dropped repeat still belongs to the word: evidence spans cover all of "soooo".
        else ends[ends.length - 1] = i + 1;
      }
    }
    cursor = end;
  }
  copyPlain(original.length);
  return { text, starts, ends, original };
}

/** Maps a [start, end) range in normalized text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  if (norm.text.length === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), norm.text.length);
  return [norm.starts[s]!, norm.ends[e - 1]!];
}

/** Words, numbers and emoji of normalized text, in order. */
export function tokenize(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}']+|\p{Extended_Pictographic}|[?!]/gu) ?? [];
}

/** Sentence-ish pieces with their [start, end) in the given text. */
export function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[^.!?\n]+[.!?]*|[.!?]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    out.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/**
 * The index of the last of `pieces` (sorted by start, disjoint, as `sentences` gives them) that
 * starts at or before `at`, or -1: the sentence holding an offset, found by binary search because
 * a long message has hundreds of sentences and of offsets to place.
 */
export function pieceAt(pieces: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pieces[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Words too common to say anything about content (used for overlap between turns). */
export const STOPWORDS = new Set(
  (
    "a an the and or but so if then than that this these those there here it it's its i i'm i've i'd i'll me my " +
    "mine you you're you've your yours he him his she her they them their we us our is am are was were be been " +
    "being do does did doing don't didn't doesn't have has had having to of in on at for with about as by from " +
    'up down out into over just really very not no yes yeah okay well like um uh mm hmm oh know think get got ' +
    "go going can can't could would should will won't what how why when where who which all some any more much " +
    'too also one thing things kind sort lot bit'
  ).split(' '),
);

export function contentWords(tokens: readonly string[]): string[] {
  return tokens.filter((t) => t.length > 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t));
}

/** Crude suffix stripping so "drinking"/"drinks"/"drink" meet when comparing turns. */
export function stem(word: string): string {
  return word.replace(/(ing|ed|es|s|ly)$/u, '').slice(0, 6);
}

/** Cuts a code point in half never: returns the nearest boundary at or below `index`. */
export function safeCut(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}
