/**
 * One text clean-up shared by the prompt builder and the evidence matcher, so a quote the model
 * copies from the prompt can be found again in the original message and mapped back to offsets
 * there.
 */

export interface MappedText {
  text: string;
  /** For each UTF-16 unit of `text`: where its source code point starts in the original. */
  start: number[];
  /** For each UTF-16 unit of `text`: where its source code point ends in the original. */
  end: number[];
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
  const out: MappedText = { text: '', start: [], end: [] };
  const parts: string[] = [];
  let pendingSpace = -1;
  let marks = 0;
  let previous = '';
  const push = (s: string, from: number, to: number) => {
    parts.push(s);
    for (let k = 0; k < s.length; k++) {
      out.start.push(from);
      out.end.push(to);
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
  out.text = parts.join('');
  return out;
}

/** Cuts a code point in half never: returns the nearest boundary at or below `index`. */
export function safeCut(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}
