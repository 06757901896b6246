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

/** A short quoted phrase from the conversation. */
export function Quote({ who, text }: { who: string; text: string }) {
  return (
    <p class="quote">
      <span class="quote-who">{who}</span> <span class="quoted">{`“${text}”`}</span>
    </p>
  );
}
