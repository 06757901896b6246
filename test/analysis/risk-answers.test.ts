/**
 * The counselor's risk questions and the client's answers. "yeah" to "are you thinking about
 * killing yourself?" was read as no risk: the rules found the answer, and the trained model, which
 * reads only the client's words, overruled them. And the same question words in an MI chat about
 * quitting ("do you have a plan for cravings?" → "yes") disclose nothing.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { readConversation } from '../../lib/analysis/context';
import { observeRisk } from '../../lib/analysis/risk';
import type { Message } from '../../models';

/** "c:" a counselor message, anything else the client's. */
const chat = (...lines: string[]): Message[] =>
  lines.map((line) =>
    line.startsWith('c:') ? { role: 'counselor', text: line.slice(2) } : { role: 'client', text: line },
  );
const rulesOn = (context: Message[]) => observeRisk(readConversation(context).recent).ruleLevel;
const reading = (context: Message[]) => assess({ context }).client!.risk;

describe('a yes to a direct question is high risk, whatever the model makes of "yeah"', () => {
  test.each([
    chat('c:are you thinking about killing yourself?', 'yeah'),
    chat('c:do you have a plan to end your life?', 'yeah'),
    chat('c:when you say you want to disappear, do you mean killing yourself?', 'ya'),
    chat('everything is pointless', 'c:Do you have a plan?', 'yes'),
  ])('%j', (...context) => {
    const risk = reading(context);
    expect(risk.level).toBe('high');
    const cited = risk.evidence.map((e) => context[e.message]!.text.slice(e.start, e.end));
    expect(cited).toContain(context.at(-1)!.text);
  });

  test('the safety hint on a draft that moves on says it was an answer to the question', () => {
    const context = chat('c:are you thinking about killing yourself?', 'yeah');
    const hints = assess({ context, draft: 'Ok. So what do you want to do about the drinking?' }).draft!
      .hints;
    const safety = hints.find((h) => h.rule === 'safety.ignores_risk');
    expect(safety?.why).toMatch(/^The client answered "yeah" when you asked \(suicide, high risk\)/);
  });

  test('a no stays no risk', () => {
    expect(reading(chat('c:are you thinking about killing yourself?', 'no, just tired')).level).toBe('none');
  });
});

describe('a plan that is not a way to die', () => {
  test.each([
    chat('c:Do you have a plan for handling cravings at work?', 'yes'),
    chat('c:That sounds really hard. Do you have a plan for the weekend?', 'yeah going to my mums sunday'),
    chat('c:Any plans to see your family over the holidays?', 'yes'),
  ])('is no disclosure: %j', (...context) => {
    expect(rulesOn(context)).toBe('none');
  });
});
