/**
 * Everyday talk in counseling chats about drinking, work, family and phones that the rules read as
 * risk (found on 2026-12-03 in the everyday contexts of the client and reply sets: each rule
 * reading there flags every fine reply as ignoring a risk that is not there). Beside each, the
 * disclosure the rule was written for still reads.
 */
import { describe, expect, test } from 'vitest';
import { rulesAfter } from './risk-reading';

const OPENER = 'how have things been since last week?';
const rules = (...client: string[]) => rulesAfter(OPENER, ...client);

describe('everyday words stay quiet to the rules', () => {
  test.each([
    // Phones and apps, wills that are verbs, tablets taken as prescribed.
    ['deleting insta until my exams are over, ill do it tonight'],
    ['deleted tiktok on monday!! lasted 3 days lol'],
    ["i don't think writing will help me much"],
    ['the gp keeps swapping my tablets round, no wonder i gave up on them'],
    ["i'm going to take it with my breakfast every morning from tomorrow"],
    ['i think i could do it if i keep busy on the weekends'],
    ['there are like 2 months worth of bills i havent opened'],
    // Family friction that is not violence.
    ['she pushes back on everything i say, typical 15 year old'],
    ['my husband pushed me to book this appointment'],
    ['my toddler pushes my buttons every single bedtime'],
    ['dad kicked me out again after the argument'],
    ['i dont want my kids to be scared of me like i was scared of my dad'],
    ['seeing her cry like that did something to me'],
    ['my little sister came into my room crying because of the storm'],
    ['i only hit him back cos he started it at football'],
    ['my boss yells at me in front of the whole team'],
    ['my daughter wont let me see the grandkids until i stop drinking'],
    ['i dont wanna be around him when hes drinking'],
    ['sick of waking up at 5am for this job'],
    // Bodies under stress, nights out, the weather.
    ['my chest feels tight all the time since i started this job'],
    ['i get panic attacks before meetings, heart pounding, hands shaking'],
    ['heart racing a bit after that coffee'],
    ['he came home hammered and snored on the sofa till he passed out'],
    ['we shared half a bottle of vodka before the club'],
    ['my mate said i was slurring on the phone last night haha'],
    ["it's pouring here, the dog won't go out"],
    // Understanding, cutting down, fear of a slip, fate.
    ['maybe ill text my cousin, she gets it'],
    ['i need to cut it out, the comedowns are wrecking me'],
    ['honestly im scared ill relapse again at christmas'],
    ["i've lived here forty years and i'll die here"],
    ['my dad drank, his dad drank, i will die like them'],
    ['i send everything home, i have nothing left for myself'],
    ['did it again // put another £40 on the slots at 3am'],
    // Health coaching: a first run, a smoker's chest the doctor checked, a carb question.
    ['heart racing and out of breath after my first couch to 5k run 😂'],
    ['chest feels tight when i smoke // doc checked me last month, said its early copd'],
    ['do i count the sugar or the carbs?? so confused'],
    ['im type 1 and i get shaky when i skip lunch'],
    ['im killing him at fifa tonight'],
    // Found reading AnnoMI's spoken MI sessions (2026-12-03).
    ['it took them like a year, and then they went into an apprenticeship'],
    ["i've tried to quit smoking. i've taken pills, i've taken the patch"],
    ['everybody who uses has some concern of overdosing'],
    ['i keep the naloxone in case i overdose'],
    ["i don't want to have an overdose or get an infection"],
  ])('%s', (client) => {
    expect(rules(...client.split(' // '))).toBe('none');
  });
});

describe("a counselor's ordinary question answered yes is no disclosure", () => {
  test.each([
    ['Have you had any tests for these problems?', 'Yes, I had a scan in the early days'],
    ['did you have any lunch today?', 'yes'],
    ['Did you take it?', 'yes took the job offer!!'],
  ])('%s / %s', (counselor, client) => {
    expect(rulesAfter(counselor, client)).toBe('none');
  });

  test.each([
    ['have you taken anything?', 'yes'],
    ['did you take any of the pills?', 'yeah'],
    ['did you take the whole packet?', 'yes'],
    ['what happened after you took them?', 'threw up some of it, my ears are ringing'],
  ])('but a question about taking something is: %s / %s', (counselor, client) => {
    expect(rulesAfter(counselor, client)).toBe('high');
  });
});

describe('the disclosures the same rules were written for still read', () => {
  test.each([
    ['deleted all my socials and gave my cat to my sister', 'high'],
    ['wrote my will last night and a letter for each of the kids', 'high'],
    ['been keeping the evening tablets under my tongue, got a pile now', 'high'],
    ['im going to take them all tonight', 'high'],
    ['my stepdad pushed me down the stairs', 'high'],
    ['he pushed me back into my chair when i said i would tell someone', 'high'],
    ['my uncle comes into my room at night when he stays over', 'high'],
    ['he did something to me at the party', 'high'],
    ['im scared of my dad, he hits my little brother', 'high'],
    ['my husband wont let me see my friends', 'possible'],
    ['i dont want to be around anymore', 'possible'],
    ['my chest hurts and my left arm is numb', 'high'],
    ['i mixed xanax and half a bottle of vodka and my chest feels weird', 'high'],
    ['my mum was slurring on the phone and says she cant lift her right hand', 'high'],
    ['cut my hand on a broken glass and its pouring, soaked two towels', 'high'],
    ['swear to god tomorrow he gets it', 'high'],
    ['i need to cut myself', 'high'],
    ['relapsed last night, cut deeper than usual', 'high'],
    ['did it again // my arm is a mess', 'high'],
    ['how long does paracetamol take to actually do it', 'high'],
    ['he gave me his guitar and said he wont be needing it', 'possible'],
    ['every night i think id rather be with her than here', 'possible'],
    ['my dad used to beat us when we were kids, i still flinch at raised voices', 'possible'],
    ['day 3 no food and im diabetic. feel faint and confused', 'high'],
    ['did my insulin twice by mistake and now im sweaty and shaky', 'high'],
    ['if he comes near my sister again im stabbing him', 'high'],
    ['took them all an hour ago', 'high'],
    ['took all my champix at once', 'high'],
    ['i put every one of my fentanyl patches on at once', 'high'],
    ['worried im overdosing, took a lot', 'high'],
  ])('%s → %s', (text, level) => {
    expect(rules(...text.split(' // '))).toBe(level);
  });
});
