import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  Assessment,
  type AssessInput,
  MAX_CONTEXT_MESSAGES,
  MAX_MESSAGE_CHARS,
  type Message,
  SessionSummary,
} from '../../models';
import { assess, summarizeSession } from '../../lib/analysis';
import { PROPERTY_TIMEOUT_MS, chatPiece, chatText, fillerText, runs } from './arbitraries';
import { expectRoughlyLinear } from './timing';

/**
 * The instant analyzer on any text a chat page can show: it never throws, its answer validates
 * against the Assessment schema, and every evidence span lies inside the text it points into. It
 * runs on every keystroke, so its time must grow about linearly with the text.
 */

const message: fc.Arbitrary<Message> = fc.record({
  role: fc.constantFrom('client', 'counselor'),
  text: chatText(),
});
const input: fc.Arbitrary<AssessInput> = fc.record(
  { context: fc.array(message, { maxLength: 16 }), draft: chatText() },
  { requiredKeys: ['context'] },
);

type Span = { start: number; end: number };

/** True when `at` falls between the two halves of a surrogate pair (inside one emoji, say). */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Why a span does not fit its text, or null when it does. */
function spanProblem(span: Span, text: string): string | null {
  const { start, end } = span;
  if (!(Number.isInteger(start) && Number.isInteger(end))) return 'offsets are not integers';
  if (!(0 <= start && start < end && end <= text.length))
    return `[${start}, ${end}) outside 0..${text.length}`;
  if (splitsPair(text, start) || splitsPair(text, end)) return `[${start}, ${end}) cuts a character in half`;
  return null;
}

/** Every evidence span of an assessment, with the text it must lie in. */
function spansOf(
  input: AssessInput,
  result: Assessment,
): { where: string; span: Span; text: string | undefined }[] {
  const out: { where: string; span: Span; text: string | undefined }[] = [];
  const draft = input.draft ?? '';
  const client = result.client;
  if (client) {
    for (const cue of client.resistance.cues)
      out.push({ where: 'resistance cue', span: cue, text: input.context[cue.message]?.text });
    for (const e of client.risk.evidence)
      out.push({ where: 'risk evidence', span: e, text: input.context[e.message]?.text });
  }
  const d = result.draft;
  if (d) {
    for (const [key, list] of Object.entries(d.evidence))
      for (const e of list ?? []) out.push({ where: `draft evidence ${key}`, span: e, text: draft });
    for (const s of d.safety) out.push({ where: `safety ${s.flag}`, span: s, text: draft });
    for (const h of d.hints) {
      if (h.evidence.client)
        out.push({
          where: `hint ${h.rule} client`,
          span: h.evidence.client,
          text: input.context[h.evidence.client.message]?.text,
        });
      if (h.evidence.draft) out.push({ where: `hint ${h.rule} draft`, span: h.evidence.draft, text: draft });
    }
  }
  return out;
}

function checkAssessment(input: AssessInput): void {
  const result = assess(input);
  const parsed = Assessment.safeParse(result);
  expect(parsed.success, parsed.error?.message).toBe(true);
  for (const { where, span, text } of spansOf(input, result)) {
    expect(text, `${where} points at a message that does not exist`).toBeDefined();
    expect(spanProblem(span, text!), where).toBeNull();
  }
  // A quote shown in a hint is exactly the text its span covers.
  for (const h of result.draft?.hints ?? []) {
    const { client, draft } = h.evidence;
    if (client) expect(client.text).toBe(input.context[client.message]!.text.slice(client.start, client.end));
    if (draft) expect(draft.text).toBe((input.draft ?? '').slice(draft.start, draft.end));
  }
}

describe('assess on arbitrary text', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  test('never throws, validates against the schema, and keeps evidence inside its text', () => {
    fc.assert(fc.property(input, checkAssessment), { numRuns: runs(300) });
  });

  test('the same holds when the client repeats themselves (the cached reading is reused)', () => {
    fc.assert(
      fc.property(
        fc.array(message, { minLength: 1, maxLength: 8 }),
        fc.array(chatText(), { maxLength: 4 }),
        (context, drafts) => {
          for (const draft of drafts) checkAssessment({ context, draft });
        },
      ),
      { numRuns: runs(60) },
    );
  });

  test('messages and drafts at the schema limit, right-to-left and emoji included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), (seed) => {
        const big = fillerText(MAX_MESSAGE_CHARS, seed);
        checkAssessment({
          context: [
            { role: 'counselor', text: 'Are you safe right now?' },
            { role: 'client', text: big },
            { role: 'client', text: fillerText(MAX_MESSAGE_CHARS, seed + 1) },
          ],
          draft: fillerText(MAX_MESSAGE_CHARS, seed + 2),
        });
      }),
      { numRuns: runs(3) },
    );
  });

  test('a 1 MB conversation (2,000 messages) is read', () => {
    const context: Message[] = Array.from({ length: MAX_CONTEXT_MESSAGES }, (_, i) => ({
      role: i % 2 === 0 ? 'client' : 'counselor',
      text: fillerText(510, i + 1),
    }));
    expect(context.reduce((n, m) => n + m.text.length, 0)).toBeGreaterThanOrEqual(1_000_000);
    checkAssessment({ context, draft: fillerText(2_000, 7) });
  });

  test('summarizeSession never throws and validates on arbitrary sessions', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 12 }), (messages) => {
        const parsed = SessionSummary.safeParse(summarizeSession(messages));
        expect(parsed.success, parsed.error?.message).toBe(true);
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('assess takes time about linear in the text', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  // Every run gets text never seen before: the analyzer keeps the last conversation's reading.
  let run = 0;
  const repeatTo = (chunk: string, chars: number) =>
    `${chunk.repeat(Math.ceil(chars / chunk.length)).slice(0, chars)} ${run++}`;
  /** Text made of one chunk said over and over: the worst case for rules that look around each match. */
  const chunk = fc
    .array(fc.tuple(chatPiece, fc.constantFrom(' ', ' ', '\n', '. ', '')), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''))
    .filter((text) => text.trim().length > 0);
  // Long unpunctuated risk talk once took 400 ms for 20,000 characters (each match re-read the whole message).
  // A curly quote or an ellipsis said over and over: a deadline rule once looked to the end of the
  // sentence from every word, and 20,000 characters took 20 s (found by CI on 2026-12-03).
  const knownWorst: [string][] = [
    ['i want to kill myself but idk '],
    ["i'm soooo done rn lol i wanna die "],
    ['’ '],
    ['… '],
  ];

  test('a client message from 2,000 to 20,000 characters', () => {
    fc.assert(
      fc.property(chunk, (text) => {
        const client = (chars: number) => () =>
          assess({
            context: [
              { role: 'counselor', text: 'How are you doing tonight?' },
              { role: 'client', text: repeatTo(text, chars) },
            ],
            draft: 'It sounds hard.',
          });
        expectRoughlyLinear({ small: client(2_000), large: client(20_000), sizeRatio: 10 });
      }),
      { numRuns: runs(4), examples: knownWorst },
    );
  });

  test('a draft from 2,000 to 20,000 characters', () => {
    fc.assert(
      fc.property(chunk, (text) => {
        const context = [{ role: 'client' as const, text: 'i want to kill myself' }];
        const draft = (chars: number) => () => assess({ context, draft: repeatTo(text, chars) });
        expectRoughlyLinear({ small: draft(2_000), large: draft(20_000), sizeRatio: 10 });
      }),
      { numRuns: runs(4), examples: knownWorst },
    );
  });

  test('a conversation from 100 KB to 1 MB', () => {
    const texts = Array.from({ length: MAX_CONTEXT_MESSAGES }, (_, i) => fillerText(500, i + 1));
    const conversation = (messages: number) => () =>
      assess({
        context: texts.slice(0, messages).map((text, i) => ({
          role: i % 2 === 0 ? ('client' as const) : ('counselor' as const),
          text: i === messages - 1 ? `${text} ${run++}` : text,
        })),
        draft: 'ok',
      });
    expectRoughlyLinear({ small: conversation(200), large: conversation(2_000), sizeRatio: 10, samples: 2 });
  });
});
