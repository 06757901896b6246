import type { ResistanceBehaviour } from '../../models';
import type { PromptTurn } from './prompt';

/**
 * The judge benchmark's fixed input: 20 short resistance moments in chat phrasing, each a client
 * message (with the counselor turn before it) and a draft reply, covering all 13 behaviours of the
 * framework and replies of every quality. Written for this benchmark (fictional people); fixed so
 * runs on different machines and models compare.
 */
export interface BenchExcerpt {
  readonly id: string;
  readonly behaviour: ResistanceBehaviour;
  readonly context: readonly PromptTurn[];
  readonly draft: string;
}

const excerpt = (
  id: string,
  behaviour: ResistanceBehaviour,
  counselor: string,
  client: string,
  draft: string,
): BenchExcerpt => ({
  id,
  behaviour,
  context: [
    { role: 'counselor', text: counselor },
    { role: 'client', text: client },
  ],
  draft,
});

export const BENCH_EXCERPTS: readonly BenchExcerpt[] = [
  excerpt(
    'challenging-1',
    'challenging',
    'It sounds like drinking helps you relax after work.',
    "that's not what i said at all. i said it helps me SLEEP",
    "Sorry, I got that wrong. It's sleep it helps with. What are your nights like without it?",
  ),
  excerpt(
    'discounting-1',
    'discounting',
    'Would it help to think about what a first step might look like?',
    'you sound like youre reading off a script. have you ever actually been through this?',
    "You're right that I haven't lived your life. You're the expert on it. What should I understand better?",
  ),
  excerpt(
    'blaming-1',
    'blaming',
    'What do you think would need to change for things to feel better at home?',
    "if my mum stopped going through my stuff i wouldn't need to vape in the first place",
    'You need to stop blaming her and take responsibility for your own choices.',
  ),
  excerpt(
    'disagreeing-1',
    'disagreeing',
    'Some people find it helps to set a limit before they go out.',
    'no. that wont work for me',
    'It has worked for lots of people, you should at least try it this weekend.',
  ),
  excerpt(
    'excusing-1',
    'excusing',
    'What have you noticed about when you play the most?',
    'I only bet when work is crazy, its how i switch off. everyone needs something',
    'It sounds like betting is how you get a break when work is too much, and that break matters to you.',
  ),
  excerpt(
    'minimizing-1',
    'minimizing',
    'You mentioned your partner is worried about how much you drink.',
    "it's not that big a deal, everyone drinks on weekends. she's overreacting",
    "Don't worry, I'm sure it's fine. Anyway, how is work going?",
  ),
  excerpt(
    'pessimism-1',
    'pessimism',
    'What would you like to try this time?',
    "nothing ever works for me. i've quit like 5 times. what's the point",
    "Five tries takes real determination, and it's exhausting when it doesn't stick. What did those tries teach you?",
  ),
  excerpt(
    'hesitation-1',
    'hesitation',
    'How would you feel about talking to your doctor about the medication?',
    'i dont know... maybe. i guess. yeah but they never listen',
    'Yes, but you have to go anyway, it is important for your health.',
  ),
  excerpt(
    'unwillingness-1',
    'unwillingness',
    'Where do you see your smoking in a year from now?',
    "I don't want to stop. I'm fine the way I am honestly",
    "It's your call, and you know yourself best. What do you like about how things are now?",
  ),
  excerpt(
    'minimal-response-1',
    'minimal_response',
    'What has the last week been like for you?',
    'fine',
    'Do you have any plans for the weekend?',
  ),
  excerpt(
    'boundary-setting-1',
    'boundary_setting',
    'How are things with your dad at the moment?',
    "can we not go there. i don't want to talk about my dad",
    "Of course, we don't have to go there. What would be most useful to talk about tonight?",
  ),
  excerpt(
    'inattention-1',
    'inattention',
    'It sounds like the exams are weighing on you. What worries you most?',
    'my friend got a new phone today and hers is so much better than mine lol',
    'You should focus on the exams, they are only a few weeks away.',
  ),
  excerpt(
    'sidetracking-1',
    'sidetracking',
    'What made you reach out tonight?',
    'anyway did you see the game last night? crazy ending',
    "Ha, sounds like a wild game. I'm also curious what brought you here tonight, whenever you're ready.",
  ),
  excerpt(
    'minimizing-2',
    'minimizing',
    'You said you have been skipping your tablets.',
    'its just a couple of days here and there, not like im off them',
    'Skipping them is dangerous. You need to take them every day, no excuses.',
  ),
  excerpt(
    'hesitation-2',
    'hesitation',
    'Would a support group be something you might consider?',
    'maybe, i guess. not sure its for me',
    "It sounds like part of you is curious and part of you isn't sure it fits you. What would make it feel like a fit?",
  ),
  excerpt(
    'blaming-2',
    'blaming',
    'What happened before the argument?',
    'it was HIS fault, he started it like always. i just react',
    'So from where you stand, he sets things off and you end up reacting. That sounds really frustrating.',
  ),
  excerpt(
    'pessimism-2',
    'pessimism',
    'What could make the mornings a bit easier?',
    'whatever i do it doesnt matter. im always going to feel like this',
    'At least you have a roof over your head. Things will get better, I promise.',
  ),
  excerpt(
    'challenging-2',
    'challenging',
    'So it sounds like you want to cut down completely.',
    "no, i never said completely. you're putting words in my mouth",
    'I hear you: not completely. Cutting down some, on your terms. Did I get that closer?',
  ),
  excerpt(
    'unwillingness-2',
    'unwillingness',
    'What would be different if you gambled less?',
    "i like it. i'm not changing anything, i just came because my sister made me",
    'Your sister is right to be worried. You should listen to her.',
  ),
  excerpt(
    'disagreeing-2',
    'disagreeing',
    'Maybe writing down what you spend each week could help?',
    "i don't think so. that's not gonna do anything",
    "Fair enough, that doesn't sound like you. Would it be okay if I shared a couple of other ideas, and you tell me what fits?",
  ),
];
