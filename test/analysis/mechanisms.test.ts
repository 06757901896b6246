/**
 * The four communication mechanisms (framework.md §2) on clear cases, the MITI behaviour flags,
 * and open/closed questions written the way counselors type in chat ("wdym?", "how come?").
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import type { Level, MechanismKey, Message } from '../../models';

/** A resistant, ambivalent client turn that every draft below answers. */
const AMBIVALENT: Message[] = [
  { role: 'counselor', text: 'What do you make of how much you have been drinking lately?' },
  { role: 'client', text: 'idk i like drinking w my mates but my gf keeps saying im drinking too much' },
];

function draftOf(draft: string, context: readonly Message[] = AMBIVALENT) {
  const d = assess({ context: [...context], draft }).draft;
  expect(d).not.toBeNull();
  return d!;
}

const CLEAR: readonly (readonly [MechanismKey, Level, string])[] = [
  // Respect for autonomy
  ['respectForAutonomy', 0, 'You need to stop drinking.'],
  ['respectForAutonomy', 0, 'You should just tell her you will cut down.'],
  ['respectForAutonomy', 0, 'Stop drinking on weeknights.'],
  ['respectForAutonomy', 1, 'What is a typical weekend like for you?'],
  ['respectForAutonomy', 2, "It's your call, you know yourself best."],
  ['respectForAutonomy', 2, 'Would it be okay if I shared a few things that have helped other people?'],
  ['respectForAutonomy', 2, "Whatever you decide, it's up to you."],
  // Stance alignment
  ['stanceAlignment', 0, 'Yes but you said you wanted to cut down.'],
  ['stanceAlignment', 0, "That's just an excuse."],
  ['stanceAlignment', 0, "You're in denial about how much you drink."],
  [
    'stanceAlignment',
    2,
    "On one hand you really enjoy drinking with your mates, and on the other hand you're hearing your girlfriend's worry.",
  ],
  ['stanceAlignment', 2, "Part of you enjoys the nights out, and part of you wonders if she's got a point."],
  // A reflection that names the feeling, then a question: both acts count.
  ['stanceAlignment', 2, 'It sounds like you feel torn about it. What would help right now?'],
  // Emotional resonance
  ['emotionalResonance', 0, "Don't worry, at least you still have your mates."],
  ['emotionalResonance', 0, 'Just relax, it could be worse.'],
  ['emotionalResonance', 1, 'I understand.'],
  ['emotionalResonance', 1, 'That sounds hard.'],
  ['emotionalResonance', 2, 'It sounds like you feel really torn, which makes sense.'],
  ['emotionalResonance', 2, "You're feeling pretty frustrated with her nagging, and that's understandable."],
  // Conversational orientation
  ['conversationalOrientation', 0, "Anyway, let's move on to your homework."],
  ['conversationalOrientation', 0, 'Did you drink last night? Was it more than five?'],
  ['conversationalOrientation', 1, 'Did you drink last night?'],
  ['conversationalOrientation', 2, 'What do you enjoy about drinking with your mates?'],
  ['conversationalOrientation', 2, "What do you make of your girlfriend's worry?"],
  // The same anchors typed the way peer supporters write in chat
  ['respectForAutonomy', 0, 'u need to stop'],
  ['respectForAutonomy', 2, 'ur call, u know urself best'],
  ['respectForAutonomy', 2, 'totally up to u'],
  ['stanceAlignment', 0, 'yeah but u said u wanted to cut down'],
  ['emotionalResonance', 0, 'dont worry at least u have ur mates'],
  ['emotionalResonance', 2, 'sounds like ur really torn, which makes sense'],
  ['conversationalOrientation', 0, 'anyway lets move on'],
  ['conversationalOrientation', 2, 'what do u enjoy about drinking w ur mates?'],
];

describe('mechanisms on clear cases', () => {
  test.each(CLEAR)('%s = %i: "%s"', (key, level, draft) => {
    const d = draftOf(draft);
    expect(d.mechanisms[key]).toBe(level);
    for (const e of d.evidence[key] ?? []) {
      expect(e.end).toBeLessThanOrEqual(draft.length);
      expect(draft.slice(e.start, e.end).trim().length).toBeGreaterThan(0);
    }
  });

  test('an open question that follows the client words earns orientation 2', () => {
    const context: Message[] = [
      { role: 'counselor', text: "What's been going on at home?" },
      { role: 'client', text: 'me and my mum keep fighting about money' },
    ];
    const d = draftOf('What happens when you and your mum fight about money?', context);
    expect(d.mechanisms.conversationalOrientation).toBe(2);
  });
});

describe('MI behaviour flags', () => {
  test.each([
    ['affirm', 'That took a lot of courage to share.'],
    ['affirm', "You've already made real progress this month."],
    ['affirm', 'thats so brave of u to share'],
    ['seekingCollaboration', 'Where would you like to start today?'],
    ['seekingCollaboration', 'Would you like to look at some options together?'],
    ['seekingCollaboration', 'would u be ok if i shared some ideas?'],
    ['emphasizingAutonomy', "It's up to you what happens next."],
    ['emphasizingAutonomy', 'You know yourself best.'],
    ['emphasizingAutonomy', 'totally up to u'],
    ['confront', "You're in denial."],
    ['confront', "Come on, that's just an excuse."],
    ['persuadeWithoutPermission', 'You really need to quit before it ruins your life.'],
    ['persuadeWithoutPermission', "If you don't cut down you'll lose her."],
    ['persuadeWithoutPermission', 'have u tried just going to bed earlier?'],
    ['direct', 'Stop drinking on weeknights.'],
    ['direct', 'u need to tell ur mum tonight'],
    ['warn', "If you don't cut down you'll lose her."],
    ['warn', 'keep this up and ull lose ur job'],
  ] as const)('%s: "%s"', (flag, draft) => {
    expect(draftOf(draft).flags[flag]).toBe(true);
  });

  test.each([
    ['affirm', 'Okay.'],
    ['seekingCollaboration', 'You need to stop drinking.'],
    ['emphasizingAutonomy', 'You have to stop.'],
    ['emphasizingAutonomy', 'what have u been up to?'],
    ['confront', "It sounds like you enjoy it and you're also hearing her worry."],
    ['persuadeWithoutPermission', "Would it be okay if I shared what's helped others?"],
    ['direct', 'One thing some people try is cutting out weeknights. What do you make of that?'],
    ['warn', "It sounds like you're worried about losing her."],
  ] as const)('not %s: "%s"', (flag, draft) => {
    expect(draftOf(draft).flags[flag]).toBe(false);
  });
});

describe('questions typed in chat', () => {
  const SHORT: Message[] = [
    { role: 'counselor', text: 'How are things this week?' },
    { role: 'client', text: 'kinda weird tbh, stuff with my mum' },
  ];
  test.each([
    ['wdym?', 'open'],
    ['how come?', 'open'],
    ['what happened w ur mum?', 'open'],
    ['how r u feeling about it?', 'open'],
    ['do u want to stop?', 'closed'],
    ['r u ok?', 'closed'],
    ['did she say something?', 'closed'],
  ] as const)('"%s" → %s', (draft, type) => {
    const d = draftOf(draft, SHORT);
    expect(d.main).toBe('question');
    expect(d.question).toBe(type);
  });
});

describe('open and closed questions, as MITI codes them', () => {
  const questionType = (draft: string) =>
    assess({ context: [{ role: 'client', text: 'I only drink on weekends, like everyone.' }], draft }).draft
      ?.question;
  test.each([
    // An open question inside a yes/no frame is still open.
    ['Can you tell me what a typical weekend looks like for you?', 'open'],
    ['Could you say more about why that matters to you?', 'open'],
    // Lead-in words do not decide the type.
    ['So, um, how do you feel about that?', 'open'],
    // Asking for one fact is closed, even with a wh-word.
    ['How many drinks would you have on a Saturday?', 'closed'],
    ['When did you last have a drink?', 'closed'],
    ['Do you want to cut down?', 'closed'],
  ])('%s → %s', (draft, expected) => {
    expect(questionType(draft)).toBe(expected);
  });
});

describe('asking permission', () => {
  const context: Message[] = [
    { role: 'counselor', text: 'What has been on your mind this week?' },
    { role: 'client', text: 'honestly everything. work, money, my sister. i cant switch off' },
  ];

  test.each([
    'It sounds like this has been weighing on you. Would it be ok if we looked at what might help?',
    'Would it be alright if I shared something that has helped other people?',
  ])('"%s" is not nudged toward an open question', (draft) => {
    const d = assess({ context, draft }).draft!;
    expect(d.flags.seekingCollaboration).toBe(true);
    expect(d.hints.map((h) => h.rule)).not.toContain('behaviour.question.closed');
  });

  test('a plain yes/no question still is', () => {
    const d = assess({ context, draft: 'Did you sleep ok last night?' }).draft!;
    expect(d.hints.map((h) => h.rule)).toContain('behaviour.question.closed');
  });
});
