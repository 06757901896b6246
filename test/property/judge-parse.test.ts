import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type QuoteSources, extractJson, parseVerdict } from '../../lib/judge/parse';
import type { PromptTurn } from '../../lib/judge/prompt';
import { cleanText } from '../../lib/judge/text';
import { RiskKind, RiskLevel, mechanismKeys } from '../../models';
import { VERDICT_QUOTE_MAX_CHARS, Verdict, VerdictResistance } from '../../models/verdict';
import { PROPERTY_TIMEOUT_MS, chatText, fillerText, runs } from './arbitraries';
import { expectRoughlyLinear } from './timing';

/**
 * Reading the judge model's reply (lib/judge/parse.ts). A reply can be anything: cut off at the
 * token cap, wrapped in fences or prose, from an engine without grammar support, or whitespace
 * until the cap. `parseVerdict` never throws; an accepted verdict validates against the Verdict
 * schema, and every quote it keeps is located inside the very text it quotes (a client message
 * the model saw, or the draft), its span giving back exactly the text reported.
 */

const turn: fc.Arbitrary<PromptTurn> = fc.record({
  role: fc.constantFrom('client', 'counselor'),
  text: chatText(),
});
const sourcesArb: fc.Arbitrary<QuoteSources> = fc
  .record({ context: fc.array(turn, { maxLength: 6 }), draft: chatText(), showAll: fc.boolean() })
  .chain(({ context, draft, showAll }) =>
    (showAll
      ? fc.constant(undefined)
      : fc.subarray(context.map((_, i) => i)).map((shown): readonly number[] | undefined => shown)
    ).map((shown) => ({ context, draft, ...(shown ? { shown } : {}) })),
  );

/** A quote the model might give: a piece of some source text (changed a little), or anything. */
function quoteFrom(sources: QuoteSources): fc.Arbitrary<string> {
  const texts = [sources.draft, ...sources.context.map((t) => t.text)].filter((t) => t.length > 0);
  const piece =
    texts.length === 0
      ? fc.constant('')
      : fc
          .tuple(fc.constantFrom(...texts), fc.nat(), fc.nat({ max: VERDICT_QUOTE_MAX_CHARS }))
          .map(([text, at, length]) => text.slice(at % text.length, (at % text.length) + length));
  return fc
    .oneof(
      { weight: 4, arbitrary: piece },
      { weight: 1, arbitrary: piece.map((p) => `"${p.toUpperCase()}"`) },
      { weight: 1, arbitrary: piece.map((p) => `...${p.replace(/ /g, '  ')}…`) },
      { weight: 1, arbitrary: chatText(2) },
      { weight: 1, arbitrary: fc.constant('') },
    )
    .map((q) => q.slice(0, VERDICT_QUOTE_MAX_CHARS));
}

const level = fc.integer({ min: 0, max: 2 });
/** A verdict-shaped object, valid most of the time, with quotes drawn from the sources. */
function verdictFor(sources: QuoteSources): fc.Arbitrary<Record<string, unknown>> {
  const quote = quoteFrom(sources);
  return fc.record({
    resistance: fc.oneof(fc.constantFrom(...VerdictResistance.options), fc.string()),
    mechanisms: fc.oneof(
      { weight: 5, arbitrary: fc.record(Object.fromEntries(mechanismKeys.map((k) => [k, level]))) },
      { weight: 1, arbitrary: fc.dictionary(fc.string(), fc.jsonValue()) },
    ),
    explanation: fc.oneof(
      { weight: 5, arbitrary: chatText(3).map((t) => t.slice(0, 200) || 'x') },
      fc.string(),
    ),
    evidence: fc.record({ client: quote, draft: quote }),
    suggestion: chatText(2).map((t) => t.slice(0, 100)),
    risk: fc.record({
      client: quote,
      kinds: fc.array(fc.constantFrom(...RiskKind.options), { maxLength: 3 }),
      level: fc.constantFrom(...RiskLevel.options),
    }),
  });
}

/** How a model's reply may wrap (or mangle) the JSON. */
const wrapping = fc.constantFrom(
  (json: string) => json,
  (json: string) => '```json\n' + json + '\n```',
  (json: string) => '```' + json + '```',
  (json: string) => `Sure! Here it is:\n${json}\nHope that helps.`,
  (json: string) => `\n\n   ${json}   \n\n`,
  (json: string) => json.slice(0, Math.floor(json.length / 2)),
  (json: string) => '```json\n' + json,
  (json: string) => json.replace(/"/g, "'"),
  (json: string) => `${json}}`,
);

/** Replies: verdict-shaped JSON in some wrapping, any JSON, or any text at all. */
function replyFor(sources: QuoteSources): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(verdictFor(sources), wrapping).map(([v, wrap]) => wrap(JSON.stringify(v))),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.jsonValue(), wrapping).map(([v, wrap]) => wrap(JSON.stringify(v) ?? '')),
    },
    { weight: 1, arbitrary: chatText(6) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom('`', '\n', ' ', '{', '}', '"', 'json', '\t') }),
    },
  );
}

function checkParse(reply: string, sources: QuoteSources): void {
  const result = parseVerdict(reply, sources);
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    return;
  }
  const checked = Verdict.safeParse(result.verdict);
  expect(checked.success, checked.error?.message).toBe(true);
  const { spans, verdict } = result;
  for (const span of [spans.client, spans.risk]) {
    if (!span) continue;
    const message = sources.context[span.message];
    expect(message?.role).toBe('client');
    if (sources.shown) expect(sources.shown).toContain(span.message);
    expect(0 <= span.start && span.start < span.end && span.end <= message!.text.length).toBe(true);
    expect(message!.text.slice(span.start, span.end)).toBe(span.text);
  }
  if (spans.draft) {
    expect(0 <= spans.draft.start && spans.draft.start < spans.draft.end).toBe(true);
    expect(spans.draft.end).toBeLessThanOrEqual(sources.draft.length);
    expect(sources.draft.slice(spans.draft.start, spans.draft.end)).toBe(spans.draft.text);
  }
  // A quote is kept only when it was found; one not found is blanked and listed as discarded.
  expect(verdict.evidence.client !== '').toBe(spans.client !== null);
  expect(verdict.evidence.draft !== '').toBe(spans.draft !== null);
  expect(verdict.risk.client !== '').toBe(spans.risk !== null);
  for (const d of spans.discarded) expect(d.quote.trim()).not.toBe('');
}

/** A valid verdict whose only evidence is `quote`, given as the client's words. */
const replyQuotingClient = (quote: string) =>
  JSON.stringify({
    resistance: 'collaboration',
    mechanisms: Object.fromEntries(mechanismKeys.map((k) => [k, 1])),
    explanation: 'x',
    evidence: { client: quote, draft: '' },
    suggestion: '',
    risk: { client: '', kinds: [], level: 'none' },
  });

describe('parseVerdict on any reply', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  test('never throws; an accepted verdict validates and its quotes lie in the text they quote', () => {
    fc.assert(
      fc.property(
        sourcesArb.chain((sources) => fc.tuple(fc.constant(sources), replyFor(sources))),
        ([sources, reply]) => checkParse(reply, sources),
      ),
      { numRuns: runs(500) },
    );
  });

  // The model sees each message as the prompt shows it (cleanText: whitespace collapsed, control
  // characters and stacked marks dropped) and copies from that.
  test('a quote copied exactly from a client message as the prompt showed it is found', () => {
    const sources = fc
      .array(turn, { minLength: 1, maxLength: 6 })
      .map((context) => ({ context, draft: 'What would you like to do?' }));
    fc.assert(
      fc.property(
        sources.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.constantFrom(...s.context.map((_, i) => i)),
            fc.nat(),
            fc.integer({ min: 1, max: VERDICT_QUOTE_MAX_CHARS }),
          ),
        ),
        ([s, message, at, length]) => {
          const text = cleanText(s.context[message]!.text).text;
          const quote = text.slice(at % (text.length || 1), (at % (text.length || 1)) + length);
          // Only quotes with a letter, digit or emoji in them: punctuation alone is no evidence.
          fc.pre(/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(quote));
          fc.pre(s.context[message]!.role === 'client');
          const reply = replyQuotingClient(quote);
          const result = parseVerdict(reply, s);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.spans.client, JSON.stringify({ quote, text })).not.toBeNull();
          checkParse(reply, s);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  test('a quote that starts or ends inside an emoji is the words beside it (fast-check found it)', () => {
    const s = { context: [{ role: 'client' as const, text: '🥦𖹬 he hit me again 💀' }], draft: 'ok' };
    const text = s.context[0]!.text;
    // Cut inside 🥦 (two UTF-16 units) at the start, inside 💀 at the end.
    for (const [quote, expected] of [
      [text.slice(1, 11), '𖹬 he hit'],
      [text.slice(8, -1), 'hit me again'],
    ] as const) {
      const result = parseVerdict(replyQuotingClient(quote), s);
      expect(result.ok && result.spans.client?.text).toBe(expected);
    }
  });

  test('replies of 1 MB: whitespace, an unclosed fence, prose around JSON', () => {
    const sources = { context: [{ role: 'client' as const, text: 'i feel ok' }], draft: 'ok' };
    for (const reply of [
      ' '.repeat(1_000_000),
      '```' + '\n'.repeat(1_000_000),
      '```json\n' + '{'.repeat(1_000_000),
      fillerText(1_000_000) + '{"resistance": "collaboration"}',
      '{"explanation": "' + 'a'.repeat(1_000_000) + '"}',
    ]) {
      checkParse(reply, sources);
    }
  });
});

describe(
  'parseVerdict takes time about linear in the reply and the sources',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    const sources = { context: [{ role: 'client' as const, text: 'i feel ok' }], draft: 'ok' };

    test.each([
      // A model that emits whitespace until its token cap, inside an unclosed fence: the old
      // fence pattern took minutes for a few thousand newlines.
      ['an unclosed fence over newlines', (n: number) => '```' + '\n'.repeat(n) + 'x'],
      ['an unclosed fence over spaces and newlines', (n: number) => '```' + ' \n'.repeat(n / 2) + '``` x'],
      ['a fence round prose', (n: number) => '```json\n' + fillerText(n) + '\n```'],
      ['braces', (n: number) => '{'.repeat(n) + '}'],
    ])('%s, 100 KB then 1 MB', (_name, make) => {
      const small = make(100_000);
      const large = make(1_000_000);
      expectRoughlyLinear({
        small: () => extractJson(small),
        large: () => extractJson(large),
        sizeRatio: 10,
        samples: 2,
      });
      expectRoughlyLinear({
        small: () => parseVerdict(small, sources),
        large: () => parseVerdict(large, sources),
        sizeRatio: 10,
        samples: 2,
      });
    });

    // Client messages are at most 20,000 characters (models/conversation.ts): 100 KB is five times that.
    test('quotes looked for in client messages of 10 KB, then 100 KB', () => {
      const reply = JSON.stringify({
        resistance: 'collaboration',
        mechanisms: Object.fromEntries(mechanismKeys.map((k) => [k, 1])),
        explanation: 'x',
        evidence: { client: 'never said this at all', draft: 'nor this' },
        suggestion: '',
        risk: { client: 'or this', kinds: [], level: 'none' },
      });
      const withMessages = (chars: number) => ({
        context: [0, 1, 2].map((i) => ({ role: 'client' as const, text: fillerText(chars, i + 1) })),
        draft: fillerText(chars, 9),
      });
      const small = withMessages(10_000);
      const large = withMessages(100_000);
      expectRoughlyLinear({
        small: () => parseVerdict(reply, small),
        large: () => parseVerdict(reply, large),
        sizeRatio: 10,
        samples: 2,
      });
    });
  },
);
