/**
 * Safety flags on the counselor's draft (framework.md §5) against chat-phrased client messages,
 * and the hint contract: safety hints rank first, at most 3 hints, evidence quotes exactly.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import type { Message, SafetyFlag } from '../../models';

function assessDraft(client: string | readonly string[], draft: string, counselor?: string) {
  const context: Message[] = [];
  if (counselor) context.push({ role: 'counselor', text: counselor });
  for (const text of typeof client === 'string' ? [client] : client) context.push({ role: 'client', text });
  const assessment = assess({ context, draft });
  expect(assessment.draft).not.toBeNull();
  return { context, draft: assessment.draft! };
}

function flagsOf(client: string, draft: string): SafetyFlag[] {
  return assessDraft(client, draft).draft.safety.map((s) => s.flag);
}

/** Each finding's span is a non-empty piece of the draft. */
function expectSpansInDraft(draft: string, spans: readonly { start: number; end: number }[]) {
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(draft.length);
    expect(draft.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
  }
}

describe('ignores_risk', () => {
  test.each([
    ['honestly i wanna kms', 'What are your plans for the weekend?'],
    ["he hits me when he's drunk", "How's school been going?"],
    ['i cut again last night', "That's great that you reached out! What would you like to talk about?"],
    ['everyone would be better off without me', 'Your friends would miss you, you know.'],
    ['took like 20 pills', 'Okay. What else is going on today?'],
    // Echoing the words but changing the subject or reassuring still moves on.
    [
      'everyone would be better off without me',
      "Everyone feels that way sometimes, it'll pass. Anyway, how was work?",
    ],
    ['i have my moms sleeping pills next to me rn', 'put your phone away and try to get some sleep'],
    // The same thoughts named, then moved on from: not a safety check.
    ['everyone would be better off without me', 'those thoughts will pass. anyway how was school today'],
    // "a plan" in an idiom of agreement is no question about a plan (it read as a safety check).
    ['gonna end it tonight', 'Sounds like a plan! Have a good night.'],
    ['i want to kill myself', "That's a plan. Let's talk tomorrow."],
  ])('"%s" + draft "%s" → ignores_risk', (client, draft) => {
    const { draft: d } = assessDraft(client, draft);
    expect(d.safety.map((s) => s.flag)).toContain('ignores_risk');
    expectSpansInDraft(draft, d.safety);
  });

  test.each([
    ['honestly i wanna kms', 'That sounds really heavy. Are you thinking about ending your life?'],
    ["he hits me when he's drunk", 'That sounds frightening. Are you safe right now?'],
    [
      'i cut again last night',
      'Thank you for telling me. Have you hurt yourself anywhere that needs medical attention?',
    ],
    [
      'took like 20 pills',
      'I want to make sure you are safe. Please call 911 or get to an emergency room now.',
    ],
    ['this homework is killing me lol', "What's been the hardest part?"],
    // Safety checks in chat wording: "killing yourself", a means-safety step, abuse, a friend at risk.
    [
      'sometimes i think everyone would be better off if i wasnt here',
      'when u say everyone would be better off without u, are u having thoughts of killing urself?',
    ],
    [
      'i have my moms sleeping pills next to me rn',
      'would u be willing to put the pills in another room while we keep talking?',
    ],
    ["he hits me when he's drunk", 'does he ever hurt u or threaten u?'],
    ['my best friend showed me cuts on her arm today', 'did she say anything about wanting to kill herself?'],
    // Staying with the disclosure itself is not moving on from it (framework §5).
    [
      'honestly sometimes i think everyone would be better off if i wasnt here',
      "it sounds like you've been feeling like a burden, like everyone would be better off without you",
    ],
    // Safety checks the reply sets' writers wrote that once read as moving on: keeping the client
    // safe, means put out of reach, the urge now, the thoughts themselves.
    [
      'yeah. doc gave me sleeping pills. been saving them up actually, just in case',
      'Would you be willing to talk with me about keeping you safe, including what we might do with the pills?',
    ],
    [
      'tonight is bad. my ex texted and i keep thinking about the blades in my drawer',
      'would you be willing to put the blades somewhere harder to get to tonight?',
    ],
    [
      '3 months clean from cutting. had a bad night tho, really wanted to',
      'How are you doing right now, is the urge still there?',
    ],
    [
      'sometimes i think everyone would be better off without me tbh',
      "that's a really painful place to be. can you tell me more about when these thoughts show up?",
    ],
  ])('"%s" + draft "%s" → not ignores_risk', (client, draft) => {
    expect(flagsOf(client, draft)).not.toContain('ignores_risk');
  });

  // The finding covers the draft's first sentence. A draft opening with punctuation once got an
  // empty span ("!!!!") or one cut short by the length of that punctuation ("...").
  test.each([
    ['!!!!!!!!!! ', '!!!!!!!!!!'],
    ['  ...what are your plans this weekend? then we talk', '...what are your plans this weekend?'],
    ['?? ok\nmore', '?? ok'],
  ])('a draft opening with punctuation: %j → the span covers %j', (draft, covered) => {
    const { draft: d } = assessDraft('i want to kill myself', draft);
    const finding = d.safety.find((s) => s.flag === 'ignores_risk');
    expect(finding).toBeDefined();
    expect(draft.slice(finding!.start, finding!.end)).toBe(covered);
  });
});

describe('collusion', () => {
  test.each([
    [
      'my neighbours are watching me through the wifi',
      "You're right, that sounds really scary.",
      "You're right",
    ],
    [
      'theyre watching me thru my phone i know it',
      'That makes sense, they probably are watching you.',
      'they probably are watching',
    ],
    ['i stopped taking my meds, i dont need them anymore', 'Good call, you know yourself best.', 'Good call'],
    ['the tv is sending me messages', 'I believe you.', 'I believe you'],
  ])('"%s" + draft "%s" → collusion at "%s"', (client, draft, phrase) => {
    const { draft: d } = assessDraft(client, draft);
    const found = d.safety.filter((s) => s.flag === 'collusion');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((s) => draft.slice(s.start, s.end)).some((t) => t.includes(phrase))).toBe(true);
  });

  test.each([
    [
      'my neighbours are watching me through the wifi',
      'That sounds really frightening. What have you noticed that makes you feel watched?',
    ],
    [
      'theyre watching me thru my phone i know it',
      "It sounds like you're feeling really unsafe. What's that been like?",
    ],
    [
      'i stopped taking my meds, i dont need them anymore',
      'It sounds like you feel better without them. What made you decide to stop?',
    ],
    ['i think i should call my sister', "That's a good idea."],
  ])('"%s" + draft "%s" → no collusion', (client, draft) => {
    expect(flagsOf(client, draft)).not.toContain('collusion');
  });
});

describe('stigmatizing_language', () => {
  test.each([
    ['i smoke weed every day', "Are you worried you're becoming an addict?", 'addict'],
    ['i think im going mad', "That doesn't make you crazy.", 'crazy'],
    ['my uncle killed himself last year', 'I am so sorry your uncle committed suicide.', 'committed suicide'],
    ['my friends all use', 'Hanging around junkies makes it harder to stop.', 'junkies'],
    ['my ex was scary', 'He sounds like a psycho.', 'psycho'],
  ])('"%s" + draft "%s" → flags "%s"', (client, draft, word) => {
    const { draft: d } = assessDraft(client, draft);
    const found = d.safety.filter((s) => s.flag === 'stigmatizing_language');
    expect(found.map((s) => draft.slice(s.start, s.end).toLowerCase())).toContain(word);
  });

  test.each([
    ['i drink most nights', 'How many alcoholic drinks would you have on a typical night?'],
    ['my brother uses', 'It sounds like you worry about him as a person who uses drugs.'],
    [
      'my uncle killed himself last year',
      "I'm so sorry. Your uncle died by suicide, and that is a huge loss.",
    ],
    ['my thoughts are racing', 'It sounds like your mind has been racing all week.'],
    ['i relapsed', 'How long were you in recovery before this?'],
  ])('"%s" + draft "%s" → no stigmatizing language', (client, draft) => {
    expect(flagsOf(client, draft)).not.toContain('stigmatizing_language');
  });
});

describe('false_reassurance', () => {
  test.each([
    ['im so scared about my results', 'Everything will be fine!', 'Everything will be fine'],
    ['what if she leaves me', "Don't worry, it'll work out.", 'work out'],
    ['i think im gonna fail', "I'm sure you'll pass.", "I'm sure you'll"],
    [
      'what if something happens to my mum',
      'Nothing bad is going to happen.',
      'Nothing bad is going to happen',
    ],
    // Wordings no lexicon lists: the trained reading finds them and cites the sentence.
    [
      'landlord wants us out by march and i cant find anything we can afford',
      'a place will come up, it always works out in the end',
      'a place will come up',
    ],
  ])('"%s" + draft "%s" → false_reassurance', (client, draft, phrase) => {
    const { draft: d } = assessDraft(client, draft);
    const found = d.safety.filter((s) => s.flag === 'false_reassurance');
    expect(found.map((s) => draft.slice(s.start, s.end)).some((t) => t.includes(phrase))).toBe(true);
  });

  test.each([
    [
      'im so scared about my results',
      "It sounds like you're really worried about how the results will turn out.",
    ],
    ['what if she leaves me', "It makes sense that you're anxious, this relationship matters a lot to you."],
    ['i think im gonna fail', "I can't promise it will all work out, but I'm here with you."],
    [
      'what if something happens to my mum',
      "I don't know if everything will be okay. What's worrying you most?",
    ],
    [
      'landlord wants us out by march and i cant find anything we can afford',
      "that sounds frightening, not knowing where you'll be living. what have you looked at so far?",
    ],
  ])('"%s" + draft "%s" → no false_reassurance', (client, draft) => {
    expect(flagsOf(client, draft)).not.toContain('false_reassurance');
  });
});

/** Conversations whose drafts draw several hints, to check the hint contract on each. */
const SCENARIOS: readonly { client: string[]; draft: string; counselor?: string }[] = [
  {
    client: ['honestly i wanna kms'],
    draft: "You need to stop overthinking. Don't worry, everything will be fine!",
  },
  {
    client: ['i cut again last night'],
    draft: 'Anyway, you should just try to get some sleep. Did you eat? Did you go out?',
  },
  {
    client: ["he hits me when he's drunk", 'but its not that big a deal'],
    draft: 'You have to leave him. At least you still have your friends.',
  },
  {
    counselor: 'Have you thought about cutting down?',
    client: ['i dont want to stop tho', 'everyone my age drinks'],
    draft: "Yes but you're in denial, you need to quit before it ruins your life.",
  },
  {
    client: ['my neighbours are watching me through the wifi'],
    draft: "You're right. Those addicts next door are crazy.",
  },
  {
    client: ['idk', 'whatever'],
    draft: 'Did you go to school? Was it ok?',
    counselor: "What's been on your mind?",
  },
  { client: ['im so stressed about exams'], draft: "Don't worry, you'll be fine. Just study more." },
];

describe('hints', () => {
  test.each(SCENARIOS)('hint contract: $draft', ({ client, draft, counselor }) => {
    const { context, draft: d } = assessDraft(client, draft, counselor);
    expect(d.hints.length).toBeGreaterThan(0);
    expect(d.hints.length).toBeLessThanOrEqual(3);
    // Safety hints come before every other hint.
    const severities = d.hints.map((h) => h.severity);
    const lastSafety = severities.lastIndexOf('safety');
    const firstOther = severities.findIndex((s) => s !== 'safety');
    if (lastSafety >= 0 && firstOther >= 0) expect(lastSafety).toBeLessThan(firstOther);
    for (const h of d.hints) {
      const { client: c, draft: dr } = h.evidence;
      if (c) {
        expect(context[c.message]!.role).toBe('client');
        expect(c.text).toBe(context[c.message]!.text.slice(c.start, c.end));
        expect(c.text.trim().length).toBeGreaterThan(0);
      }
      if (dr) {
        expect(dr.text).toBe(draft.slice(dr.start, dr.end));
        expect(dr.text.trim().length).toBeGreaterThan(0);
      }
    }
  });

  test.each([
    ['honestly i wanna kms', "You need to stop overthinking. Don't worry, everything will be fine!", 'kms'],
    ['i cut again last night', 'Anyway, you should just try to get some sleep.', 'cut again'],
    ['took like 20 pills', 'Why did you do that? That was a crazy thing to do.', '20 pills'],
  ])('the risk hint ranks first: "%s"', (client, draft, phrase) => {
    const { draft: d } = assessDraft(client, draft);
    const first = d.hints[0]!;
    expect(first.about).toBe('ignores_risk');
    expect(first.severity).toBe('safety');
    expect(first.evidence.client?.text).toContain(phrase);
    expect(d.hints.length).toBeLessThanOrEqual(3);
  });

  test('a draft that checks safety draws no risk hint', () => {
    const { draft: d } = assessDraft(
      'honestly i wanna kms',
      'Thank you for telling me. Are you thinking about killing yourself?',
    );
    expect(d.hints.map((h) => h.about)).not.toContain('ignores_risk');
  });
});

describe('the draft in a risk moment', () => {
  const riskContext: Message[] = [
    { role: 'counselor', text: 'How have you been since Friday?' },
    { role: 'client', text: 'got my mums pills lined up on the desk' },
    { role: 'client', text: 'gonna take them once everyones asleep' },
  ];

  test('a draft that gives advice instead of asking gets the safety hint first, asking about means and timing', () => {
    const d = assess({
      context: riskContext,
      draft: 'You should try going for a walk, it always helps me.',
    }).draft!;
    expect(d.safety.map((s) => s.flag)).toContain('ignores_risk');
    expect(d.hints[0]!.rule).toBe('safety.ignores_risk');
    expect(d.hints[0]!.try).toMatch(/tonight.*with you right now/u);
  });

  test('autonomy and persuasion hints are held back: the moment is about safety', () => {
    const d = assess({ context: riskContext, draft: 'You need to talk to your mum about this.' }).draft!;
    const rules = d.hints.map((h) => h.rule);
    expect(rules).toContain('safety.ignores_risk');
    expect(rules).not.toContain('mechanism.autonomy.directive');
    expect(rules).not.toContain('mechanism.stance.argue');
    expect(rules).not.toContain('behaviour.question.closed');
  });

  test('a direct question about suicide is not flagged as ignoring the risk', () => {
    const d = assess({
      context: riskContext,
      draft: 'Thank you for telling me. Are you thinking about ending your life tonight?',
    }).draft!;
    expect(d.safety.map((s) => s.flag)).not.toContain('ignores_risk');
  });

  test('false reassurance said three ways is one finding covering all of it', () => {
    const draft = "Don't worry, everything will be fine. It'll all work out, I promise.";
    const d = assess({ context: riskContext, draft }).draft!;
    const found = d.safety.filter((s) => s.flag === 'false_reassurance');
    expect(found).toHaveLength(1);
    expect(draft.slice(found[0]!.start, found[0]!.end)).toContain("Don't worry");
    expect(draft.slice(found[0]!.start, found[0]!.end)).toContain('work out');
  });

  test('serious distress passed over, without stated risk, gets a "stay with it" hint citing the client', () => {
    const context: Message[] = [
      { role: 'client', text: 'i feel so worthless lately, nothing i do matters and i cry every night' },
    ];
    for (const draft of [
      'Anyway, did you see the match last night?',
      'You should go to the gym, it always helps me.',
    ]) {
      const d = assess({ context, draft }).draft!;
      const hint = d.hints.find((h) => h.rule === 'distress.stay_with');
      expect(hint, `${draft}: ${JSON.stringify(d.hints.map((h) => h.rule))}`).toBeDefined();
      expect(hint!.evidence.client?.text).toBe('worthless');
    }
  });

  test('a draft that names the feeling is staying with the client: no distress hint', () => {
    const context: Message[] = [
      { role: 'client', text: 'i feel so worthless lately, nothing i do matters and i cry every night' },
    ];
    const d = assess({ context, draft: "It sounds like you're carrying a lot of pain right now." }).draft!;
    expect(d.safety.map((s) => s.flag)).not.toContain('ignores_risk');
  });
});
