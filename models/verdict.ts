import { z } from 'zod';
import { Level, RiskKind, RiskLevel, mechanismKeys, resistanceBehaviours } from './framework';

/**
 * The on-device model's answer about one draft (the LLM judge tier), shaped like the anchor
 * paper's output (Li et al., arXiv 2602.21638): the four mechanisms rated 0/1/2 and one written
 * explanation that names the client's resistance behaviour, the key features of the reply and why
 * they earn those levels; plus the two quotes the rating rests on, a better way to start, and the
 * model's own reading of risk in the client's messages (framework §5), which the panel uses only to
 * raise the instant rules' risk level, never to lower it (mergeRisk in lib/judge/compare.ts).
 *
 * The same schema constrains generation (xgrammar compiles `verdictJsonSchema()`) and validates the
 * reply. It stays deliberately plain (objects, enums, bounded integers and strings, every field
 * required, no extra keys) because that is what the grammar engine handles reliably. The length
 * caps keep a whole answer under OUTPUT_TOKEN_BUDGET (250) tokens: a test measures a verdict with
 * every string at its cap and the most risk kinds, pretty-printed, using the catalog's real
 * tokenizers. (Before the risk reading the caps were 240/80/120 characters within 200 tokens; the
 * risk object costs about 40 tokens of structure alone when pretty-printed.)
 *
 * One consequence of `maxLength` with xgrammar 0.1.27: such a string admits no escape sequence,
 * so the model cannot write a double quote, backslash or newline inside these texts (the prompt
 * asks for single quotes; test/judge/verdict-grammar.test.ts pins the behaviour).
 */

export const VERDICT_EXPLANATION_MAX_CHARS = 200;
export const VERDICT_QUOTE_MAX_CHARS = 60;
export const VERDICT_SUGGESTION_MAX_CHARS = 100;
/**
 * Risk kinds the model may name at once: more is rare, and the level is what matters. The grammar
 * cannot forbid naming one twice; mergeRisk shows each once.
 */
export const VERDICT_RISK_KINDS_MAX = 3;

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

/**
 * The model's reading of risk in any client message it saw, with the framework's ids: the quote
 * first (the words the level rests on), then the kinds, then the level. The quote key is `client`,
 * like the evidence quote from the client, so the session log's redaction treats it as free text.
 */
export const VerdictRisk = z.strictObject({
  /** Copied from a client message; empty when nothing the client said shows risk. */
  client: z.string().max(VERDICT_QUOTE_MAX_CHARS),
  kinds: z.array(RiskKind).max(VERDICT_RISK_KINDS_MAX),
  level: RiskLevel,
});
export type VerdictRisk = z.infer<typeof VerdictRisk>;

const verdictFields = {
  resistance: VerdictResistance,
  mechanisms: VerdictMechanisms,
  explanation: z.string().min(1).max(VERDICT_EXPLANATION_MAX_CHARS),
  evidence: VerdictEvidence,
  suggestion: z.string().max(VERDICT_SUGGESTION_MAX_CHARS),
};

/** What the model must answer now: every field, `risk` included. */
export const Verdict = z.strictObject({ ...verdictFields, risk: VerdictRisk });
export type Verdict = z.infer<typeof Verdict>;

/**
 * A verdict from before the model was asked about risk (kept in a session log, say): the same
 * fields with `risk` optional. Whatever reads verdicts back accepts this; new output must be a
 * `Verdict`.
 */
export const StoredVerdict = z.strictObject({ ...verdictFields, risk: VerdictRisk.optional() });
export type StoredVerdict = z.infer<typeof StoredVerdict>;

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
