import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';

/** Cases that once sat in KNOWN_FAILING.md: misspellings, softened advice, fact questions, discord. */
const client = (text: string, counselor = 'What do you think about that?') =>
  assess({
    context: [
      { role: 'counselor', text: counselor },
      { role: 'client', text },
    ],
  }).client!;

describe('misspelled and clipped chat words reach the rules', () => {
  test.each([
    ['its thier fault not mine', 'blaming'],
    ['i only drink becuase of stress', 'excusing'],
    ['i dont wanna talk abotu it', 'boundary_setting'],
    ['whats teh point', 'pessimism'],
    ['wats the point', 'pessimism'],
    ['nothin ever works', 'pessimism'],
  ])('%j → %s', (text, behaviour) => {
    const c = client(text);
    expect(c.resistance.cues.map((x) => x.behaviour)).toContain(behaviour);
    const cue = c.resistance.cues.find((x) => x.behaviour === behaviour)!;
    expect(text.slice(cue.start, cue.end).length).toBeGreaterThan(0);
  });

  test('"i dont thinkso" after a suggestion is disagreeing', () => {
    const c = client('i dont thinkso', 'Maybe you could try a meeting?');
    expect(c.resistance.cues.map((x) => x.behaviour)).toContain('disagreeing');
  });
});

describe('discord is not change talk', () => {
  test.each(['I DONT WANT TO TALK ABOUT IT', 'i dont want to talk about it', 'Can we not go there.'])(
    '%j',
    (text) => {
      const c = client(text);
      expect(c.talk).not.toBe('change');
      expect(c.resistance.cues.map((x) => x.behaviour)).toContain('boundary_setting');
    },
  );

  test('real change talk stays change talk', () => {
    expect(client('i really want to cut down for my kids').talk).toBe('change');
  });
});

describe('softened direction and fact questions', () => {
  const draft = (text: string) =>
    assess({ context: [{ role: 'client', text: 'i drink most nights' }], draft: text }).draft!;

  test.each([
    'Maybe you could try having one alcohol-free night a week?',
    'You might want to try cutting down on weeknights.',
  ])('%j respects autonomy weakly (1), not 0', (text) =>
    expect(draft(text).mechanisms.respectForAutonomy).toBe(1),
  );

  test('"you need to" is still 0', () =>
    expect(draft('You need to cut down on weeknights.').mechanisms.respectForAutonomy).toBe(0));

  test('a suggestion is coded as input, not as a reflection', () => {
    expect(draft('You might want to try cutting down on weeknights.').main).toBe('therapist_input');
  });

  test.each([
    'How many drinks do you usually have?',
    'how often do u drink?',
    'How long have you been smoking?',
  ])('%j is a closed question that does not open exploration', (text) => {
    const d = draft(text);
    expect(d.main).toBe('question');
    expect(d.question).toBe('closed');
    expect(d.mechanisms.conversationalOrientation).toBeLessThan(2);
  });

  test('"how do you feel about it?" is still open', () => {
    expect(draft('how do you feel about it?').question).toBe('open');
  });
});
