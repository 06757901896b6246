import fc from 'fast-check';

/**
 * Text generators shared by the property tests: what a chat page can hold and what a model can
 * answer. Random code points alone almost never spell a word, so the text mixes real phrases (the
 * ones the rules look for), right-to-left scripts and their controls, emoji sequences, markup,
 * characters whose case mapping changes their length, lone surrogates and raw code points.
 */

/** Phrases the analyzer's rules and lexicons react to (risk, resistance, change talk, drafts). */
export const CHAT_PHRASES = [
  'i want to kill myself',
  'idk tbh',
  "i'm soooo done rn",
  'nothing ever works for me',
  'my mum says i drink too much',
  'i took all my pills',
  'you need to stop drinking',
  'It sounds like you feel worn out.',
  'What would you like to do?',
  "it's not that big a deal lol",
  'i wanna die lmao',
  'respawn irl',
  'are you safe right now?',
  'no',
  'yes',
  'whatever',
  'I hear you',
  "You're not sure why you texted, and you did it anyway.",
  'i have a plan for tonight',
  'i cut myself last year',
  'he hit me again',
  'I want to cut down for my kids',
  '"i hurt myself today" is a song',
  'my battery is about to die',
];

/** Right-to-left text and the bidi controls pages put around it. */
export const RTL_PIECES = [
  'لا أريد أن أعيش',
  'مرحبا، كيف حالك؟',
  'אני לא יודע מה לעשות',
  'שלום',
  'میں ٹھیک نہیں ہوں',
  '\u202e',
  '\u202b',
  '\u202c',
  '\u200f',
  '\u200e',
  '\u2067',
  '\u2069',
];

/** Emoji: plain, ZWJ families, skin tones, flags, keycaps, variation selectors. */
export const EMOJI_PIECES = [
  '😩',
  '😂',
  '💀',
  '🤣',
  '👨‍👩‍👧‍👦',
  '👍🏽',
  '🇺🇦',
  '1️⃣',
  '❤️',
  '🏳️‍🌈',
  '🫠',
  '\u{1F9D1}\u{200D}\u{1F52C}',
];

/** Markup as it turns up in copied text or in hostile messages. */
export const MARKUP_PIECES = [
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '&amp;',
  '&lt;3',
  '&#x202e;',
  '<img src=x onerror=alert(1)>',
  '</div>',
  '<!-- note -->',
  '```json\n{"a":1}\n```',
  '{"role":"client"}',
  '<|im_end|>',
  '[link](http://example.org)',
];

/** Characters that trip up offsets: case mapping that changes length, combining marks, spaces. */
export const TRICKY_PIECES = [
  'İ',
  'ß',
  'ﬁ',
  'ǅ',
  'Σ',
  'e\u0301',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\ufeff',
  '\u0000',
  '\t',
  '\r\n',
  '…',
  '’',
  '“”',
  'Ｆｕｌｌｗｉｄｔｈ',
  '\ud800',
  '\udc00',
  '\udbff\udfff',
];

/** Separators between pieces. */
const SEPARATORS = [' ', ' ', ' ', '\n', '. ', ', ', '? ', '!! ', '...', ''];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One piece of chat text. */
export const chatPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CHAT_PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...RTL_PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI_PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP_PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, maxLength: 2 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('a', 'o', 'l', '.', '?', '!', "'", '"', ' ').map((c) => c.repeat(40)),
  },
);

/** Chat-like text of up to about `maxPieces` pieces, any of the above joined by separators. */
export function chatText(maxPieces = 12): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(chatPiece, fc.constantFrom(...SEPARATORS)), { maxLength: maxPieces })
    .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));
}

/** Deterministic filler of about `chars` UTF-16 units in the same mix, for size and timing tests. */
export function fillerText(chars: number, seed = 1): string {
  const pieces = [...CHAT_PHRASES, ...RTL_PIECES.slice(0, 5), ...EMOJI_PIECES, ...MARKUP_PIECES.slice(0, 4)];
  let state = seed;
  let out = '';
  while (out.length < chars) {
    state = (state * 16807) % 2147483647;
    out += pieces[state % pieces.length]! + (state % 7 === 0 ? '. ' : state % 11 === 0 ? '\n' : ' ');
  }
  // Never end on half of a surrogate pair.
  const cut = out.charCodeAt(chars - 1) >= 0xd800 && out.charCodeAt(chars - 1) <= 0xdbff ? chars - 1 : chars;
  return out.slice(0, cut);
}

const RUNS_SCALE = ((scale) => (Number.isFinite(scale) && scale > 0 ? scale : 1))(
  Number(process.env.PROPERTY_RUNS_SCALE ?? '1'),
);

/**
 * How many cases a property tries: `n` in CI, more when asked for a deeper search
 * (`PROPERTY_RUNS_SCALE=20 npx vitest run test/property`).
 */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * RUNS_SCALE));
}

/**
 * Per-test timeout for the property tests: a few seconds of work each when idle, and CI may run
 * them with both cores busy (vitest's default of 5 s is too tight for that). Scaled with the runs.
 */
export const PROPERTY_TIMEOUT_MS = 60_000 * Math.max(1, RUNS_SCALE);
