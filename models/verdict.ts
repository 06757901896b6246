import { z } from 'zod';
import { Level, mechanismKeys, resistanceBehaviours } from './framework';

/**
 * The on-device model's answer about one draft (the LLM judge tier), shaped like the anchor
 * paper's output (Li et al., arXiv 2602.21638): the four mechanisms rated 0/1/2 and one written
 * explanation that names the client's resistance behaviour, the key features of the reply and why
 * they earn those levels; plus the two quotes the rating rests on and a better way to start.
 *
 * The same schema constrains generation (xgrammar compiles `verdictJsonSchema()`) and validates the
 * reply. It stays deliberately plain (objects, enums, bounded integers and strings, every field
 * required, no extra keys) because that is what the grammar engine handles reliably. The length
 * caps keep a whole answer under OUTPUT_TOKEN_BUDGET (200) tokens: a test measures a verdict with
 * every string at its cap using the catalog's real tokenizers.
 *
 * One consequence of `maxLength` with xgrammar 0.1.27: such a string admits no escape sequence,
 * so the model cannot write a double quote, backslash or newline inside these texts (the prompt
 * asks for single quotes; test/judge/verdict-grammar.test.ts pins the behaviour).
 */

export const VERDICT_EXPLANATION_MAX_CHARS = 240;
export const VERDICT_QUOTE_MAX_CHARS = 80;
export const VERDICT_SUGGESTION_MAX_CHARS = 120;

/** What the client's latest message shows: one of the 13 behaviours, or none ("collaboration"). */
export const VerdictResistance = z.enum([...resistanceBehaviours, 'collaboration']);
export type VerdictResistance = z.infer<typeof VerdictResistance>;

/**
 * A mechanism level on the wire. The grammar needs an integer with bounds (a union of literals
 * would compile to `anyOf` consts); the pipe gives callers the framework's `Level` type back. The
 * JSON schema is taken from the input side of the pipe, so it is the integer range.
 */
const WireLevel = z.int().min(0).max(2).pipe(Level);

export const VerdictMechanisms = z.strictObject(
  Object.fromEntries(mechanismKeys.map((key) => [key, WireLevel])) as Record<
    (typeof mechanismKeys)[number],
    typeof WireLevel
  >,
);
export type VerdictMechanisms = z.infer<typeof VerdictMechanisms>;

export const VerdictEvidence = z.strictObject({
  /** Copied from the client's message; empty when the rating rests on nothing the client said. */
  client: z.string().max(VERDICT_QUOTE_MAX_CHARS),
  /** Copied from the draft; empty when the rating rests on something the draft lacks. */
  draft: z.string().max(VERDICT_QUOTE_MAX_CHARS),
});
export type VerdictEvidence = z.infer<typeof VerdictEvidence>;

export const Verdict = z.strictObject({
  resistance: VerdictResistance,
  mechanisms: VerdictMechanisms,
  explanation: z.string().min(1).max(VERDICT_EXPLANATION_MAX_CHARS),
  evidence: VerdictEvidence,
  suggestion: z.string().max(VERDICT_SUGGESTION_MAX_CHARS),
});
export type Verdict = z.infer<typeof Verdict>;

/**
 * The JSON schema handed to WebLLM's `response_format`. zod emits draft 2020-12 with a `$schema`
 * key; xgrammar needs nothing but the schema body, so that key goes.
 */
export function verdictJsonSchema(): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(Verdict, { io: 'input' }) as Record<
    string,
    unknown
  >;
  return schema;
}
