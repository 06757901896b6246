/**
 * The warning signs suicide-prevention services list, said plainly with no death named (issue 9):
 * feeling hopeless, not being able to go on, feeling trapped. A counselor should ask, so the panel
 * reads possible risk; the same words about a task, a game or a past that ended well stay quiet.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { LEVEL_RANK } from '../../lib/analysis/risk-signals';
import { riskAfter } from './risk-reading';

const OPENER = "Hi, you're through to the chat service. What's on your mind tonight?";
const risk = (...client: string[]) => riskAfter(OPENER, ...client);

describe('warning signs said plainly read as possible risk', () => {
  test.each([
    // [client messages, words the evidence cites]
    [['i dont even know why im texting', 'i just feel so hopeless'], 'hopeless'],
    [['honestly everything feels hopeless rn'], 'everything feels hopeless'],
    [['ive lost all hope tbh. nothing changes'], 'lost all hope'],
    [['i cant go on.'], 'cant go on'],
    [['its so hard to keep going some days'], 'hard to keep going'],
    [['i feel trapped and theres no way out of this house'], 'trapped'],
    [['I find it so hard to continue for myself.'], 'hard to continue'],
    [['its unbearable. all of it'], 'unbearable'],
    [['nothing matters anymore'], 'nothing matters'],
    [['i just want it all to stop'], 'want it all to stop'],
    [['i dont want to be me anymore'], 'be me anymore'],
  ])('%j', (client, phrase) => {
    const r = risk(...client);
    expect(LEVEL_RANK[r.level]).toBeGreaterThanOrEqual(LEVEL_RANK.possible);
    expect(r.kinds).toContain('suicide');
    expect(r.cited.some((c) => c.includes(phrase))).toBe(true);
  });
});

describe('the same words about something small stay quiet', () => {
  test.each([
    ['im hopeless at maths lol'],
    ['hopeless romantic here 😂'],
    ['honestly at the end of my tether with the printer lol'],
    ['i feel hopeless about this exam, i havent revised at all'],
    ['watching arsenal defend makes me feel hopeless lol'],
    ['ive lost all hope in humanity after reading the comments'],
    ['i cant go on holiday this year, money is tight'],
    ['its hard to keep going on this diet when everyone orders pizza'],
    ['cant go on. too tired. gonna sleep, night!'],
    ['i was feeling hopeless last year but therapy helped a lot, im doing much better now'],
    ['im trapped in the lift at work, the engineer is on the way'],
    ['the future looks bleak for the high street, my shop might close'],
    ['my knee pain is unbearable since the op'],
    ['this heat is unbearable'],
    ['i want the pain to stop, my tooth is killing me'],
    ['i just want it to stop raining lol'],
  ])('%s', (client) => {
    expect(risk(client).level).toBe('none');
  });
});

describe('despair read as risk is not resistance', () => {
  const read = (...client: string[]) =>
    assess({
      context: [
        { role: 'counselor', text: OPENER },
        ...client.map((text) => ({ role: 'client' as const, text })),
      ],
      draft: 'Have you tried going for a walk?',
    }).client!;

  test('"so hopeless, never going to change" asks for a safety check, not a pessimism hint', () => {
    const c = read(
      'i dont even know why im texting',
      'i just feel so hopeless. like its never going to change',
    );
    expect(c.risk.level).toBe('possible');
    expect(c.resistance.present).toBe(false);
  });

  test('pessimism about a plan, with no despair read, is still resistance', () => {
    const c = read('ive tried everything and nothing works, whats the point of trying again');
    expect(c.risk.level).toBe('none');
    expect(c.resistance.cues.map((cue) => cue.behaviour)).toContain('pessimism');
  });
});
