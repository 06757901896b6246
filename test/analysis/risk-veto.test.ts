/**
 * The trained model overrules the rules only where it is all but sure and on the kind of text it
 * learned from (chat-length windows): risk words in a context that holds no risk stay quiet, and
 * the real thing in the same words, or in a long post, still speaks.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import type { Message } from '../../models';
import { observeRisk } from '../../lib/analysis/risk';
import { readConversation } from '../../lib/analysis/context';

const riskOf = (...client: string[]) => {
  const context: Message[] = [{ role: 'counselor', text: 'Hi, what would you like to talk about?' }];
  for (const text of client) context.push({ role: 'client', text });
  return assess({ context }).client!.risk;
};
const rulesOf = (...client: string[]) =>
  observeRisk(readConversation(client.map((text) => ({ role: 'client' as const, text }))).recent).ruleLevel;

describe('the model overrules a rule on everyday words', () => {
  test.each([
    ['i give up on this lasagne. it collapsed. ordering pizza'],
    ['my dissertation is on suicide in farmers, any good sources?'],
    ["our band is called overdose sunday and we're playing friday"],
    // The model puts no risk at 0.85 to 0.9 on these (a veto from 0.85 since 2026-12-02).
    [
      "kms my prof just assigned 40 pages for tomorrow 😭 anyway mostly i'm on here bc i miss my ex and it's been a month",
    ],
  ])('%s', (text) => {
    // The rules alone read risk here; the reading a counselor sees does not.
    expect(rulesOf(text)).not.toBe('none');
    expect(riskOf(text)).toEqual({ level: 'none', evidence: [] });
  });
});

describe('the rules themselves stay quiet on other words that look like risk', () => {
  test.each([
    // A stroke or a seizure months ago is a carer's story, not an emergency now.
    ["My husband had a stroke in March. I do everything for him now. I'm just lonely for the man he was."],
    ['mum had a seizure 3 weeks ago and now shes scared to go out'],
    // "suicide prevention" was once matched by the rule's first letters ("suicid" + "e prevention").
    ['doing my psych coursework on suicide prevention in young men, where can i find proper stats?'],
    // "odd" is not "od'd" (overdosed).
    ['these questions seem a little odd'],
    ['my boss has been acting odd all week'],
    // Someone else's suicidal feelings are not the writer's own.
    ['i work with suicidal teens on the ward'],
  ])('%s', (text) => {
    expect(rulesOf(text)).toBe('none');
    expect(riskOf(text).level).toBe('none');
  });

  test("a friend's risk is read as someone else's, not the writer's", () => {
    const reading = riskOf('my best friend is suicidal and i dont know what to do');
    expect(reading.level).not.toBe('none');
    expect(reading.evidence.length).toBeGreaterThan(0);
    for (const e of reading.evidence) expect(e.why).toMatch(/someone else/);
  });
});

describe('but not the real thing', () => {
  test.each([
    ['this is my last message to anyone. thank you for trying, honestly', 'high'],
    ['my grandad collapsed in the kitchen and he isnt answering me', 'high'],
    ['i want to kill myself', 'high'],
  ] as const)('%s', (text, level) => {
    expect(riskOf(text).level).toBe(level);
  });

  test('nor a long post, where the model is outside what it learned', () => {
    const vent =
      'work has been a nightmare for months, my manager keeps moving deadlines and blaming me in front of everyone, ' +
      'the rent went up again and my flatmate is moving out so i have to find someone new or pay it all myself, ' +
      'my mum keeps calling about christmas plans and i cant face any of it, the car needs a new clutch, ' +
      'i stopped going to the gym, i barely sleep, and some nights i honestly think everyone would be better off without me. ' +
      'anyway sorry for the essay, i just needed to get it out somewhere.';
    expect(vent.length).toBeGreaterThan(400);
    expect(riskOf(vent).level).not.toBe('none');
  });
});
