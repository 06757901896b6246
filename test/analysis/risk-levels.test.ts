/**
 * What a match's own words say about its level (lib/analysis/risk-levels.ts), found by a
 * first-use probe on 2026-12-03 and checked against data/risk/GUIDELINES.md: thoughts of suicide
 * told as thoughts are C-SSRS 2 (possible) until a time, a method or means come with them; abuse
 * and suicidal words long past are possible; a fear of one's own anger is no threat. Beside each,
 * the high reading the same words keep when they say more.
 */
import { describe, expect, test } from 'vitest';
import { readConversation } from '../../lib/analysis/context';
import { observeRisk } from '../../lib/analysis/risk';
import type { Message } from '../../models';
import { riskAfter, rulesAfter } from './risk-reading';

const OPENER = 'what would you like to talk about tonight?';

describe('the level the words themselves stand for', () => {
  test.each([
    // Thoughts, then thoughts with a time, a method or research.
    [
      ['been thinking about killing myself a lot lately', 'i dont have a plan or anything, its just there'],
      'possible',
    ],
    [['ive had thoughts of suicide on and off since the divorce'], 'possible'],
    [['thinking about killing myself tonight'], 'high'],
    [['thinking about ending it', 'i have the pills here'], 'high'],
    [['thinking abt suicide 24/7 and last night i found the way to do it online'], 'high'],
    [['i want to kill myself'], 'high'],
    // Long past, and brought back to now.
    [['i used to feel suicidal years ago but therapy really helped'], 'possible'],
    [['tried to kill myself in 2015. doing much better now, just here about work stress'], 'possible'],
    [['i tried to kill myself last night'], 'high'],
    [['my mum hit me when i was little. we dont talk about it'], 'possible'],
    [['he hit me years ago, we divorced in 2010'], 'possible'],
    [['my dad hits me when hes drunk, he did it again last night'], 'high'],
    // Sexual abuse stays high whenever it happened (the person may still be a child or in contact).
    [['my uncle did stuff to me when i was 8', 'hes coming for christmas'], 'high'],
    // Fear of one's own anger, and a threat.
    [['i get so angry i feel like i could hurt someone. never have but it scares me'], 'possible'],
    [['im gonna kill him tonight'], 'high'],
  ] as const)('%j → %s', (client, level) => {
    expect(rulesAfter(OPENER, ...client)).toBe(level);
  });
});

describe('look-alikes the rules once read as danger', () => {
  test.each([
    ['if my mom sees this report card shes gonna kill me 💀'],
    ['my brother is gonna kill me when he finds out i broke his headset'],
    ['bungee jumping off a bridge this weekend!!'],
    ['going cliff jumping at the lake tomorrow with friends'],
  ])('%j stays quiet', (text) => {
    expect(rulesAfter(OPENER, text)).toBe('none');
  });

  test.each([['he said hes going to kill me if i leave'], ['i want to jump off a bridge this weekend']])(
    '%j still reads high',
    (text) => {
      expect(rulesAfter(OPENER, text)).toBe('high');
    },
  );

  test('an amount of drink asked about is a drinking chat, not an overdose', () => {
    expect(
      riskAfter('How much have you had to drink tonight?', 'like 6 beers. more than i planned').level,
    ).toBe('none');
    expect(rulesAfter('have you taken anything?', 'yeah 20 pills')).toBe('high');
  });

  test.each([
    ['i think so yeah', 'high'],
    ['no i dont think so', 'possible'],
  ] as const)('"might you act on these thoughts tonight?" answered %j → %s', (answer, level) => {
    const context: Message[] = [
      { role: 'client', text: 'i keep thinking about killing myself' },
      { role: 'counselor', text: 'Do you feel you might act on these thoughts tonight?' },
      { role: 'client', text: answer },
    ];
    expect(observeRisk(readConversation(context).recent).ruleLevel).toBe(level);
  });
});
