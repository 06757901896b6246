/**
 * Suicidal behaviour the C-SSRS screener asks about, told without a word of dying (issue 9): a
 * hanging stopped or interrupted, a ligature set up, a gun loaded and at hand. The panel reads
 * high risk and shows the client's own words for it, not "the trained model" alone.
 */
import { describe, expect, test } from 'vitest';
import { riskAfter, rulesAfter } from './risk-reading';

const OPENER = 'Hi, thanks for messaging. What is happening for you tonight?';

describe('acts told plainly read high, with their words as evidence', () => {
  test.each([
    // [client messages, words the evidence cites]
    [
      [
        'last night i stood on the stool with the dressing gown cord round my neck',
        'my cat knocked something over and i got down',
      ],
      'cord round my neck',
    ],
    [['put my belt around my neck in the shower block at work. someone came in'], 'belt around my neck'],
    [['tied the rope to the banister earlier. havent done anything yet'], 'tied the rope to the banister'],
    [['the noose is up in the garage.', 'just wanted someone to know'], 'noose is up'],
    [["dads revolver is in my hand rn. it's loaded"], 'revolver is in my hand'],
    [['loaded grandads shotgun. sat in the car with it since 6'], 'loaded grandads shotgun'],
    // An aborted attempt: at a place of dying, waiting for the nerve.
    [
      ['some nights i sit at the edge of the platform and let the trains go past, waiting for the nerve'],
      'waiting for the nerve',
    ],
  ])('%j', (client, phrase) => {
    const r = riskAfter(OPENER, ...client);
    expect(r.level).toBe('high');
    expect(r.kinds).toContain('suicide');
    expect(r.citedByRules.some((c) => c.includes(phrase))).toBe(true);
  });
});

describe('the same objects in ordinary life draw no rule', () => {
  // The rules alone: the trained model's own reading of these lines is measured in `npm run eval`
  // (the look-alike sets), and some it still reads as risk (KNOWN_FAILING.md).
  test.each([
    ['put my scarf round my neck cos its freezing out'],
    ['had the lanyard round my neck all day at the conference'],
    ["the rope's up for the tyre swing, kids love it"],
    ['we tied the rope to the tree for the kids swing'],
    ['the belt is hanging in my wardrobe with the others'],
    ['the rope over the beam is for the punching bag'],
    ["hung the fairy lights, the cord's hanging off the banister"],
    ['took the rifle to the range and loaded it for the first time, so nervous'],
    ['my dad keeps a loaded shotgun in his wardrobe which is kinda dodgy'],
    ["shotgun's loaded, we're going after the rabbits at dawn"],
    ['the glue gun is loaded and ready for the craft fair'],
    ['nerf gun in my hand ready for battle with my little brother'],
    ['the film ends with him holding a loaded gun to his head, i cried'],
  ])('%s', (text) => {
    expect(rulesAfter(OPENER, text)).toBe('none');
  });
});

describe('the nerve for something else is no risk', () => {
  test.each([
    ['trying to work up the courage to tell my mum im gay'],
    ['getting the nerve up to quit my job'],
    ['sat on the platform working up the nerve to text her'],
  ])('%s', (text) => {
    expect(riskAfter(OPENER, text).level).toBe('none');
  });
});

describe('pills set out with the client ready, and bleeding with faintness, read high from their words', () => {
  test.each([
    [
      [
        "The tablets are counted out on the table. Thirty-two. Glass of water beside them. I'm nearly ready.",
        "Thought I'd write to someone first so it wasn't entirely silent.",
      ],
      'suicide',
      'counted out',
    ],
    [['lined up all my pills on the desk. im ready now'], 'suicide', 'lined up all my pills'],
    [
      [
        "Caught my hand on the meat slicer at the shop. Wrapped it in a tea towel but it's soaked right through and it's still coming. Feeling a bit light headed.",
      ],
      'medical_emergency',
      'still coming',
    ],
    [['the bleeding wont stop and im getting dizzy'], 'medical_emergency', 'bleeding wont stop'],
  ])('%j', (client, kind, phrase) => {
    const r = riskAfter(OPENER, ...client);
    expect(r.level).toBe('high');
    expect(r.kinds).toContain(kind);
    expect(r.citedByRules.some((c) => c.includes(phrase))).toBe(true);
  });

  test.each([
    // A carer's weekly routine, the rain, a blood donation, a cut with no faintness.
    ['sunday night, counted out mums tablets for the week into the dosette. all ready for her'],
    ['got soaked right through walking home and now im dizzy from the flu lol'],
    ['gave blood today and felt a bit light headed after but its fine'],
    ['my cut is still bleeding a bit, feel fine tho, not dizzy'],
  ])('the rules stay quiet: %s', (text) => {
    expect(rulesAfter(OPENER, text)).not.toBe('high');
  });
});

describe('a high place "rn" among game words', () => {
  test('"top level rn" is a place, not a game level', () => {
    const r = riskAfter(
      "hi, I'm here to listen. what's up?",
      'haha imagine if i just yeeted myself off the multistorey lol',
      'top level rn btw. its windy',
    );
    expect(r.level).toBe('high');
    expect(r.citedByRules.some((c) => c.includes('top level rn'))).toBe(true);
  });
});
