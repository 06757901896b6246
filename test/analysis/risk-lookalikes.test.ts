/**
 * Everyday messages with the words of risk disclosures in them (issue 9: "hard negatives stay
 * quiet"). Each of these read high risk in the side panel on 2026-12-02, from a rule that matched
 * a word rather than what it meant; beside each, a disclosure with the same words still reads high.
 */
import { describe, expect, test } from 'vitest';
import { riskAfter, rulesAfter } from './risk-reading';

const OPENER = 'hey, thanks for reaching out. whats going on?';
const risk = (...client: string[]) => riskAfter(OPENER, ...client);

describe('everyday words of leaving, ending and hurting stay quiet', () => {
  test.each([
    ['did you see my last message?'],
    ['sorry my last message was rude'],
    ["my grandma's final words to me were be kind"],
    ['decided to end it with my boyfriend, he lied again'],
    ['took the whole box of chocolates to work'],
    ['had a whole bottle of wine last night lol'],
    ['said goodbye to my old flat today, so weird'],
    ['this is the end of an era, last day at school'],
    ["i won't be here tomorrow, got a dentist appointment"],
    ["i'm gonna jump on a call in 5"],
    ['my mum hit the roof when she saw my report card'],
    ['want to vanish till exams are over'],
    // A known false alarm of the model alone until the retrain with `chat-aq` and `chat-ar`.
    ['we hung out at the bridge after school'],
  ])('%s', (client) => {
    expect(risk(client).level).toBe('none');
  });
});

describe('the same words in a disclosure still read high', () => {
  test.each([
    ['this is my last message', 'last message'],
    ['my last words: im sorry mum', 'last words'],
    ['going to end it tonight', 'end it'],
    ['decided to end things. tonight', 'end things'],
    ['took a whole box of paracetamol', 'whole box'],
    ['took half a packet of my mums sleeping pills', 'half a packet'],
    ['cut my arm again last night', 'cut my arm'],
    ['i cut myself in the kitchen again, on purpose this time', 'cut myself'],
    ['crushing chest pain and my left arm is numb', 'chest pain'],
    ['at my age ive had enough, ive said my goodbyes to everyone', 'said my goodbyes'],
    ['said goodbye to my neighbours, they wont see me again', 'said goodbye'],
  ])('%s', (client, phrase) => {
    const r = risk(client);
    expect(r.level).toBe('high');
    expect(r.cited.some((c) => c.includes(phrase))).toBe(true);
  });
});

// Known false alarms (KNOWN_FAILING.md): the rules no longer fire on these, but the trained model
// alone still reads the words (a knife, a bridge, "end it" and "tonight", a cut and bleeding).
describe('look-alikes the trained model still reads as risk', () => {
  test.fails.each([
    ["i'm ready to end things with her, it's been dead for months"],
    ['decided to end it with my boyfriend tonight'],
    ['the knife is in the drawer if you need it for the cake'],
    ["i cut my hand on a tin can, it's stopped bleeding now"],
    // Quiet from 2026-12-02 until the retrain with `chat-ap` (p(any) 0.69 after it).
    ['i want to disappear into my bed for a week'],
    // Found 2026-12-02 (night): the rules read the dosette routine; the model alone, p(high) 0.93.
    ['sunday night, counted out mums tablets for the week into the dosette. all ready for her'],
  ])('%s → none (known false alarm)', (client) => {
    expect(risk(client).level).toBe('none');
  });
});

// Despair in an idiom is a warning sign to ask about: the rules cite it (lexicon/risk-warning-signs.ts).
test("i'm at the end of my rope → risk, with the words cited", () => {
  const r = risk("i'm at the end of my rope");
  expect(r.level).not.toBe('none');
  expect(r.citedByRules.some((c) => c.includes('end of my rope'))).toBe(true);
});

// Not a means at hand: the idiom is a warning sign, not a rope at hand (the model read it high,
// p 0.53, until the retrain after the guards of 2026-12-03; p 0.48 since).
test("i'm at the end of my rope → possible, not high", () => {
  expect(risk("i'm at the end of my rope").level).toBe('possible');
});

describe('a coded word or a preparation wording with an everyday object stays quiet', () => {
  test.each([
    ['unalived a whole family size pizza by myself. no regrets'],
    [
      "My grandson's got me playing that Fortnite. I keep getting shot before I've worked out how to go up stairs.",
    ],
  ])('%s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('none');
  });

  test.each([
    ['not turning 30, unaliving the night before 🪦'],
    ['i think about unaliving a lot but id never actually do it'],
    ["ive worked out how to make it look like an accident. then she'll go into a home"],
  ])('but the same words about dying still count: %s', (client) => {
    expect(rulesAfter(OPENER, client)).not.toBe('none');
  });
});

describe('a leaving card, a sore gym day and medicines handed back are no risk to the rules', () => {
  test.each([
    ['last shift before paternity leave today, said goodbye to the whole team and they gave me a card'],
    ['leg day destroyed me, cant lift my arms to wash my hair lol'],
    ["took grandad's old tablets back to the chemist for disposal"],
  ])('%s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('none');
  });

  test.each([
    ["energy drinks and pre workout all day, my heart's racing like crazy and my left arm's gone numb"],
    ['i took all my meds at once and now i cant lift my arm'],
  ])('the same body words in an emergency still read high: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('high');
  });
});

describe('ordinary medicine and a friend long past are no emergency to the rules', () => {
  test.each([
    ['took 2 ibuprofen about 5 hours ago for my back, can i take more yet?'],
    ['had a tooth out and they gave me codeine, feeling a bit woozy'],
    ['midwife said ibuprofen every 8 hours for the stitches, is that safe?'],
    ['my brother took a load of pills when we were 16. hes 30 now and doing great'],
  ])('%s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('none');
  });

  test('pills with drink, feeling it now, still read high', () => {
    expect(rulesAfter(OPENER, 'had a bottle of wine and some of my sleeping pills, feel really weird')).toBe(
      'high',
    );
  });
});

describe('days without food or water, and pain wanted as punishment (probes of 2026-12-03)', () => {
  test.each([
    ['im not eating or drinking anything until it stops. day 3'],
    ['havent had anything to drink in 3 days. dont want to'],
    ['fainted twice today, havent eaten in 6 days, heart feels weird and fluttery'],
    ['passed out in the shower. havent eaten in over a week'],
  ])('the body giving way reads high: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('high');
  });

  test.each([['i hate myself so much. deserve to feel pain'], ['i deserve to hurt for what i did to her']])(
    'pain deserved is worth asking about: %s',
    (client) => {
      expect(rulesAfter(OPENER, client)).toBe('possible');
    },
  );

  test.each([
    ['havent drunk in 3 days, proud of myself'],
    ["haven't eaten in 2 days lol been so busy with deadlines"],
    ['not eating or drinking from sunrise to sunset, its ramadan. day 3 and feeling good'],
    ['fainted at the concert cos it was so hot, havent been to a gig in 5 years'],
    ['i deserve a holiday after this week'],
    ['finally wrote my will after buying the house, adulting lol'],
  ])('sobriety, a busy week, a fast, a hot gig and a will for a new house stay quiet: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('none');
  });
});

describe('adults who say it politely or sideways (probes of 2026-12-03)', () => {
  test.each([
    [
      'Sometimes I think it would be kinder for both of us if I took him with me. He doesn’t know me anymore.',
    ],
    ['i keep getting thoughts of smothering the baby and im scared ill actually do it'],
    ['lost the lot on the slots again. 40k. theres only one way out of this and i know what it is'],
  ])('reads high: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('high');
  });

  test.each([
    ['i keep getting images of drowning the baby in the bath and i hate myself for it'],
    // A wish not to wake up is C-SSRS 1, not intent, however it is said.
    ['ive been drinking every night to get to sleep and some nights i hope i just dont wake up'],
  ])('reads possible: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('possible');
  });

  test.each([
    ['it would be kinder to take the dog with me, she hates the kennels'],
    ['better for both of us if i took him with me to the hospital'],
    ["i have no thoughts of hurting my son's feelings, i just want him to study"],
    ['my worst fear is hurting the baby by accident when im this tired'],
    ['the only way out of this debt is a second job'],
  ])('stays quiet: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('none');
  });

  test('"oh goodness no" to a question about ending one\'s life is a no', () => {
    expect(
      rulesAfter(
        'Have you had any thoughts of ending your life?',
        "Oh goodness no. I'm just lonely since Jean went.",
      ),
    ).toBe('none');
  });

  test('all of a named drug with a time is a plan, and reads high with the wish', () => {
    expect(
      rulesAfter(
        OPENER,
        'drinking my dads vodka',
        'gonna take all my adderall with it',
        'hopefully i just dont wake up',
      ),
    ).toBe('high');
  });
});

describe('means by trade and danger told politely (probes of 2026-12-03)', () => {
  test.each([
    ["As a nurse I have access to everything on the ward. I've started bringing a few vials home."],
    [
      "I've been a farmer forty years. The gun's in the cabinet and I've been thinking it would be simplest all round.",
    ],
    [
      'I work on the scaffolding. Some days I stand at the top and think about letting go. Today I very nearly did.',
    ],
    ["I'm a pharmacist. I've worked out the dose. I just need to choose the day."],
    [
      "My husband keeps the car keys. Tonight he said if I try to leave he'll make sure I never see the children again, and he had the knife in his hand.",
    ],
    [
      "I drive lorries for a living. I've been thinking the easiest thing would be to drive off the viaduct on the A road.",
    ],
  ])('reads high: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('high');
  });

  test.each([
    ['as a student nurse we learn how to draw up vials and give injections'],
    ['I worked out the dose of calpol. Now I just need to choose the day for her party'],
    ['at the top of the climbing wall i thought about letting go but my instructor talked me through it'],
    ['the easiest thing would be to take the lot to the tip'],
    ['the easiest way is to drive into town and park at the station'],
    ['it would be simplest all round if we just got a takeaway.'],
    ["he picked up the knife and started chopping onions, said he'd cook tonight"],
    ["I cut myself on the bread knife, it's nothing, a plaster did the trick."],
  ])('stays quiet to the rules: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('none');
  });

  test('a thought of jumping said to pop up and be pushed away is not read as intent', () => {
    expect(
      rulesAfter(
        OPENER,
        'sometimes on the train platform i think about jumping. not like i would, the thought just pops up',
      ),
    ).not.toBe('high');
  });
});

describe('danger at home told in passing (rules of 2026-12-03 from a writer of danger at home)', () => {
  test.each([
    ['he texted "go to the police and you\'re dead and so is your mum". i blocked him'],
    ['he always says if i ever leave hell find me and finish both of us'],
    ['my dad takes photos of me in the shower and says its normal in families. im 12'],
    ['theres a man who comes round when mums at work and he says what we do is our special secret. im 11'],
    ["My grandson hit me again on Tuesday but he's under a lot of pressure with his exams"],
    ['mum threw the remote at my head yesterday and it bled a bit'],
    ["He said if I take the kids to my mother's he'll drown the dog in the bath and make me watch."],
    ["he drove like 120 with me and the kids in the back screaming that he'd crash us all into a tree"],
    ['dad saw my messages and said if i walk through that door hes going to beat it out of me'],
    ['if my exs new fella turns up at the handover again im putting him through the windscreen'],
    ['gonna get that kid liam after school tmrw. took my brothers knuckle duster'],
  ])('reads high: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('high');
  });

  test.each([
    ['go to the police station to renew my passport lol, if i miss the slot im dead'],
    ["Wife says if I leave my boots in the hall once more she'll kill me. Forty years she's been saying it."],
    ['the surprise party is our little secret, dont tell her!!'],
    ['my dad takes photos of me at every match, so embarrassing'],
    ["my grandson hit me with a foam sword at his party, he's 4 haha"],
    ['my nephew pushed me into the pool on holiday lol'],
    ['she never hits or anything like that, she just goes quiet'],
    ['sparred today and got hit harder than ive ever been. coach says i keep dropping my guard'],
    ['my bf locked me out of the netflix account after we argued lol'],
    ['my sister threw a cushion at my head over the remote, we are fine now'],
    ['my brother threw the ball at me and i caught it'],
    ['gonna get him a new knife set for his birthday'],
    ['my parents dont let me go out to parties on weeknights'],
  ])('stays quiet to the rules: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('none');
  });

  test('money kept from the client is controlling behaviour, worth asking about', () => {
    expect(rulesAfter(OPENER, 'my husband control all the money, i must ask him even for bread')).toBe(
      'possible',
    );
  });
});

describe('a goodnight to everyone after means or despair', () => {
  test.each([
    ['i have the pills. goodnight everyone'],
    ['im so tired of this. i love you all. goodbye everyone'],
    ['sorry for everything. goodnight world'],
  ])('reads high: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('high');
  });

  test.each([
    ['ok im done with revision for today, goodnight everyone!'],
    ['night all x'],
    ['took my meds and brushed my teeth, night all'],
    ["ok i have the tablets for mum's dosette sorted. goodnight everyone"],
  ])('stays quiet to the rules: %s', (client) => {
    expect(rulesAfter(OPENER, client)).toBe('none');
  });
});
