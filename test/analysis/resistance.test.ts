/**
 * Resistance behaviours (framework.md §1) on text-chat phrasing: lowercase, shorthand ("idk",
 * "u", "rn"), typos, emoji and no punctuation, each after a realistic counselor message.
 * Positives must cite the cue words; negatives are near-misses (idioms, change talk, plain
 * answers to yes/no questions) that must not be read as the behaviour.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { type Message, type ResistanceBehaviour, behaviourCategory } from '../../models';

/** [counselor message before the client's (null: none), client message, words the cue must cite] */
type Positive = readonly [counselor: string | null, client: string, cue: string];
/** [counselor message before the client's (null: none), client message] */
type Negative = readonly [counselor: string | null, client: string];

function readClient(counselor: string | null, client: string) {
  const context: Message[] = [];
  if (counselor !== null) context.push({ role: 'counselor', text: counselor });
  context.push({ role: 'client', text: client });
  const assessment = assess({ context });
  expect(assessment.client).not.toBeNull();
  return { context, client: assessment.client! };
}

const POSITIVES: Record<ResistanceBehaviour, readonly Positive[]> = {
  challenging: [
    ["So it sounds like you're drinking every night to cope.", 'thats not what i said', 'not what i said'],
    [
      'It sounds like your mum is the main reason you feel stressed.',
      'i never said that lol',
      'never said that',
    ],
    ["It sounds like you're really angry at him.", 'ur twisting my words', 'twisting'],
    ['It seems like the weed is helping you sleep.', 'where did u get that from??', 'where did u get that'],
    ["You mentioned you're failing all your classes.", 'no i didnt say that, i failed ONE test', 'didnt say'],
    ["I'm hearing that you don't really care about school.", 'thats not true at all', 'not true'],
    ['So you feel your mum is too strict.', 'thats not wat i said', 'not wat i said'],
  ],
  discounting: [
    ['Have you thought about talking to your doctor?', 'ur just reading off a script lol', 'reading off'],
    [
      'It can help to take things one day at a time.',
      'have u ever even been through this',
      'have u ever even been through',
    ],
    ['What do you think would help right now?', 'wat would u even know', 'wat would u even know'],
    ['That sounds really hard.', 'r u a bot', 'r u a bot'],
    ['Maybe try going for a walk when it gets bad.', 'easy for u to say', 'easy for u to say'],
    ["It sounds like you're worried about your grades.", 'u sound like my mom', 'u sound like my'],
    ['What would you like to get out of today?', 'this is so pointless', 'this is so pointless'],
  ],
  blaming: [
    [
      'What do you think it would take to cut back?',
      'if my gf didnt nag me all the time i wouldnt need to smoke',
      'if my gf didnt',
    ],
    ['What happened after the argument?', 'its all his fault tbh', 'all his fault'],
    ['How did you end up drinking that night?', 'my mom makes me so mad i just drink', 'my mom makes me'],
    ['What would need to change for you to stop?', 'they drove me to it', 'drove me'],
    ["What's been making it hard to go to school?", 'bc of my dad obviously', 'bc of my dad'],
    [
      'It sounds like things at home have been tense.',
      'my parents r the problem not me',
      'my parents r the problem',
    ],
  ],
  disagreeing: [
    ['Maybe you could try writing down how you feel before bed?', 'nah that wont work', 'that wont work'],
    ['Have you thought about talking to your teacher about it?', 'i dont think so', 'i dont think so'],
    ['You could try going for a walk when the urge hits.', 'no', 'no'],
    ['I suggest you talk to your GP about the sleeping pills.', 'nope not happening', 'not happening'],
    ['Some people find it helps to call a friend when it gets bad.', 'ive tried that', 'ive tried that'],
    ['What about telling your mum how you feel?', 'no way', 'no way'],
    ['Maybe try going for a walk when it gets bad?', 'nooo', 'nooo'],
  ],
  excusing: [
    [
      "What do you make of how much you've been drinking?",
      'i only drink bc work is so stressful rn',
      'only drink bc work',
    ],
    ["What's the smoking doing for you?", 'weed calms me down tho', 'weed calms me'],
    ['What else could you do when you feel like that?', 'what else am i supposed to do', 'supposed to do'],
    ['What got in the way of going to the gym?', 'i was just too tired', 'just too tired'],
    ['How do you feel about the gambling?', 'i cant help it', 'cant help it'],
    ['What made you have a drink on Tuesday?', 'i deserve it after the week ive had', 'i deserve it'],
    ['What does vaping give you?', 'it helps me relax ok', 'helps me'],
  ],
  minimizing: [
    ['It sounds like the drinking has been getting heavier.', 'its not that big a deal', 'not that big'],
    ["What's it like vaping at school?", 'everyone my age vapes lol', 'everyone my age vapes'],
    ['How much do you usually drink on a weekend?', 'its just a few beers tbh', 'just a few'],
    ['Your mum seems worried about the weed.', 'i can stop whenever i want', 'i can stop whenever'],
    ["I'm a bit concerned about how often you're using.", 'ur overreacting', 'overreacting'],
    ['How are things with the drinking?', 'i got it under control', 'under control'],
    ['How do you feel about the fights with your sister?', 'no big deal', 'no big deal'],
  ],
  pessimism: [
    ['What might help you get through the next week?', 'nothing ever works for me', 'nothing ever works'],
    ['What would you like to be different?', 'whats the point', 'whats the point'],
    ['Would you be open to trying a sleep routine?', 'why even bother tbh', 'why even bother'],
    ['What do you think you could do differently next time?', 'ill always mess it up', 'always mess'],
    ['What would it be like if things changed at home?', 'its never gonna change', 'never gonna change'],
    ['What would help you feel a bit better?', 'im a lost cause lol', 'lost cause'],
    ['Have you thought about trying a different approach?', 'ive tried everything', 'tried everything'],
  ],
  hesitation: [
    ['How would you feel about trying one alcohol-free day a week?', 'yeah but idk', 'yeah but'],
    ['Would you be up for telling your mum?', 'idk... maybe', 'maybe'],
    ['What do you think about seeing the school counselor?', 'not sure tbh', 'not sure'],
    [
      'You could try putting your phone away an hour before bed.',
      'easier said than done',
      'easier said than done',
    ],
    ['Would it help to write a list of reasons?', 'ill think about it', 'ill think about it'],
    ['Maybe you could ask your sister for help?', 'maybe but idk if id actually do it', 'maybe but'],
  ],
  unwillingness: [
    ['Have you thought about cutting down?', 'i dont want to stop tho', 'dont want to stop'],
    ['What would you like to be different?', 'im happy the way i am', 'happy the way'],
    ['Is quitting something you would consider?', 'not gonna quit lol', 'not gonna quit'],
    ['What would be good about stopping?', 'why would i quit', 'why would i quit'],
    ['Would talking to someone regularly help?', 'i dont need help', 'dont need help'],
    ['How do you feel about how much you smoke?', 'im fine with how things are', 'fine with how'],
    ['What do you think about the drinking?', 'i dont see a problem', 'dont see a problem'],
    ["What's the vaping like for you?", 'i like smoking its my thing', 'like smoking'],
  ],
  minimal_response: [
    ["What's been on your mind since we last talked?", 'idk', 'idk'],
    ['How are things at home?', 'fine', 'fine'],
    ['What do you think would help?', 'whatever', 'whatever'],
    ['How did it feel when she said that?', 'k', 'k'],
    ['What have you been up to this week?', 'nm', 'nm'],
    ['How are you feeling about the exam?', '🤷', '🤷'],
    ["What's going on with you and your dad?", 'idk tbh', 'idk tbh'],
    ['How was the weekend?', 'meh', 'meh'],
    ['How are things at home?', 'fineee', 'fineee'],
    ["What's been going on this week?", 'idkkk', 'idkkk'],
  ],
  boundary_setting: [
    ['Can you tell me a bit about your dad?', 'i dont wanna talk about my dad', 'dont wanna talk about'],
    ['What happened that night?', 'can we not go there', 'can we not'],
    ['How are things with your ex?', 'id rather not say', 'rather not say'],
    ['What made you leave home?', 'thats private', 'thats private'],
    ['How much did you drink on Saturday?', 'next question lol', 'next question'],
    ['What did he say to you?', 'drop it pls', 'drop it'],
    ['How are you feeling about the breakup?', 'not ready to talk abt that', 'not ready to talk'],
    ['What happened with your dad last night?', 'I DONT WANT TO TALK ABOUT IT', 'DONT WANT TO TALK ABOUT'],
  ],
  inattention: [
    [
      'How much have you been drinking on weeknights?',
      'my sister is getting married next month and everyone expects me to be happy about it',
      'my sister is getting married',
    ],
    [
      'What did the doctor say about your sleep?',
      'i keep thinking about what jake said to me at the party',
      'jake said to me at the party',
    ],
    [
      'How are you getting on with the new meds?',
      'my cat has been sick all week and the vet costs so much money',
      'my cat has been sick',
    ],
    [
      'Are you still going to the gym on mondays?',
      'work was a nightmare today my manager yelled at me in front of everyone',
      'work was a nightmare',
    ],
  ],
  sidetracking: [
    ['What made you decide to reach out today?', 'anyway did u see the game last night', 'anyway'],
    ['How did it go with your mum?', 'btw what do u think of taylor swift', 'btw'],
    [
      'What would you like to change about your drinking?',
      'random question but do u have pets',
      'random question',
    ],
    ['What happened after school?', 'anyways how was ur weekend', 'anyways'],
    [
      'How has the week been with the new meds?',
      'omg did u hear about the thing with kanye',
      'did u hear about',
    ],
    ['What was that like for you?', 'wbu', 'wbu'],
  ],
};

const NEGATIVES: Record<ResistanceBehaviour, readonly Negative[]> = {
  challenging: [
    ['It sounds like you were really hurt by what she said.', 'ur not wrong tbh'],
    ["So you've been feeling really low since the breakup.", 'yeah thats exactly it'],
    ['Did you talk to your dad about it?', 'no i didnt say anything to him'],
    ['Did you tell your mum how you felt?', 'i never said that to her face, i was too scared'],
  ],
  discounting: [
    ['How is it going with the new routine?', 'honestly this is helping, more than i thought'],
    [
      'What would help you get through tonight?',
      'have u ever had a panic attack? i think i had one last night',
    ],
    ['Thank you for telling me that.', 'u have no idea how much this helps'],
    ['How does it feel to say that out loud?', 'ur actually really easy to talk to'],
  ],
  blaming: [
    ['How was your weekend?', 'my mum made me dinner last night and we actually talked'],
    ['What do you make of what happened?', 'its my fault honestly, i shouldve called'],
    ['How are you feeling about the fight?', 'i just blame myself for all of it'],
    ['What helped you get to the appointment?', 'thanks to my sister i actually went to the gp'],
  ],
  disagreeing: [
    ['Did you sleep ok last night?', 'no'],
    ['Is your sister still living with you?', 'nope she moved out in march'],
    ['Have you eaten anything today?', 'nah not yet'],
    ['You could try the breathing app when it gets bad.', 'i think so too, ill give it a go'],
  ],
  excusing: [
    ['What helps when you feel like this?', 'going for a run really helps me calm down'],
    ['How are you doing with the drinking?', 'im so tired of feeling like this'],
    ['How are things at home?', 'my dad is always stressed bc of work'],
    ['What have you noticed about the smoking?', 'i know i cant keep using stress as an excuse'],
  ],
  minimizing: [
    ['How do you feel about it now?', 'i know its a big deal, thats why im here'],
    ['How is school going?', 'everyone at school hates me'],
    ['What do you make of the drinking?', 'i cant stop whenever i want, thats the problem'],
    ['How did the talk with your dad go?', 'it was a big deal for me honestly'],
  ],
  pessimism: [
    ['What have you noticed this week?', 'i never thought id say this but im actually doing ok'],
    ['How are you feeling about trying again?', 'its not hopeless, i think i can do it'],
    ['How do you feel about the plan?', 'i can do this'],
    ['Can you tell me what happened on Saturday?', 'theres no point lying to u, i did drink'],
  ],
  hesitation: [
    ['How sure are you about cutting down?', 'yeah im sure, i want to do it'],
    ['What would you like to do next?', 'i mean it this time, im done with weed'],
    ['How did it feel to go a whole week?', 'kinda proud of myself ngl'],
    ['Would you like to try it tonight?', 'ill definitely try it tonight'],
  ],
  unwillingness: [
    ['What would you like to be different?', 'i dont want to keep feeling like this'],
    ['How are you feeling after the slip?', 'im not gonna give up'],
    ['What happens next with the vaping?', 'i wont do it again i promise'],
    ['How are you feeling about going back to him?', 'i wont go back to him, i mean it'],
    ['What does the next week look like?', 'im not gonna stop trying'],
  ],
  minimal_response: [
    ['Did you manage to go to school today?', 'yeah'],
    ['How are you feeling compared to last week?', 'better than last week actually'],
    ["Who's at home with you right now?", 'my mum and my little brother'],
    ["What's been stressing you?", 'work stuff mostly, my boss is on my case'],
  ],
  boundary_setting: [
    ['What would you like to talk about today?', 'i want to talk about my dad actually'],
    ['What would you like to focus on?', 'can we talk about my sister? shes been on my mind'],
    [
      'How was it, telling me about the abuse last time?',
      'i didnt want to talk about it at first but im glad i did',
    ],
    ['How are you handling what your friend said?', 'he keeps telling me to drop it but i cant'],
    ['Where do you usually go to smoke?', 'the park but i dont go there anymore'],
  ],
  inattention: [
    ['How much have you been drinking on weeknights?', 'like 4 or 5 beers most nights tbh more on fridays'],
    [
      'What did the doctor say about your sleep?',
      'she said its probably anxiety and gave me some tablets to try',
    ],
    ['What do you usually do after school?', 'nothing much really just gaming and sleeping lol'],
    ['How did the meeting with your boss go?', 'it went ok i think, he said i can take next week off'],
  ],
  sidetracking: [
    ['What would you like to talk about today?', 'can we talk about my exams'],
    ['Hi, how are you today?', 'good thanks, how about you?'],
    ['What did you do last night?', 'i watched a movie with my mum and it actually helped'],
    ['I sent you a link to the sleep guide.', 'did u see my last msg? i think it didnt send'],
  ],
};

const positiveRows = Object.entries(POSITIVES).flatMap(([behaviour, rows]) =>
  rows.map(([counselor, client, cue]) => ({
    behaviour: behaviour as ResistanceBehaviour,
    counselor,
    client,
    cue,
  })),
);
const negativeRows = Object.entries(NEGATIVES).flatMap(([behaviour, rows]) =>
  rows.map(([counselor, client]) => ({ behaviour: behaviour as ResistanceBehaviour, counselor, client })),
);

describe('resistance behaviours in chat phrasing', () => {
  test('every behaviour has at least 4 positives and 3 negatives', () => {
    for (const behaviour of Object.keys(behaviourCategory) as ResistanceBehaviour[]) {
      expect(POSITIVES[behaviour].length, behaviour).toBeGreaterThanOrEqual(4);
      expect(NEGATIVES[behaviour].length, behaviour).toBeGreaterThanOrEqual(3);
    }
  });

  test.each(positiveRows)('$behaviour: "$client"', ({ behaviour, counselor, client, cue }) => {
    const { context, client: reading } = readClient(counselor, client);
    const found = reading.resistance.cues.filter((c) => c.behaviour === behaviour);
    expect(
      found.map((c) => c.behaviour),
      JSON.stringify(reading.resistance.cues),
    ).toContain(behaviour);
    const cited = found.map((c) => {
      expect(c.category).toBe(behaviourCategory[behaviour]);
      expect(context[c.message]!.role).toBe('client');
      const text = context[c.message]!.text;
      expect(c.start).toBeLessThan(c.end);
      expect(c.end).toBeLessThanOrEqual(text.length);
      return text.slice(c.start, c.end);
    });
    expect(cited.every((s) => s.trim().length > 0)).toBe(true);
    expect(
      cited.some((s) => s.toLowerCase().includes(cue.toLowerCase())),
      `cited ${JSON.stringify(cited)}, expected to contain "${cue}"`,
    ).toBe(true);
  });

  test.each(negativeRows)('not $behaviour: "$client"', ({ behaviour, counselor, client }) => {
    const { client: reading } = readClient(counselor, client);
    expect(
      reading.resistance.cues.map((c) => c.behaviour),
      JSON.stringify(reading.resistance.cues),
    ).not.toContain(behaviour);
  });
});

describe('the framework.md examples (transcribed speech) still work', () => {
  test.each([
    ['challenging', 'So you drink to cope.', "That's not what I said at all."],
    ['discounting', 'Have you thought about a support group?', "You're just reading from a script."],
    ['discounting', 'It can help to take it one day at a time.', 'Have you ever even been through this?'],
    ['blaming', 'What would it take to cut down?', "If my boss wasn't such a jerk I wouldn't need to drink."],
    ['disagreeing', 'You could try an app to track it.', "No, that won't work."],
    ['disagreeing', 'Would it help to tell your wife?', "I don't think so."],
    ['excusing', 'What does smoking do for you?', 'I only smoke because work is so stressful right now.'],
    ['minimizing', 'How do you feel about your drinking?', "It's not that big a deal, everyone drinks."],
    ['pessimism', 'What might help?', 'Nothing ever works for me.'],
    ['pessimism', 'What would you like to change?', "What's the point."],
    ['hesitation', 'Would you consider cutting down?', "I don't know... maybe, I guess."],
    ['hesitation', 'You could try cutting down on weeknights.', 'Yes, but...'],
    ['unwillingness', 'Have you thought about stopping?', "I don't want to stop."],
    ['unwillingness', 'What would you like to be different?', "I'm fine the way I am."],
    ['boundary_setting', 'Tell me about your family.', "I don't want to talk about my dad."],
    ['boundary_setting', 'What happened that night?', 'Can we not go there.'],
    ['sidetracking', 'What brought you here today?', 'Anyway, did you see the game last night?'],
  ] as const)('%s: "%s" → "%s"', (behaviour, counselor, client) => {
    const cues = readClient(counselor, client).client.resistance.cues;
    expect(cues.map((c) => c.behaviour)).toContain(behaviour);
  });
});

/** What the analyzer shows for a conversation: each cue as behaviour, quoted phrase and reason. */
function shown(context: Message[]) {
  const reading = assess({ context }).client!;
  return {
    present: reading.resistance.present,
    cues: reading.resistance.cues.map((c) => {
      expect(context[c.message]!.role).toBe('client');
      return { behaviour: c.behaviour, phrase: context[c.message]!.text.slice(c.start, c.end), why: c.why };
    }),
  };
}

describe('the trained reading: resistance no phrase list names', () => {
  test('a minimizing message without a listed phrase is a moment, quoted and explained', () => {
    const { present, cues } = shown([
      { role: 'counselor', text: 'It sounds like the gaming keeps you up late.' },
      { role: 'client', text: 'everyone in my class is up till 3, its normal' },
    ]);
    expect(present).toBe(true);
    expect(cues[0]!.behaviour).toBe('minimizing');
    expect(cues[0]!.phrase.length).toBeGreaterThan(5);
    expect('everyone in my class is up till 3, its normal').toContain(cues[0]!.phrase);
    expect(cues[0]!.why).toMatch(/plays the problem down/);
  });

  test('the phrase shown is the message of the turn that resists, not the first one', () => {
    const { present, cues } = shown([
      { role: 'counselor', text: 'How do you feel about how much you are drinking at the moment?' },
      { role: 'client', text: 'hmm' },
      { role: 'client', text: 'everyone at uni drinks like that tbh' },
    ]);
    expect(present).toBe(true);
    expect(cues[0]!.behaviour).toBe('minimizing');
    expect(cues[0]!.phrase).toMatch(/everyone at uni/);
  });

  test('cues of one behaviour side by side are quoted as one phrase', () => {
    const { cues } = shown([
      { role: 'counselor', text: 'I suggest you talk to your GP about the sleeping pills.' },
      { role: 'client', text: 'nope not happening' },
    ]);
    expect(cues.find((c) => c.behaviour === 'disagreeing')?.phrase).toBe('nope not happening');
  });

  test.each([
    [
      'What would help you get to bed earlier?',
      ['ok', 'thats actually a good question', 'maybe leaving my phone downstairs'],
    ],
    ['What do you make of what happened?', ['its my fault honestly, i shouldve called']],
    ['How are you feeling after the slip?', ['im not gonna give up']],
    ['What did the doctor say?', ['she said its probably anxiety and gave me some tablets to try']],
  ])('going along is not resistance: "%s" → %j', (counselor, client) => {
    const context: Message[] = [
      { role: 'counselor', text: counselor },
      ...client.map((text) => ({ role: 'client' as const, text })),
    ];
    expect(shown(context).present).toBe(false);
  });
});

describe('resistance.present', () => {
  test.each([
    ["So you're saying the drinking is a problem.", 'thats not what i said'],
    ['What would help?', 'whats the point nothing ever works'],
    ['Can you tell me about your dad?', 'i dont wanna talk about it'],
    ['Have you tried writing things down?', 'ur just reading off a script'],
    ['How do you feel about cutting down?', 'i dont want to stop, i like drinking'],
  ])('resistant: "%s" → "%s"', (counselor, client) => {
    expect(readClient(counselor, client).client.resistance.present).toBe(true);
  });

  test.each([
    ['What would you like to be different?', 'i really want to cut down, for my kids'],
    ['Who could you reach out to this week?', 'ok ill try calling my sister tonight'],
    [
      'It sounds like part of you is ready to try something new.',
      'yeah that makes sense, i never thought about it that way',
    ],
    ['How did it feel to tell me that?', 'honestly it felt good to tell someone'],
    // Answers that share no word with the question but engage with it: change talk, a feeling told.
    [
      'What makes cutting down matter to you?',
      'my kids keep asking me to come to their football games on saturday mornings and i want to be there',
    ],
    [
      'What happened after the argument with your brother?',
      'i just sat in the car for an hour crying, i felt so stupid and ashamed',
    ],
    // Correcting a reflection of a feeling while staying engaged is not disagreeing.
    ['You sound really annoyed with your sister.', 'nah not annoyed, more just worn out by all of it'],
    // Plain factual answers that share no word with the question: the trained reading keeps the
    // lexical inattention cue from calling them resistance.
    [
      'What do your weekends look like?',
      'football on saturday mornings with my son, then a roast at my mums on sundays, pretty quiet really',
    ],
    [
      'How is the new job going?',
      'the commute is forty minutes each way on two buses and the canteen shuts at two',
    ],
  ])('cooperative: "%s" → "%s"', (counselor, client) => {
    expect(readClient(counselor, client).client.resistance.present).toBe(false);
  });
});

describe('talk type', () => {
  test.each([
    ['How do you feel about cutting down?', 'i dont want to stop, i like drinking'],
    ['What would you like to be different?', 'im fine the way i am tbh'],
    ['What might help?', 'nothing ever works for me so whats the point'],
    ['Would you consider quitting?', 'nah not gonna quit, it helps me relax'],
  ])('sustain: "%s" → "%s"', (counselor, client) => {
    expect(readClient(counselor, client).client.talk).toBe('sustain');
  });

  test.each([
    ['What would you like to be different?', 'i really wanna quit smoking'],
    ['Where are you at with the drinking?', 'im gonna cut down starting tomorrow'],
    ['What matters most to you right now?', 'i need to stop, for my kids'],
    ['What are you thinking after last night?', 'i have to get help, i cant keep doing this'],
  ])('change: "%s" → "%s"', (counselor, client) => {
    expect(readClient(counselor, client).client.talk).toBe('change');
  });
});

describe('a burst of client messages', () => {
  test('only the first answers the question: the next ones carrying on are not inattention', () => {
    const result = assess({
      context: [
        { role: 'counselor', text: "What would you like to be different, if anything? It's your call." },
        { role: 'client', text: 'i mean i like it. it helps me switch off' },
        { role: 'client', text: 'but the hangovers are getting worse ngl' },
      ],
    });
    expect(result.client!.resistance.cues.map((c) => c.behaviour)).not.toContain('inattention');
  });

  test('a first message that ignores a specific question still counts as inattention', () => {
    const result = assess({
      context: [
        { role: 'counselor', text: 'How many cigarettes did you smoke at the party on Saturday?' },
        { role: 'client', text: 'my sister got a new puppy today and it is so cute honestly' },
        { role: 'client', text: 'i will send a pic' },
      ],
    });
    expect(result.client!.resistance.cues.map((c) => c.behaviour)).toContain('inattention');
  });
});

describe('change talk that names a cost, and ambivalence that ends on change', () => {
  const talkOf = (...turns: [role: 'client' | 'counselor', text: string][]) =>
    assess({ context: turns.map(([role, text]) => ({ role, text })) }).client!.talk;

  test.each([
    'i keep missing work because of it',
    'honestly the drinking is starting to worry me',
    'the hangovers are getting worse ngl',
  ])('"%s" is change talk', (text) => {
    expect(talkOf(['counselor', 'How has the drinking been this week?'], ['client', text])).toBe('change');
  });

  test.each(['honestly id like to not need it. its expensive too', 'i hate that i need it'])(
    '"%s" (wanting to be free of it) is change talk',
    (text) => {
      expect(talkOf(['counselor', 'How do you feel about the vaping?'], ['client', text])).toBe('change');
    },
  );

  test('one message that ends on change after a "but" is change talk; one that ends on sustain is not', () => {
    const counselor: [role: 'counselor', text: string] = ['counselor', 'How do you feel about the vaping?'];
    expect(
      talkOf(counselor, ['client', 'idk its like. it calms me down before tests. but i hate that i need it']),
    ).toBe('change');
    expect(talkOf(counselor, ['client', 'it helps me sleep. but honestly its fine'])).not.toBe('change');
  });

  test('a phone getting worse is not', () => {
    expect(
      talkOf(['counselor', 'How has your week been?'], ['client', 'my phone is getting worse lol']),
    ).not.toBe('change');
  });

  test('"i dont want to stop completely" / "but … that scared me a bit" ends on change', () => {
    const counselor: [role: 'counselor', text: string] = [
      'counselor',
      "It sounds like the weekends have become a big part of how you unwind, and you're not sure it's a problem.",
    ];
    expect(talkOf(counselor, ['client', 'idk. i dont want to stop completely'])).toBe('sustain');
    expect(
      talkOf(
        counselor,
        ['client', 'idk. i dont want to stop completely'],
        ['client', 'but last sat i dont remember getting home and that scared me a bit'],
      ),
    ).toBe('change');
  });
});

describe('"it won\'t change anything" reads by what the counselor offered', () => {
  test('after a suggestion it turns the suggestion down', () => {
    const { client } = readClient(
      'You could try keeping a sleep diary for a week.',
      "nah that isn't going to change anything",
    );
    expect(client.resistance.present).toBe(true);
    expect(client.resistance.cues.map((c) => c.behaviour)).toContain('disagreeing');
  });

  test('with no suggestion made, it is resistance but not a rejected suggestion', () => {
    const { client } = readClient(
      "Work has been a lot lately, and you'd rather not make a big deal of it.",
      "i haven't slept properly in like two weeks. talking about it isn't going to change anything",
    );
    expect(client.resistance.present).toBe(true);
    expect(client.resistance.cues.map((c) => c.behaviour)).not.toContain('disagreeing');
    expect(client.resistance.cues.map((c) => c.why).join(' ')).not.toContain('rejects the suggestion');
  });
});
