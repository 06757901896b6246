/**
 * One text clean-up shared by the prompt builder and the evidence matcher, so a quote the model
 * copies from the prompt can be found again in the original message and mapped back to offsets
 * there.
 */

export interface MappedText {
  text: string;
  /** For each UTF-16 unit of `text`: where its source code point starts in the original. */
  start: Int32Array;
  /** For each UTF-16 unit of `text`: where its source code point ends in the original. */
  end: Int32Array;
}

export interface CleanOptions {
  /** Also fold case, quote marks and dashes (for matching, never for the prompt). */
  fold?: boolean;
}

const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /^[\uD800-\uDFFF]$/u;
const WHITESPACE = /\s/u;
const MARK = /\p{M}/u;
/** Stacked combining marks ("zalgo") carry no meaning and cost two tokens each. */
const MAX_MARKS_PER_BASE = 2;

/**
 * Every quote mark folds to one: the grammar keeps the model from writing a double quote inside a
 * text, so it quotes with single quotes what the client wrote with double ones.
 */
const FOLDS: Record<string, string> = {
  '"': "'",
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u02bc': "'",
  '\u201c': "'",
  '\u201d': "'",
  '\u201e': "'",
  '\u00ab': "'",
  '\u00bb': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
};

/**
 * Collapses whitespace runs to one space and trims, drops control characters and stacked marks,
 * and breaks up `<|` and `|>`: the chat templates' special tokens all look like `<|…|>`, and a
 * tokenizer that meets one in a client message would end the turn there (prompt injection).
 */
export function cleanText(original: string, options: CleanOptions = {}): MappedText {
  // Offsets in typed arrays sized to the text: plain arrays grown one push at a time made a
  // 100 KB message take fifty times as long as a 10 KB one.
  let start = new Int32Array(original.length + 8);
  let end = new Int32Array(original.length + 8);
  let length = 0;
  const parts: string[] = [];
  let pendingSpace = -1;
  let marks = 0;
  let previous = '';
  const push = (s: string, from: number, to: number) => {
    parts.push(s);
    if (length + s.length > start.length) {
      const grown = Math.max(start.length * 2, length + s.length);
      start = copyInto(new Int32Array(grown), start);
      end = copyInto(new Int32Array(grown), end);
    }
    for (let k = 0; k < s.length; k++) {
      start[length] = from;
      end[length] = to;
      length++;
    }
  };
  let i = 0;
  for (const ch of original) {
    const from = i;
    const to = i + ch.length;
    i = to;
    if (WHITESPACE.test(ch)) {
      if (parts.length > 0 && pendingSpace < 0) pendingSpace = from;
      continue;
    }
    // Control characters, and half a surrogate pair (a character cut in two, which no tokenizer
    // can encode and no model can quote back).
    if (CONTROL.test(ch) || LONE_SURROGATE.test(ch)) continue;
    if (MARK.test(ch)) {
      if (++marks > MAX_MARKS_PER_BASE) continue;
    } else {
      marks = 0;
    }
    if (pendingSpace >= 0) {
      push(' ', pendingSpace, pendingSpace + 1);
      previous = ' ';
      pendingSpace = -1;
    }
    if ((previous === '<' && ch === '|') || (previous === '|' && ch === '>')) push(' ', from, from);
    const folded = options.fold ? (FOLDS[ch] ?? ch.toLowerCase()) : ch;
    push(folded, from, to);
    previous = ch;
  }
  return { text: parts.join(''), start: start.subarray(0, length), end: end.subarray(0, length) };
}

function copyInto<T extends Int32Array>(target: T, source: Int32Array): T {
  target.set(source);
  return target;
}
