/**
 * In an MI chat about smoking or drinking, a quit date, a craving and "going through with it" are
 * change talk, not risk. Found by reading real text-chat MI sessions (MIBot) through the rules:
 * these words had read as a suicide plan, an attempt in progress or an urge to self-harm. The same
 * words beside a wish to die are still a plan.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import type { Message } from '../../models';

const levelOf = (...client: string[]) => {
  const context: Message[] = [{ role: 'counselor', text: 'What would you like to do about the smoking?' }];
  for (const text of client) context.push({ role: 'client', text });
  return assess({ context }).client!.risk.level;
};

describe('MI change talk is not risk', () => {
  test.each([
    ['could you help me set a date to quit'],
    ["i'd like to pick a day next month and stick to it"],
    ["honestly not sure i'll go through with it, i've tried quitting before"],
    ['already started cutting down, 5 a day now'],
    ['the cravings are strong in the morning, the urge is really bad with my coffee'],
    ['i might check out the stop smoking group at the library'],
    ['if i catch the bus to work i cant smoke in the car lol'],
    ['working on getting my finances under control, cigs cost me a fortune'],
    ['my life is too much in turmoil right now to quit'],
    ['the doctor put me on meds for my blood pressure'],
    ['i got hit with a massive bill for the car this week'],
    // A quit attempt: the chat is about smoking and no word of suicide is in it.
    ['my last attempt was 2 years ago, only lasted a week'],
  ])('%s', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

// "made up my mind" is in 14 lines of the risk sets, 11 of them a decision to die. The model alone
// read this just over its bar for a reading alone after one retrain of 2026-12-03 (p(high) 0.67,
// a known failing case then) and under it again once the health coaching chats joined (`chat-av`).
test('"i\'ve made up my mind, no more cigs after my birthday" → none', () => {
  expect(levelOf("i've made up my mind, no more cigs after my birthday")).toBe('none');
});

test('a symptom told as a reason to quit is not an emergency now', () => {
  // "i get chest pains when i smoke" once read as a medical emergency (high); the model alone may
  // still ask (possible), since chest pain is worth a question.
  expect(levelOf('i get chest pains when i smoke a lot')).not.toBe('high');
});

test.fails('a symptom among the reasons to quit is not an emergency either (known false alarm)', () => {
  // The model alone reads it at the bar for a reading alone (p(high) 0.66 against 0.65): below it
  // after the retrain with `chat-aa`, above it again after the retrain of the answers' noes
  // (KNOWN_FAILING.md). It moves with each retrain.
  expect(levelOf('when i smell my clothes or my breath or have chest pains')).not.toBe('high');
});

describe('but the same words beside a wish to die are a plan', () => {
  test.each([
    ['i dont want to be alive anymore', "i've picked a date"],
    ['i want to kill myself', "i think i'm going to go through with it this time"],
  ])('%s / %s', (...client) => {
    expect(levelOf(...client)).toBe('high');
  });

  test('and "my last attempt" beside a word of dying is still a past suicide attempt', () => {
    expect(levelOf('my last attempt was 2 years ago', "some days i still wish i'd died")).not.toBe('none');
  });

  test('and an urge to self-harm with nothing of smoking or drinking about it is still read', () => {
    expect(levelOf('the urge is really bad tonight, i keep looking at the blade')).not.toBe('none');
  });
});

test('"quite" is not talk of quitting: an attempt beside it is still an attempt', () => {
  // The quit-talk pattern read "quit\w*", so "quite" made any chat one about quitting and dropped
  // the attempt, and the model alone then needed 0.9 to read it.
  const context: Message[] = [
    { role: 'counselor', text: 'How have you been since we last spoke?' },
    {
      role: 'client',
      text: "honestly i'm quite low. my last attempt was in march and i've been thinking about another one",
    },
  ];
  expect(assess({ context }).client!.risk.level).toBe('high');
});
