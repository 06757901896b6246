import { describe, expect, test } from 'vitest';
import {
  CHAT_TEMPLATE_ALLOWANCE,
  type JudgeInput,
  MAX_CONTEXT_MESSAGES,
  PromptBudgetError,
  SYSTEM_PROMPT,
  buildJudgePrompt,
  cutMiddle,
} from '../../lib/judge/prompt';
import { cleanText } from '../../lib/judge/text';
import { RiskKind, RiskLevel, mechanismKeys, resistanceBehaviours } from '../../models/framework';

/**
 * The cutting rules, with a counter simple enough to reason about (one token per character): the
 * real tokenizers are in token-budget.test.ts.
 */
const perChar = (text: string) => text.length;
const systemSize = SYSTEM_PROMPT.length;
/** A budget that leaves `room` characters for the user message. */
const budgetWithRoom = (room: number) => systemSize + CHAT_TEMPLATE_ALLOWANCE + room;

const turn = (role: 'client' | 'counselor', text: string) => ({ role, text });

describe('the system prompt', () => {
  test('carries every framework id the answer may use', () => {
    for (const id of [
      ...resistanceBehaviours,
      'collaboration',
      ...mechanismKeys,
      ...RiskLevel.options,
      ...RiskKind.options,
    ])
      expect(SYSTEM_PROMPT).toContain(id);
  });

  test("asks for the client's risk on the C-SSRS ladder, quoted from the client's words", () => {
    expect(SYSTEM_PROMPT).toMatch(/possible: wish to be dead, suicidal thoughts/);
    expect(SYSTEM_PROMPT).toMatch(
      /high: method, intent, plan, preparation, attempt, means at hand with a time/,
    );
    expect(SYSTEM_PROMPT).toMatch(/risk\.client: exact quotes/);
  });

  test('shows an example answer that is a valid verdict', async () => {
    const { Verdict } = await import('../../models/verdict');
    const example = SYSTEM_PROMPT.split('\n').at(-1)!;
    expect(Verdict.safeParse(JSON.parse(example)).success).toBe(true);
  });
});

describe('buildJudgePrompt', () => {
  const short: JudgeInput = {
    context: [
      turn('counselor', 'How was your week?'),
      turn('client', 'Fine I guess.'),
      turn('counselor', 'Just fine?'),
      turn('client', "It's not a big deal, everyone drinks."),
    ],
    draft: 'You need to stop.',
  };

  test('keeps everything when it fits, oldest first, with roles labelled', () => {
    const prompt = buildJudgePrompt(short, { countTokens: perChar, budget: budgetWithRoom(1000) });
    expect(prompt.includedTurns).toEqual([0, 1, 2, 3]);
    expect(prompt.truncated).toBe(false);
    const user = prompt.messages[1]!.content;
    expect(user.indexOf('Counselor: How was your week?')).toBeLessThan(
      user.indexOf("Client: It's not a big deal"),
    );
    expect(user).toContain('You need to stop.');
    expect(prompt.messages[0]).toEqual({ role: 'system', content: SYSTEM_PROMPT });
  });

  test('drops the oldest turns first and keeps the client message the draft answers', () => {
    const full = buildJudgePrompt(short, { countTokens: perChar, budget: budgetWithRoom(1000) });
    const room = full.messages[1]!.content.length - 'Counselor: How was your week?\n'.length;
    const prompt = buildJudgePrompt(short, { countTokens: perChar, budget: budgetWithRoom(room) });
    expect(prompt.includedTurns).toEqual([1, 2, 3]);
    const lastOnly = buildJudgePrompt(
      { context: short.context.slice(3), draft: short.draft },
      { countTokens: perChar, budget: budgetWithRoom(1000) },
    ).messages[1]!.content.length;
    const tight = buildJudgePrompt(short, { countTokens: perChar, budget: budgetWithRoom(lastOnly) });
    expect(tight.includedTurns).toEqual([3]);
    expect(tight.truncated).toBe(false);
  });

  test('reads at most MAX_CONTEXT_MESSAGES recent messages', () => {
    const many = Array.from({ length: 30 }, (_, i) => turn(i % 2 ? 'client' : 'counselor', `message ${i}`));
    const prompt = buildJudgePrompt(
      { context: many, draft: 'ok' },
      { countTokens: perChar, budget: 100_000 },
    );
    expect(prompt.includedTurns).toEqual(
      Array.from({ length: MAX_CONTEXT_MESSAGES }, (_, i) => 30 - MAX_CONTEXT_MESSAGES + i),
    );
  });

  test('cuts an enormous latest client message in the middle, keeping its start and end', () => {
    const long = `START of my story. ${'blah '.repeat(2000)}and that is the END.`;
    const prompt = buildJudgePrompt(
      { context: [turn('counselor', 'Tell me more.'), turn('client', long)], draft: 'Thanks for sharing.' },
      { countTokens: perChar, budget: budgetWithRoom(400) },
    );
    const user = prompt.messages[1]!.content;
    expect(prompt.truncated).toBe(true);
    expect(user).toContain('Client: START of my story.');
    expect(user).toContain('and that is the END.');
    expect(user).toContain('[…]');
    expect(user).toContain('Thanks for sharing.');
    expect(prompt.promptTokens).toBeLessThanOrEqual(budgetWithRoom(400));
  });

  test('cuts an enormous draft too, so it cannot crowd out the client message', () => {
    const draft = `Opening line. ${'word '.repeat(5000)}Closing question?`;
    const client = "I don't want to talk about my dad.";
    const prompt = buildJudgePrompt(
      { context: [turn('client', client)], draft },
      { countTokens: perChar, budget: budgetWithRoom(500) },
    );
    const user = prompt.messages[1]!.content;
    expect(user).toContain(client);
    expect(user).toContain('Opening line.');
    expect(user).toContain('Closing question?');
    expect(user.length).toBeLessThanOrEqual(500);
  });

  test('never exceeds the budget, whatever the input (seeded random inputs and budgets)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['I', 'never', 'said', 'that', '😀', '我不知道', 'ok', 'whatever', '…', 'h̷̢e̴'];
    const text = (n: number) =>
      Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (let run = 0; run < 200; run++) {
      const input: JudgeInput = {
        context: Array.from({ length: Math.floor(random() * 12) }, (_, i) =>
          turn(i % 2 ? 'client' : 'counselor', text(Math.floor(random() * 300))),
        ),
        draft: text(Math.floor(random() * 600)),
      };
      const budget = budgetWithRoom(120 + Math.floor(random() * 1500));
      const prompt = buildJudgePrompt(input, { countTokens: perChar, budget });
      const counted =
        perChar(prompt.messages[0]!.content) + perChar(prompt.messages[1]!.content) + CHAT_TEMPLATE_ALLOWANCE;
      expect(counted).toBeLessThanOrEqual(budget);
      expect(prompt.promptTokens).toBe(counted);
    }
  });

  test('refuses a budget the system prompt alone does not fit', () => {
    expect(() => buildJudgePrompt(short, { countTokens: perChar, budget: systemSize })).toThrow(
      PromptBudgetError,
    );
  });

  test('collapses whitespace and drops control characters before counting', () => {
    const prompt = buildJudgePrompt(
      { context: [turn('client', 'so   \n\n tired\u0007\tof   this')], draft: '  hi  ' },
      { countTokens: perChar, budget: budgetWithRoom(1000) },
    );
    expect(prompt.messages[1]!.content).toContain('Client: so tired of this\n');
  });
});

describe('cutMiddle', () => {
  test('never splits an emoji (a surrogate pair)', () => {
    const text = '😀'.repeat(100);
    for (let max = 6; max < 60; max++) {
      const cut = cutMiddle(text, max, perChar);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });

  test('returns the text unchanged when it fits, and nothing when not even the mark fits', () => {
    expect(cutMiddle('short', 10, perChar)).toBe('short');
    expect(cutMiddle('a much longer text', 3, perChar)).toBe('');
  });
});

describe('cleanText', () => {
  test('breaks up special-token look-alikes and maps offsets back to the original', () => {
    const original = 'hi  <|eot_id|> there';
    const cleaned = cleanText(original);
    expect(cleaned.text).toBe('hi < |eot_id| > there');
    const at = cleaned.text.indexOf('there');
    expect(original.slice(cleaned.start[at]!, cleaned.end[at + 4]!)).toBe('there');
  });
});
