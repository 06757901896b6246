import { describe, expect, test } from 'vitest';
import { extractJson, locateQuote, parseVerdict, repairPrompt } from '../../lib/judge/parse';
import type { PromptTurn } from '../../lib/judge/prompt';

const context: PromptTurn[] = [
  { role: 'client', text: 'I said I would think about it.' },
  { role: 'counselor', text: 'What would make it worth trying?' },
  { role: 'client', text: 'Honestly?   It\'s NOT that big a deal.\nEveryone drinks on "weekends".' },
];
const draft = 'You need to cut down — it’s hurting your health. What do you think?';
const sources = { context, draft };

const verdict = {
  resistance: 'minimizing',
  mechanisms: {
    respectForAutonomy: 0,
    stanceAlignment: 0,
    emotionalResonance: 1,
    conversationalOrientation: 1,
  },
  explanation: 'Minimizing; the draft commands and argues, then asks a closed-ish question.',
  evidence: { client: "it's not that big a deal", draft: 'You need to cut down' },
  suggestion: 'Drinking on weekends feels normal to you. What do you like about it?',
  risk: { client: '', kinds: [], level: 'none' },
};
const reply = (patch: object = {}) => JSON.stringify({ ...verdict, ...patch });

describe('parseVerdict', () => {
  test('a valid reply gives the verdict and the quotes located in the original text', () => {
    const result = parseVerdict(reply(), sources);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.verdict.mechanisms.emotionalResonance).toBe(1);
    // Case, the whitespace run and the quote style differ; the span is in the original message.
    expect(result.spans.client).toEqual({ message: 2, start: 12, end: 36, text: "It's NOT that big a deal" });
    expect(result.spans.draft).toEqual({ start: 0, end: 20, text: 'You need to cut down' });
    expect(result.spans.risk).toBeNull();
    expect(result.spans.discarded).toEqual([]);
  });

  test.each([
    ['a json code fence', '```json\n' + reply() + '\n```'],
    ['a bare code fence', '```\n' + reply() + '\n```'],
    ['surrounding whitespace', '\n\n   ' + reply() + '  \n'],
    ['prose around the object', 'Sure! Here is the rating:\n' + reply() + '\nHope that helps.'],
  ])('tolerates %s', (_name, text) => {
    expect(parseVerdict(text, sources).ok).toBe(true);
  });

  test.each([
    ['an empty reply', '', /empty/],
    ['a reply cut off at the token cap', reply().slice(0, 120), /not complete JSON/],
    ['broken JSON', '{"resistance": minimizing}', /not valid JSON/],
    [
      'a level out of range',
      reply({ mechanisms: { ...verdict.mechanisms, stanceAlignment: 3 } }),
      /mechanisms\.stanceAlignment/,
    ],
    [
      'a fractional level',
      reply({ mechanisms: { ...verdict.mechanisms, stanceAlignment: 0.5 } }),
      /mechanisms\.stanceAlignment/,
    ],
    ['an unknown behaviour', reply({ resistance: 'denial' }), /resistance/],
    ['a missing field', JSON.stringify({ ...verdict, suggestion: undefined }), /suggestion/],
    ['an extra key', reply({ confidence: 0.8 }), /confidence/],
    ['an explanation over its cap', reply({ explanation: 'x'.repeat(241) }), /explanation/],
    ['an unknown risk level', reply({ risk: { client: '', kinds: [], level: 'moderate' } }), /risk\.level/],
    [
      'an unknown risk kind',
      reply({ risk: { client: '', kinds: ['overdose'], level: 'high' } }),
      /risk\.kinds/,
    ],
    ['no risk reading at all', JSON.stringify({ ...verdict, risk: undefined }), /risk/],
  ])('rejects %s with a readable reason', (_name, text, reason) => {
    const result = parseVerdict(text, sources);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  test('discards quotes that are not in the text and blanks them in the verdict', () => {
    const result = parseVerdict(
      reply({ evidence: { client: 'I hate my job', draft: 'you should really stop' } }),
      sources,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.spans.client).toBeNull();
    expect(result.spans.draft).toBeNull();
    expect(result.verdict.evidence).toEqual({ client: '', draft: '' });
    expect(result.spans.discarded).toEqual([
      { source: 'client', quote: 'I hate my job' },
      { source: 'draft', quote: 'you should really stop' },
    ]);
  });

  test('a client quote must come from a client message, not from the counselor', () => {
    const result = parseVerdict(reply({ evidence: { client: 'worth trying', draft: '' } }), sources);
    expect(result.ok && result.spans.client).toBeNull();
  });

  test('a client quote is searched only in the messages the model was shown', () => {
    const quote = 'I would think about it';
    expect(parseVerdict(reply({ evidence: { client: quote, draft: '' } }), sources).ok && true).toBe(true);
    const shownLatestOnly = parseVerdict(reply({ evidence: { client: quote, draft: '' } }), {
      ...sources,
      shown: [2],
    });
    expect(shownLatestOnly.ok && shownLatestOnly.spans.client).toBeNull();
    const shownAll = parseVerdict(reply({ evidence: { client: quote, draft: '' } }), sources);
    expect(shownAll.ok && shownAll.spans.client).toMatchObject({ message: 0, text: quote });
  });

  test("single quotes in the model's quote match double quotes in the message (the grammar forbids them)", () => {
    const result = parseVerdict(reply({ evidence: { client: "drinks on 'weekends'", draft: '' } }), sources);
    expect(result.ok && result.spans.client?.text).toBe('drinks on "weekends"');
  });

  test('an empty quote is no evidence, not a discarded one', () => {
    const result = parseVerdict(reply({ evidence: { client: '', draft: '' } }), sources);
    expect(result.ok && result.spans).toEqual({ client: null, draft: null, risk: null, discarded: [] });
  });

  test('a risk quote is located in any client message the model saw, an earlier one too', () => {
    const riskSources = {
      context: [
        { role: 'client', text: 'Some nights I wish I could just not wake up.' },
        { role: 'counselor', text: 'That sounds heavy. Do you want to stop feeling like this?' },
        { role: 'client', text: "It's not that big a deal, I'm fine." },
      ] satisfies PromptTurn[],
      draft: 'Glad you are fine!',
    };
    const result = parseVerdict(
      reply({ risk: { client: 'I wish I could just not wake up', kinds: ['suicide'], level: 'possible' } }),
      riskSources,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.spans.risk).toEqual({
      message: 0,
      start: 12,
      end: 43,
      text: 'I wish I could just not wake up',
    });
    expect(result.verdict.risk).toEqual({
      client: 'I wish I could just not wake up',
      kinds: ['suicide'],
      level: 'possible',
    });
    // The counselor's words are not the client's, even when they sound like risk.
    const counselorWords = parseVerdict(
      reply({ risk: { client: 'stop feeling like this', kinds: ['suicide'], level: 'possible' } }),
      riskSources,
    );
    expect(counselorWords.ok && counselorWords.spans.risk).toBeNull();
  });

  test('a risk quote the client never wrote is discarded and blanked; the level is kept', () => {
    const result = parseVerdict(
      reply({ risk: { client: 'I have the pills ready', kinds: ['suicide'], level: 'high' } }),
      sources,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.spans.risk).toBeNull();
    expect(result.spans.discarded).toEqual([{ source: 'risk', quote: 'I have the pills ready' }]);
    expect(result.verdict.risk).toEqual({ client: '', kinds: ['suicide'], level: 'high' });
  });
});

describe('locateQuote', () => {
  test('maps through typographic dashes, apostrophes and trailing dots', () => {
    expect(locateQuote(draft, "cut down - it's hurting...")).toEqual({ start: 12, end: 35 });
    expect(draft.slice(12, 35)).toBe('cut down — it’s hurting');
  });

  test('offsets count UTF-16 units, as the panel highlights them', () => {
    const text = '😀😀 I am fine 😀';
    const span = locateQuote(text, 'i am fine')!;
    expect(text.slice(span.start, span.end)).toBe('I am fine');
  });
});

describe('extractJson and repairPrompt', () => {
  test('extractJson unwraps a fence', () => {
    expect(extractJson('```json\n{"a":1}\n```')).toBe('{"a":1}');
  });

  test.each([
    ['an info string and no line break', '```json{"a":1}```', '{"a":1}'],
    ['spaces and line breaks inside', '```\n \n {"a":1} \n\n ```', '{"a":1}'],
    ['an empty fence', '``````', ''],
    ['a fence that never closes', '```json\n{"a":1}', '{"a":1}'],
  ])('extractJson with %s', (_name, reply, json) => {
    expect(extractJson(reply)).toBe(json);
  });

  // The fence was once one regular expression whose lazy body between whitespace runs
  // backtracked cubically: these took from seconds to minutes (found by test/property).
  test.each([
    ['an unclosed fence over line breaks', '```\n' + '\n'.repeat(5_000) + 'x'],
    ['an unclosed fence over spaces and line breaks', '```' + ' \n'.repeat(2_500) + '``` x'],
  ])('extractJson reads %s at once', (_name, reply) => {
    const start = performance.now();
    expect(extractJson(reply)).toBe(reply.trim());
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  test('repairPrompt continues the conversation with the bad reply and the reason', () => {
    const turns = repairPrompt('{"resistance": 3', 'the reply is not complete JSON');
    expect(turns).toHaveLength(2);
    expect(turns[0]).toEqual({ role: 'assistant', content: '{"resistance": 3' });
    expect(turns[1]!.role).toBe('user');
    expect(turns[1]!.content).toContain('the reply is not complete JSON');
    expect(turns[1]!.content).toMatch(/only the JSON object/);
  });

  test('repairPrompt does not echo a runaway reply in full', () => {
    const [echo] = repairPrompt(' '.repeat(50_000), 'too long');
    expect(echo!.content.length).toBeLessThanOrEqual(1200);
  });
});
