import { type NormalizedText, toOriginalSpan } from './text';

/**
 * A lexical rule: a pattern over normalized text (lowercase, shorthand expanded, apostrophes
 * unified to '). Patterns are written as source strings with `\b` word boundaries; this module
 * compiles them once.
 */
export interface PatternRule<Tag extends string = string> {
  readonly tag: Tag;
  /** Stable id, unique in its table: the feature name in the model and the rule id in hints. */
  readonly id: string;
  readonly pattern: RegExp;
  /** How sure a match alone makes us, 0..1. */
  readonly weight: number;
  readonly why: string;
}

export interface Match<Tag extends string = string> {
  readonly rule: PatternRule<Tag>;
  /** Range in the original text. */
  readonly start: number;
  readonly end: number;
  /** Range in the normalized text. */
  readonly normStart: number;
  readonly normEnd: number;
}

export function rule<Tag extends string>(
  tag: Tag,
  id: string,
  source: string,
  weight: number,
  why: string,
): PatternRule<Tag> {
  return { tag, id, pattern: new RegExp(source, 'gu'), weight, why };
}

const SPAN_PADDING = /[\s.,!?;:]/u;

export function findMatches<Tag extends string>(
  norm: NormalizedText,
  rules: readonly PatternRule<Tag>[],
): Match<Tag>[] {
  const out: Match<Tag>[] = [];
  for (const r of rules) {
    // exec with lastIndex rather than matchAll: matchAll clones the RegExp on every call, and
    // this runs for ~60 patterns on every keystroke.
    const re = r.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(norm.text); m !== null; m = re.exec(norm.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // Patterns anchor on a sentence start ("[.!?] then what..."): evidence starts at the words.
      let normStart = m.index;
      const normEnd = m.index + m[0].length;
      while (normStart < normEnd - 1 && SPAN_PADDING.test(norm.text[normStart]!)) normStart++;
      const [start, end] = toOriginalSpan(norm, normStart, normEnd);
      out.push({ rule: r, start, end, normStart, normEnd });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when a negation sits shortly before the match, in the same clause. */
export function isNegated(norm: NormalizedText, normStart: number, window = 24): boolean {
  const before = norm.text.slice(Math.max(0, normStart - window), normStart);
  const clause = before.split(/[.!?;,]|\bbut\b/u).pop() ?? '';
  return /\b(not|never|no|nothing|don't|didn't|doesn't|wouldn't|won't|isn't|wasn't|aren't|can't|nor)\b/u.test(
    clause,
  );
}
