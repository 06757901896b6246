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

  test('a reading of the model alone is not told as an answer when nothing about risk was asked', () => {
    // Found in the side panel's wording: the model's own evidence was marked as an answer, so the
    // hint said "The client answered ... when you asked" after "What would you like to change?".
    const context = chat('c:What would you like to change?', "What's the point.");
    const risk = reading(context);
    expect(risk.evidence.every((e) => e.answer === undefined)).toBe(true);
    const hints = assess({ context, draft: 'Have you thought about nicotine patches?' }).draft!.hints;
    const safety = hints.find((h) => h.rule === 'safety.ignores_risk');
    expect(safety?.why).toMatch(/^The client wrote "What's the point\." \(suicide, possible risk\)/);
  });

  test('evidence says which words answer the question, and the hint quotes other words as written', () => {
    const context = chat('i have the pills here', 'c:are you thinking about killing yourself?', 'yeah');
    const risk = reading(context);
    const answer = risk.evidence.find((e) => e.message === 2);
    const words = risk.evidence.find((e) => e.message === 0);
    expect(answer?.answer).toBe(true);
    expect(words).toBeDefined();
    expect(words!.answer).toBeUndefined();
    const told = assess({ context: chat('i want to kms tonight'), draft: 'Ok. What about school?' }).draft!
      .hints;
    expect(told.find((h) => h.rule === 'safety.ignores_risk')?.why).toMatch(/^The client wrote "/);
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

/** The level the rules read and the kinds of the answer they found. */
const answerOn = (context: Message[]) => {
  const observed = observeRisk(readConversation(context).recent);
  return {
    level: observed.ruleLevel,
    kinds: observed.found.filter((f) => f.signal === 'answer').map((f) => f.kind),
  };
};

describe('an answer that tells instead of saying yes', () => {
  test.each([
    [chat('c:what did you take?', 'all of the sleeping tablets'), 'high', 'medical_emergency'],
    [
      chat('c:have you taken anything tonight?', 'half a bottle of vodka and my mums pills'),
      'high',
      'medical_emergency',
    ],
    [chat('c:Is he hurting you?', 'slammed my head into the door yesterday'), 'high', 'abuse'],
    [chat('c:are you scared to go home?', 'ya', 'he said he would break my arm'), 'high', 'abuse'],
    [
      chat('c:have you hurt yourself today?', 'burnt my arm with a lighter before school'),
      'high',
      'self_harm',
    ],
    [
      chat('c:u mean unalive? like is that what ur planning?', 'ye', 'saturday. its sorted'),
      'high',
      'suicide',
    ],
    [chat('c:Have you ever tried to end your life?', 'once', 'this time i wont fail'), 'high', 'suicide'],
  ] as const)('%j → %s (%s)', (context, level, kind) => {
    const read = answerOn(context);
    expect(read.level).toBe(level);
    expect(read.kinds).toContain(kind);
  });
});

describe('what a yes means depends on the question (C-SSRS)', () => {
  test.each([
    // A wish to be dead or a past attempt is worth asking about; a hedged yes is a thought, not intent.
    [
      chat('c:do you ever wish you could go to sleep and stay asleep forever? not wake up?', 'yeah'),
      'possible',
    ],
    [chat('c:do you feel your family would be better off without you?', 'kind of'), 'possible'],
    [chat('c:have you ever tried to kill yourself?', 'yes when i was 17'), 'possible'],
    [chat('c:any thoughts of suicide?', 'they come and go. no plan'), 'possible'],
    [chat('c:are you thinking about killing yourself?', 'not right now', 'but on sunday i was'), 'possible'],
    [chat('c:are you thinking about killing yourself?', 'yes'), 'high'],
    [chat('c:are you thinking about killing yourself?', "i've decided. tonight"), 'high'],
  ] as const)('%j → %s', (context, level) => {
    expect(answerOn(context).level).toBe(level);
  });
});

describe('the same short answers to harmless questions stay quiet', () => {
  test.each([
    chat('c:did you take anything for the migraine?', 'two paracetamol at lunch'),
    chat('my period pain is awful', 'c:what did you take?', 'the normal dose, 2 tablets'),
    chat('c:did you cut yourself?', 'yeah slicing bread, such an idiot'),
    chat('c:have you hurt yourself?', 'only my pride lol, fell off my bike'),
    chat('c:Have you decided when you are moving out?', 'april when the lease is up'),
    chat('c:Has anyone in your family ever attempted suicide?', 'my aunt, years ago. shes great now'),
    chat('c:are you scared to go home?', 'only because my mum will see my report card lol'),
    chat('c:do you have the rope?', 'yep for the climbing trip saturday'),
    chat('c:are you thinking about hurting anyone?', 'noooo i meant the exam is killing me'),
    chat('c:have you ever tried before?', 'twice, third time lucky with the driving test'),
  ])('%j', (...context) => {
    expect(answerOn(context).level).toBe('none');
  });
});

test('the risk banner says what the answer was to', () => {
  const context = chat('i cant do this anymore', 'c:did you take anything?', 'the whole packet');
  const evidence = reading(context).evidence[0]!;
  expect(context[evidence.message]!.text.slice(evidence.start, evidence.end)).toBe('the whole packet');
  expect(evidence.why).toBe('answered when asked what they took, without saying no');
});

describe('a no said in other words, or after an explanation, stays a no', () => {
  test.each([
    chat('c:Before anything else, are you safe right now?', 'nah im safe, just cant sleep'),
    chat('c:Any thoughts of suicide at all?', 'LMAO no', 'its my thesis killing me, figuratively'),
    chat(
      'c:Are you thinking about ending your life?',
      'Good morning. No, nothing of the sort.',
      'My pension has not arrived.',
    ),
    chat(
      'c:Have you had thoughts of ending your life?',
      'none at all',
      'i sounded dramatic before, its the rent',
    ),
    chat(
      'c:Do you ever think about ending things?',
      'ending things with my flatmate? daily',
      'oh you mean me. no no',
    ),
    chat('c:Have you thought about suicide?', 'only for my psychology essay', 'me personally, no'),
    chat(
      'c:On a scale of 0 to 10, how strong are thoughts of harming yourself?',
      '0',
      'honestly 0, im just angry',
    ),
    chat('c:Did you take anything to cope today?', 'a hot shower and a long walk'),
    chat(
      'c:Have you ever tried to end your life?',
      'i have tried before',
      'yoga i mean lol. never tried to hurt myself no',
    ),
    chat('c:If you were having thoughts of suicide, would you tell someone?', 'yeah i would'),
  ])('%j', (...context) => {
    expect(reading(context).level).toBe('none');
  });
});

describe('but the same shapes that tell of risk still count', () => {
  test.each([
    [chat('c:Are you safe right now?', 'nah not really'), 'high'],
    [chat('c:On a scale of 1 to 10, how strong are the thoughts of ending your life?', 'like 8'), 'high'],
    [chat('c:On a scale of 1 to 10, how strong are the urges to cut?', 'about 4'), 'possible'],
    [
      chat(
        'c:Have you hurt yourself since we last spoke?',
        'no, 2 weeks clean',
        'still think about it most nights',
      ),
      'possible',
    ],
    [chat('c:Is he breathing?', 'barely', 'he wont wake up'), 'high'],
  ] as const)('%j → %s', (context, level) => {
    expect(reading(context).level).toBe(level);
  });
});

test("an answer to the counselor's risk question is not read as resistance", () => {
  for (const answer of [
    'nah im safe, just cant sleep cos the neighbours are loud',
    'no. its just the exams',
    'does it matter',
  ]) {
    const client = assess({
      context: chat("c:I'm sorry it's been heavy. Before anything else, are you safe right now?", answer),
    }).client!;
    expect(client.resistance.present).toBe(false);
    expect(client.resistance.cues).toEqual([]);
  }
});

test('a question about taking a prescribed tablet is not a question about what was taken', () => {
  const risk = reading(
    chat(
      'c:what would help you take the tablet every morning?',
      'i only skip when im on the road for work. cant carry a pill organiser in the cab',
    ),
  );
  expect(risk.evidence.filter((e) => e.answer)).toEqual([]);
  expect(risk.level).not.toBe('high');
});

test('"im fine" after an act told does not take the act back', () => {
  expect(reading(chat('c:Did you take anything tonight?', 'the whole packet. im fine though')).level).toBe(
    'high',
  );
  expect(reading(chat('c:Did he hurt you?', 'choked me again. im fine')).level).toBe('high');
});

describe('a time or a place given when asked when or how', () => {
  test.each([
    chat(
      "c:you said earlier you've been thinking about ending your life. have you thought about when?",
      'mum starts nights at 8',
      'so tonight when she leaves',
    ),
    chat('everything is pointless', 'c:have you picked a day?', 'sunday when everyones at church'),
  ])('%j', (...context) => {
    expect(rulesOn(context)).toBe('high');
  });

  test('a question about keeping safe is not a question about a plan', () => {
    const context = chat(
      'everything is pointless',
      'c:have you thought about how you will keep yourself safe tonight?',
      'my sisters coming over',
    );
    expect(rulesOn(context)).toBe('none');
  });
});

describe('"i took them" after the counselor speaks of the pills', () => {
  test('an overdose told by reference reads high, and the banner says so', () => {
    const context = chat(
      'c:Are you still there? You mentioned the pills a moment ago.',
      'i took them',
      'sorry',
    );
    const risk = reading(context);
    expect(risk.level).toBe('high');
    const evidence = risk.evidence.find((e) => e.kind === 'medical_emergency')!;
    expect(context[evidence.message]!.text.slice(evidence.start, evidence.end)).toBe('i took them');
    expect(evidence.why).toBe('says they took the pills they had spoken of');
  });

  test.each([
    chat(
      'c:you mentioned the tablets the doctor gave you, have you started them?',
      'yeah took them this morning',
    ),
    chat('c:you said you had some paracetamol for the headache. did it help?', 'took them yeah, bit better'),
    chat('c:you mentioned your vitamins, any luck remembering them?', 'took them with breakfast'),
  ])('medicine taken as meant stays quiet: %j', (...context) => {
    expect(rulesOn(context)).toBe('none');
  });
});

describe('a yes to the harmless half, or a phrase taken back, is no disclosure', () => {
  test.each([
    chat(
      "c:Two quick questions so I know where you're at: are you at home right now, and are you having any thoughts of hurting yourself?",
      'yes at home',
      'no to the other one',
    ),
    chat(
      "c:You said you've been 'planning your exit'. Do you mean ending your life?",
      'exit from the company 😂',
      'handing my notice in friday and planning what to say to my boss. sorry, bad phrasing',
    ),
  ])('%j', (...context) => {
    expect(rulesOn(context)).toBe('none');
  });

  test('a yes to both halves still counts', () => {
    expect(rulesOn(chat('c:are you at home, and are you thinking of killing yourself?', 'yes to both'))).toBe(
      'high',
    );
  });
});

describe('an answer without a subject to "what are you going to do?"', () => {
  // Found by a crisis-line probe: "what are you planning to do tonight?" → "end it" read as no risk,
  // since "end it" alone is no rule's sentence and the model cannot know what was asked.
  test.each([
    chat('c:what are you planning to do tonight?', 'end it'),
    chat('c:what are you going to do when you get there?', 'jump'),
    chat('c:what do you want to do right now?', 'die honestly'),
  ])('is read with the words it leaves out: %j', (...context) => {
    const risk = reading(context);
    expect(risk.level).toBe('high');
    const cited = risk.evidence.map((e) => context[e.message]!.text.slice(e.start, e.end));
    expect(cited.join(' ')).toMatch(/end it|jump|die/);
  });

  test.each([
    chat('c:what are you planning to do tonight?', 'end it with him. im done with the cheating'),
    chat('c:what are you going to do this weekend?', 'kill some zombies on cod lol'),
    chat('c:what will you do if she says no?', 'die of embarrassment haha'),
    chat('c:what are you planning to do?', 'end the lease early and move back home'),
    chat('c:what do you want to do now?', 'cut my hair short'),
    chat('c:how was your weekend?', 'end it'),
  ])('stays quiet when the completed answer is ordinary: %j', (...context) => {
    expect(rulesOn(context)).toBe('none');
  });
});

// Found by the property test on arbitrary text (2026-12-03): an answer is cited by its first 120
// characters, and the 120th fell inside an emoji, so the cited span cut it in half.
test('a long answer is cited without cutting an emoji in half', () => {
  const answer = `${'a'.repeat(40)} İ İ${'a'.repeat(40)}, I want to cut down for my kids!! 😩 `;
  const context = chat('c:i wanna die lmao i want to kill myself? ', answer);
  const evidence = reading(context).evidence.find((e) => e.answer);
  expect(evidence).toBeDefined();
  const cited = answer.slice(evidence!.start, evidence!.end);
  expect(cited.endsWith('😩'.charAt(0))).toBe(false);
  expect(cited.length).toBeLessThanOrEqual(120);
});
