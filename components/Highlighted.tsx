import type { ComponentChildren } from 'preact';

export interface Highlight {
  start: number;
  end: number;
  /** Shown as a tooltip and read by screen readers after the marked phrase. */
  label: string;
}

/**
 * The text with each highlight wrapped in <mark>. Spans are clamped to the text; a span that
 * overlaps an earlier one is dropped rather than nested, so every character is marked at most once.
 */
export function Highlighted({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const sorted = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const parts: ComponentChildren[] = [];
  let cursor = 0;
  for (const h of sorted) {
    if (h.start < cursor) continue;
    if (h.start > cursor) parts.push(text.slice(cursor, h.start));
    parts.push(
      <mark key={h.start} title={h.label}>
        {text.slice(h.start, h.end)}
        <span class="visually-hidden"> ({h.label})</span>
      </mark>,
    );
    cursor = h.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}

/** How long a quoted phrase may run before it is cut (at a word, with an ellipsis). */
const QUOTE_MAX_CHARS = 140;
/** How far past a cue a quote reaches to finish the phrase the cue is in. */
const PHRASE_REACH_CHARS = 40;
const WORD = /[\p{L}\p{N}'’_-]/u;
const PHRASE_END = /[.,;:!?…\n]/;

/**
 * The words of `text[start, end)` as a reader can take them in: never cut inside a word, finished
 * to the end of its phrase when that is near, cut at a word when long, and with an ellipsis on
 * each side where the text goes on. "You need to" in "You need to cut back, it's a big deal."
 * reads "You need to cut back…".
 */
export function phraseAround(text: string, start: number, end: number): string {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from > 0 && WORD.test(text[from - 1]!) && WORD.test(text[from]!)) from--;
  while (to < text.length && to > from && WORD.test(text[to - 1]!) && WORD.test(text[to]!)) to++;
  // Finish the phrase when the quote stops inside one and its end is in reach.
  if (!PHRASE_END.test(text.slice(from, to).trimEnd().at(-1) ?? '')) {
    const reach = text.slice(to, to + PHRASE_REACH_CHARS + 1);
    const found = reach.search(PHRASE_END);
    // The end of the message ends its last phrase.
    const close = found >= 0 ? found : to + reach.length === text.length ? reach.length : -1;
    if (close >= 0 && to - from + close <= QUOTE_MAX_CHARS) to += close;
  }
  // The sentence's own closing mark belongs to the quote.
  if (/[.!?]/.test(text[to] ?? '')) to++;
  let quote = text.slice(from, to).trim();
  if (quote.length > QUOTE_MAX_CHARS) {
    const cut = quote.slice(0, QUOTE_MAX_CHARS + 1).search(/\s\S*$/);
    quote = quote.slice(0, cut > 0 ? cut : QUOTE_MAX_CHARS).trimEnd();
  }
  quote = quote.replace(/[,;:]+$/, '');
  const goesOn = /\S/.test(text.slice(from + quote.length)) && !/[.!?…]$/.test(quote);
  const before = /\S/.test(text.slice(0, from)) && !/[.!?\n]\s*$/.test(text.slice(0, from)) ? '…' : '';
  return `${before}${quote}${goesOn ? '…' : ''}`;
}

/**
 * A short quoted phrase from the conversation. With `source` (the message or draft it comes from)
 * and `text` the exact span, the quote is widened to whole words and phrases (see phraseAround).
 */
export function Quote({
  who,
  text,
  source,
  span,
}: {
  who: string;
  text: string;
  source?: string;
  span?: { start: number; end: number };
}) {
  const shown =
    source !== undefined && span && source.slice(span.start, span.end) === text
      ? phraseAround(source, span.start, span.end)
      : text;
  return (
    <p class="quote">
      <span class="quote-who">{who}</span> <span class="quoted">{`“${shown}”`}</span>
    </p>
  );
}
