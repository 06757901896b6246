/**
 * Risk in the client's messages (framework.md §5) as clients type it in a chat: shorthand
 * ("kms", "unalive"), no punctuation, numbers, emoji. Every level and kind, with evidence that
 * points at the phrase, and idioms and denials that must stay `none`.
 */
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import type { Message, RiskKind, RiskLevel } from '../../models';
import { readConversation } from '../../lib/analysis/context';
import { observeRisk } from '../../lib/analysis/risk';
import { expectRoughlyLinear } from '../property/timing';

function readRisk(
  client: string | readonly string[],
  counselor = 'How have things been since we last talked?',
) {
  const context: Message[] = [{ role: 'counselor', text: counselor }];
  for (const text of typeof client === 'string' ? [client] : client) context.push({ role: 'client', text });
  const assessment = assess({ context });
  expect(assessment.client).not.toBeNull();
  return { context, risk: assessment.client!.risk };
}

/** [client message, level, kind, words the evidence must cite] */
type Row = readonly [client: string, level: Exclude<RiskLevel, 'none'>, kind: RiskKind, phrase: string];

const FLAGGED: readonly Row[] = [
  // suicide, high: an attempt stopped by the person or by someone else (C-SSRS aborted and
  // interrupted attempts); the "didn't" belongs to the phrase, it is no denial
  [
    'the only reason i didnt kill myself last night was my dog',
    'high',
    'suicide',
    'only reason i didnt kill myself',
  ],
  ['if my mum hadnt come home i wouldve done it', 'high', 'suicide', 'come home'],
  [
    'i was about to take all the pills when my sister knocked',
    'high',
    'suicide',
    'about to take all the pills',
  ],
  // Thoughts told as thoughts are C-SSRS 2 (the guidelines: possible); a time or a method makes them high.
  ['thinking of doing myself in tbh', 'possible', 'suicide', 'doing myself in'],
  ['thinking of doing myself in tonight', 'high', 'suicide', 'doing myself in'],
  // after an attempt: sorry it did not work (C-SSRS users' wording)
  ['kinda pissed it couldnt finish the job tbh', 'high', 'suicide', 'couldnt finish the job'],
  ['honestly upset the pills didnt kill me', 'high', 'suicide', 'didnt kill me'],
  // a negation of knowing is no denial of the act: "i don't get how killing myself is selfish"
  ['i dont get how killing myself would be selfish', 'high', 'suicide', 'killing myself'],
  ['i want to prepare for my death', 'high', 'suicide', 'prepare for my death'],
  // suicide, high: intent, plan, preparation
  ['honestly i wanna kms', 'high', 'suicide', 'kms'],
  ['i wanna die', 'high', 'suicide', 'wanna die'],
  ['gonna unalive myself tonight', 'high', 'suicide', 'unalive myself'],
  ['i have a plan to end it tonight', 'high', 'suicide', 'end it'],
  ['ive been saving up my pills', 'high', 'suicide', 'saving up my pills'],
  ['i wrote a goodbye letter for my mum', 'high', 'suicide', 'goodbye letter'],
  ['been feeling really suicidal lately', 'high', 'suicide', 'suicidal'],
  ['i just want to die tbh', 'high', 'suicide', 'want to die'],
  ['thinking about ending it all', 'possible', 'suicide', 'ending it all'],
  ['thinking about ending it all, ive looked up how', 'high', 'suicide', 'ending it all'],
  // suicide, possible: passive ideation
  ['everyone would be better off without me', 'possible', 'suicide', 'better off without me'],
  ['i dont want to be here anymore', 'possible', 'suicide', 'want to be here'],
  ['i wish i was dead', 'possible', 'suicide', 'wish i was dead'],
  ['sometimes i wish i wouldnt wake up', 'possible', 'suicide', 'wake up'],
  ['i just wanna disappear', 'possible', 'suicide', 'disappear'],
  // self-harm
  ['i cut again last night', 'high', 'self_harm', 'cut again'],
  ['i hurt myself again 😔', 'high', 'self_harm', 'hurt myself'],
  ['been cutting my arms when it gets bad', 'high', 'self_harm', 'cutting my arms'],
  ['the urge to cut is so bad rn', 'high', 'self_harm', 'urge to cut'],
  ['i used to cut when i was younger', 'possible', 'self_harm', 'used to cut'],
  ['i used to self harm in year 9', 'possible', 'self_harm', 'self harm'],
  // harm to others
  ['im gonna kill him', 'high', 'harm_to_others', 'kill him'],
  ['i swear ill stab him if he comes near me', 'high', 'harm_to_others', 'stab him'],
  ['i want to hurt my brother so bad', 'high', 'harm_to_others', 'hurt my brother'],
  ['he deserves to suffer for what he did', 'possible', 'harm_to_others', 'deserves to suffer'],
  // abuse
  ["he hits me when he's drunk", 'high', 'abuse', 'hits me'],
  ['my stepdad hit me again', 'high', 'abuse', 'hit me'],
  ['my bf chokes me when we argue', 'high', 'abuse', 'chokes me'],
  ['im scared to go home tonight', 'high', 'abuse', 'scared to go home'],
  ['my uncle touched me when i was little', 'high', 'abuse', 'touched me'],
  ['my dad beats my mum when he drinks', 'high', 'abuse', 'beats my mum'],
  ['my bf wont let me see my friends', 'possible', 'abuse', 'let me'],
  ['he yells at me all the time', 'possible', 'abuse', 'yells'],
  // after an attempt, command hallucinations, looking up a way to die (issue 9)
  ['honestly i just wish it had worked', 'high', 'suicide', 'wish it had worked'],
  ['the voices are telling me to jump', 'high', 'suicide', 'voices are telling me to jump'],
  ['been googling painless ways for weeks', 'high', 'suicide', 'googling painless ways'],
  ['cut in the uni bathroom between lectures today', 'high', 'self_harm', 'cut in the uni bathroom'],
  ['took an overdose on monday, they sent me home today', 'high', 'medical_emergency', 'overdose'],
  // medical emergency
  ['took like 20 pills', 'high', 'medical_emergency', 'took like 20 pills'],
  ['i took a whole bottle of tylenol an hour ago', 'high', 'medical_emergency', 'took a whole bottle'],
  ['i think i od’d', 'high', 'medical_emergency', 'od’d'],
  ['i cant breathe and my chest hurts', 'high', 'medical_emergency', 'breathe'],
  ['i keep passing out', 'high', 'medical_emergency', 'passing out'],
  // intent said as not wanting to be stopped; an act said as finished; being followed (2026-12-03)
  ['no. and i dont want anyone to stop me this time', 'high', 'suicide', 'dont want anyone to stop me'],
  ['ok i took them. its done', 'high', 'suicide', 'took them. its done'],
  ['my ex keeps turning up at my work and following me home', 'possible', 'abuse', 'turning up at my work'],
];

const NONE: readonly string[] = [
  'this homework is killing me',
  'i could die of embarrassment lol',
  'my feet are killing me',
  'killing it at work this week 💪',
  "i'm not suicidal, just tired",
  'im not gonna kill myself, i just needed to vent',
  'i would never hurt myself',
  'LMAOO im dead 💀',
  'my mom would kill me if she found out',
  'my phone is dying',
  'googling the best ways to cook rice',
  'im gonna cut in the queue at the bathroom lol',
  'we took an overdose patient in on monday',
  'i cut my hair last night',
  'i used to cut class all the time',
  'he always hits me up when hes bored lol',
  'he hits the gym every day',
  'my bro beats me at fifa every time',
  'i cant breathe lol this is so funny 😂',
  'id kill for a pizza rn',
  'i killed my presentation today',
  'this traffic is gonna be the death of me',
  'i think i need to end it with my bf',
  'laughed so hard i cant breathe 😂',
  'i got my hair cut today',
  'i have such an urge to cut back on sugar lol',
  'i almost killed myself laughing at that video 😂',
  'nearly killed myself falling off my bike lol',
  'the only reason i didnt quit was the money',
  'topped myself up with coffee, ready for the exam',
  // a job left unfinished is not an attempt that failed
  'the builders left and they couldnt finish the job',
  'im annoyed it didnt work, the update broke my phone again',
  // a denial that names the act stays a denial
  'i dont want to kill myself, i just want the noise to stop',
  // the same words in ordinary life
  'i dont want anyone to stop me from going to the gig',
  'took them to the vet. its done, shes had her jabs',
  'took the bins out. its done',
  'my son keeps following me everywhere, clingy phase',
  'she keeps turning up at my work with coffee, cutest gf ever',
];

describe('risk in chat phrasing', () => {
  test.each(FLAGGED)('"%s" → %s %s', (client, level, kind, phrase) => {
    const { context, risk } = readRisk(client);
    expect(risk.level).toBe(level);
    const ofKind = risk.evidence.filter((e) => e.kind === kind);
    expect(ofKind.length, JSON.stringify(risk.evidence)).toBeGreaterThan(0);
    const cited = ofKind.map((e) => context[e.message]!.text.slice(e.start, e.end));
    expect(cited.every((s) => s.trim().length > 0)).toBe(true);
    expect(
      cited.some((s) => s.toLowerCase().includes(phrase.toLowerCase())),
      `cited ${JSON.stringify(cited)}, expected to contain "${phrase}"`,
    ).toBe(true);
  });

  test.each(NONE)('"%s" → none', (client) => {
    const { risk } = readRisk(client);
    expect(risk.level, JSON.stringify(risk.evidence)).toBe('none');
    expect(risk.evidence).toEqual([]);
  });

  // Known false alarm, kept visible: since the model decides alone from 0.65 (issue 9), "used to"
  // beside "hurt" reads as a history of self-harm (possible, 0.81). When it passes, move it back.
  test.fails('"it used to hurt so much when we fought" → none (known false alarm)', () => {
    expect(readRisk('it used to hurt so much when we fought').risk.level).toBe('none');
  });

  // Known false alarms from 2026-12-01 to 2026-12-03 (a body part and how it feels, read by the
  // model alone like a self-harm disclosure); quiet since the retrain with the health coaching
  // chats (`chat-av`).
  test.each(['my throat is sore', 'my wrist hurts from typing'])('"%s" → none', (client) => {
    expect(readRisk(client).risk.level).toBe('none');
  });

  // A known miss from 2026-12-01 to 2026-12-02: the model's chance of no risk (0.91) was over the
  // veto's bar; with four more writers' sets in its training it no longer overrules the rule.
  test('"i want to make him pay" → possible harm to others', () => {
    expect(readRisk('i want to make him pay').risk.level).toBe('possible');
  });

  test('the highest level across the recent messages wins, and its evidence comes first', () => {
    const { context, risk } = readRisk([
      'ugh this week is killing me',
      'i just wanna disappear',
      'took like 20 pills',
    ]);
    expect(risk.level).toBe('high');
    const first = risk.evidence[0]!;
    expect(first.kind).toBe('medical_emergency');
    expect(context[first.message]!.text.slice(first.start, first.end)).toContain('pills');
    expect(risk.evidence.some((e) => e.kind === 'suicide')).toBe(true);
  });

  test('risk stays visible a few messages later', () => {
    const context: Message[] = [
      { role: 'client', text: 'i cut again last night' },
      { role: 'counselor', text: 'What was school like today?' },
      { role: 'client', text: 'boring lol' },
    ];
    const risk = assess({ context }).client!.risk;
    expect(risk.level).toBe('high');
    expect(risk.evidence[0]!.message).toBe(0);
    expect(context[0]!.text.slice(risk.evidence[0]!.start, risk.evidence[0]!.end)).toContain('cut again');
  });
});

describe('risk read across the recent messages, as a crisis supervisor would', () => {
  const levelOf = (context: Message[]) => assess({ context }).client!.risk;

  test('a plan split over short messages: means, then a time', () => {
    const risk = levelOf([
      { role: 'counselor', text: 'What has tonight been like?' },
      { role: 'client', text: 'got my mums sleeping pills lined up on the desk' },
      { role: 'client', text: 'gonna take them once everyones asleep' },
    ]);
    expect(risk.level).toBe('high');
    expect(risk.evidence.some((e) => e.kind === 'suicide')).toBe(true);
  });

  test('"are you safe right now?" answered "not really" is high risk, cited in the answer', () => {
    const context: Message[] = [
      { role: 'client', text: 'everything is just too much' },
      { role: 'counselor', text: 'I hear you. Are you safe right now?' },
      { role: 'client', text: 'not really' },
    ];
    const risk = levelOf(context);
    expect(risk.level).toBe('high');
    expect(
      context[risk.evidence[0]!.message]!.text.slice(risk.evidence[0]!.start, risk.evidence[0]!.end),
    ).toBe('not really');
  });

  test('"yes" to a direct question about suicide is high; "no" is not risk', () => {
    const ask = (answer: string) =>
      levelOf([
        { role: 'counselor', text: 'Are you thinking about killing yourself?' },
        { role: 'client', text: answer },
      ]).level;
    expect(ask('yeah kinda')).toBe('high');
    expect(ask('no, nothing like that. just tired')).toBe('none');
  });

  test('a later "jk" does not erase an earlier disclosure', () => {
    const risk = levelOf([
      { role: 'counselor', text: 'How are you doing?' },
      { role: 'client', text: 'took like 30 paracetamol an hour ago' },
      { role: 'client', text: 'lol jk dont worry about it' },
    ]);
    expect(risk.level).toBe('high');
    expect(risk.evidence[0]!.kind).toBe('medical_emergency');
  });

  test.each([
    ['sh’d again ngl', 'self_harm'],
    ['i want to unalive tonight. not as a joke', 'suicide'],
    ['sat by the train tracks, next one comes in 20 mins. wanted someone to know', 'suicide'],
    ['been keeping back my heart tablets for weeks. i have enough now', 'suicide'],
  ] as const)('coded and indirect: "%s" → high %s', (text, kind) => {
    const risk = levelOf([
      { role: 'counselor', text: 'What is on your mind?' },
      { role: 'client', text },
    ]);
    expect(risk.level).toBe('high');
    expect(risk.evidence.map((e) => e.kind)).toContain(kind);
  });

  test.each([
    'keep dying on this boss lol',
    'my therapist asked if i had thoughts of suicide and i said no',
    'my friend used to self harm but she is doing amazing now',
    'cut myself off from that friend group, feels lonely but right',
    'handed in my notice! goodbye forever spreadsheets',
    'we watched a film about a guy who jumps off a bridge',
    'took 2 paracetamol for my headache',
  ])('hard negative stays quiet: "%s"', (text) => {
    const risk = levelOf([
      { role: 'counselor', text: 'How has your week been?' },
      { role: 'client', text },
    ]);
    expect(risk.level, JSON.stringify(risk.evidence)).toBe('none');
  });
});

describe('laughter', () => {
  // A passive wish wrapped in "lol" is often how someone tests whether it is safe to say more; the
  // rules themselves (the evidence the panel cites) must keep it, not only the trained model.
  test.each([
    ["wish i'd never been born lol", 'never been born'],
    ['lowkey wouldnt mind not waking up tomorrow lmao', 'not waking up'],
  ])('"%s" keeps its passive wish in the rules', (client, phrase) => {
    const observed = observeRisk(readConversation([{ role: 'client', text: client }]).recent);
    expect(observed.ruleLevel).toBe('possible');
    expect(observed.found.map((f) => client.slice(f.start, f.end)).join(' ')).toContain(phrase);
  });

  test('laughter still turns "i wanna die" into an idiom', () => {
    const observed = observeRisk(
      readConversation([{ role: 'client', text: 'i wanna die lmao he saw my texts' }]).recent,
    );
    expect(observed.ruleLevel).toBe('none');
  });
});

describe('long messages', () => {
  // Each guard once re-read the whole message (or its whole sentence) for every match: 20,000
  // characters of unpunctuated risk talk took 0.4 to 2.5 s to read instead of about 20 ms.
  test.each([['i want to kill myself but idk '], ["i'm soooo done rn lol i wanna die "]])(
    '%j said over and over is read in time linear in its length',
    (chunk) => {
      let run = 0;
      const read = (chars: number) => () =>
        observeRisk(
          readConversation([
            { role: 'client', text: `${chunk.repeat(chars / chunk.length)} ${run++}`.slice(-chars) },
          ]).recent,
        );
      expectRoughlyLinear({ small: read(2_000), large: read(20_000), sizeRatio: 10 });
    },
    60_000,
  );

  test('every repetition still counts, each with its own evidence', () => {
    const text = 'i want to kill myself. '.repeat(50);
    const observed = observeRisk(readConversation([{ role: 'client', text }]).recent);
    expect(observed.ruleLevel).toBe('high');
    const starts = new Set(observed.found.map((f) => f.start));
    expect(starts.size).toBeGreaterThanOrEqual(50);
    for (const f of observed.found) expect(text.slice(f.start, f.end)).toMatch(/kill myself/);
  });
});

describe('a long message of advice to someone else (issue 9)', () => {
  const advice =
    'I know it feels like nothing will change, but please hear this. When you get the urge to cut, try holding an ice cube or drawing on your skin where you would cut instead. ' +
    'Have you told your doctor about your suicidal feelings? They can help you, and you deserve that help. You are not a burden to the people around you, whatever your head tells you tonight.';

  test('speaks to the reader about their risk: not the writer’s own', () => {
    expect(advice.length).toBeGreaterThan(300);
    expect(observeRisk(readConversation([{ role: 'client', text: advice }]).recent).found).toEqual([]);
  });

  test('the writer’s own risk in the same long message is still read', () => {
    const own = `${advice} Honestly I want to kill myself too, I have the pills here.`;
    expect(observeRisk(readConversation([{ role: 'client', text: own }]).recent).ruleLevel).toBe('high');
  });

  test('a short chat message with a generic "you" is not advice', () => {
    const { risk } = readRisk('sometimes u just wanna die ya know');
    expect(risk.level).not.toBe('none');
  });
});
