/**
 * Long messages (an email to a help desk, a vent pasted in one go): one worrying sentence among
 * paragraphs of ordinary business must still be read, and cited where it is.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { readConversation } from '../../lib/analysis/context';
import { observeRisk } from '../../lib/analysis/risk';
import type { Message } from '../../models';

const BEFORE =
  "Hi, I'm emailing because my case worker said this address was the one to use. I moved flats in September and the new landlord still hasn't fixed the heating, so I've been living in two jumpers and my hoodie most evenings. The housing office keeps sending me forms that ask for the same documents again and again, payslips, bank statements, a letter from my employer, and every time I send them they say something is missing. Honestly I'm worn out.";
const WORRY =
  'Some nights I sit at the edge of the platform and let the trains go past, waiting for the nerve.';
const AFTER =
  "My sister thinks I should complain to the council directly but I don't really know who to write to or whether it would make any difference. Anyway, I wanted to ask whether the appointment on Thursday can be moved to the afternoon because of my shifts at the warehouse. Thanks, Sam";

const riskOf = (clientText: string) => {
  const context: Message[] = [
    { role: 'counselor', text: 'Thanks for getting in touch. How can we help?' },
    { role: 'client', text: clientText },
  ];
  return { context, risk: assess({ context }).client!.risk };
};

describe('a long message with one worrying sentence', () => {
  test('is read as risk, cited at that sentence', () => {
    const { context, risk } = riskOf(`${BEFORE} ${WORRY} ${AFTER}`);
    expect(risk.level).not.toBe('none');
    const cited = risk.evidence.map((e) => context[e.message]!.text.slice(e.start, e.end));
    // The rules' words ("edge of the platform", "waiting for the nerve") or the model's sentence:
    // either way inside the worrying sentence, not the business around it.
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(WORRY).toContain(c);
  });

  test('a day named two sentences later, for an appointment, is not cited as the time', () => {
    const after =
      "My sister thinks I should complain to the council. Anyway, can Thursday's appointment move to the afternoon?";
    const { context, risk } = riskOf(`${BEFORE} ${WORRY} ${after}`);
    expect(risk.level).not.toBe('none');
    const cited = risk.evidence.map((e) => context[e.message]!.text.slice(e.start, e.end));
    expect(cited.join(' | ')).toMatch(/platform/);
    expect(cited.join(' | ')).not.toMatch(/thursday/i);
  });

  test("that appointment's day does not make the platform a plan either", () => {
    // The rules pair a dangerous place with a time as worth asking about; a day two sentences
    // away, for an appointment, once did that by itself.
    const rulesOn = (text: string) =>
      observeRisk(readConversation([{ role: 'client', text }]).recent).ruleLevel;
    const farDay =
      "My sister thinks I should complain to the council. Anyway, can Thursday's appointment move?";
    expect(rulesOn(`${WORRY} ${farDay}`)).toBe(rulesOn(WORRY));
    expect(rulesOn(`${WORRY} ${farDay}`)).not.toBe('possible');
    // Said with the place, the same day still counts.
    expect(
      rulesOn('Some nights I sit at the edge of the platform. Thinking Thursday night is the one.'),
    ).not.toBe('none');
  });

  test('the same message without it stays quiet', () => {
    expect(riskOf(`${BEFORE} ${AFTER}`).risk.level).toBe('none');
  });

  test('an ordinary question about a day does not count as the client denying risk', () => {
    // "ask whether ... thursday" once counted as a denial (a time word, asked about), and a denial
    // with no rule signal kept the model from reading the message at all.
    const { risk } = riskOf(`${WORRY} Anyway, I wanted to ask whether Thursday afternoon is still free?`);
    expect(risk.level).not.toBe('none');
  });
});
