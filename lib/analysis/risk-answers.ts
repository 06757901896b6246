import type { RiskKind, RiskLevel } from '../../models';
import type { ContextMessage } from './context';
import { DRUG } from './lexicon/risk-blocks';
import { normalize } from './text';

/**
 * Answers to the counselor's risk questions: "are you safe right now?" → "no", "did you take
 * anything?" → "the whole packet" disclose risk that no rule over the answer's own words could find.
 * Following the C-SSRS screener, the question sets what a yes means: a wish to be dead or a past
 * attempt is worth asking about (`possible`), thoughts of suicide with no hedge, a plan, means, an
 * overdose taken or someone hurting them now is `high`.
 */

// The counselor's risk questions ------------------------------------------------------------------

type QuestionTopic =
  | 'safety'
  | 'suicide'
  | 'passive'
  | 'attempt'
  | 'plan'
  | 'means'
  | 'self_harm'
  | 'injury'
  | 'taken'
  | 'abuse'
  | 'harm_others';

/** Words for ending one's life, plain or coded, as a counselor might echo them. */
const ENDING =
  /(?:suicid\w*|sewerslide|kill(?:ing)? (?:yourself|urself|ur ?self)|kms|ctb|unaliv\w*|end(?:ing)? (?:your (?:own )?life|it all|things|your life)|take your (?:own )?life|taking your (?:own )?life)/u
    .source;
const ENDING_ANYWHERE = new RegExp(ENDING, 'u');
/** What a means or plan question asks about when it is about dying. */
const RISK_OBJECT =
  /(?:how|when|where|kill|end|die|dying|suicide|hurt|harm|do it|doing it|overdose|jump|take your)\b/u.source;

const QUESTION_TOPICS: readonly [QuestionTopic, RegExp][] = [
  [
    'safety',
    /\b(?:are you|r u|are u|you|u) (?:safe|ok(?:ay)?|alright|all right|in danger)(?: right now| rn| at the moment| tonight| where you are| now)?\b|\b(?:do you|d'you) feel safe\b|\bis it safe\b|\bsafe (?:right now|at home|tonight)\b|\b(?:can|will) you (?:keep yourself|stay|be) safe\b|\b(?:take|help) (?:for )?you to (?:stay|be|keep) safe\b/u,
  ],
  // Before `suicide`: "have you ever tried to end your life?" asks about the past.
  [
    'attempt',
    new RegExp(
      String.raw`\b(?:have you|did you|you) ever (?:tried|attempted|made an attempt)\b|\b(?:tried|attempted) (?:to )?(?:${ENDING}|it) before\b|\bprevious attempts?\b|\btried before\b|\bhave you ever\b.*\b(?:attempt|tried)`,
      'u',
    ),
  ],
  [
    'plan',
    new RegExp(
      String.raw`\bact on (?:these|those|the|them|your|it|that|this)\b|\ba plan\b(?! (?:for|to|with|about|of) (?!${RISK_OBJECT}))|\bplans? (?:to|for) (?=${RISK_OBJECT})|\b(?:how you would|how would you|when (?:you would|would you)|decided (?:how|when)|have you decided|(?:thought|think|thinking) (?:about |of )?(?:how|when)(?=\s*(?:[?,]|$|or\b|and\b|(?:you(?:'d| would| might| could)|to) (?:do|end|kill|take|go through)\b))|(?:picked|chosen|set|got) a (?:date|day|time)\b|(?:when|how|where) (?:were|are) you (?:thinking|planning)|(?:something|what) (?:you(?:'re| are)|your) planning|planning (?:to|on) (?:do|go|end|kill|take|jump|hurt)|(?:a|the) note\b|(?:written|wrote|write) (?:anything|a note|a letter|goodbye))`,
      'u',
    ),
  ],
  [
    'suicide',
    new RegExp(
      String.raw`\b(?:thinking|thought|thoughts|think) (?:of|about) (?:${ENDING})|\b(?:suicidal|want(?:ing)? to die|wanna die|${ENDING})`,
      'u',
    ),
  ],
  [
    'passive',
    /\b(?:wish(?:ed|ing)? (?:that )?(?:you|u) (?:were|was|could be) dead|wish(?:ed|ing)? (?:that )?(?:you|u) (?:could )?(?:just )?(?:not wake up|wouldn't wake up|didn't wake up|go to sleep and not|disappear|not be here|not exist)|not (?:wake|waking) up|(?:life|living) (?:is(?:n't| not)|isnt|was(?:n't| not)|wasnt|not) worth|better off without you|(?:think|thinking|thought|thoughts) (?:of|about) (?:dying|death|being dead|not being (?:here|around|alive)|not wanting to (?:be alive|live|be here))|not (?:want(?:ing)? to|wanna) (?:be alive|live|be here))/u,
  ],
  [
    'means',
    /\b(?:have|got|keep|kept|access to) (?:the|any|those|them|it|your|some) ?(?:pills|tablets|meds|medication|means|gun|rope|knife|blades?|razors?)?(?: with you| on you| nearby| near you| at home| in the house| right now)\b|\bhave (?:the|any) (?:pills|means|tablets|gun|rope|knife|blades?|razors?)\b|\baccess to\b|\bwhere (?:are|is) (?:the|your|it|they|that) ?(?:pills|tablets|gun|rope|knife|weapon|blades?)?(?: right)? now\b|\bwhere (?:are|is) (?:the|your) (?:pills|tablets|gun|rope|knife|weapon|blades?)\b/u,
  ],
  [
    'injury',
    /\b(?:is it|are they|is the cut|is the wound) still bleeding\b|\b(?:are|is) the (?:cuts?|wounds?|burns?) (?:deep|bad|bleeding)\b|\bhow deep\b|\bneed (?:stitches|a doctor|medical)\b/u,
  ],
  [
    'self_harm',
    /\b(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|burn(?:ing)?) yourself\b|\bself[- ]?harm|\burges? to (?:cut|burn|hurt|harm|sh)\b|\b(?:did|do|have) you (?:\w+ ){1,5}on purpose\b/u,
  ],
  [
    'taken',
    /\b(?:have you|did you|(?<!\b(?:help|helps|remember to|forget to|when|if|do|will|would|can|could|should|to) )you|has (?:he|she|they)|did (?:he|she|they)) (?:taken|take|took|swallowed|had|drunk|drank) (?:anything|something|too many|pills|tablets|meds|(?:them|these|those)\b|(?:any|some|the|more|all) (?:(?:of|the|your|those|whole|entire|rest|extra) ){0,3}(?:pills?|tablets?|meds|medication|medicine|drugs|alcohol|drink|them|these|those|it|more|lot|box|packet|bottle|pack|strip|doses?|stuff)\b|(?:any|some|more)(?=\s*(?:[?.,!]|$|today|tonight|now|yet|already)))|\bhow (?:many|much) (?:did|have|has) (?:you|he|she|they) (?:take|taken|had|swallowed)\b|\bwhat did (?:you|he|she|they) take\b|\b(?:is|are) (?:he|she|they|you) (?:still )?(?:breathing|conscious|awake|responsive|responding)\b|\bcan (?:you|he|she|they) breathe\b/u,
  ],
  [
    'abuse',
    /\b(?:(?:is|does|did|has) (?:he|she|they|anyone|someone|somebody) (?:ever )?(?:hurt|hit|touch|touched|threaten|threatened|choke|choked|hurt)(?:ing|s)? you|hurt(?:ing)? you|hit(?:ting)? you|abus\w+ you|(?:scared|afraid|frightened) (?:of (?:him|her|them)|to go (?:back )?home)|leave (?:any )?marks|touched you)\b/u,
  ],
  [
    'harm_others',
    /\b(?:hurt(?:ing)?|kill(?:ing)?|harm(?:ing)?) (?:him|her|them|someone|anyone|somebody|others)\b/u,
  ],
];

/** Means asked about outside any talk of risk ("do you have the rope?" before a climb) mean nothing. */
const NEEDS_RISK_BEFORE: ReadonlySet<QuestionTopic> = new Set(['means', 'attempt', 'plan']);
/** A question about ordinary medicine ("did you take anything for the headache?"). */
const ORDINARY_MEDICINE =
  /\bfor (?:the|your|that|a|my) (?:headache|pain|cold|flu|fever|period|cramps|back|tooth|toothache|hangover|migraine|allergies|hay ?fever|cough|sore throat)\b|\bas prescribed\b|\byour (?:usual|normal|regular) (?:meds|medication|dose|tablets)\b/u;

/** A question about someone else's risk ("has anyone in your family ever attempted suicide?"). */
const ABOUT_SOMEONE_ELSE =
  /\b(?:has|have|did|does|is) (?:anyone|someone|somebody|any of your|anybody|your (?:\w+ )?(?:friend|mum|mom|dad|brother|sister|son|daughter|partner|family|wife|husband|boyfriend|girlfriend|uncle|aunt|cousin|nan|grandad|grandma|grandpa|kid|child))\b(?! (?:ever )?(?:hurt|hit|touch|touched|threaten|threatened|choke|choked)\w* you)/u;
/** Laughter in an answer about an injury or a person: "only my pride lol", "emotionally maybe 😂". */
const JOKING = /\b(?:lol|lmao|lmfao|haha+|hehe+|rofl)\b|😂|🤣|😆|😅/u;

/** Despair in the client's words before a question: "everything is pointless" → "do you have a plan?". */
const DESPAIR =
  /\b(?:pointless|no point|hopeless|can't (?:go on|do (?:this|it)|take (?:it|this|any ?more))|cant (?:go on|do (?:this|it)|take (?:it|this))|give up|giving up|no way out|nothing (?:left|matters)|worthless|a burden|die|dying|dead|death|end it|ending it|over it all|done with (?:it all|everything|life)|disappear|not (?:be )?here|gone)\b/u;

/** The counselor's last question, the one being answered; null when they asked none. */
function lastQuestionOf(text: string): string | null {
  if (!text.includes('?')) return null;
  return (
    text
      .slice(0, text.lastIndexOf('?') + 1)
      .split(/(?<=[.!?])\s+/u)
      .pop() ?? text
  );
}

/**
 * The risk topic of the counselor's last question. Questions that only mean risk in a risk moment
 * (means, a plan, "have you ever tried?") count when the client's earlier words held risk or
 * despair, or the counselor's own words name it.
 */
export function questionTopic(
  counselor: ContextMessage,
  before: { readonly risk: boolean; readonly clientText: string } = { risk: false, clientText: '' },
): QuestionTopic | null {
  const text = counselor.norm.text;
  const lastQuestion = lastQuestionOf(text);
  if (lastQuestion === null) return null;
  if (ORDINARY_MEDICINE.test(lastQuestion) || ABOUT_SOMEONE_ELSE.test(lastQuestion)) return null;
  // "if you were thinking about suicide, would you tell someone?": a yes discloses nothing.
  if (HYPOTHETICAL.test(lastQuestion)) return null;
  for (const [topic, re] of QUESTION_TOPICS) {
    if (!re.test(lastQuestion)) continue;
    // "how much have you had to drink tonight?" → "like 6 beers": a drinking chat, unless risk came first.
    if (topic === 'taken' && DRINK_ONLY.test(lastQuestion) && !before.risk) return null;
    if (
      NEEDS_RISK_BEFORE.has(topic) &&
      !before.risk &&
      !DESPAIR.test(before.clientText) &&
      !ENDING_ANYWHERE.test(text)
    )
      return null;
    return topic;
  }
  return null;
}

/** A question about drinking that names no pills or drugs. */
const DRINK_ONLY =
  /^(?![^]*\b(?:pills?|tablets?|meds|medication|medicine|drugs?|overdose|anything else|with it)\b)[^]*\b(?:to drink|drinking|drunk|drank)\b/u;

const HYPOTHETICAL =
  /\bif (?:you|u) (?:were|ever|did|had|started|felt)\b[^?]*\b(?:would|do|could|will) (?:you|u)\b/u;

export const TOPIC_KIND: Record<QuestionTopic, RiskKind> = {
  safety: 'suicide',
  suicide: 'suicide',
  passive: 'suicide',
  attempt: 'suicide',
  plan: 'suicide',
  means: 'suicide',
  self_harm: 'self_harm',
  injury: 'self_harm',
  taken: 'medical_emergency',
  abuse: 'abuse',
  harm_others: 'harm_to_others',
};

/** Why an answer is evidence, in the risk banner's words: what was asked, and that it was no "no". */
export const ANSWER_WHY: Record<QuestionTopic, string> = {
  safety: 'says they are not safe, or are not sure, when asked',
  suicide: 'answered when asked about suicide, without saying no',
  passive: 'answered when asked about wishing to be dead, without saying no',
  attempt: 'answered when asked about an attempt, without saying no',
  plan: 'answered when asked about a plan, without saying no',
  means: 'answered when asked about the means, without saying no',
  self_harm: 'answered when asked about hurting themselves, without saying no',
  injury: 'answered when asked about their injury',
  taken: 'answered when asked what they took, without saying no',
  abuse: 'answered when asked whether someone hurts them, without saying no',
  harm_others: 'answered when asked about hurting someone, without saying no',
};

/**
 * The counselor speaks of pills the client mentioned ("You mentioned the pills a moment ago.
 * Are you still there?") and the client answers "i took them": an overdose told by reference,
 * with no question about taking anything to answer and no drug named in the client's words.
 */
const MENTIONED_DRUG = new RegExp(
  String.raw`\b(?:you|u) (?:mentioned|said|told me|talked about|were talking about|brought up|wrote about|spoke about) (?:\w+ ){0,2}(?:${DRUG}|overdos\w*)`,
  'u',
);
/** "i took them", "swallowed the lot", "already had them all". */
const TOOK_THEM =
  /^(?:(?:i|ive|i've|i have|just|already)\s+)*(?:took|taken|swallowed|had|necked|downed) (?:them|em|it|all of them|them all|the lot|the whole lot|all of it|every one|the rest|the pills|the tablets)\b/u;
/** Medicine taken as meant: "took them with breakfast", "as the doctor said". */
const AS_MEANT =
  /\b(?:with (?:breakfast|food|dinner|lunch|tea|my meal)|as (?:the )?(?:doctor|gp|pharmacist|nurse) said|as (?:prescribed|directed)|every (?:morning|night|day))\b/u;
const PRESCRIBED = /\b(?:prescri\w+|the (?:gp|doctor|pharmacy|chemist|nurse)|antibiotics?|the course)\b/u;

export const TOOK_MENTIONED_WHY = 'says they took the pills they had spoken of';

export function tookWhatWasMentioned(counselor: string, answer: string): boolean {
  return (
    MENTIONED_DRUG.test(counselor) &&
    !PRESCRIBED.test(counselor) &&
    !ORDINARY_MEDICINE.test(counselor) &&
    TOOK_THEM.test(answer.trim()) &&
    !AS_MEANT.test(answer) &&
    !ORDINARY_TAKEN.test(answer)
  );
}

// The client's answers ----------------------------------------------------------------------------

const YES =
  /^(?:y|yes|yeah|yea|ye|yep|yup|ya|yh|yas|yess+|mhm|uh huh|i am|i do|i have|i did|i was|kinda|kind of|sort of|sorta|lowkey|low key|sometimes|a bit|a little|maybe|i guess|i think so|probably|honestly yes|honestly yeah|truthfully yes|all the time|every day|everyday|most days|constantly|more than ever|often|lately|always|i don't know|not sure|i'm not sure|idk|i don't even know|dunno|possibly|not really sure|hard to say|i mean yeah|well yeah|yeah i guess|i suppose|👍|😔|😞|🙃|😶|🫠|😭|😢|💀)(?![\w'])/u;
const NO =
  /^(?:no+|nope+|nah+|na|never|not at all|no no|definitely not|of course not|i'm fine|im fine|i am fine|not really(?! sure)|i don't think so|no way|god no|hell no|goodness no|absolutely not|none|nothing|nothing like that|not like that|no thoughts|never have|i'm good|im good|all good|i'm ok|im ok|i'm okay|im okay|i'm alright|im alright|not even close|i'm not(?! sure)|i am not(?! sure)|im not(?! sure)|not suicidal|(?:lol|lmao|lmfao|haha|ha|omg|oh god|god|oh|oh goodness|goodness|oh gosh|gosh|good heavens|heavens|oh heavens|good lord|oh lord|lord|oh dear|dear me|oh my)[,!. ]*no|not one|not even|nothing of the sort|not in the slightest|there isn't (?:one|any)|there's none|0|zero)\b|^(?:🙅|❌|🚫)/u;
/** "not really" to "are you safe?" is not safe; "no" to "are you safe?" is not safe either. */
const SAFE =
  /^(?:yes|yeah|yea|yep|yup|ya|i'm safe|i am safe|im safe|i'm ok|i'm okay|i'm fine|im fine|i am|safe|totally|of course|for now yes)\b/u;
const UNSAFE =
  /^(?:no|nope|nah|not really|not sure|i'm not|i am not|idk|i don't know|i dont know|don't know|not exactly|i don't think so|no i'm not|dunno|maybe not|probably not|kind of|kinda|sort of|define safe|hard to say|nothing|i can't|i cant|not tonight|can't promise|cant promise)\b/u;
const UNSURE =
  /^(?:maybe|i don't know|idk|not sure|i'm not sure|dunno|possibly|hard to say|i guess|i suppose|probably|kinda|kind of|sort of|sorta|lowkey|low key|a bit|a little|sometimes|🙃|😶|🫠|💀)/u;
/**
 * Hedges that make a yes a thought rather than an intent (C-SSRS 2 rather than 3–5): "sometimes,
 * no plan or anything", "it crosses my mind", "i'd never actually do it".
 */
const HEDGED =
  /\b(?:sometimes|on and off|now and then|every now and|here and there|cross(?:es|ed)? my mind|not (?:like )?(?:a )?plan|no plans?|not planning|not (?:like )?planning|just (?:the )?thoughts?|just think(?:ing)?|only thoughts?|nothing more than|not (?:acting|gonna act|going to act)|wouldn't|would never|wouldnt|i'd never|id never|couldn't do that|not like doing|not seriously|in a general way|background|floats?|passes|passed|not rn|not right now|not today|not tonight)\b/u;
/** A past act or how often: "years ago", "a few times", "most days". */
const PAST_OR_COUNT =
  /\b(?:years ago|(?:a )?long time ago|when i was (?:a kid|younger|\d+)|few times a (?:week|month)|most days|every day|a few times|once|twice)\b/u;
/** An accident, not an act: "yes chopping onions lol". */
const ACCIDENT =
  /\b(?:accident(?:al|ally)?|by mistake|chopping|cooking|baking|slicing|carving|shaving|tripped|slipped|fell off|fell over|sprain(?:ed)?|twisted|the oven|the stove|the iron|the pan|the kettle|paper cut|my dog|the dog|the cat|at work|at the gym|playing|football|rugby|netball|basketball|hockey|skating|skateboard|my bike|cycling|climbing|hiking|gardening|diy|training)\b/u;
/** A denial that goes on to tell of the thought or the act: "not rn / last night yeah". */
const GOES_ON_TO_TELL =
  /\b(?:but|though|tho|well|sometimes|still|except|only|just that|last night|yesterday|earlier|used to|before)\b[^.!?\n]{0,60}\b(?:yeah|yes|i do|i did|did it|do it|thought about it|think about it|thought about (?:dying|ending|killing|it)|wish(?:ed)? i|wanted to (?:die|end|disappear|do it|hurt|cut|not)|urges?|tried)\b/u;
/**
 * A clear no, said anywhere in the answer ("no to both", "personally no", "nobody's hurting me",
 * "i want to live"). Read only when the answer holds no intent.
 */
const DENIES =
  /\b(?:(?:personally|me)(?: personally)?,? (?:no|never|nope)|(?:it's|its|that's|thats) (?:a )?no\b|no to (?:both|that|the other one|either|all)|no,? no|(?:there's |there are |there is )?no (?:scary )?thoughts?(?: like that| of \w+)?|(?:nobody|no one|noone)(?:'s| is)? (?:actually )?(?:hurting|threatening|hurt|hurts) (?:me|us)|not done with life|(?:i|i'd) (?:want|wanna) to (?:live|be here|be around)|(?:i'm|im|i am) not at risk|never (?:me|had (?:those|them|that)|once|tried (?:to|it))|not on purpose|not like that|(?:hurt|harm) (?:her|him|them|myself|anyone),? no|(?:i'd|i would|id) never (?:lay a finger|hurt|do anything)|(?:haven't|have not|havent) (?:ever )?thought about (?:it|that)|not (?:drugs|pills|anything like that)|(?:bad|poor|wrong|awful|terrible|unfortunate) (?:phrasing|wording|choice of words?)|badly (?:phrased|worded)|(?:didn't|didnt|did not) mean it (?:like that|that way|literally))\b|(?:^|[.!?]\s*)no\.?\s*$/u;
/** "i'm fine" takes back a thought, never an act told: "the whole packet. im fine though" stays high. */
const SAYS_FINE = /\b(?:i'm|im|i am|we're|we are) (?:totally |very |all |completely )?(?:safe|fine)\b/u;
/** "nah im safe", "no, we're fine here": a no followed by safety. */
const SAYS_SAFE =
  /^(?:no|nope|nah|na)\b[^.!?\n]{0,6}\b(?:i'm|im|i am|we're|we are|all|totally|perfectly) (?:safe|fine|ok|okay|good)\b/u;
const UNSAFE_WORDS = /\b(?:not safe|unsafe|scared|kill|die|hurt|pills|tonight|can't promise|cant promise)\b/u;
/** Ordinary medicine or drink, not an overdose: "just my usual meds", "only a coffee". */
const ORDINARY_TAKEN =
  /\b(?:my (?:usual|normal|regular|prescribed)|as prescribed|vitamins?|(?:just|only) (?:my )?(?:meds|medication|inhaler|antibiotics|the pill)\b|(?:just|only) (?:a |one |two |1 |2 )?(?:coffee|tea|water|paracetamol|ibuprofen|panadol|tylenol|advil|aspirin|beer|glass|pint)|same as always|as usual|like (?:every|each) (?:morning|night|day)|nothing extra|(?:a|one|two|2|couple of) (?:pints?|beers?|glasses of wine|drinks))\b|\b(?:the|my) (?:usual|normal|regular|prescribed|recommended) (?:dose|amount)\b|^(?:\w+ ){0,2}(?:tea|coffee|water|chamomile|herbal tea|hot chocolate|a walk|a bath)\b/u;
/** What an account of something taken names: a drug, a drink with pills, an amount, or how they are now ("barely" to "is she breathing?"). */
const SUBSTANCE_OR_AMOUNT = new RegExp(
  String.raw`\b(?:${DRUG}|drugs?|coke|cocaine|mdma|molly|ket|ketamine|speed|weed|spice|heroin|alcohol|vodka|bleach|poison|antifreeze|the lot|whole|all|load|loads|bunch|handful|strip|packet|pack|box|bottle|couple|few|some|several|a lot|\d+|everything|barely|hardly|wake|breath\w*|blue|grey|gasp\w*|conscious|unconscious|responding|floppy|sick|vomit\w*|fitting|shaking|passed out)\b`,
  'u',
);

/** Intent or imminence in an answer: "i've decided", "already started", "this time". */
const INTENT =
  /\b(?:decided|made up my mind|mind'?s made up|already started|started|this time|tonight|right now|rn|today|tomorrow|going to|gonna|planning|plan|ready|sorted|got it)\b/u;
/** Intent strong enough that no later "no" takes it back. */
const STRONG_INTENT =
  /\b(?:decided|made up my mind|mind'?s made up|already started|this time|tonight|right now)\b/u;
/** The client says what they meant by a yes: "i have tried before / therapy i mean". */
const CLARIFIES =
  /\b(?:i mean|i meant|as in|oh you mean|you mean me|wait you mean|no to the (?:other|second|2nd|last|next)(?: one| bit| part| question| half| thing)?)\b/u;
/** "like 4", "2 if that", "7/10". */
const SCALE =
  /^(?:like |about |maybe |around |prob(?:ably)? |honestly )?(?:a )?(\d{1,2})(?:\s*(?:\/|out of)\s*10)?(?![\d:.]\d)\b/u;
/** A deflection that does not say no ("does it matter", "what do u think"). */
const DEFLECTS =
  /^(?:does it matter|would it matter|why does it matter|what do (?:u|you) think|what difference|who cares|why would i tell|why do you care|does anyone care|whats the point|what's the point)/u;
/** A question back about the question itself is no answer yet. */
const ASKS_BACK = /^(?:what|why|huh|wdym|what do you mean|how do you mean|sorry\?|\?)/u;

/**
 * The level an answer to a risk question discloses, if any. `answer` is the client's first message
 * after the question, `more` the client's next ones before the counselor speaks again, `earlier` what
 * the client wrote before the question.
 */
/** Whether the client's first words answer the question itself (a yes, a no, safe or not), not another topic. */
export function answersDirectly(answer: string): boolean {
  const a = answer.trim();
  return YES.test(a) || NO.test(a) || SAFE.test(a) || UNSAFE.test(a) || DEFLECTS.test(a);
}

export function answerLevel(topic: QuestionTopic, answer: string, more = '', earlier = ''): RiskLevel {
  const a = answer
    .trim()
    .replace(
      /^(?:(?:um+|uh+|well|honestly|tbh|to be honest|ngl|not going to lie|i mean|hmm+|ok|okay|good (?:morning|afternoon|evening)|hi|hello|hey)[ ,.!]+)+/u,
      '',
    );
  const whole = `${a} ${more}`.trim();
  if (a.length === 0) return 'none';
  if (topic === 'safety') {
    if (SAFE.test(a) && !/\bnot\b/u.test(a.slice(0, 20))) return 'none';
    // "nah im safe": the no answers the worry, not the question.
    if (SAYS_SAFE.test(a) && !UNSAFE_WORDS.test(whole)) return 'none';
    return UNSAFE.test(a) ? 'high' : 'none';
  }
  // An accident answers "did you cut yourself?" without disclosing anything.
  if (
    (topic === 'self_harm' || topic === 'injury' || topic === 'taken') &&
    ACCIDENT.test(`${earlier} ${whole}`)
  )
    return 'none';
  if (topic === 'taken' && (ORDINARY_TAKEN.test(whole) || ORDINARY_MEDICINE.test(earlier))) return 'none';
  // "a long walk and a sausage roll": an account of the day names no substance or amount.
  if (topic === 'taken' && !YES.test(a) && !SUBSTANCE_OR_AMOUNT.test(whole)) return 'none';
  // A joke in the answer to a question about an injury or another person is not a disclosure.
  if (
    !['suicide', 'passive', 'plan', 'means', 'attempt'].includes(topic) &&
    JOKING.test(whole) &&
    !YES.test(a)
  )
    return 'none';
  if (NO.test(a)) {
    // "not rn / last night yeah but it passed", "no. wanted to but i held ice instead": a denial
    // that goes on to tell of the thought is worth asking about; "no, just stressed about the
    // rent, i used to worry more before" is not.
    const rest = `${a.replace(NO, '')} ${more}`;
    const thoughtsTopic =
      topic === 'suicide' || topic === 'passive' || topic === 'self_harm' || topic === 'plan';
    return thoughtsTopic && GOES_ON_TO_TELL.test(rest) && !DENIES.test(rest) ? 'possible' : 'none';
  }
  // An answer that explains first and says no after ("ending things with my girlfriend? /
  // oh wait you mean me. no", "thought about it as in a netflix series… me personally, no").
  const thoughts = topic === 'suicide' || topic === 'passive' || topic === 'self_harm' || topic === 'plan';
  const denies = DENIES.test(whole) || (thoughts && SAYS_FINE.test(whole));
  if (denies && !STRONG_INTENT.test(whole) && (!YES.test(a) || CLARIFIES.test(more))) return 'none';
  // A number on the counselor's scale: 0 is none, up to 6 worth asking about, 7 and up high.
  const scale = SCALE.exec(a);
  if (scale && topic !== 'taken' && topic !== 'abuse' && topic !== 'harm_others') {
    const n = Number(scale[1]);
    if (n === 0) return 'none';
    return n >= 7 || STRONG_INTENT.test(whole) ? 'high' : 'possible';
  }
  if (ASKS_BACK.test(a) && !DEFLECTS.test(a)) return 'none';
  // Past here the answer is a yes, a deflection, or a plain account ("the whole packet", "choked me
  // again", "few times a week"), which answers too.
  const yes = YES.test(a);
  const deflects = DEFLECTS.test(a);
  switch (topic) {
    case 'passive':
    case 'attempt':
      return INTENT.test(whole) && !HEDGED.test(whole) ? 'high' : 'possible';
    case 'suicide':
      if (INTENT.test(whole) && !HEDGED.test(whole)) return 'high';
      if (deflects || (yes && UNSURE.test(a)) || HEDGED.test(whole) || PAST_OR_COUNT.test(whole))
        return 'possible';
      return yes ? 'high' : 'possible';
    case 'plan':
    case 'means':
      if (deflects) return 'possible';
      return yes && UNSURE.test(a) ? 'possible' : 'high';
    case 'self_harm':
      // "a few times, like 2 yrs ago" is a past act; "yes" to "have you hurt yourself today?" is not.
      if (deflects || HEDGED.test(whole) || PAST_OR_COUNT.test(whole) || (yes && UNSURE.test(a)))
        return 'possible';
      return 'high';
    case 'injury':
    case 'taken':
    case 'abuse':
    case 'harm_others':
      if (deflects || (yes && UNSURE.test(a))) return 'possible';
      return 'high';
  }
}

// Answers without a subject ---------------------------------------------------------------------

/**
 * Questions about what the client will do, and the words a fragment answering them leaves out:
 * "what are you planning to do tonight?" → "end it" says "i'm going to end it". Keyed on the
 * question's verb, so that the completed answer reads as the client would have written it whole.
 */
const WHAT_WILL_YOU_DO: readonly [RegExp, string][] = [
  [
    /\bwhat (?:are|r) (?:you|u) (?:planning|going|gonna|about|thinking of|thinking about|hoping) (?:to )?(?:do|doing)\b|\bwhat(?:'s| is) the plan\b|\bwhat (?:will|would|do) (?:you|u) (?:do|plan to do)\b|\bwhat(?:'re| are) (?:you|u) (?:going|gonna|planning) to do\b|\bwhat(?: do| did)? (?:you|u) (?:plan|intend|mean) to do\b/u,
    "i'm going to ",
  ],
  [/\bwhat (?:do|did) (?:you|u) (?:want|wanna|feel like|need) (?:to )?(?:do|doing)?\b/u, 'i want to '],
];
/** Read at its start only, so a long message costs no more than a short one. */
const MORE_THAN_EIGHT_WORDS = /^(?:\S+\s+){8}\S/u;
/** Words that begin an answer with its own subject or as a yes or a no: nothing is left out. */
const HAS_SUBJECT =
  /^(?:i|i'm|im|i've|ive|i'll|ill|i'd|id|me|my|we|we're|he|she|they|it|it's|its|that|this|there|you|u|ur|your|yes|yeah|yep|no|nah|nope|not|nothing|idk|dunno|maybe|what|why|how|who|the|a|an|just (?:i|me|we))\b/u;

/**
 * The subject and verb a short answer leaves out, if the counselor just asked what the client will
 * do and the answer starts without a subject ("end it", "prob just sleep", "finally do it"); null
 * otherwise. An answer of more than eight words is read as written.
 */
function elidedSubject(counselor: string, answer: string): string | null {
  // The question first: it is short, and most answers follow no question of this kind.
  const lastQuestion = lastQuestionOf(counselor);
  const words = lastQuestion === null ? undefined : WHAT_WILL_YOU_DO.find(([q]) => q.test(lastQuestion))?.[1];
  if (!words) return null;
  const text = answer
    .trim()
    .toLowerCase()
    .replace(/^(?:um+|uh+|well|honestly|tbh|ngl|hmm+|prob(?:ably)?|probs)[ ,.]+/u, '');
  if (text.length === 0 || HAS_SUBJECT.test(text) || MORE_THAN_EIGHT_WORDS.test(text)) return null;
  return words;
}

/**
 * The client's answer with the words it leaves out put back ("end it" → "i'm going to end it"), to
 * be read by the rules; `added` is how many characters were put in front, to map spans back.
 */
export function completedAnswer(
  counselor: ContextMessage,
  answer: ContextMessage,
): { readonly message: ContextMessage; readonly added: number } | null {
  const elided = elidedSubject(counselor.norm.text, answer.message.text);
  if (!elided) return null;
  const text = `${elided}${answer.message.text}`;
  return {
    message: { index: answer.index, message: { ...answer.message, text }, norm: normalize(text) },
    added: elided.length,
  };
}
