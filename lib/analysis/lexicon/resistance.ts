import type { ResistanceBehaviour } from '../../../models';
import { type PatternRule, rule } from '../match';

/**
 * Surface cues of the 13 PsyFIRE resistance behaviours (framework.md §1), over normalized text.
 * Weights are how strongly a cue alone signals the behaviour; context rules in ../client.ts
 * adjust them (a bare "no" after a suggestion is disagreeing, after a yes/no question it is not).
 * Written from the framework's definitions and MI practice, not fitted to any dataset.
 */
const r = (b: ResistanceBehaviour, n: number, src: string, weight: number, why: string) =>
  rule(b, `${b}.${n}`, src, weight, why);

const PERSON = String.raw`(?:he|she|they|him|her|them|my (?:\w+ ){0,1}(?:mum|mom|dad|father|mother|wife|husband|partner|boss|boyfriend|girlfriend|parents|family|kids|teacher|friends?|brother|sister|ex|job|work|doctor|probation officer))`;

/**
 * Chat spellings the normalizer leaves alone on purpose ("ill" can mean sick, "id" an ID, "your"
 * is a real word), accepted where the next word makes the meaning clear: "ur twisting my words"
 * normalizes to "your twisting my words", "ill think about it" stays as typed.
 */
const YOU_ARE = String.raw`(?:you're|you are|your)`;
const I_WILL = String.raw`(?:i'll|ill|i will)`;
const I_WOULD = String.raw`(?:i'd|id|i would)`;
const UNWILLING_VERB = String.raw`(?:(?:stop|quit)(?! (?:trying|fighting)\b)|change|give (?:(?:it|that|this|them|my \w+|the \w+|\w+ing) up|up (?:\w+ing|my|the|it)\b)|cut|do(?! (?:it|that|this) again\b)|try|talk|go(?! back\b))`;

export const RESISTANCE_RULES: readonly PatternRule<ResistanceBehaviour>[] = [
  // arguing: challenging the accuracy of what the counselor said
  r(
    'challenging',
    1,
    String.raw`\b(?:that's|that is|thats) not (?:what i (?:said|meant|mean|was saying)|what happened|true|right|how it (?:is|was|works|happened)|it at all)\b`,
    0.85,
    'disputes what the counselor said',
  ),
  r(
    'challenging',
    2,
    // "I never said that to her" reports the client's own conversation, not a dispute with the counselor.
    String.raw`\bi (?:never|didn't|did not) (?:said|say|mean|meant) (?:that|it|anything like)(?! to (?:him|her|them|my|anyone|anybody|people|the)\b)`,
    0.85,
    'says the counselor has their words wrong',
  ),
  r(
    'challenging',
    3,
    String.raw`\b${YOU_ARE} (?:wrong|twisting|putting words|not listening|not getting it|missing the point)`,
    0.85,
    'tells the counselor they are wrong',
  ),
  r(
    'challenging',
    4,
    String.raw`\b(?:where did you get (?:that|this)|you don't know that|says who|that's (?:ridiculous|nonsense|bs|bullshit|rubbish|wrong|not fair))\b`,
    0.75,
    "disputes the accuracy of the counselor's point",
  ),
  r(
    'challenging',
    5,
    String.raw`\b(?:not true|no it's not|no it isn't|no i'm not|no i don't)\b|\bi didn't say\b(?! (?:anything|a word|a thing|much|nothing|it to|that to)\b)`,
    0.65,
    'contradicts the counselor',
  ),
  // arguing: discounting the counselor
  r(
    'discounting',
    1,
    String.raw`\b${YOU_ARE} (?:just |only )?(?:reading (?:from|off)|a (?:bot|robot|script|volunteer)|saying (?:that|what)|doing your job|paid to)`,
    0.85,
    "belittles the counselor's role",
  ),
  r(
    'discounting',
    2,
    String.raw`\b(?:have|did) you (?:ever )?(?:even )?(?:been through|gone through|had to|dealt with|experienced|lived)`,
    0.7,
    'questions whether the counselor could understand',
  ),
  r(
    'discounting',
    3,
    String.raw`\b(?:what (?:would|do|does) (?:you|a counselor|a therapist) (?:even )?know|you (?:don't|do not) (?:even )?know me|you have no (?:idea|clue)(?! how (?:much|glad|happy|grateful|thankful|good|nice|relieved)\b)|easy for you to say)`,
    0.85,
    "dismisses the counselor's understanding",
  ),
  r(
    'discounting',
    4,
    String.raw`\b(?:are you (?:even )?(?:a )?(?:real|human|bot|robot|ai|a real person|qualified)|you're not (?:even )?(?:a )?(?:real )?(?:therapist|doctor|counsell?or|professional))`,
    0.8,
    "questions the counselor's competence",
  ),
  r(
    'discounting',
    5,
    String.raw`\b(?:this is|${YOU_ARE}|talking to you is) (?:so )?(?:useless|pointless|a waste of time|no help|not helping|not helpful)|\bthanks for nothing\b|\b(?:like )?talking to a (?:wall|robot|machine)|\bspare me\b|\byou sound like (?:my|a|every)|\byou people\b|\bcopy(?: and)? paste`,
    0.8,
    'belittles the counselor or the help offered',
  ),
  r('discounting', 6, String.raw`🙄|\beye ?roll`, 0.55, 'signals contempt for what was said'),
  // denying: blaming
  r(
    'blaming',
    1,
    String.raw`\b(?:it's|it is|its) (?:all )?(?:his|her|their|my \w+'s) fault|\bnot my fault\b|\b(?:blame|fault of) (?:him|her|them|my)\b`,
    0.85,
    'puts the problem on someone else',
  ),
  r(
    'blaming',
    2,
    String.raw`\bif ${PERSON} (?:\w+ ){0,4}(?:wasn't|weren't|didn't|would(?:n't)?|just|stopped|left me|cared|listened)`,
    0.8,
    'makes change depend on other people',
  ),
  r(
    'blaming',
    3,
    // Not "my mum made me dinner" or "she makes me laugh": only what the person drives the client to.
    String.raw`\b${PERSON} (?:\w+ ){0,1}(?:made|makes|forced|forces|drives|drove|pushes|pushed) me\b(?! (?:an?|some|dinner|breakfast|lunch|tea|food|laugh|smile|happy|proud|feel (?:better|good|safe|loved|welcome))\b)`,
    0.8,
    'says someone else causes the behaviour',
  ),
  r(
    'blaming',
    4,
    // "thanks to my sister I went" is gratitude far more often than blame, so only "because of".
    String.raw`\bbecause of ${PERSON}\b|\b${PERSON} (?:started it|(?:is|are) the (?:problem|reason|one))`,
    0.7,
    'attributes the problem to others',
  ),
  r(
    'blaming',
    5,
    String.raw`\b${PERSON} (?:keeps?|won't stop|never stops?) (?:nagging|bugging|pushing|on at|criticising|criticizing|yelling)`,
    0.55,
    "locates the trouble in other people's behaviour",
  ),
  // denying: disagreeing with a suggestion, without an alternative
  r(
    'disagreeing',
    1,
    String.raw`\b(?:that|it|this) (?:won't|wouldn't|will not|doesn't|does not|isn't going to|never) (?:work|help|change anything|make a difference)`,
    0.8,
    'rejects the suggestion',
  ),
  r(
    'disagreeing',
    2,
    String.raw`\bi (?:don't|do not) think so\b|\bi disagree\b|\bno way\b|\bi doubt (?:it|that)\b|\bnot (?:for me|an option|happening)\b`,
    0.75,
    'rejects what was offered',
  ),
  r(
    'disagreeing',
    3,
    String.raw`\b(?:i've|i have|i|we|we've) (?:already )?tried (?:that|it|those|this)\b`,
    0.65,
    'dismisses the suggestion as already failed',
  ),
  r(
    'disagreeing',
    4,
    // The rest of the message is only looked at, so the evidence is the "no" itself.
    String.raw`^\s*(?:no+|nah+|nope+|not really)\b(?=[\s.,!]*(?:$|(?!i mean|because)\w))`,
    0.45,
    'answers with a flat no',
  ),
  // denying: excusing
  r(
    'excusing',
    1,
    String.raw`\b(?:only|just) (?:\w+ ){0,4}(?:because|when|cause) (?:of )?(?:work|stress|school|life|things|i'm|i am|it's)`,
    0.8,
    'justifies the behaviour by circumstances',
  ),
  r(
    'excusing',
    2,
    String.raw`\b(?:it|that|drinking|smoking|vaping|weed|gaming|it all) (?:helps|relaxes|calms) me\b|(?<!\b(?:run|running|walk|walking|walks|exercise|exercising|gym|yoga|music|journaling|writing|meditating|meditation|breathing|therapy|talking|drawing|reading|praying|prayer|swimming|sports?|dog|cat|friends?|you)(?: really| honestly| actually| always| usually| just)? )\bhelps me (?:relax|cope|sleep|unwind|calm down|deal|get through|forget)`,
    0.75,
    'gives the behaviour a reason to stay',
  ),
  r(
    'excusing',
    3,
    String.raw`\b(?:i|i've) (?:had|have|got) no (?:choice|other option|other way)|\bhow else (?:am|would|do|could) i\b|\bwhat (?:else )?(?:am|was) i supposed to do\b|\bit's the only (?:way|thing)`,
    0.75,
    'says there is no alternative',
  ),
  r(
    'excusing',
    4,
    String.raw`\b(?:work|life|school|uni|things|my job|home) (?:is|are|has been|have been|'s been) (?:so |really |super |just )?(?:stressful|hard|crazy|busy|a lot|intense|rough)`,
    0.55,
    'points to pressures as the reason',
  ),
  r(
    'excusing',
    5,
    String.raw`\b(?:i'm|i am|i was|i've been) (?:(?:just|so|too|really) ){1,2}(?:busy|tired|stressed|exhausted|swamped)\b(?! of\b)|\bi (?:can't|cannot) help it\b|\bi deserve (?:it|a|to)\b|\bi need (?:it|something) to (?:cope|relax|unwind|sleep)`,
    0.6,
    'explains the behaviour away',
  ),
  // denying: minimizing
  r(
    'minimizing',
    1,
    String.raw`\b(?:it's|it is|its|that's|that is|this is) not (?:that|a|such a|really a|really that) (?:big|bad|serious|huge|much of a)(?: an?)?(?: deal| problem| issue)?|\b(?:no|not a|not that) big (?:deal|thing)\b`,
    0.85,
    'implies the problem is exaggerated',
  ),
  r(
    'minimizing',
    2,
    String.raw`\b(?:(?:everyone|everybody|all my friends|all of us)(?: my age| i know| at (?:school|work|uni))?|people (?:my age|i know|at (?:school|work|uni))) (?:\w+ ){0,1}(?:does|do|drinks|smokes|vapes|does it|gets|is like)`,
    0.75,
    'normalizes the behaviour',
  ),
  r(
    'minimizing',
    3,
    String.raw`\b(?:(?:it's|it is|its) (?:just|only) (?:a few|a couple|a bit|a|one|two|weed|beer|wine|social|now and then)\b|only (?:a|one|two|three|a few|a couple)(?: of)? (?:drinks|beers|glasses|times|cigarettes|joints|hits|pints|cans))`,
    0.7,
    'shrinks the behaviour',
  ),
  r(
    'minimizing',
    4,
    String.raw`\bi (?:can|could) (?:stop|quit) (?:any ?time|whenever|if i want)|\b(?:it's|its|(?:i've |i have |i )?got it|everything's|i have it) under control|\bi'm not (?:an? )?(?:alcoholic|addict|junkie)`,
    0.8,
    'denies there is a problem',
  ),
  r(
    'minimizing',
    5,
    String.raw`\b(?:${YOU_ARE}|everyone's|they're|people are) (?:\w+ ){0,1}(?:exaggerating|overreacting|making (?:a|it a|such a) (?:big )?(?:deal|fuss|thing))|\bcould be (?:a lot )?worse\b|\bnot (?:a|really a) problem\b`,
    0.75,
    'says the concern is overblown',
  ),
  // denying: pessimism
  r(
    'pessimism',
    1,
    String.raw`\bnothing (?:ever )?(?:works|helps|changes|will (?:change|help|work)|is going to (?:change|help|work))\b|\bnothing i do\b`,
    0.85,
    'expects nothing to help',
  ),
  r(
    'pessimism',
    2,
    String.raw`\b(?:what's|whats|what is) the (?:point|use)\b|\b(?:there's|there is|theres) no (?:point|use|hope)\b(?! (?:in )?(?:lying|pretending|hiding|denying)\b)|\bwhy (?:even |would i |should i )?(?:bother|try)\b`,
    0.85,
    'sees no point in trying',
  ),
  r(
    'pessimism',
    3,
    String.raw`\b(?:it's|it is|i'm|i am) (?:hopeless|pointless|a lost cause|beyond help|doomed|useless)|\btoo late (?:for me|now)\b`,
    0.8,
    'defeatist about change',
  ),
  r(
    'pessimism',
    4,
    String.raw`\b(?:${I_WILL}|i|i'm|im|i am) (?:always|never) (?:\w+ ){0,2}(?:fail|mess|screw|go back|relapse|end up|be able|change|get better|stop)|\b(?:it|it's|its|things|things are|i|i'm) (?:will |is going to |are going to )?never (?:going to )?(?:change|get better|work)`,
    0.75,
    'predicts failure',
  ),
  r(
    'pessimism',
    5,
    String.raw`\bi(?:'ve| have)? tried (?:everything|it all|so many times|a million times)\b|\bi (?:can't|cannot) (?:do|change|stop|quit) (?:it|this|that)\b`,
    0.7,
    'uses past failure as a reason not to try',
  ),
  r(
    'pessimism',
    6,
    String.raw`\b(?:doesn't|doesnt|does not|won't|wont|wouldn't) (?:really )?matter\b[^.!?\n]{0,40}\banyway\b|\bwhat (?:difference|good) (?:does|would|will) it (?:even )?(?:make|do)\b`,
    0.75,
    'sees no difference in trying',
  ),
  // denying: hesitation
  r(
    'hesitation',
    1,
    String.raw`\b(?:yes|yeah|yea|sure|okay|i know|maybe|right),? but\b`,
    0.8,
    'agrees with a reservation ("yes, but")',
  ),
  r(
    'hesitation',
    2,
    String.raw`\b(?:i'm )?not (?:so |too |really )?sure\b|\bi'm not convinced\b|\bon the fence\b|\beasier said than done\b|\b${I_WILL} (?:think|see) about it\b|\bwe'll see\b`,
    0.65,
    'voices reservations',
  ),
  r(
    'hesitation',
    3,
    // "i mean it" is commitment; "kind of"/"sort of" hedge only when they are the answer ("kinda...").
    String.raw`\b(?:i guess|i suppose|maybe|perhaps|possibly|i mean(?! it\b)|i don't know)\b(?:\.{2,}|…)?|\b(?:kind of|sort of)(?=\s*(?:\.{2,}|…|[?!.,]*$))`,
    0.4,
    'hedges',
  ),
  r('hesitation', 4, String.raw`\.{3,}|…`, 0.2, 'trails off'),
  // denying: unwillingness
  r(
    'unwillingness',
    1,
    String.raw`\bi (?:don't|do not|really don't) (?:want|plan|intend|need|feel like) to (?:stop|quit|change|cut|give (?:it )?up|do (?:that|this|it)|try|get help)`,
    0.9,
    'says they do not want to change',
  ),
  r(
    'unwillingness',
    2,
    String.raw`\b(?:i'm|i am) (?:fine|happy|good|okay|content|comfortable) (?:the way|how|with (?:it|how|the way|my)|as i am|as it is|where i am)`,
    0.85,
    'content with the status quo',
  ),
  r(
    'unwillingness',
    3,
    // Chat drops the subject ("not gonna quit"); "I won't give up", "not going to stop trying",
    // "I won't do it again" and "I won't go back" are commitments, not refusals.
    String.raw`(?:\b(?:i'm|i am) |(?:^|[.!?,]\s*))not (?:going to|ready to|interested in|planning to|willing to) ${UNWILLING_VERB}|\b(?:i won't|i will not|i refuse to) ${UNWILLING_VERB}`,
    0.9,
    'refuses change',
  ),
  r(
    'unwillingness',
    4,
    String.raw`\bi (?:like|love|enjoy) (?:drinking|smoking|vaping|getting high|my weed|it|partying|gaming)\b|\bwhy would i (?:stop|change|quit)\b`,
    0.7,
    'values the behaviour',
  ),
  r(
    'unwillingness',
    5,
    String.raw`\bi (?:don't|do not) (?:see|think there's|think there is) (?:a|the|any) (?:problem|need|reason|point)|\bi (?:don't|do not) need (?:help|to change|to stop|therapy|this|you)\b|\bno intention\b`,
    0.8,
    'sees no need to change',
  ),
  // avoiding: boundary setting
  r(
    'boundary_setting',
    1,
    String.raw`\bi (?:don't|do not|really don't) (?:want|wanna|need|feel like) (?:to )?(?:talk|talking|get|getting|go|going) (?:about|into|there|to talk about)`,
    0.9,
    'refuses to discuss the topic',
  ),
  r(
    'boundary_setting',
    2,
    String.raw`\b(?:can|could) we (?:not|stop|drop|skip|leave|talk about something else|change the subject)|\b(?:let's|lets) (?:not|drop it|leave it|move on)|(?:^|[.!?,]\s*|\b(?:please|just|so) )don't (?:want to )?go there\b|(?<!\bto )\bdrop it\b`,
    0.85,
    'asks to leave the topic',
  ),
  r(
    'boundary_setting',
    3,
    String.raw`\b${I_WOULD} rather not (?:talk|say|discuss|get into|go into)|\bnone of your (?:business|concern)|\b(?:that's|that is|it's) (?:private|personal|between me and)|\boff limits\b|\bleave (?:it|that|my \w+) out of (?:it|this)`,
    0.85,
    'keeps the topic private',
  ),
  r(
    'boundary_setting',
    4,
    String.raw`\b(?:i'm )?not (?:ready|going) to (?:talk|share|discuss|get into|go into)|\bi'm not (?:talking|answering)|\bnext question\b|\bskip (?:that|this)\b`,
    0.8,
    'declines to talk about it',
  ),
  // ignoring: sidetracking
  r(
    'sidetracking',
    1,
    String.raw`^\s*(?:anyway|anyways|anyhow|so anyway|moving on|random (?:question|thought)|on another note|changing the subject)\b`,
    0.8,
    'changes the subject',
  ),
  r(
    'sidetracking',
    2,
    String.raw`\b(?:did|have) you (?:see|seen|watch|watched|hear|heard) (?:the|that|about)\b|\bby the way\b|\bbtw\b|\bspeaking of\b|\b(?:on )?a (?:different|other|unrelated|random) (?:note|topic|thing)`,
    0.7,
    'raises an unrelated topic',
  ),
  r(
    'sidetracking',
    3,
    // "good thanks, how about you?" returns a greeting; it does not change the subject.
    String.raw`(?<!\b(?:good|fine|okay|alright|all right|not bad|great|well|thanks|thank you)[,.!]*\s(?:and\s)?)(?:\b(?:what|how) about you\b|\b(?:wbu|hbu|wby|hby)\b)|\bdo you (?:like|have|watch|play|know any)\b|\btell me about (?:you|yourself)\b|\bwhere are you from\b`,
    0.6,
    'turns the conversation away from themselves',
  ),
];

/**
 * Text of a reply that says next to nothing, when a whole message is just this. Chat stretches
 * such replies ("fineee", "idkkk": the normalizer keeps two of a run, so "finee", "idkk") and pads
 * them with fillers that add nothing ("idk tbh", "fine lol", "meh 🤷"), so both are allowed.
 */
export const MINIMAL_REPLY =
  /^(?:i don't know|i don't really know|i don't even know|don't know|fine+|whatever+|okay+|ok+|sure+|yeah+|yep+|yup+|yes+|no+|nah+|nope+|maybe+|nothing|nothing much|meh+|i guess|i suppose|not really|mhm+|m+|hm+|cool+|idk+|alright+|good+|same+|eh+|k+|\.+|\?+|👍|🤷|🤷‍♀️|🤷‍♂️|😐|🙄)(?:[\s.!?,…]+(?:to be honest|honestly|really|i guess|lo+l|lmao+|(?:ha){2,}h?|man|tho|though|either|🤷(?:‍[♀♂]️?)?|😐|🙄|😒|🙃|😅))*[\s.!?,…]*$/u;

/**
 * The client going along with the counselor: thanks, agreement, a new view taken up, the chat
 * itself helping. A turn that says so and holds no resistance phrase is not resistance, whatever
 * words it shares with resistant ones ("i never thought about it that way", "you have no idea how
 * much this helps"). Read on normalized text ("ur" → "your", "thx" → "thanks").
 */
export const COOPERATIVE =
  /\b(?:(?<!no )(?:thanks|thank you|thank u) (?:for (?:this|that|today|listening|helping|asking|being)|so much|a lot|that helps)|(?<!have |did |has )(?:this|talking|you) (?:really |actually )?help(?:s|ed)\b(?! me (?:relax|sleep|cope|switch off|forget))|that (?:really )?helped|(?:it|that|this) (?:actually |really )?(?:makes|made) (?:a lot of |so much )?sense|(?:good|fair) (?:point|idea|question)|fair enough|(?:you're|you are|your) (?:right|so right|not wrong)|never thought (?:about it|of it) (?:like|that way)|(?:easy|nice|good) to talk to|glad i (?:told|said|talked|did)|(?:i'll|ill|i will|i can|i could) (?:give it a (?:go|try|shot)|try (?:that|it|this))|(?:sounds|that's|thats) (?:like )?a (?:good|great) (?:idea|plan))\b/u;

/**
 * The client taking the problem on themselves: self-blame and regret are distress or the start of
 * change, not blaming (which puts the problem on others).
 */
export const OWNS_IT =
  /\b(?:(?:it's|its|it is|it was|that's|thats) (?:all )?(?:my (?:own )?fault|on me)|my (?:own )?fault|i blame myself|i should(?:'ve| have|ve|a) (?:known|called|said|told|listened|stopped|left|asked|gone|done)|i (?:messed|screwed|f\w*ed) (?:up|it up)|i let (?:him|her|them|everyone|you) down)\b/u;

/**
 * The chat itself: a message that did not send, a link that will not open, whether the counselor
 * is still there. Practical, not a change of subject.
 */
export const ABOUT_THE_CHAT =
  /\b(?:did(?:n't| not)? (?:you|it) (?:see|get|receive) my (?:last |other |previous )?(?:message|msg|text)|(?:it|that|my (?:message|msg|text)) (?:didn't|did not|won't|doesn't) (?:send|go through|load|open|work)|(?:are|r) you still (?:there|here|with me)|can you (?:see|read) (?:this|my messages?)|(?:the )?link (?:doesn't|won't|didn't|isn't) (?:work|open|load)|(?:my )?(?:phone|battery|wifi|signal|internet) (?:is )?(?:dying|about to die|cutting out|bad|low))\b/u;

/**
 * The counselor handing the client the choice of topic ("what would you like to talk about?"):
 * whatever the client then brings up is not a change of subject nor a topic refused.
 */
export const INVITES_A_TOPIC =
  /\b(?:what (?:would|do) you (?:like|want) to (?:talk about|focus on|start with|work on|discuss)|what(?:'s| is) on your mind|where (?:would|do) you (?:like|want) to (?:start|begin)|(?:is there )?anything else (?:you'd like|you want|on your mind)|what (?:brings|brought) you here)\b/u;

/**
 * The client saying something matters to them ("it was a big deal for me", "it means a lot"):
 * the opposite of playing it down, whatever words it shares with "it's not a big deal".
 */
export const IT_MATTERS =
  /\b(?:(?<!not )(?<!isn't )(?<!wasn't )(?:a|such a|a really|a pretty|a huge|a very) (?:big|huge|massive) deal (?:for|to) me|(?:it|this|that|she|he|they) (?:really )?(?:matters?|mattered|means|meant) (?:a lot|so much|everything|the world)(?: to me)?|(?:it|this|that) (?:really )?(?:matters|mattered) to me)\b/u;
