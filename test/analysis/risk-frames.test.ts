/**
 * Suicidal thinking said through its frame rather than its words (issue 9): the one reason left
 * for staying alive, a deadline given to life, being found afterwards, a lethal amount looked up,
 * a rehearsal at a place, thoughts that "cross my mind" said lightly. Each beside the same frame
 * used harmlessly, which must stay quiet.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { LEVEL_RANK } from '../../lib/analysis/risk-signals';
import { riskAfter } from './risk-reading';
import type { Message } from '../../models';

const OPENER = 'What has been on your mind this week?';
const risk = (...client: string[]) => riskAfter(OPENER, ...client);

describe('the frame of suicidal thinking is read as risk', () => {
  test.each([
    // [client messages, at least this level, words the evidence cites]
    [['honestly my dog is the only reason im still here'], 'possible', 'only reason im still here'],
    [['if i didnt have my daughter id have done it years ago'], 'possible', 'done it'],
    [['were it not for my wife i surely would have ended it by now'], 'possible', 'ended it'],
    [['gran is the only thing keeping me alive rn'], 'possible', 'keeping me alive'],
    [
      ['suicide pops into my head every time i get a bad mark lol', 'anyway'],
      'possible',
      'suicide pops into my head',
    ],
    [['i keep picturing my own funeral and who would turn up'], 'possible', 'picturing my own funeral'],
    [['i told myself if im still this miserable by june id end it'], 'high', 'end it'],
    [['the day my youngest leaves for uni thats it for me'], 'possible', 'thats it'],
    [['how many of my sleeping tablets would be enough for a grown man'], 'high', 'enough'],
    [['sorted a letter for whoever finds me'], 'possible', 'whoever finds me'],
    [['drove up to the cliff edge last night and sat there an hour. bottled it'], 'high', 'bottled it'],
    [['kinda comforting knowing theres always an exit if it gets too much'], 'possible', 'always an exit'],
    [['my kids would be better off.', 'their dad can give them more than i can'], 'possible', 'better off'],
  ] as const)('%j', (client, atLeast, phrase) => {
    const r = risk(...client);
    expect(LEVEL_RANK[r.level]).toBeGreaterThanOrEqual(LEVEL_RANK[atLeast]);
    expect(r.kinds).toContain('suicide');
    expect(r.cited.some((c) => c.includes(phrase))).toBe(true);
  });
});

describe('the same frames in everyday talk stay quiet', () => {
  test.each([
    ['the only reason im still at this job is the pension tbh'],
    ['giving him till christmas to propose and then im done waiting'],
    ['how much paracetamol is too much for my 4 year old, she has a fever'],
    ['whoever finds me a decent flat in this city gets a pint'],
    ['the vet says its time. we booked thursday for our old boy. im wrecked'],
    ['i cant do this anymore, the commute is 2 hours each way'],
    ['so tired of existing in this heat, no aircon at work'],
    ['my mum wont let me go to the festival and im so annoyed'],
    ['cleared my desk today, gave away my plants to the new starter. last day at the old place'],
  ])('%s', (client) => {
    expect(risk(client).level).toBe('none');
  });

  test('a dog that drags its owner out is not abuse', () => {
    const r = risk('my dog is a nightmare, he drags me round the park at 6 every morning');
    expect(r.kinds).not.toContain('abuse');
  });

  // Known false alarms (KNOWN_FAILING.md): the trained model alone reads the counterfactual frame
  // itself as risk (p(any) 0.74-0.90); the rules read its ending and find nothing.
  test.fails.each([
    'if i didnt have the dog id have moved to the city years ago',
    'if it wasnt for my sister i wouldnt even know how to do my taxes',
  ])('%s → none (known false alarm)', (client) => {
    expect(risk(client).level).toBe('none');
  });

  // A known false alarm until the retrain with the health coaching chats (`chat-av`, 2026-12-03).
  test('if it wasnt for the dog i wouldnt get out at all. he drags me round the park at 6 → none', () => {
    expect(
      risk('if it wasnt for the dog i wouldnt get out at all. he drags me round the park at 6').level,
    ).toBe('none');
  });
});

test('the safety hint quotes what the client said of living, not the day beside it', () => {
  const context: Message[] = [
    { role: 'counselor', text: "I'm glad you messaged. What's on your mind tonight?" },
    { role: 'client', text: 'honestly my nan is the only reason im still here' },
    { role: 'client', text: 'and she goes into the home on friday' },
  ];
  const assessment = assess({
    context,
    draft: "That's lovely that you're close. What are you up to this weekend?",
  });
  const first = assessment.client!.risk.evidence[0]!;
  expect(context[first.message]!.text.slice(first.start, first.end)).toMatch(/only reason im still here/);
  const safety = assessment.draft!.hints.find((h) => h.rule === 'safety.ignores_risk');
  expect(safety?.why).toMatch(/^The client wrote "[^"]*only reason im still here"/);
});
