import type { ClientBurst, Scenario, ScenarioState } from '../../models';

/**
 * The scripted clients of the practice chat. Data only; test/practice/scenarios.test.ts validates
 * every scenario against the Scenario schema and runs the analyzer over every client line, so
 * together they keep showing all four resistance categories, sustain talk, change talk and one
 * risk disclosure. Lines are written as people text a chat service: short, lowercase, typos.
 */

/** The candidate replies of one mood, from hardened (left the chat) to ready for change. */
interface Ladder {
  /** Ends the chat after a confrontational reply to a hardened client. */
  left: ClientBurst[];
  hardened: ClientBurst[];
  guarded: ClientBurst[];
  ambivalent: ClientBurst[];
  opening: ClientBurst[];
  /** Ends the chat on change talk. */
  ready: ClientBurst[];
}

/**
 * The usual shape: the client starts guarded; MI-consistent replies move them one step toward
 * change talk, confrontational ones one step back, neutral ones leave them where they are.
 */
function ladder(l: Ladder): Pick<Scenario, 'start' | 'states'> {
  const states: ScenarioState[] = [
    { id: 'left', openness: 0, replies: l.left },
    {
      id: 'hardened',
      openness: 0,
      replies: l.hardened,
      next: { mi_consistent: 'guarded', neutral: 'hardened', confrontational: 'left' },
    },
    {
      id: 'guarded',
      openness: 1,
      replies: l.guarded,
      next: { mi_consistent: 'ambivalent', neutral: 'guarded', confrontational: 'hardened' },
    },
    {
      id: 'ambivalent',
      openness: 2,
      replies: l.ambivalent,
      next: { mi_consistent: 'opening', neutral: 'ambivalent', confrontational: 'guarded' },
    },
    {
      id: 'opening',
      openness: 3,
      replies: l.opening,
      next: { mi_consistent: 'ready', neutral: 'opening', confrontational: 'ambivalent' },
    },
    { id: 'ready', openness: 4, replies: l.ready },
  ];
  return { start: 'guarded', states };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'weekend-drinking',
    title: 'Just the weekends',
    topic: 'drinking',
    name: 'Sam',
    persona: 'Sam, 34, drinks most weekends; their partner asked them to reach out.',
    practise: 'Minimizing, excusing and blaming; meeting them with reflections instead of facts.',
    opening: ['hi. my gf made me do this lol', 'i drink on weekends like everyone does, its not a big deal'],
    ...ladder({
      left: [["ur just reading from a script. i'm done here"]],
      hardened: [
        ['if my boss wasnt such a jerk i wouldnt need to drink', 'so maybe talk to him about it'],
        ["you're just reading from a script lol"],
        ['have you ever even been through this?'],
      ],
      guarded: [
        ['its not that big a deal honestly. everyone drinks'],
        ['i only drink bc work is so stressful rn'],
        ['its like 4 or 5 beers. thats normal'],
      ],
      ambivalent: [
        ['i mean i like it. it helps me switch off', 'but the hangovers are getting worse ngl'],
        [
          'idk. i dont want to stop completely',
          'but last sat i dont remember getting home and that scared me a bit',
        ],
      ],
      opening: [
        ['i guess i want to be there for my gf on sundays instead of hungover'],
        ['i think i want to cut down. maybe not quit but cut down'],
      ],
      ready: [
        [
          'ok. im going to try only drinking on saturdays this month',
          'and tell my gf so she can keep me honest',
        ],
      ],
    }),
  },
  {
    id: 'vape-at-school',
    title: 'The vape',
    topic: 'vaping',
    name: 'Jay',
    persona: 'Jay, 16, vapes between classes; the school nurse gave them this chat link.',
    practise: 'Minimal answers, unwillingness and changes of subject; keeping an open door.',
    opening: ['hey', 'the nurse said i had to message u'],
    ...ladder({
      left: [['k bye']],
      hardened: [['whatever'], ['k'], ["i don't want to quit. i'm fine the way i am"]],
      guarded: [
        ['idk'],
        ['anyway did u see the new mrbeast video'],
        ["i dont want to stop tho. it's not that deep"],
      ],
      ambivalent: [
        ['i mean its kinda annoying being out of breath at football now', 'but everyone vapes so'],
        ['idk its like. it calms me down before tests. but i hate that i need it'],
      ],
      opening: [
        ['i want to be able to run again without dying lol'],
        ['honestly id like to not need it. its expensive too'],
      ],
      ready: [['ok maybe i could try not taking it to school for a week', 'and see how it goes 🤷']],
    }),
  },
  {
    id: 'exam-pressure',
    title: 'Finals week',
    topic: 'school_stress',
    name: 'Priya',
    persona: 'Priya, 19, first year at university, two exams away from failing a module.',
    practise: 'Pessimism and hesitation; drawing out hope without cheerleading.',
    opening: ['i have 2 exams next week and i havent started revising', 'whats the point, ill fail anyway'],
    ...ladder({
      left: [['yeah ok. nothing ever works for me. bye']],
      hardened: [
        ['nothing ever works for me so why bother'],
        ['you sound like my dad', 'everyone keeps telling me what to do'],
      ],
      guarded: [
        ['i dont know... maybe, i guess'],
        ['yeah but ive tried making timetables before and i never stick to them'],
        ['theres no point. im gonna fail anyway'],
      ],
      ambivalent: [
        ['i do actually like the subject. thats the annoying part', 'i just freeze when i open the notes'],
        ['part of me wants to try. part of me thinks its already too late'],
      ],
      opening: [
        ['i think i could do one topic a day. that feels less huge'],
        ['i really want to pass this. i dont want to retake the year'],
      ],
      ready: [
        [
          'ok. im going to start with stats tomorrow morning at the library',
          'thanks for not lecturing me 😅',
        ],
      ],
    }),
  },
  {
    id: 'after-the-breakup',
    title: 'After the breakup',
    topic: 'breakup',
    name: 'Alex',
    persona: 'Alex, 27, broke up with their girlfriend three weeks ago and keeps checking her profile.',
    practise: 'A client who stays with their own story, sets boundaries and disputes your words.',
    opening: ['she posted a pic with some guy already', 'three weeks. THREE'],
    ...ladder({
      left: [["that's not what i said at all. forget it"]],
      hardened: [
        ["that's not what i said. you're twisting my words"],
        ["i don't want to talk about her family. can we not go there"],
      ],
      guarded: [
        ['she used to text me every morning and now nothing', 'and i keep checking her insta like an idiot'],
        ["i don't want to talk about why we broke up"],
        ["it's whatever. it's not a big deal, people break up all the time"],
      ],
      ambivalent: [
        ['i know checking her stuff makes it worse', 'but i cant stop'],
        ['maybe i do need to stop looking. idk if i can tho'],
      ],
      opening: [
        ['i want to get over her. i hate how every night goes'],
        ['i think i need to mute her. like actually do it'],
      ],
      ready: [
        ['ok im muting her now. and im gonna call my brother this weekend', 'i need to get out of the flat'],
      ],
    }),
  },
  {
    id: 'curfew-fights',
    title: 'Curfew fights',
    topic: 'teen_and_parents',
    name: 'Mia',
    persona: 'Mia, 15, fights with her parents about curfew and her phone most nights.',
    practise: 'Blaming and flat disagreement; siding with her view before anything else.',
    opening: ['my mom took my phone AGAIN', 'shes literally the problem not me'],
    ...ladder({
      left: [['whatever. ur on their side. bye']],
      hardened: [
        ['no that wont work', 'you dont know my parents'],
        ['whatever'],
        ['if my mom wasnt so controlling we wouldnt fight'],
      ],
      guarded: [
        ['my parents are the ones who start it every time'],
        ['i dont think so. talking to them never works'],
        ['idk'],
      ],
      ambivalent: [
        ['i mean i get that they worry', 'but they treat me like im 10'],
        ['i hate fighting tbh. it makes me feel sick after'],
      ],
      opening: [
        ['i want them to trust me again. i kinda miss how it was'],
        ['maybe i could text my mom when im running late. thats not that hard'],
      ],
      ready: [['ok i think i could talk to my dad first, hes calmer', "i'll ask him tomorrow after dinner"]],
    }),
  },
  {
    id: 'skipping-meds',
    title: 'Skipping the meds',
    topic: 'medication_adherence',
    name: 'Dee',
    persona: 'Dee, 45, prescribed an antidepressant, skips doses on weekends and before nights out.',
    practise: 'Excusing and hesitation about treatment; asking before you give information.',
    opening: ['my doctor wants me to take these pills every single day', 'i skip them on weekends, its fine'],
    ...ladder({
      left: [['have you ever even taken meds? didnt think so. bye']],
      hardened: [
        ['have you ever even been on antidepressants?', 'you probably just read about it'],
        ['no. that wont work for me'],
      ],
      guarded: [
        ['i only skip them because they make me feel foggy'],
        ['yes, but... i dont like being on pills'],
        ["i'm fine the way i am honestly"],
      ],
      ambivalent: [
        ['when i take them every day i do sleep better', 'i just hate feeling like i need them'],
        ['idk. the weeks i skip i feel really low by wednesday'],
      ],
      opening: [
        ['i want to feel steady again. like i did in the summer'],
        ['maybe i should ask my doctor about the foggy thing instead of just skipping'],
      ],
      ready: [
        [
          'ok im going to book an appointment to talk about the side effects',
          'and take them this weekend too',
        ],
      ],
    }),
  },
  {
    id: 'sports-bets',
    title: 'A few bets',
    topic: 'gambling',
    name: 'Rob',
    persona: 'Rob, 29, bets on football on his phone; lost his rent money last month.',
    practise: 'Minimizing and disputing; working with ambivalence about a habit he enjoys.',
    opening: ['lost a bit on the weekend games', 'its just a bit of fun tho everyone bets'],
    ...ladder({
      left: [['says who? im out']],
      hardened: [['says who? you dont know that'], ["i don't want to stop. i'm fine the way i am"]],
      guarded: [
        ['its like 20 quid here and there, its not that big a deal'],
        ['i only bet because my mates all do'],
        ['no im not addicted or anything. thats not true'],
      ],
      ambivalent: [
        ['i like the buzz', 'but i hate telling my girlfriend i cant pay my half'],
        ['i keep chasing it when i lose. i know thats bad'],
      ],
      opening: [
        ['i want to quit before it gets worse. for real'],
        ['i think i could delete the app for a bit'],
      ],
      ready: [['ok im deleting the app tonight', 'and gonna tell my gf the truth about last month']],
    }),
  },
  {
    id: 'quiet-weekends',
    title: 'Quiet weekends',
    topic: 'loneliness',
    name: 'Lee',
    persona:
      'Lee, 52, moved for work a year ago and knows nobody in the new town. Discloses passive thoughts of not being here.',
    practise: 'Noticing a risk disclosure and asking about safety directly and calmly.',
    opening: ['hi', 'not sure why im messaging tbh. weekends are just really quiet'],
    start: 'quiet',
    states: [
      {
        id: 'quiet',
        openness: 1,
        replies: [['fine'], ['idk. its just quiet']],
        next: { mi_consistent: 'disclosure', neutral: 'disclosure', confrontational: 'shut_down' },
      },
      {
        id: 'disclosure',
        openness: 2,
        replies: [
          [
            'i go whole weekends without talking to anyone',
            'honestly sometimes i think everyone would be better off without me',
          ],
        ],
        next: { mi_consistent: 'safety_answer', neutral: 'still_heavy', confrontational: 'shut_down' },
      },
      {
        id: 'still_heavy',
        openness: 2,
        replies: [['yeah. its a lot lately', 'i just feel like a burden to people']],
        next: { mi_consistent: 'safety_answer', neutral: 'still_heavy', confrontational: 'shut_down' },
      },
      {
        id: 'shut_down',
        openness: 0,
        replies: [["i don't want to talk about it"], ['forget it. its fine']],
        next: { mi_consistent: 'still_heavy', neutral: 'shut_down', confrontational: 'gone' },
      },
      { id: 'gone', openness: 0, replies: [['nevermind. bye']] },
      {
        id: 'safety_answer',
        openness: 3,
        replies: [
          [
            'no, not like that. i wouldnt do anything, i dont have a plan',
            'its more that i feel invisible here',
          ],
        ],
        next: { mi_consistent: 'reaching_out', neutral: 'safety_answer_more', confrontational: 'shut_down' },
      },
      {
        id: 'safety_answer_more',
        openness: 3,
        replies: [['i used to call my sister every sunday. we kind of stopped']],
        next: { mi_consistent: 'reaching_out', neutral: 'safety_answer_more', confrontational: 'shut_down' },
      },
      {
        id: 'reaching_out',
        openness: 4,
        replies: [
          ['i think i want to call my sister this sunday', 'thanks for asking me straight. it helped'],
        ],
      },
    ],
  },
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
