/**
 * Readings of counselors' drafts and clients' turns that a first-use probe by an MI trainer found
 * wrong on 2026-12-03: crisis questions about intent, time, place and who is there taken for
 * moving on; a warning that names the harm taken for a safety check; a confrontation with no hint;
 * a promise of secrecy to a child not read as false reassurance; framework ids in hint text;
 * resistance read in a crisis and in a client's first message.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import type { Message } from '../../models';

const client = (...texts: string[]): Message[] => texts.map((text) => ({ role: 'client' as const, text }));
const draftOf = (context: Message[], draft: string) => assess({ context, draft }).draft!;
const ignores = (context: Message[], draft: string) =>
  draftOf(context, draft).safety.some((s) => s.flag === 'ignores_risk');

describe('a crisis question is a safety check', () => {
  const pills = client('i have the pills in front of me.', 'counted them. 40');
  const downstairs = client('hes downstairs rn and hes been drinking', 'i locked the bathroom door');
  test.each([
    [pills, 'thank you for telling me. are you planning to take them tonight?'],
    [pills, 'are you thinking of taking them tonight?'],
    [downstairs, 'that sounds really scary. is he trying to get in right now?'],
    [downstairs, 'is he still downstairs?'],
    [client('sitting in the car in the garage, engine running'), 'are you in the garage right now?'],
    [client('i took 30 of my sleeping pills an hour ago'), 'how many did you take, and when?'],
  ])('%j → %j is not moving on', (context, draft) => {
    expect(ignores(context, draft)).toBe(false);
  });

  test.each([
    [
      client('i have the pills in front of me.', 'counted them. 40'),
      "that's a lot. how was your day otherwise?",
    ],
    [client('i cut again last night'), 'you need to stop cutting, you could really hurt yourself'],
    [client('burned myself w a lighter again'), 'yeah it is kind of stupid, youre only hurting yourself'],
  ])('%j → %j moves on (a warning names the harm, it asks nothing)', (context, draft) => {
    expect(ignores(context, draft)).toBe(true);
  });
});

describe('hints a counselor sees', () => {
  test('a confrontation gets a hint with a reflection to try, when the client is not pushing back', () => {
    const d = draftOf(client('my teacher says i spend too much time gaming'), "So you're in denial then.");
    const hint = d.hints.find((h) => h.rule === 'behaviour.confront');
    expect(hint?.why).toContain("you're in denial");
    expect(hint?.try).toMatch(/^It sounds like your teacher says you spend too much time gaming/);
  });

  test('a promise of secrecy to a child disclosing abuse is false reassurance', () => {
    const d = draftOf(client('my stepdad hits me. im 12'), "I promise I won't tell anyone.");
    expect(d.safety.map((s) => s.flag)).toContain('false_reassurance');
  });

  test('the risk hint names the kind in words, not by its id', () => {
    const d = draftOf(client('im going to stab him when he gets home tonight'), 'ok, what else is going on?');
    const why = d.hints.find((h) => h.rule === 'safety.ignores_risk')!.why;
    expect(why).toContain('harm to others');
    expect(why).not.toMatch(/_/u);
  });

  test('an overdose taken gets a Try that asks for help now, not a yes/no question', () => {
    const d = draftOf(client('i took 30 of my sleeping pills an hour ago'), 'ok');
    const tryLine = d.hints.find((h) => h.rule === 'safety.ignores_risk')!.try!;
    expect(tryLine).toMatch(/ambulance/u);
    expect(tryLine).not.toMatch(/do you need medical help/iu);
  });
});

describe('no resistance read where there is none to read', () => {
  test.each([
    [
      client(
        'I should like someone to know that I intend to take my own life this evening. I have the means. Please do not send anybody.',
      ),
    ],
    [
      [
        { role: 'counselor', text: 'Which bridge are you on? Are you safe right now?' },
        { role: 'client', text: 'doesnt matter. just wanted to say bye to someone' },
      ] as Message[],
    ],
  ])('a crisis disclosure is no resistance moment, and no change talk: %j', (context) => {
    const c = assess({ context }).client!;
    expect(c.risk.level).toBe('high');
    expect(c.resistance.present).toBe(false);
    expect(c.talk).toBe('neutral');
  });

  test("a client's first message has no question to ignore", () => {
    const c = assess({
      context: client('my teacher says i spend too much time gaming, like 6 hours a day'),
    }).client!;
    expect(c.resistance.cues.map((x) => x.behaviour)).not.toContain('inattention');
    expect(c.resistance.present).toBe(false);
  });
});
