import type { RiskKind } from '../../../models';
import { type PatternRule, rule } from '../match';

/**
 * Risk signals in the client's words (framework.md §5), as pieces a crisis supervisor puts
 * together rather than whole sentences: a wish to be dead, thoughts of suicide, a method, means
 * at hand, a time, a dangerous place, preparations, a goodbye, an act. ../risk.ts combines the
 * signals found across the client's recent messages ("i have them here" / "tonight") into a level
 * by the C-SSRS screener's ladder (wish → thoughts → method → intent → plan → preparation →
 * attempt), and a trained model over the same messages carries recall on wording no rule has.
 *
 * Patterns match normalized text (lowercase, chat shorthand expanded: "kms" → "kill myself",
 * "unalive" → "kill", "sewerslide" → "suicide"; see ../text.ts). Subjects may be missing, as they
 * are in chat ("did it again last night"). Idioms ("this essay is killing me"), games, and other
 * people's stories are screened out by the guards at the end of this file and in ../risk.ts.
 */
export type RiskSignal =
  /** Active: wants, means or plans to kill themselves; "i'm suicidal". C-SSRS 2 and up. */
  | 'suicidal_intent'
  /** C-SSRS 1: wishes to be dead or not to wake up, without thoughts of doing anything. */
  | 'passive_wish'
  /** Hopelessness, feeling a burden, "can't do this anymore": what crisis lines ask about. */
  | 'hopeless'
  /** A way to die named in a personal frame ("how many pills would it take", "the rope"). */
  | 'method'
  /** Means in hand or within reach ("i have them here", "got a rope", "the gun is in the car"). */
  | 'means'
  /** When: tonight, after everyone is asleep, this weekend. */
  | 'time'
  /** Somewhere to die from: a bridge, a roof, a ledge, the tracks, the car running in the garage. */
  | 'place'
  /** Preparations: a note, a will, giving things away, someone to take the dog, goodbyes. */
  | 'preparation'
  /** Saving up pills or other means: a preparatory act on its own (C-SSRS 6). */
  | 'stockpile'
  /** A plan mentioned without saying what for ("i'll do it on my birthday", "is that enough"). */
  | 'plan_ref'
  /** A farewell: "this is the last time you'll hear from me", "thank you for everything". */
  | 'goodbye'
  /** An attempt or an act in progress or in the recent past. */
  | 'attempt'
  /** An attempt long ago. */
  | 'past_attempt'
  | 'self_harm_act'
  | 'self_harm_urge'
  | 'self_harm_past'
  | 'harm_intent'
  | 'harm_wish'
  | 'abuse_now'
  | 'abuse_concern'
  | 'medical'
  /** Someone else (a friend, a sibling) is at risk now: the client needs help for them. */
  | 'other_at_risk';

const s = (signal: RiskSignal, n: number, src: string, why: string, weight = 1) =>
  rule(signal, `risk.${signal}.${n}`, src, weight, why);

/** Which kind each signal is evidence of. */
export const SIGNAL_KIND: Record<RiskSignal, RiskKind> = {
  suicidal_intent: 'suicide',
  passive_wish: 'suicide',
  hopeless: 'suicide',
  method: 'suicide',
  means: 'suicide',
  time: 'suicide',
  place: 'suicide',
  preparation: 'suicide',
  stockpile: 'suicide',
  plan_ref: 'suicide',
  goodbye: 'suicide',
  attempt: 'suicide',
  past_attempt: 'suicide',
  self_harm_act: 'self_harm',
  self_harm_urge: 'self_harm',
  self_harm_past: 'self_harm',
  harm_intent: 'harm_to_others',
  harm_wish: 'harm_to_others',
  abuse_now: 'abuse',
  abuse_concern: 'abuse',
  medical: 'medical_emergency',
  other_at_risk: 'suicide',
};

// Building blocks ------------------------------------------------------------------------------

/** Ways of ending one's life as people write them, after a verb of wanting or planning. */
const END_SELF = String.raw`(?:kill(?:ing)? my ?self|unaliv\w*(?: my ?self)?|end(?:ing)? (?:it(?: all)?(?! with\b| off with\b)|my (?:own )?life|my ?self|things|everything|my suffering|the pain for good)|tak(?:e|ing) my (?:own )?life|off(?:ing)? my ?self|hang(?:ing)? my ?self|shoot(?:ing)? my ?self|drown(?:ing)? my ?self|do(?:ing)? my ?self in|top(?:ping)? my ?self(?! up| off)|(?:commit(?:ting)?|do(?:ing)?) suicide|suicide|ctb|catch(?:ing)? the bus|die|be dead|not be (?:here|alive|around)|not exist|jump(?:ing)?(?: off| in front)?|slit(?:ting)? my (?:wrists?|throat)|od|overdos(?:e|ing)|check(?:ing)? out(?: for good| early| permanently)?|go to sleep (?:forever|and never wake up)|sleep forever|be (?:gone|done) for good|join (?:my |him|her|them)\w*|rope)`;

/** Verbs of wanting, meaning, planning or nearly doing. */
const WANT = String.raw`(?:want(?:ed)?(?: so bad| so much| really)? to|wanna|need to|going to|gonna|gon|will|'ll|'m going to|am going to|plan(?:ning)? to|planned to|ready to|about to|decided to|have decided to|made up my mind to|tempted to|urge to|urges to|want nothing more than to|could just|think i (?:will|might|could|should)|might (?:just )?|should just|just wanna|feel like|thinking (?:about|of)|thought (?:about|of)|considering|contemplating|keep thinking (?:about|of)|can't stop thinking (?:about|of)|fantasi[sz](?:e|ing) about|dream(?:ing)? (?:about|of)|research(?:ing|ed)?|look(?:ing|ed) up (?:how|ways) to|googl(?:e|ed|ing) (?:how|ways) to|ways to|how to|try(?:ing)? to|tried to)`;

const TIME = String.raw`(?:tonight|tonite|2nite|tonights the night|today|right now|rn|(?:on |by |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|once (?:every(?:one|body)|they|he|she|my \w+|it)(?:'s| is| are|'re)? (?:asleep|gone|out|dark|in bed)|after (?:his|her|my|their) shift|(?:in|within) (?:the next |like |about )?\d+ (?:min|mins|minutes|hours|hrs)|\d{1,2}:\d\d|till then|until then|before (?:the|my) (?:flight|exam|results|court|hearing|wedding|birthday)|this (?:evening|afternoon|weekend|week|morning)|tomorrow(?: morning| night)?|in (?:an|a few|\d+|a couple of?) (?:hours?|minutes?|mins?|days?)|soon|after (?:every(?:one|body)|they|he|she|mum|mom|dad|my \w+) (?:is |are |goes? |go |leaves?|left|falls? |fall )?(?:asleep|to (?:bed|sleep|work)|out|gone|leave|leaves)|when (?:every(?:one|body)|they|he|she|my \w+)(?:'s| is| are|'re)? (?:asleep|gone|out|at work|in bed)|(?:on|by) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|my birthday)|at (?:midnight|\d{1,2}(?::\d\d)?(?: ?[ap]m)?)|before (?:morning|sunrise|the weekend|school|work))`;

/** Medicines and drugs people overdose on, as they write them. */
export const DRUG = String.raw`(?:pills?|tablets?|caps|capsules|meds|medication|medicine|gummies|sleeping (?:pills|tablets)|sleepers|painkillers|pain killers|paracetamol|tylenol|acetaminophen|ibuprofen|advil|aspirin|melatonin|benadryl|nytol|zopiclone|zolpidem|ambien|diazepam|valium|lorazepam|xanax|xans?|benzos?|tramadol|codeine|co-codamol|morphine|oxy\w*|percocet|fentanyl|opioids?|heroin|amitriptyline|sertraline|fluoxetine|prozac|citalopram|lithium|quetiapine|seroquel|adderall|insulin(?: pens?)?|antidepressants|anti-depressants|heart tablets|blood pressure (?:pills|tablets)|iron tablets)`;

const MEANS_OBJECT = String.raw`(?:${DRUG}|revolver|a (?:rope|noose|belt|cord)|rope|noose|gun|guns|pistol|rifle|shotgun|firearm|gun cabinet|bullets?|knife|knives|blade|blades|razor|razors|box cutter|bleach|antifreeze|poison|a bag|plastic bag|helium|charcoal|exhaust|hose|the car running|(?:a |the )?bottle of \w+)`;

const PLACE = String.raw`(?:(?:on|at|off|from|near|by|under|to|up on|top of) (?:the |a |this |that )?(?:bridge|roof|rooftop|ledge|edge|cliff|tracks|train tracks|railway|platform|overpass|motorway bridge|parking garage|car park roof|top floor|balcony(?! door)|river|lake|pier|dam|highway)|(?:in|inside) (?:the |my )?(?:garage|car) with (?:the )?(?:engine|car|motor) (?:running|on)|standing (?:on|at) (?:the )?(?:edge|ledge|railing|tracks|bridge))`;

const SELF_HARM_VERB = String.raw`(?:cut|cutting|cuts|slice[ds]?|slicing|burn(?:ed|t|ing|s)?|scratch(?:ed|ing|es)?|carv(?:e|ed|ing)|hit(?:ting)?|punch(?:ed|ing)?|bang(?:ed|ing)? my head|hurt(?:ing)?|harm(?:ed|ing)?|starv(?:e|ed|ing)|bit(?:e|ing)?|pull(?:ed|ing)? (?:my|out my) hair)`;
const BODY = String.raw`(?:my ?self(?! (?:off|out|loose|free|away))|my (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|hands?|body|face))`;

const PARTNER = String.raw`(?:he|she|they|him|her|my (?:\w+ ){0,1}(?:dad|father|mum|mother|stepdad|stepfather|stepmum|stepmother|step ?dad|step ?mum|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|uncle|aunt|brother|sister|cousin|grandpa|grandad|grandfather|granddad|coach|teacher|boss|son|daughter|parents?|foster \w+|carer|caregiver|landlord|pimp)|(?:mum|mom|dad)(?:'s (?:boyfriend|girlfriend|partner))?)`;

const ABUSE_VERB = String.raw`(?:hits?|hitting|hit|beats?|beating|beat|chok(?:es|ed|ing)|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|strangl(?:es|ed|ing)|push(?:es|ed)|shov(?:es|ed)|thr[eo]w(?:s)? (?:things|stuff|me)|threw (?:things|stuff|me)|grab(?:s|bed) me|drag(?:s|ged) me|burn(?:s|ed|t) me|lock(?:s|ed) (?:me|us) (?:in|out)|pinn(?:ed|s) me|bruis(?:es|ed))`;

/** Someone came and stopped it: the interruption in "if my mum hadn't come home i'd have done it". */
const INTERRUPTED = String.raw`(?:hadn't|had not|didn't|did not|wasn't|was not|hadnt|didnt|wasnt) (?:come|came|walk(?:ed)?|call(?:ed)?|ring|rang|phone(?:d)?|text(?:ed)?|knock(?:ed)?|find|found|stop(?:ped)?|check(?:ed)?|answer(?:ed)?|pick(?:ed)? up|been (?:there|home)|g[eo]t home|wake up|woken up|woke up)\b`;

// Signals ---------------------------------------------------------------------------------------

export const RISK_RULES: readonly PatternRule<RiskSignal>[] = [
  // Suicide, active: the wish, the intent, the thoughts, C-SSRS 2 and up.
  s(
    'suicidal_intent',
    1,
    String.raw`\b${WANT} (?:just |really |actually |finally |literally |honestly |seriously )?${END_SELF}\b`,
    'talks about ending their life',
  ),
  s(
    'suicidal_intent',
    2,
    // A subject-less "kill myself", and the coded words on their own.
    String.raw`\b(?:kill(?:ing|ed)? my ?self|unalive|ctb|kys my ?self|end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|off(?:ing)? my ?self|hang(?:ing)? my ?self|do(?:ing)? my ?self in|top(?:ping)? my ?self(?! up| off)|self[- ]?delete|self[- ]?deleting|kill(?:ing)? me ?self)\b(?! (?:laughing|with laughter|at the gym|working|studying|trying to|running|(?:over|for|on) (?:this|that|the|my) (?:essay|exam|test|project|assignment|deadline|job|workout)|squad|mission|note\w* (?:in|from) (?:the|a) (?:movie|film|show|book|game)|prevention|awareness|hotline|rates?|statistics|bomb\w*|doors?|run|sprints?|drills?|lane))`,
    'uses words for ending their life',
  ),
  s(
    'suicidal_intent',
    3,
    String.raw`\b(?:i(?:'m| am| was| feel| felt| have been|'ve been| get| got| keep getting)?|been|feeling|getting|still|so|pretty|really|very|kinda|kind of|a bit|more) (?:really |so |very |pretty |kinda |kind of |a bit |quite |extremely |super |like |still |actively |passively )?suicidal\b|\bsuicidal (?:again|thoughts?|ideation|feelings?|urges?|tonight|rn|right now|lately|af)\b|\b(?:thoughts?|thinking|ideas?) (?:of|about) (?:suicide|killing my ?self|ending (?:it|my life|everything|things))\b`,
    'says they feel suicidal',
  ),
  s(
    'suicidal_intent',
    4,
    String.raw`\b(?:i|i'm|im) (?:don't|do not|dont) (?:think i )?(?:want|wanna) to (?:be alive|live|exist|survive|keep living|carry on living|go on living)\b(?! (?:like this|this way|in this \w+|with \w+|in fear))|\b(?:i|i'm) (?:ready|prepared) to (?:die|go|leave this world|be gone)\b|\b(?:prepare|preparing|prepared|ready) (?:myself )?for my (?:own )?death\b|\bi(?:'m| am) (?:going|gonna) to (?:do it|go through with it)(?: tonight| today| this time| soon)\b|\b(?:i'll|i will|i'm going to|i am going to|going to|gonna) (?:do|end) it (?:tonight|today|this weekend|soon|this time|for real)\b`,
    'says they do not want to be alive, or that they are ready to die',
  ),
  s(
    'suicidal_intent',
    5,
    // "how many pills would it take", "what's the easiest way to go", "which bridge is highest".
    String.raw`\b(?:how (?:many|much) (?:\w+ ){0,4}(?:would it|does it|it would|it'd|to|will it) (?:take|kill|be lethal|be enough)|(?:easiest|quickest|fastest|least painful|painless|surest|best) (?:way|method|ways|methods) to (?:die|go|end it|kill|do it|not wake up)|lethal (?:dose|amount)|how (?:long|much) (?:does it take|would it take) to (?:die|bleed out|drown|suffocate)|which (?:bridge|building|floor) is (?:high|tall)\w* enough)\b`,
    'asks how to die',
  ),
  s(
    'suicidal_intent',
    12,
    // After an attempt: sorry it failed, or to have survived.
    String.raw`\b(?:(?:i )?wish(?:ed)? (?:it|that) (?:had )?(?:worked|killed me)(?! out)|(?:should have|should've|shoulda) (?:taken|took|swallowed) more|(?:disappointed|gutted|annoyed|angry|sad) (?:that )?i (?:woke up|survived|didn't die|didnt die|lived)|(?:it|they|the pills|the overdose) (?:didn't|didnt|did not|couldn't|couldnt|could not) (?:finish me off|kill me)|(?:pissed|annoyed|gutted|disappointed|mad|upset|angry|sad) (?:\w+ ){0,2}(?:it|they|the pills) (?:didn't|didnt|did not|couldn't|couldnt|could not) finish the job)\b`,
    'wishes an attempt had worked',
  ),
  s(
    'suicidal_intent',
    13,
    // Command hallucinations to harm themselves: a crisis whatever else is said.
    String.raw`\b(?:the )?voices? (?:in my head )?(?:is |are |keep |keeps |have been |has been |been )?(?:telling|tell|tells|told|saying|say|says) (?:me )?(?:to|i should|i need to|i have to) (?:jump|kill|die|end|hurt|cut|do it|step|drown|hang|walk into)\b`,
    'hears voices telling them to harm themselves',
  ),
  s(
    'suicidal_intent',
    14,
    // Researching a way to die ("been googling painless ways for weeks").
    String.raw`\b(?:googl\w*|research\w*|look(?:ing|ed|s)? up|search(?:ing|ed)?(?: for)?|read(?:ing)? (?:up )?(?:about|on)|watch(?:ed|ing)? (?:a )?videos? (?:on|about)) (?:\w+ ){0,2}(?:(?:painless|least painful) (?:ways?|methods?)\b|(?:ways?|methods?|how) to (?:die|kill my ?self|end it|end my life|hang my ?self|overdose|not wake up)\b)`,
    'looks up ways to die',
  ),
  s(
    'passive_wish',
    1,
    String.raw`\b(?:wish(?:ing)?|hope|hoping|pray(?:ing)?) (?:that )?(?:i (?:was|were|could be|would be|'d be) (?:dead|gone|never born|not here|not alive|not around|in a coma)|i (?:could|would|'d)? ?(?:just )?(?:die|disappear|stop existing|not exist|not wake up|never wake up|fall asleep (?:and|&) not wake up)|i (?:just |simply |kinda |kind of |sort of )?(?:don't|didn't|won't|wouldn't|never|dont|didnt|wont|wouldnt) wake up(?! (?:late|early|in time|on time|with|before|at|for|tired|hungover|sick|feeling|again (?:late|early)))|i had never been born|(?:something|someone|a car|a bus|a truck|the plane|cancer|covid|it) (?:would |will |could )?(?:just )?(?:kill|hit|take|end) me|i (?:get|got|would get) (?:hit|killed|run over)|it (?:was|were|would be) (?:all )?over|my heart (?:would )?(?:just )?stop\w*)\b`,
    'wishes to be dead or not here',
  ),
  s(
    'passive_wish',
    2,
    String.raw`\b(?:wouldn't|would not|don't|do not|wouldnt|dont) (?:really )?(?:mind|care) (?:if i (?:died|didn't wake up|did not wake up|never woke up|got hit|wasn't here|was gone|disappeared|stopped existing)|not waking up|dying|being dead|never waking up|if (?:it all|everything|my life) (?:ended|stopped)|if (?:a car|a bus|something|someone) hit me)\b|\b(?:wouldn't|would not) (?:be (?:sad|upset)|care) if i (?:died|didn't wake up)\b`,
    "wouldn't mind not waking up",
  ),
  s(
    'passive_wish',
    3,
    String.raw`\b(?:(?:don't|do not|dont|no longer|don't really|never) (?:want|wanna|wish) to (?:be here|wake up|be around|be alive|exist|be on this earth|be in this world|do life|keep going|go on)|(?:tired|sick|exhausted|weary) of (?:living|being alive|existing|life|breathing|waking up|being here|being me|it all)|(?:life|living|existing|being alive) (?:is|feels|seems) (?:pointless|not worth it|meaningless|like a burden|too much)|(?:what's|what is|no|there's no|theres no|don't see (?:a|the|any)|can't see (?:a|the|any)) (?:the )?(?:point|reason) (?:in|of|to|for) (?:living|life|being alive|being here|existing|going on|carrying on|anything anymore|waking up|trying anymore)|(?:don't|do not) see (?:a |any )?(?:point|reason|future)(?: in (?:living|going on|anything))?\b|(?:want|wanna|need) (?:it all |everything |the pain |life )?to (?:stop|end|be over) (?:for good|forever|permanently)|want to (?:disappear|vanish|fade away|stop existing|not exist|sleep forever)(?! for (?:a|the|like a) (?:weekend|week|month|bit|while|day|few|couple)| off (?:social|the internet|insta|tiktok)| from (?:social|work|everyone for)| to )(?: forever| for good| and never come back| permanently)?|(?:just |sometimes |i )?(?:wanna|want to) (?:fall asleep|sleep) (?:and|&|n) (?:never|not) wake up|(?:better|easier) (?:off )?(?:dead|gone|if i (?:wasn't|weren't|was not|were not) (?:here|around|alive)|without me|if i (?:was|were) gone|if i (?:died|disappeared))|(?:death|dying) (?:would be|sounds|seems|feels like) (?:a )?(?:relief|peaceful|easier|better|nice|an escape|the only way out)|(?:everyone|everybody|they|people|my (?:\w+ )?(?:family|kids|parents|mum|mom|dad|wife|husband|partner|friends?)) (?:would|will|'d)(?: all)? (?:be )?(?:better|happier|fine|relieved) (?:off )?(?:without me|if i (?:was|were|wasn't|weren't)(?: not)? (?:here|around|gone|dead|alive))|(?:nobody|no one|noone|no1) would (?:notice|care|miss me) if i (?:was|were|died|disappeared|was gone|didn't)|(?:no one|nobody|noone) would (?:even )?(?:miss me|notice (?:i'm|i was) gone|come to my funeral))\b`,
    'passive thoughts of death or not being here',
  ),
  s(
    'passive_wish',
    4,
    // Emoji chat uses for death and graves, in a first-person line.
    String.raw`\bi\b[^.!?\n]{0,40}(?:🪦|⚰️|⚰|🔫(?=[^\n]{0,10}$))|(?:🪦|⚰️|⚰)[^.!?\n]{0,15}\b(?:me|soon|already|next)\b`,
    'uses grave or coffin emoji about themselves',
  ),
  s(
    'hopeless',
    1,
    String.raw`\b(?:i )?(?:can't|cannot|can not|cant) (?:do|take|handle|live|go on|keep going|keep doing|carry on|cope with) (?:this|it|life|any of this|this life|living like this)? ?(?:anymore|any more|much longer|for much longer)\b|\bi(?:'m| am) (?:so |just |really )?(?:done|finished) (?:with (?:life|everything|it all|living|all of (?:this|it)|this world|trying)|for good)\b|\b(?:there's|there is|theres) no (?:way out|escape|hope(?: left)?|future for me|light at the end)\b|\b(?:i'm|i am|i feel like|i feel|feel like) (?:such |just |only )?(?:a )?(?:burden|waste of (?:space|air|oxygen)|a drain|nothing but trouble)(?: to| on| for| anymore|$|[.!?])|\bno (?:reason|point) (?:to|in) (?:keep(?:ing)? going|go(?:ing)? on|try(?:ing)? anymore|anything)\b|\b(?:nothing|no one|nobody) (?:left )?(?:to live for|worth living for)\b|\b(?:i've|i have) (?:nothing|no one|nobody) left\b|\b(?:i'm|i am) (?:out of|running out of) (?:reasons|options|hope|time)\b|\b(?:i|i'm) (?:give|giving|gave) up (?:on (?:life|everything|myself|living)|for good)\b|\bthe world (?:would be|is) better without me\b|\b(?:won't|will not|not gonna|not going to) (?:be (?:a problem|a burden|anyone's problem|around|here)(?: for| much| any)? ?(?:much )?(?:longer|anymore|for long|after (?:tonight|today))|make it (?:through|to) (?:the night|tonight|tomorrow|the weekend|christmas|my birthday))\b`,
    'sounds hopeless or like a burden',
  ),
  s(
    'method',
    1,
    String.raw`\b(?:(?:jump(?:ing)?|throw(?:ing)? my ?self) (?:off|from|in front of|into) (?:the |a |this |that )?(?:bridge|roof|building|balcony|cliff|train|bus|truck|car|traffic|river|window|top floor|overpass|car park|multi ?storey|tracks)|step(?:ping)? (?:in front of|into) (?:a |the )?(?:train|bus|truck|traffic|lorry)|(?:drive|driving|crash(?:ing)?|swerv(?:e|ing)) (?:my car )?(?:into|off|in front of) (?:a |the )?(?:tree|wall|bridge|truck|lorry|road|cliff|oncoming|traffic)|(?:take|taking|swallow(?:ing)?|down(?:ing)?|neck(?:ing)?) (?:all|every one|all of|the whole|the rest of|a handful of|a bunch of|a shit ?load of|a load of|loads of|a lot of|lots of) ?(?:of )?(?:my |the |them|these|those|those )?(?:pills|tablets|meds|medication|painkillers|sleeping pills|bottle|box|pack|them)|(?:slit(?:ting)?|cut(?:ting)?|open(?:ing)?) (?:my )?(?:wrists?|throat|veins?)(?: (?:open|deep|properly|for real))?|(?:a |the )?(?:rope|noose) (?:around|round) my neck|(?:put|hold(?:ing)?|point(?:ing)?) (?:a |the |my )?(?:gun|pistol|knife|blade) (?:to|at|against) my (?:head|chest|throat|wrist)|(?:tie|tied|tying|made|making|bought|buying|got) (?:a |the )?(?:noose|rope to hang)|(?:sit|sitting) in the (?:car|garage) with the (?:engine|motor) (?:on|running)|(?:drink|drinking|drank) (?:the )?(?:bleach|antifreeze|poison))\b`,
    'names a way to die',
  ),
  s(
    'means',
    1,
    String.raw`\b(?:i(?:'ve| have)?|i've got|i got|got|have|has|bought|buying|ordered|collected|collecting|saved|saving|stockpil\w*|hoard\w*|hid|hidden|hiding|counted|counting|lined up|laid out|sorted out|holding|in my hand|found|grabbed|been (?:saving|collecting|keeping)|keeping|kept) (?:up )?(?:all |enough |a (?:lot|bunch|pile|stash|handful|month's worth|load) of |loads of |some |my |the |\d+ |like \d+ |a few |heaps of |plenty of )?(?:\w+ )?${MEANS_OBJECT}\b|\b${MEANS_OBJECT} (?:is|are|'s) (?:right )?(?:here|next to me|in (?:my|the) (?:hand|bag|pocket|drawer|car|room|glovebox)|on (?:my|the) (?:desk|bed|table|nightstand|lap)|in front of me|ready|loaded|lined up|counted out|beside me|with me)\b|\b(?:it's|its|they're|theyre|all) (?:right )?(?:here|in front of me|next to me|on the (?:table|desk|bed))\b|\b(?:enough|plenty) to (?:do it|do the job|not wake up|end it|kill me|finish it)\b`,
    'has the means at hand',
  ),
  s('time', 1, String.raw`\b${TIME}\b`, 'says when'),
  s('place', 1, String.raw`\b${PLACE}\b`, 'is at or names a dangerous place'),
  s(
    'preparation',
    1,
    String.raw`\b(?:(?:wrote|written|writing|write|finished|left|leaving|leave) (?:a |my |the |some |few )?(?:suicide (?:note|letter)s?|goodbye (?:note|letter|message)s?|(?:note|letter)s? (?:for|to) (?:everyone|everybody|my (?:family|kids|parents|children)|each of)|last (?:note|letter|words))|(?:left|leave|leaving) (?:a |my )?(?:note|letter)(?= (?:for|on|under|in|by)\b)|(?:gave|giving|give|handed|handing) (?:away )?(?:all |most of |some of )?(?:my |away my )?(?:stuff|things|belongings|clothes|games|console|xbox|ps[45]|switch|guitar|jewell?ery|books|cat|dog|pets?|plants|savings|money|collection|art|possessions|everything)(?: away)?(?: to (?:my |the )?\w+)?|(?:sort(?:ed|ing)?|get(?:ting)?|put(?:ting)?) (?:out |in order |sorted )?(?:my )?(?:affairs|will|passwords|accounts|finances|life insurance)(?: in order| sorted| out)?|(?:who|someone) (?:will|can|could|should|would|to) (?:look after|take care of|take|feed|have|get|walk) (?:my )?(?:cat|dog|pets?|kids?|babies|plants|fish|rabbit|things|stuff|hamster)(?! while i'm (?:away|on holiday|at)| for the weekend| while i travel)|(?:deleted|deleting|delete) (?:all )?(?:my )?(?:accounts?|socials|instagram|snap|tiktok|everything|photos)(?: for good)?|(?:said|saying|say) (?:my )?goodbyes?(?: to)?|(?:made|making|updated|updating|wrote|writing) (?:my |a )?will\b|(?:plan|planned|planning|picked|chose|set) (?:a |the )?(?:date|day|time|place|spot|method)|(?:it's|everything is|i've got it all|i have it all) (?:all )?(?:planned|figured) out|(?:i have|i've got|got|have|made) a plan (?:to|for) (?:end|kill|die|do it|how|when))`,
    'describes preparations',
  ),
  s(
    'goodbye',
    1,
    String.raw`\b(?:this is (?:my |the )?(?:goodbye|last (?:message|text|time)|the end)|(?:last|final) (?:time (?:you'll|you will|u will|anyone will) (?:hear|talk|speak) (?:from|to|with) me|message|goodbye|words)|(?:you|u) (?:won't|will not|wont) (?:hear from|see|talk to) me (?:again|anymore|after (?:tonight|today)|ever again)|(?:tell|let) (?:my )?(?:\w+ )?(?:mum|mom|dad|mother|father|family|kids|sister|brother|parents|wife|husband|partner|friends?|daughter|son) (?:i'm sorry|i love (?:them|her|him)|that i love|sorry|it wasn't (?:their|her|his) fault|not to blame (?:themselves|herself|himself))|(?:goodbye|bye) (?:forever|for good|everyone|world|all|cruel world)|thank (?:you|u) for (?:everything|trying|being there),? (?:bye|goodbye|i'm sorry|sorry|it's not your fault|but)|(?:sorry|i'm sorry) for (?:everything|being (?:a burden|like this|such a burden))(?:,? (?:goodbye|bye|i love you))?|(?:it|this) (?:won't|will not) matter (?:after|by) (?:tonight|tomorrow|today)|(?:see|c) (?:you|u|ya) on the other side|(?:i )?won't be (?:around|here|alive|in pain) (?:much longer|tomorrow|by (?:tomorrow|morning|monday)|for long|after tonight|anymore))\b`,
    'says goodbye as if for the last time',
  ),
  s(
    'attempt',
    1,
    String.raw`\b(?:(?:i )?(?:tried|attempted|try) (?:to )?(?:kill my ?self|end (?:it|my life)|take my (?:own )?life|hang my ?self|suicide|overdose|od)|(?:i )?(?:tried|attempted) (?:again|last (?:night|week)|yesterday|this morning|earlier|today)|my (?:last |recent |most recent |second |third )?(?:attempt|overdose)\b(?! (?:at|to) (?:the|a|my) (?:test|exam|driving|recipe|cake|game))|(?:after|since) (?:my |the )?(?:attempt|overdose)|(?:i'm|i am|just|i was) (?:doing it|in the process)|(?:already|just) (?:started|done it|did it|took (?:them|it|all of them))|(?:took|have taken|i've taken|just took|swallowed|downed|necked) (?:them|it|the lot|the whole (?:lot|bottle|pack|box))(?: all)?(?: already)?\b(?=[^.!?\n]{0,40}(?:pills|tablets|meds|to sleep|so i (?:can|could) sleep|already|just now|ago|minutes|hour|and)))`,
    'describes a suicide attempt or an act in progress',
  ),
  s(
    'past_attempt',
    1,
    String.raw`\b(?:(?:i )?(?:tried|attempted) (?:to )?(?:kill my ?self|end (?:it|my life)|take my (?:own )?life|suicide|overdose)|(?:my |an |a )?(?:suicide )?attempt)(?=[^.!?\n]{0,60}\b(?:years? ago|when i was (?:\d+|a (?:kid|teen|teenager)|younger|little|in (?:school|uni|college))|in (?:19|20)\d\d|as a (?:kid|teen|teenager)|back in|in high school|a long time ago|long ago)\b)`,
    'describes a suicide attempt long ago',
  ),
  // Self-harm.
  s(
    'self_harm_act',
    1,
    String.raw`(?:\b(?:i|i've|i have|i've been|i was|i keep|i kept|i just|i ended up|ended up|been|started|keep|kept|still|just|again|relapsed and)(?: been| started| just| ended up| gone and)? ${SELF_HARM_VERB} ${BODY}|\b${SELF_HARM_VERB} ${BODY} (?:again|last night|today|yesterday|this morning|tonight|earlier|after|when|because|until|till)|\b(?<!hair |(?:got|had|get|getting) (?:my |a |the )?\w+ )(?:cut|cutting|burned|burnt|scratched|carved)(?: deep(?:er)?)? (?:again|last night|today|yesterday|this morning|tonight|earlier|deeper|too deep|after school|after work|in the (?:\w+ )?(?:shower|bathroom|toilets?|loos?))|\b(?:relapsed|relapse|slipped up|broke my (?:streak|clean streak))(?: (?:on|with) (?:sh|self[- ]?harm|cutting|it)| last night| today| again|(?=[^.!?\n]{0,40}\b(?:cut|blade|razor|sh|self[- ]?harm|clean)\b))|\b(?:did it|done it)(?: again)? (?:last night|today|after school|after work|this morning|in the bathroom|again)(?=[^.!?\n]{0,60}\b(?:arm|wrist|leg|thigh|blood|bleed|blade|razor|cut|sleeve|hide|scar|plaster|bandage|band ?aid)|[^\n]{0,0})|\b(?:it's|it is|they're|the cuts? (?:is|are)|still) (?:still )?bleeding\b(?=[^.!?\n]{0,40}\b(?:cut|arm|wrist|leg|thigh|blade|razor|deep)\b)|\b(?:fresh|new|deep) (?:cuts?|scars?|wounds?|burns?) (?:on|all over) my\b|\bself[- ]?harm(?:ed|ing)?\b(?= (?:again|last night|today|yesterday|this week|tonight))|\bsh (?:again|last night|today|yesterday|tonight)\b|\b(?:clean|sh free|self[- ]?harm free) for \d+ (?:days?|weeks?|months?) (?:and|but) (?:i )?(?:relapsed|slipped|messed up|broke it|did it)|\b(?:hid|hiding|hide|covering|cover) (?:the |my )?(?:cuts|marks|scars|wounds|blood|bandages?)\b(?! from (?:years|ages|when i was)))`,
    'describes a recent act of self-harm',
  ),
  s(
    'self_harm_urge',
    1,
    String.raw`\b(?:(?:urge|urges|need|craving|itch) (?:to|for) (?:cut|burn|hurt my ?self|harm my ?self|self[- ]?harm|sh|bleed|feel the (?:blade|pain))(?! (?:down|back|out|off|ties|class|school|my hair|corners|costs|carbs|calories|sugar|the cord|loose|in line|the grass|the cake))|(?:want|wanna|need|going|gonna|tempted|about) to (?:cut|burn|hurt|harm|punish|scratch|carve) (?:my ?self|my (?:arms?|wrists?|legs?|thighs?|skin)|again)|(?:holding|got|have|grabbed|staring at|looking at) (?:a |the |my )?(?:blade|razor|sharpener blade|box cutter|scissors|lighter)(?=[^.!?\n]{0,50}\b(?:arm|wrist|leg|skin|cut|myself|again|want|urge|hurt|bad|rn|right now|now)\b)|(?:want|need) to (?:see|feel) (?:the )?blood|(?:want|wanna|need) to feel (?:the )?pain(?: again)?)\b`,
    'has urges to self-harm',
  ),
  s(
    'self_harm_past',
    1,
    // Not "I used to cut class" or "it used to hurt".
    String.raw`\bself[- ]?harm\w*|\b(?:used to|would) (?:(?:cut|burn)\b(?! (?:class|classes|school|lessons|my hair|hair|the grass|grass|wood|paper|the lawn|down|back|corners|carbs))|(?:hurt|harm|cut|burn|scratch) my ?self)|\bmy (?:sh|self[- ]?harm|cutting) (?:scars|history|days)\b|\b(?:my |old |the )?scars (?:from|on my (?:arms?|wrists?|thighs?|legs?))\b|\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning) my ?self\b(?! (?:off|out|loose|free|away))`,
    'mentions self-harm',
  ),
  // Harm to others.
  s(
    'harm_intent',
    1,
    String.raw`\b(?:i(?:'m| am| will|'ll| want to| wanna| swear i'll| could| might| would| gonna| going to)?|i'll|ill|imma|i'ma|gonna|going to|want to|wanna|about to|swear i'll|swear ill) (?:really |actually |fucking |fkn |literally )?(?:kill|hurt|stab|shoot|beat (?:up|the shit out of)|beat|murder|strangle|choke|smash|run over|burn|poison|attack|end) (?:him|her|them|someone|somebody|everyone|every1|everybody|people|my (?:\w+ ){0,2}(?:dad|father|mum|mom|mother|stepdad|brother|sister|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|boss|teacher|neighbou?r|roommate|flatmate|son|daughter|baby|kids?|coworker|colleague)|that (?:guy|girl|man|woman|bitch|bastard|prick|kid|teacher|person)|the (?:baby|kids?|teacher|guy|girl|neighbou?r|boss|whole class))\b(?! (?:at|in) (?:fifa|cod|fortnite|the game|chess|mario|smash|pool|darts|ranked))|\b(?:bring|take|bringing|taking) (?:a |my (?:dad's |\w+'s )?)?(?:gun|knife|weapon|rifle) to (?:school|work|class|the party|his house|her house|their house)\b|\b(?:they'll|they will|everyone will|he'll|she'll) (?:all )?(?:be sorry|regret it|pay)(?: when| after| tomorrow| tonight)|\b(?:make|made) (?:a |the )?(?:list|hit list) of (?:people|who)\b`,
    'threatens to harm someone',
  ),
  s(
    'harm_wish',
    1,
    String.raw`\b(?:make (?:him|her|them) (?:pay|suffer)|get back at (?:him|her|them)|(?:he|she|they) (?:deserves?|deserve) to (?:die|suffer|get hurt|be hurt|be dead)|(?:wish|hope) (?:he|she|they) (?:was|were|would) (?:dead|die|get hurt)|(?:thoughts|fantasies|fantasi[sz]ing|thinking) (?:of|about) (?:hurting|killing|stabbing|shooting) (?:him|her|them|people|someone|my \w+)|scared i(?:'ll| will| might| could) (?:hurt|harm|shake|snap at and hurt) (?:him|her|them|the baby|my (?:baby|son|daughter|kids?))|(?:lose|lost) (?:it|control) and (?:hurt|hit|shake|shook) (?:him|her|them|the baby|my \w+))\b`,
    'voices wishes to harm someone',
  ),
  // Abuse and danger at home.
  s(
    'abuse_now',
    1,
    String.raw`\b${PARTNER} (?:\w+ ){0,2}${ABUSE_VERB}\b(?: (?:me|us|him|her|them|my (?:\w+ )?\w+))?(?! (?:me |us |him |her )?up\b| on\b| the (?:gym|road|books|ball|bag|sack|hay)\b| a (?:home run|ball|shot|six)\b| it\b| at (?:fifa|cod|chess|games?|mario|smash|pool|cards)\b| me at\b| me in (?:a |the )?(?:race|game|match|chess|fifa|cards)\b| all the records| the traffic| the odds| the system| his record| her record)`,
    'discloses abuse',
  ),
  s(
    'abuse_now',
    2,
    String.raw`\b(?:i was|i've been|i got|i have been|was|been|being|got|keeps? getting|i'm being) (?:raped|molested|sexually (?:abused|assaulted)|assaulted|abused|groomed|beaten(?: up)?|hit|choked(?! out)|strangled|touched(?= (?:down there|there|inappropriately|by|when|at night)))\b|\b(?:i(?:'m| am)|i don't|i do not|i never) (?:not )?(?:feel )?(?:safe) (?:at home|in my (?:own )?(?:home|house)|to go home|with (?:him|her|them|my \w+))\b|\b(?:i'm |i am |im )?(?:scared|afraid|terrified|frightened) (?:of (?:him|her|my (?:\w+ )?(?:dad|father|stepdad|husband|partner|boyfriend|bf|ex|mum|mom|mother))|to go (?:back )?home|(?:he|she|they)(?:'ll| will| might| is going to|'s going to|'re going to) (?:hurt|kill|hit|find|come)|for my life)\b|\b(?:he|she|they|my \w+) (?:said|says|threatened|threatens|swore|told me) (?:he|she|they)(?:'d|'ll| would| will| is going to|'s going to)? ?(?:kill|hurt|hit|beat|burn|find) (?:me|us|my|the kids)\b|\b(?:he|she|they|my \w+) threaten(?:s|ed)? to (?:kill|hurt|hit|beat|take the kids|stab)\b|\b(?:touched|touches|touching) me (?:down there|there|inappropriately|when|at night|where)|\b(?:make|makes|made|forced|forces|forcing) me (?:do (?:stuff|things|sexual)|have sex|touch|send (?:pics|nudes|photos))\b|\b(?:he|she|they) (?:won't|will not|wont) let me (?:leave|out|go|eat|sleep|call)\b|\blocked (?:me )?in (?:my|the|a) (?:room|house|cupboard|closet|basement|car)\b|\b(?:bruises?|marks|black eye|split lip) (?:from|where|that) (?:him|her|them|my \w+|he|she|they)\b`,
    'discloses abuse or danger at home',
  ),
  s(
    'abuse_concern',
    1,
    String.raw`\b${PARTNER} (?:\w+ ){0,1}(?:yells|screams|shouts|controls|monitors|tracks|checks) (?:at me|at us|me|my phone|my messages|everything i|where i)|\b${PARTNER} (?:won't|wont|doesn't|doesnt|never) let me (?:see|go|have|talk|leave|out|work|use)\b|\b(?<!drug |substance |alcohol |drugs |child |animal )abus(?:e|ed|ive|er|ing)\b(?! of (?:drugs|alcohol|substances|power))|\b(?:i'm|i am|im) (?:scared|afraid|terrified) (?:of|when) (?:him|her|my \w+|he gets|she gets|he drinks|she drinks)\b|\b(?:walking|walk) on eggshells\b`,
    'describes controlling or frightening behaviour',
  ),
  // Medical emergency.
  s(
    'medical',
    1,
    String.raw`\b(?:took|taken|swallowed|downed|necked|had|i've had|i have had|just had|took like|i took|i've taken|mixed)(?: like| about| around| maybe| nearly| almost| over| at least)? (?:\w+ ){0,3}(?:pills|tablets|caps|capsules|bottle|packet|pack|box|blister)(?![^.!?\n]{0,30}\b(?:as (?:prescribed|directed|usual)|for (?:my|the|a) (?:headache|period|cramps|cold|flu|back|tooth|migraine|allergies)|with (?:food|breakfast|dinner)|like the doctor said)\b)|\b(?<!patient |patients |an? patient |came with |come with |treat(?:ed|ing)? (?:an? )?|with an? )overdos(?:e|ed|ing)\b(?! (?:come|came|coming|protocols?|call|calls|patient|patients|training|awareness|prevention|kit|victim|deaths?|crisis))(?! on (?!(?:\w+ ){0,2}${DRUG}|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|purpose|my birthday|christmas|new year)\b))|\bod'?d\b|\b(?:od|o\.d\.?) on\b|\b(?:took|swallowed|had|drank|drunk) (?:\w+ ){0,4}(?:with|and|on top of) (?:\w+ ){0,2}(?:vodka|wine|alcohol|beer|whiskey|whisky|booze|drink|my meds|pills|xanax|benzos)(?=[^.!?\n]{0,40}\b(?:sleep|numb|pass out|forget|dizzy|sick|throw up|can't|feel|heart|end|stop|not wake))|\b(?:mixing|mixed) (?:\w+ ){0,2}(?:pills|meds|xanax|benzos|tablets|sleeping pills|oxy\w*) (?:with|and) (?:\w+ ){0,1}(?:alcohol|vodka|wine|beer|booze|drinks?)\b`,
    'describes a possible overdose',
  ),
  s(
    'medical',
    2,
    // "i cant breathe lol" and "my chest hurts from laughing" are laughter.
    String.raw`\b(?:can't|cannot|can not|struggling to|hard to|barely) breathe\b(?! through (?:my|the) nose)(?![^.!?\n]{0,40}(?:cold|blocked|stuffy|flu)|[^.!?\n]{0,40}(?:\blo+l\b|\blmao|\b(?:ha){2,}|\blaugh|😂|🤣|💀|😭|funny|hilarious|joke|meme|cute|beautiful|gorgeous|stunning|excited|nervous))|\bchest (?:pain|hurts|is tight|feels tight)\b(?! from (?:laugh|the gym|coughing|lifting|working out))|\b(?:bleeding|blood)(?: is)? (?:a lot|badly|heavily|everywhere|won't stop|wont stop|will not stop|all over|so much|through the (?:bandage|towel))|\b(?:can't|won't|cannot) (?:stop|make) (?:the )?bleeding(?: stop)?\b|\b(?<!almost |nearly |never |not )(?:passed|passing|pass) out\b(?![^.!?\n]{0,50}(?:\blo+l\b|lmao|sleep|slept|nap|bed\b|couch|sofa|\d ?pm|fine after|was fine|were fine|ok after|okay after|heat|drunk|hangover))(?! (?:flyers|leaflets|papers|the|cards|invites|on the couch after|drunk at the party))|\b(?:i'm having|i am having|i think i'm having|i'm having|(?:he's|she's|he is|she is|they're|is) having|(?:just )?had) (?:a )?(?:seizure|fit|heart attack|stroke|anaphylac\w*|allergic reaction)\b(?![^.!?\n]{0,30}\b(?:years ago|in the \d\ds|in (?:19|20)\d\d|when i was|last year)\b)|\b(?:throwing up|vomiting|puking) (?:blood|and (?:shaking|can't stay awake|can't breathe))\b|\b(?:won't|will not|can't|isn't|not) (?:wake up|waking up|responding|breathing)\b(?=[^.!?\n]{0,40}\b(?:he|she|they|my|him|her|baby|mum|mom|dad|friend|brother|sister)\b)|\b(?:lips|fingers) (?:are |going |turning )?(?:blue|purple)\b|\b(?:heart|pulse) (?:is )?(?:racing|pounding|beating) (?:so fast|really fast|like crazy|out of my chest)(?=[^.!?\n]{0,40}\b(?:pills|took|dizzy|can't|faint|numb|scared)\b)`,
    'describes a medical emergency',
  ),
  // Someone else at risk now.
  s(
    'other_at_risk',
    1,
    String.raw`\b(?:my |a |our )?(?:\w+ ){0,2}(?:friend|bestie|bff|sister|brother|sis|bro|cousin|son|daughter|mum|mom|dad|mother|father|boyfriend|girlfriend|bf|gf|partner|husband|wife|roommate|flatmate|classmate|mate|kid|child|teen|student)(?: of mine)? (?:said|says|texted|told me|keeps saying|posted|sent|is talking about|has been talking about|wants to|is going to|is gonna|might|threatened to|is thinking (?:about|of)|is planning to|has a plan to|tried to|just tried to) (?:\w+ ){0,3}(?:kill (?:herself|himself|themselves|themself)|end (?:it|her life|his life|their life|things)|suicide|suicidal|die|not be here|hurt (?:herself|himself|themselves)|cut (?:herself|himself|themselves)|overdose|jump)\b(?![^.!?\n]{0,60}\b(?:years ago|when (?:she|he|they) (?:was|were) (?:younger|a kid|in school)|(?:is|are|'s|'re) (?:doing )?(?:much |so much |a lot )?(?:better|fine|great|ok|okay|good|amazing|well) now|now (?:she|he|they)(?:'s|'re| is| are) (?:fine|ok|okay|better|doing great|good)|(?:she's|he's|shes|hes|they're) \d+ now|doing amazing|when (?:she|he|they) (?:was|were) \d+)\b)|\b(?:she|he|they|my friend)(?:'s|'re| is| are) (?:really |so )?(?:suicidal|cutting (?:herself|himself|themselves) again)\b`,
    'says someone else is at risk now',
  ),
  // Broader wordings of the same signals: what people write when they do not use the words.
  s(
    'passive_wish',
    5,
    String.raw`\b(?:(?:easier|simpler|better|kinder|a relief|fine|a favou?r)(?: for (?:everyone|everybody|them|her|him|my \w+))?(?: off)? (?:if i (?:just )?(?:wasn't|weren't|was not|were not|wasnt|werent|was no longer|didn't exist|did not exist|disappeared|vanished|went|died|was gone|were gone|wasn't around|was dead)|by (?:not being (?:here|around|alive)|dying|disappearing))|(?:everyone|everybody|they|she|he|the world|my (?:\w+ )?(?:family|kids|parents|mum|mom|dad|wife|husband|sister|brother)|people)(?:'d|'ll| would| will|'s| is)?(?: all)? (?:be |keep |go on |carry on )?(?:fine|better|happier|relieved|free|spinning|turning|less stressed|okay|ok)(?: off)?(?: fine)? (?:without me|if i (?:just )?(?:vanished|disappeared|went|died|was gone|wasn't here|wasn't around))|whether (?:i'm|i am|im) (?:in it|here|alive) or not|(?:don't|do not|dont) care (?:anymore |any more )?(?:whether|if) i live or die|(?:disappointed|annoyed|sad|upset) (?:that )?i (?:woke up|did|wake up|keep waking up)|(?:should|could) have been me (?:that|who|instead)|(?:wish|wishes|wished) (?:it had been|i had died|i'd died|i died|i could have died) |(?:take|took) me in my sleep|(?:stop|stopped|stops) breathing in (?:the night|my sleep)|(?:would|will|could) (?:all )?be (?:all )?over(?: for good| forever)?(?=[^.!?\n]{0,10}$)|(?:go to|fall) sleep (?:for (?:a really long time|ever|a long long time)|and (?:stay there|never come back|not come back))|(?:sleep|asleep) forever|(?:stop|stopped) (?:being alive|existing)|not (?:existing|exist) at all|(?:log|logging) out of (?:life|existence)|(?:rage ?quit|uninstall|delete) (?:life|myself|my life)|turn (?:it|myself|everything) off (?:permanently|for good|forever)|jealous of (?:people|those|anyone) who (?:get to )?die|(?:terminal|cancer) (?:diagnosis|would be)[^.!?\n]{0,30}(?:relieved|relief|welcome|glad|good news)|(?:hoping|hoped|hope) (?:the|a|my|that the) (?:plane|car|bus|train|truck) (?:would |will )?(?:just )?(?:go down|crash|hit me|take me)|(?:a|the) (?:bus|car|truck|lorry|train) (?:took|takes|would take|hit|hits|clipped|ran over) me(?: out)?|(?:welcome|embrace) (?:it|death) if (?:death|it) came|(?:if|when) i got (?:really )?(?:sick|ill|cancer)[^.!?\n]{0,20}(?:wouldn't|would not|don't think i'd|not) fight it|(?:think|thinking|thought) about death (?:like |literally )?(?:all the time|constantly|a lot|every day)|death (?:sounds|seems|feels) (?:kind of |kinda |so |really )?(?:peaceful|nice|good|like a relief)|(?:being )?alive is (?:so |kinda |overrated|exhausting|not worth)|(?:just )?(?:go|going) (?:and )?(?:be|join) with (?:him|her|them|my (?:\w+ )?(?:wife|husband|mum|mom|dad|son|daughter|brother|sister|gran\w*|partner))(?! (?:at|for|on|this|tomorrow|tonight|next))|(?:be|join) (?:with )?(?:him|her|them) (?:again|in heaven|on the other side)|ready to go and join|(?:only|just) waiting (?:for the end|to die)|my life is (?:finished|over) already|(?:had|have had) my (?:go|turn|time) at life)\b`,
    'wishes not to be alive, in their own words',
  ),
  s(
    'hopeless',
    2,
    String.raw`\b(?:(?:don't|do not|dont|can't|cannot|cant|never) (?:really |even |genuinely |honestly )?(?:see|imagine|picture) (?:myself|me|a future)[^.!?\n]{0,40}\b(?:getting old|old|alive|existing|living|past|making it|in (?:5|five|10|ten) years|at (?:\d\d|thirty|forty))|(?:the )?only way out\b|(?:feels|looks|seems) like (?:a|the only) way out|(?:nothing|no one|nobody) (?:would|will) (?:change|notice|care) if i (?:was|were) gone|(?:i'm|i am|im) (?:only|just) (?:a )?(?:problem|weight|drain|burden) (?:for|to|on|round) |(?:a )?weight (?:round|around) (?:my )?(?:\w+ )?neck|(?:better|easier) for (?:her|him|them|everyone) if i (?:am|was|were) not here|take myself out of the equation|(?:i'm|i am|im) (?:so |just )?tired of (?:fighting|trying|everything)(?: it)?(?: anymore)?$|(?:life|it|this) is (?:finished|over) for me|(?:finished|done) with (?:it all|life|living|everything))\b`,
    'sounds hopeless about being alive',
  ),
  s(
    'suicidal_intent',
    6,
    String.raw`\b(?:(?:intend|intending|mean|meaning|decide|decided|deciding|going|gonna|plan|planning|ready) to (?:finish|end|stop) (?:my|it|things)(?: life| all)?|(?:not|never) (?:making|going to make|gonna make|gonna see|going to see) (?:it (?:to|past) )?(?:\d\d?|my (?:\d+\w*|next) birthday|christmas|next year|the weekend|sunday|monday|tomorrow|another (?:year|birthday|christmas))|(?:take|took|taking) myself out\b|(?:not|won't|will not|wont) (?:be )?coming back from this|(?:gonna|going to|will|'ll|want to|wanna) (?:take|swallow|down|neck|use) (?:them|it|all of (?:them|it)|the lot|the rest|all)(?= (?:tonight|today|now|once|when|after|with))|(?:hopefully|hope) (?:i )?(?:just )?(?:don't|dont|do not|never|won't) wake up|(?:open|opened|turned on|turn on|left on) the gas|(?:i )?(?:did|do|done) it (?:if|bc|because) (?:i|you))\b`,
    'says they mean to end their life',
  ),
  s(
    'stockpile',
    1,
    String.raw`\b(?:(?:keeping|kept|putting|put|saving|saved|hiding|hid|hoarding|hoarded|stockpiling|stockpiled|collecting|collected|stashing|stashed) (?:back |aside |away |up )?(?:all |some |my |her |his |the |their |up my )?(?:\w+ ){0,2}${DRUG}|${DRUG} (?:in (?:a|an|my|the) (?:sock|jar|jam jar|tin|envelope|shoebox|stash)|saved up|stockpiled|stashed))\b`,
    'is saving up pills',
  ),
  s(
    'means',
    2,
    String.raw`\b(?:${DRUG} (?:in (?:a|an|my|the) (?:sock|jar|jam jar|tin|box|envelope|drawer|bag)|(?:is|are) (?:all )?(?:counted|lined up|laid out|out|ready|here))|(?:there's|there is|theres|i have|i've got|got) (?:a |the |my \w+'s |my )?(?:gun|shotgun|rifle|pistol|rope|noose|knife|blade|razor|hose|bottle of \w+) (?:in|under|at|on|behind|out) (?:the|my|a) \w+|(?:i )?know where (?:the |my \w+'s |he keeps the |she keeps the |they keep the )?(?:key to the )?(?:gun|guns|gun cabinet|rifle|shotgun|pills|meds|tablets|car keys|rope)\b|(?:loaded|cleaned|oiled) (?:it|my (?:rifle|gun|shotgun|pistol)|the (?:rifle|gun|shotgun|pistol))|(?:got|have|bought|found|grabbed|holding) (?:a |the |my )?(?:new |fresh )?(?:blade|razor|rope|noose|gun|shotgun|pistol|rifle)\b|(?:the )?(?:blade|razor|knife|rope|gun|pistol|pills|tablets) (?:is|are|'s) (?:already )?(?:in my hand|out|ready|loaded|on my (?:bed|desk|lap))|(?:got|have|i've got) everything i need|(?:more than |got |have )?enough (?:now|by now|to do it|to be sure)|(?:looked it up|checked) and (?:it's|its) (?:more than )?enough|(?:a|the) rope in (?:the|my) (?:boot|trunk|car|garage|shed|bag))\b`,
    'has the means within reach',
  ),
  s(
    'place',
    2,
    String.raw`\b(?:(?:i'm|im|i am|been|sat|sitting|stood|standing|parked|walking|i'm sat|im sat|up) (?:right |here )?(?:on|at|by|along|near|under|up on|on top of|at the top of|on the edge of|at the edge of) (?:the |a |this |my )?(?:\w+ ){0,2}(?:bridge|roof|rooftop|ledge|edge|cliff|clifftop|cliff top|tracks|railway|platform|overpass|viewpoint|top floor|multi ?storey|car park|parking garage|balcony|river|pier|railing)|(?:top floor|roof|edge) of (?:the |a |my )?(?:\w+ ){0,2}(?:garage|building|block|car park|multi ?storey|platform|bridge|cliff)|(?:in the garage|garage door)[^.!?\n]{0,40}(?:engine|motor|running)|engine (?:is )?running|(?:it's|its) (?:really )?high up here)\b`,
    'is at a dangerous place',
  ),
  s(
    'preparation',
    2,
    String.raw`\b(?:(?:cancel(?:led|ed|ing)?|closed|closing) (?:my )?(?:phone|contract|gym|subscriptions?|accounts?|bank account)|(?:gave|giving|given) (?:the landlord )?notice|emailed the landlord|(?:written|wrote|writing) down (?:everything|all) (?:the bank|they|she|he|my \w+|you) (?:will |would )?need|(?:make sure|making sure) (?:my )?(?:cat|dog|pets?|kids|\w+) (?:goes|go|get|gets|is|are) (?:somewhere|looked after|taken care of|to (?:a good|someone))|(?:take|taking) care of my (?:dog|cat|pets?|kids|fish|rabbit) (?:if|when|for me)|if anything happens(?: to me)?|(?:already )?(?:worked|figured|thought) out (?:how|when|where|exactly where|the how)|(?:i've|i have|ive) (?:sorted|sort) it (?:all )?out|(?:told|tell) (?:my )?(?:\w+ ){0,2}i love (?:her|him|them)(?: and| then|,)|(?:hugged|kissed) (?:the kids|my \w+|them) (?:extra|one last|for the last)|(?:didn't|don't|dont) know it was the last time|(?:pinned|left|sent) (?:it|the doc|a doc|a letter|a message) for my (?:sister|brother|mum|mom|dad|\w+))\b`,
    'puts their affairs in order',
  ),
  s(
    'goodbye',
    2,
    String.raw`\b(?:(?:said|say|saying) (?:bye|goodbye|goodbyes) to (?:everyone|everybody|all|my \w+|them)|(?:posted|put|wrote|left) (?:a |my )?goodbye|if i stop (?:answering|replying|responding|texting)|(?:don't|dont|do not|please don't|pls dont) (?:send|call|ring) (?:anyone|anybody|the police|an ambulance|for help)|(?:just )?(?:wanted|want|needed) (?:someone|somebody) to know\b|so (?:it's|its) not just silence|(?:wont|won't|will not) be (?:here|around|alive) (?:when|to|for|after|by|at)|(?:won't|wont|will not) be able to (?:look after|take care of|feed|walk) (?:her|him|them|my \w+) (?:after|from) (?:tonight|today|tomorrow|this weekend|now)|they (?:won't|wont|will not) have to worry about me (?:for much longer|anymore|after))\b`,
    'says goodbye as if for the last time',
  ),
  s(
    'self_harm_act',
    2,
    String.raw`(?:\b(?:did|done|do) my (?:arms?|legs?|thighs?|wrists?|stomach|hips?|skin)\b|(?:^|[.!?,/]\s*|\b(?:i|and|then|so|just|again)\s)(?:cut|burned|burnt|scratched|carved|sliced|hurt)\b[^.!?\n]{0,40}\b(?:my |into my |on my )(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|hands?)\b|\bsh'?d\b|\bsh (?:again|today|tonight|last night|yesterday)\b|\b(?:\d+|few|couple of?|couple) (?:days?|weeks?|months?|years?) clean\b[^\n]{0,60}\b(?:relapsed|threw it (?:all )?away|broke|slipped|messed up|did it|ruined)|\brelapsed\b(?=[^\n]{0,60}\b(?:clean|bathroom|blade|razor|arm|thigh|cut)\b)|\b(?:did|do|made|done) (?:like )?\d+ (?:lines|cuts|new ones)|\b(?:stitches|steri ?strips|butterfly strips)\b|\b(?:punched|hit|smashed|headbutted) (?:the |a |my )?(?:wall|mirror|door|window)[^.!?\n]{0,50}\b(?:until|till|knuckles|bleed|blood|split|broke|glass|kept going)|\bpick(?:ed|ing)? at my (?:arms?|skin|legs?) (?:until|till) (?:they|it) bleed|\b(?:still |it's |its )?bleeding (?:a bit |a little )?from (?:earlier|last night|before|this morning))`,
    'describes a recent act of self-harm',
  ),
  s(
    'self_harm_urge',
    2,
    String.raw`\b(?:(?:the )?(?:urge|urges|itch|pull|craving) (?:is|are|has been|have been|keeps? getting)[^.!?\n]{0,25}(?:bad|strong|loud|there|back|worse|unbearable)|(?:blade|razor|sharpener|lighter) (?:is )?(?:in my hand|out|ready|next to me)|(?:want|need|wanna) to (?:do|go|cut) (?:more|further|deeper)|(?:how long|not sure how long) i(?:'ll| will| can) (?:last|hold (?:on|out))(?: tonight)?)\b`,
    'has urges to self-harm now',
  ),
  s(
    'harm_intent',
    2,
    String.raw`\b(?:(?:going|gonna|'m going|want|wanna|about) to (?:smash|cave|kick|bash|knock|punch) (?:his|her|their|that \w+'s) (?:face|head|teeth|skull) in|(?:he|she|they) (?:won't|will not|wont) be (?:getting|get) (?:back )?up|if i can't have (?:them|her|him|the kids) (?:nobody|no one|no1|noone) can|(?:double|extra|triple) dose of (?:her|his|their) |hold(?:ing)? (?:the |a )?pillow over (?:her|his|their|the baby's) face|(?:going|gonna|'m going) to shake (?:her|him|the baby)|(?:scared|afraid|terrified) (?:of what )?i(?:'ll| will| might| am going to| m gonna| could) (?:do|hurt|shake|snap)(?: to)? (?:her|him|them|the baby|my (?:baby|son|daughter|kids?))?|(?:got|have|bringing|taking|with|holding) (?:a |the |my (?:\w+'s |\w+ )?)?(?:gun|knife|hammer|claw hammer|crowbar|tyre iron|tire iron|bat|machete|axe)\b[^.!?\n]{0,60}\b(?:for (?:him|her|them|the guys)|wait for (?:him|her|them)|when (?:he|she|they) (?:comes|come|gets|get)|going (?:round|over)|in (?:tomorrow|to work|to school)|(?:his|her|their) (?:house|place|van|car))|(?:going|gonna|go) (?:round|over) (?:there )?with (?:the |a |my )?(?:gun|knife|hammer|crowbar|bat|shotgun))\b`,
    'means to hurt someone',
  ),
  s(
    'harm_wish',
    2,
    String.raw`\b(?:(?:hope|wish|pray) (?:something (?:very |really )?bad|the worst|bad things|every bad thing) (?:happens?|happen) to (?:him|her|them)|(?:want|wanted) (?:him|her|them) to (?:hurt|suffer|die|pay)|(?:picture|imagine|fantasi[sz]e about) (?:\w+ ){0,3}(?:falling|dying|getting hit|being hit|crashing|getting hurt)|(?:don't|do not) know what i(?:'d| would) do to (?:him|her|them)|snap on (?:these |those )?(?:people|them|him|her)|(?:hope|wish) (?:he|she|they|his new \w+|her new \w+) (?:wraps?|crash(?:es)?|dies|gets hurt|gets hit))\b`,
    'voices wishes to harm someone',
  ),
  s(
    'abuse_now',
    3,
    String.raw`\b(?:(?:comes?|came|coming) (?:in|into) my (?:room|bed)(?: at night| when)?|did (?:stuff|things|something) to me|(?:held|holds|pressed|presses|put) (?:a |the )?(?:lighter|knife|cigarette|iron|flame) (?:against|to|on) my|(?:he|she|they|dad|mum|mom|stepdad|husband|boyfriend|bf|partner) (?:\w+ )?(?:broke|fractured|cracked) my (?:wrist|arm|nose|ribs?|jaw|fingers?|collarbone)|(?<!\bi |\bwe |\bto |\bcan |\bcould |\bwill |\bgonna |\bi'll )(?:slaps?|slapped|hits?|beats?|kicks?|kicked|punche[sd]|chokes?|choked|drags?|dragged|dragging) (?:him|her|them|my (?:\w+ )?(?:brother|sister|son|daughter|mum|mom|mother|kids?|baby|child|little \w+))\b(?! (?:at|in) (?:fifa|chess|games?|cards|pool|mario|the game))|(?:he|she|they)(?:'s| is|'re| are) going to (?:finish it|kill (?:me|us))|(?:he|she|they)(?:'ll| will| would|'d) (?:find me and (?:kill|hurt)|break my (?:arm|legs?|neck|jaw))|(?:locked|hiding|hid) (?:myself )?in (?:the|her|his|my) (?:bathroom|room|car|closet|wardrobe)[^.!?\n]{0,40}(?:from him|from her|from them|texting|he's|she's|he is))\b`,
    'discloses abuse or danger now',
  ),
  s(
    'abuse_concern',
    2,
    String.raw`\b(?:(?:goes|go|going) through my (?:phone|messages|texts)|tracks my (?:location|phone)|(?:has|keeps|took|takes|take) my (?:bank card|passport|documents|id card)|(?:has|keeps) (?:all )?my (?:money|wages|keys)|controls (?:all )?(?:the |my )?money|(?:show|shows) (?:him|her) (?:receipts|my receipts)|(?:not|never) allowed to (?:see|go|leave|work|have|talk)|(?:feel|feels) like a prisoner|(?:knocked|knock) about|(?:calls|called|calling) me (?:useless|worthless|fat|stupid|ugly|a waste)|(?:says|said) horrible (?:stuff|things)|(?:abused|hurt|touched|molested|hit) (?:me )?when i was (?:\d+|small|little|a kid|a child|young)|(?:i was|when i was) (?:like )?\d+(?:[^.!?\n]{0,30}(?:stepbrother|stepdad|uncle|cousin|babysitter|coach|priest))|no one else would put up with me)\b`,
    'describes controlling or abusive behaviour',
  ),
  s(
    'medical',
    3,
    String.raw`\b(?:(?:took|taken|had|swallowed|downed|necked|ate|eaten|eat|eats|popped)\b[^.!?\n]{0,30}\b(?:[4-9]|\d\d+|all|whole|most|half|lot|bunch|handful|load|loads|too many|extra|double|all of)\b[^.!?\n]{0,25}${DRUG}|(?:ive|i've|i have|i) (?:taken|took|swallowed) (?:them|it) all|(?:all|most) (?:of )?(?:my |the |her |his )?${DRUG}(?=[^.!?\n]{0,40}\b(?:vodka|wine|bottle|taken|took|swallowed))|lips (?:have )?(?:gone |are |look |turning |turned )?(?:kinda |kind of |a bit |really )?(?:numb|blue|purple)|throat (?:is )?(?:closing|swelling|tight)|(?:heart|pulse) (?:is )?(?:going (?:mental|crazy|mad)|racing|pounding|doing something weird|skipping)|(?:left )?arm (?:is |feels )?(?:numb|tingly|tingling|dead)|pain (?:across|in) my chest|chest (?:really |so |is really )?(?:hurts|tight|pain)|foam(?:ing)? (?:coming )?(?:out of|at) (?:her|his|the|their) mouth|shaking on the floor|eyes rolled back|(?:can't|cant|cannot) wake (?:her|him|them) (?:up|good)|(?:not|isn't|isnt|stopped) (?:responding|breathing)|(?:blood sugar|bg|sugar) (?:is |at )?(?:[0-2]\.\d|really low|crashing)|can't feel my (?:legs|arms|face)|everything (?:is )?spinning|words (?:are )?coming out wrong|(?:swallowed|ate|bit into|drank) (?:a |some |the )?(?:battery|batteries|dishwasher pod|laundry pod|pod|bleach|detergent)|(?:epipen|epi ?pen|inhaler) (?:is at home|isn't (?:working|doing anything)|isnt doing anything|not working)|can'?t breath\b)`,
    'describes a medical emergency',
  ),
  s(
    'other_at_risk',
    2,
    String.raw`\b(?:(?:he|she|they)(?:'s| is| are|'re)? (?:wants?|wanting|going|ready|planning|talking about|keeps talking about|threatening|threatened|tried|trying) to (?:kill (?:himself|herself|themselves|themself)|die|end (?:it|his life|her life|their life)|go and join)|(?:is|are|keeps?|started|been) (?:cutting|hurting|harming|burning|starving) (?:herself|himself|themselves|themself)|found (?:blades|razors|pills) in (?:her|his|their)|(?:keeps|been|is) (?:posting|saying|texting|sending|writing) (?:stuff|things|messages) about (?:not wanting to be here|wanting to (?:die|disappear)|ending it|killing (?:himself|herself)|being better off dead)|(?:told|texted|messaged) (?:\w+ ){0,3}(?:he|she|they) (?:wants?|wanted) to die)\b(?![^.!?\n]{0,60}\b(?:years ago|(?:is|are|'s) (?:doing )?(?:much |so much |a lot )?(?:better|fine|great|okay|ok) now)\b)`,
    'says someone else is at risk now',
  ),
  // Wordings the first sets taught: metaphors, second-language English, terse finality.
  s(
    'suicidal_intent',
    7,
    String.raw`\b(?:unaliv\w*|(?:think|thinking) to (?:finish it|finish my|end it|end my|use it (?:for|on) me)|(?:i am|i'm|im) not (?:more|anymore|any more) here|after (?:this|next) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|weekend) i (?:am|will be|won't be|wont be) (?:not|no) (?:more )?here|today is the day(?: for it)?|(?:it's|its|everything is) decided|(?:i )?(?:already )?decided? (?:this|it)\b|if i fail i (?:will )?(?:jump|kill|end|hang)|(?:logging|log|clocking|clock|checking|check) (?:off|out) (?:for good|permanently|forever)|(?:the kind|a swim|the sort) (?:you|u) (?:don't|dont|do not) (?:swim|come) back from|(?:won't|wont|will not|don't think i'll|dont think ill) be (?:driving|going|getting|coming) (?:home|back)|(?:finish|end) my ?self|(?:use|using) it (?:on|for) (?:me|myself)|i cannot more|(?:why|how) (?:am i|i am|i'm) still (?:alive|here)|(?:want|wanna) to go to god|go to god now)\b`,
    'says they mean to end their life',
  ),
  s(
    'passive_wish',
    6,
    String.raw`\b(?:pray(?:s|ing)? (?:every night |each night |at night )?(?:not to wake|to not wake|that i (?:don't|won't|dont) wake|(?:god|the lord|he) (?:takes?|will take) me)|sleep and (?:not|never) wake|better to die than|(?:is|would be) better (?:for me )?to die|ready to go (?:whenever|when(?:ever)? (?:he|god|it))|the sooner the better|should be where (?:he|she|they) (?:is|are)|swap places with (?:her|him|them)|jealous of (?:him|her|them|the dead|the dying|people who die)|(?:come|came|coming) home in a box|would(?:'ve| have) been (?:simpler|easier|better) for everyone|if the plane (?:is )?crash\w*|is okay for me|(?:🪦|⚰️) would be nice|forever tired|tired like forever|dead weight|(?:freer|better off|happier|easier) without me|(?:wouldn't|would not|won't|wouldnt) (?:notice|miss me|care)(?: much)? if i (?:stopped|wasn't|was gone|vanished|disappeared|died)|(?:nobody|no one|noone) would (?:notice|care|miss me)|vanish(?:ed)? off the face of the earth|(?:can't|cant|cannot) see myself (?:still )?(?:being )?(?:around|alive|here)|if i died would (?:anyone|anybody|people) (?:even )?(?:come|care|notice|miss)|give them what they want|(?:maybe|probably) (?:they're|theyre|they are) right|(?:told|telling|tell) me to (?:kill myself|die|kys)|keep telling me to (?:kill myself|kys|die)|\bkys\b)`,
    'wishes not to be alive, in their own words',
  ),
  s(
    'hopeless',
    3,
    String.raw`\b(?:(?:i'm|im|i am) (?:just |so )?done(?: with (?:people|everything|me|myself|it all|all of it))?(?=[^a-z]*$|\s*(?:\/|with everything|with me))|(?:my )?soul (?:is |become )?(?:finish\w*|tired|dead)|(?:cannot|can't|cant) (?:go on|continue|carry on) (?:like this|anymore|any more)|(?:tired|sick) of (?:the )?living|(?:a|just a) cost (?:on|to|for)|every door is locked)\b`,
    'sounds hopeless about being alive',
  ),
  s(
    'means',
    3,
    String.raw`\b(?:(?:pistol|gun|sidearm|shotgun|shotguns|rifle|rope|ropes|knife|blade)(?:'s| is| are)? (?:up )?(?:in|on|under) (?:the|my) (?:\w+ )?(?:loft|backpack|bag|seat|cupboard|barn|ute|truck|car|drawer|glovebox|pocket|shed|garage)|(?:loaded|cleaned) (?:my |the )?(?:sidearm|pistol|gun|rifle|shotgun)|(?:i )?(?:still )?(?:have|got) (?:a |the |my )?(?:pistol|gun|sidearm|rifle|shotgun)(?: from service| from the army)?|(?:rat|rats) poison|poison for (?:the )?rats|(?:nail guns?|shotguns?) (?:right here|on the seat)|hose fits|garage door shuts|the \d+ ?mg ones|what dose (?:does it|would do it)|(?:rope|noose)(?:'s| is)? (?:up|ready|tied))\b`,
    'has the means within reach',
  ),
  s(
    'self_harm_act',
    3,
    String.raw`\b(?:burn(?:ed|t) my ?self|(?:opening|opened|open) (?:up )?(?:the |my )?(?:old )?(?:cuts|wounds|scabs)|(?:scratched|picked|scratching|picking|cut|cutting) (?:till|until) (?:it|they) bled|blood on the (?:sheets|towel|floor|bed)|(?:make|made) (?:the |a )?cuts? on my|punch(?:ed|ing)? my (?:own )?(?:legs?|arms?|face|stomach)|(?:\d+|few) (?:days?|weeks?|months?) (?:no|without) (?:cutting|sh|self[- ]?harm)(?:[^\n]{0,30}\buntil\b)|until (?:like )?(?:an hour|a few hours|\d+ (?:min|mins|minutes|hours)) ago|arms? (?:is |are )?a mess)\b`,
    'describes a recent act of self-harm',
  ),
  s(
    'self_harm_past',
    2,
    String.raw`\b(?:(?:skipping|skip|starving) (?:meals|food|myself) (?:as a |to )?punish\w*|(?:haven't|havent|have not) (?:done it|cut|self[- ]?harmed) since|(?:my )?old cuts)\b`,
    'mentions self-harm',
  ),
  s(
    'abuse_now',
    4,
    String.raw`\b(?:hands? (?:round|around) my (?:neck|throat)|next time (?:he|she|they) (?:won't|wont|will not) stop|sends? me (?:pics|pictures|photos)[^.!?\n]{0,30}(?:asking for mine|for mine)|(?:it's|its) our (?:little )?secret|(?:bruises|bruised|marks) again|told (?:her|him|me) not to (?:say|tell) (?:anything|anyone)|(?:he|she) broke (?:this|the|my) (?:door|lock)|(?:hear|heard) (?:him|her) (?:looking|coming) for me|if i call (?:the )?police (?:he|she)(?: will| would|'ll)? ?(?:kill|hurt)|black eye)\b`,
    'discloses abuse or danger now',
  ),
  s(
    'abuse_concern',
    3,
    String.raw`\b(?:make sure i (?:never|don't) see|reads? all my (?:messages|texts)|(?:what|the things) (?:my |his |her )?(?:\w+ )?did to me when i was|feel watched)\b`,
    'describes controlling or abusive behaviour',
  ),
  s(
    'medical',
    4,
    String.raw`\b(?:breath(?:ing|e|es)? (?:weird|strange|funny|wrong|really fast|fast)|breathe strange|(?:not|haven't|havent|didn't) (?:taken|take|took) my insulin|half (?:the|a) bottle of|(?:like |about |maybe )?\d{2,} of (?:the|my|mums|mum's|her|his) \w+|(?:not|won't|wont|doesn't|isn't) wake up\b(?=[^.!?\n]{0,40}(?:breath|snor|vodka|took|pills|xanax)))`,
    'describes a medical emergency',
  ),
  s(
    'harm_intent',
    3,
    String.raw`\b(?:(?:thinking|thought) about (?:shaking|smothering|hurting) (?:her|him|the baby)|(?:putting|put) the pillow over (?:his|her) face|(?:running|run) (?:her|him|them) over|(?:he|she|they) gets? it\b|finish him|put something in (?:his|her|their) (?:drink|food|shake|coffee|tea)|(?:he'll|she'll|they'll|he will|she will) pay for what|know exactly where (?:he|she|they|the \w+) (?:sleeps?|lives?|parks?|works?)|(?:scared|afraid) (?:i'm|im|i am) (?:actually )?going to do it)\b`,
    'means to hurt someone',
  ),
  s(
    'goodbye',
    3,
    String.raw`\b(?:suicide|goodbye|farewell) (?:note|notes|letter|letters|message|video)\b|\b(?:wrote|written|writing|left|leaving) (?:a |my )?(?:last )?(?:note|letters?) (?:for|to) (?:everyone|my family|my (?:\w+ )?(?:mum|mom|dad|kids|parents|wife|husband|brother|sister))(?= (?:and|so|because|explaining|saying sorry)|[^.!?\n]{0,40}\b(?:sorry|goodbye|bye|love them|love her|love him|under my pillow|on my bed|explaining why)\b)`,
    'has written a goodbye',
  ),
  // Third round: shapes the later writers used (envy of the dead, fading out, plans in fragments).
  s(
    'passive_wish',
    7,
    String.raw`\b(?:(?:wouldn't|would not|not|wouldnt) be (?:mad|upset|sad|bothered|disappointed|sorry) if i (?:got|was|were|died|didn't|did not|never)|(?:hope|hoping|wish|wishing|pray|praying)\b[^.!?\n]{0,40}\b(?:goes down|go down|crash\w*|clip(?:s|ped)? me|gives? out|hits? me|runs? me over|(?:it's|it is|its) something serious|something serious|struck by|takes? me soon|takes? me)|if i (?:didn't|did not|don't|dont|never) wake up|(?:fall asleep|sleep) and (?:just )?stay (?:that way|asleep|there)|(?:swap|trade) places with (?:anyone|someone|them|him|her|whoever)|(?:envy|jealous of|envied)\b[^.!?\n]{0,40}\b(?:die|died|dead|dying|in the box|funeral|cemetery|(?:their|his|her) sleep)|lucky (?:her|him|them)\b|got out the easy way|(?:i'll be |i will be |be )?joining (?:her|him|them) soon|should (?:be|have gone|have died) with (?:him|her|them)|(?:rather|should) be (?:wherever|where) (?:he|she|they) (?:is|are)|(?:i'd|i had|i) never been born|(?:lighter|kinder|better|easier|happier)(?: to (?:her|him|them))? (?:without me|if i (?:were|was) gone)|without me in the picture|(?:can't|cannot|cant|don't|dont) (?:picture|imagine) (?:being|myself|me) (?:alive|around|here)|(?:won't|wont|don't think i'll|dont think ill) be around (?:long enough|to need|then|that long|in \d+)|if i (?:died|die) (?:tomorrow|today|tonight)[^.!?\n]{0,20}(?:i don't care|wouldn't care|idc|so what|whatever|fine)|(?:don't|dont|do not) care (?:either way|what happens(?: to me)?|if i (?:live|die|make it))|cross the road without looking|(?:don't|dont|do not) (?:really )?want to live (?:either|anymore)|(?:easy|easier|simple|simpler|quieter|more quiet|peaceful) to (?:just )?end (?:everything|it all|it)|death would be (?:more )?(?:quiet|quieter|easier|peaceful|a rest)|(?:daydream|dream|fantasi[sz]e|think) about my (?:own )?funeral|maybe this is it|(?:fading|fade|fade away|slip away) (?:out|away)?[^.!?\n]{0,20}(?:just gone|for good|no big exit)|rather not exist|(?:respawn as nobody|not respawn)|waiting for my turn|end up in the ground|(?:evaporate|dissolve|vanish)[^.!?\n]{0,20}permanently|life insurance (?:would|will|pays|is worth|would do)|no great loss if i (?:went|died|was gone)|let it come (?:whenever|soon)|(?:i'm|im|i am) the reason (?:they're|they are|everyone is|my \w+ (?:is|are)) (?:miserable|unhappy|fighting|broke))\b`,
    'wishes not to be alive, in their own words',
  ),
  s(
    'hopeless',
    4,
    String.raw`\b(?:burden (?:on|to|for) (?:her|him|them|my|everyone|you|the)|(?:i'm|im|i am) (?:just )?(?:a|such a) burden|(?:i've|i have|ive|i) made (?:my|the|a) (?:decision|choice)|my mind is made up|(?:i'm|im|i am) done holding (?:it|myself) together)\b`,
    'sounds hopeless about being alive',
  ),
  s(
    'suicidal_intent',
    8,
    String.raw`\b(?:(?:know|figured|worked|thought) (?:out )?(?:exactly )?how (?:i'd|i would|i'll|i will|to) do it|(?:drive|driving|crash|steer) (?:my car |the car )?into the (?:river|sea|lake|water|quarry|canal|harbour|harbor)|(?:woke up|ended up) in (?:hospital|the hospital|a&e|the er) (?:after|because|cos)|(?:this time|next time) (?:i've|i have|ive|i'll|i will) (?:got )?(?:way |a lot )?more)\b`,
    'says how they would end their life',
  ),
  s(
    'plan_ref',
    1,
    String.raw`\b(?:(?:i'll|ill|i will|gonna|going to) do it (?:on|this|next|at|after|before|when|once|tonight|tomorrow|today|on my birthday)|(?:already )?(?:counted|lined up|laid out|sorted) (?:them|it)(?: out)?|(?:i )?know the (?:number|dose|amount) now|(?:that's|thats|is that) enough(?: right)?\??|(?:how|which) (?:tall|high|deep|far down)\b|\d+ (?:floors|storeys|stories)(?: up| high)?|(?:reading|read|looked up|googled|searched|researching|checking|checked)[^.!?\n]{0,25}\bhow (?:much|many|tall|high|long|deep|far)\b|(?:train|bus) times|(?:express|the \d+:\d+|last train|the train)[^.!?\n]{0,30}(?:don't|doesn't|dont|doesnt) stop|(?:have|got|made|i've got|i have) a plan\b|(?:i )?(?:have|got) (?:it|everything) (?:planned|sorted|ready)|what i need is (?:in|at|here))`,
    'refers to a plan',
  ),
  s(
    'means',
    4,
    String.raw`\b(?:(?:revolver|rifle|gun|pistol|shotgun|sidearm)\b[^.!?\n]{0,40}\b(?:holding it|loaded|on the (?:kitchen )?table|in my (?:lap|hand|hands)|right now|with it)|(?:it's|its|they're|theyre) in the (?:garage|truck|car|shed|boot|trunk|drawer|closet|barn|glovebox)|(?:bought|got|have|took) (?:the |some |all (?:of )?the |my )?${DRUG} today|keep (?:the|a|my) (?:blade|razor) in)\b`,
    'has the means within reach',
  ),
  s(
    'goodbye',
    4,
    String.raw`\b(?:(?:sent|texted|messaged|wrote)(?: a)?(?: message| text)? to (?:my )?\w+ (?:to )?(?:say|saying) (?:sorry|goodbye|bye|i love)|(?:won't|wont|will not) be needing (?:the|this|your) (?:service|help|chats?) (?:anymore|any more|again)|(?:dont|don't|do not) (?:worry|bother) about me after (?:tonight|today|this)|(?:say|said) bye to someone)\b`,
    'says goodbye as if for the last time',
  ),
  s(
    'self_harm_act',
    4,
    String.raw`\b(?:(?:hitting|banging|hit|bang|banged|smash\w*) my head (?:on|against|into) (?:the )?(?:wall|floor|desk|door|mirror)|took (?:a |the )?(?:scissors|blade|razor|knife|lighter|compass) to my (?:arms?|legs?|wrists?|thighs?|skin|stomach)|fresh (?:one|ones|cut|cuts|burn|burns)\b|salt and ice|(?:punched|hit|smashed|headbutted) (?:the |a |my )?(?:\w+ )?(?:wall|mirror|door|window)[^.!?\n]{0,50}\b(?:until|till|til|knuckles|bleed|blood|split|broke|broken|glass|kept going|on purpose)|(?:swallowed|ate|hurt|burned|burnt|cut|hit)\b[^.!?\n]{0,40}\bon purpose\b(?=[^.!?\n]{0,60}\b(?:awful|feel|hurts|pain|bleed|stomach|myself)))`,
    'describes a recent act of self-harm',
  ),
  s(
    'harm_intent',
    4,
    String.raw`\b(?:(?:got|have|with|bringing|sharpening|sharpened|grabbed|holding|i've got) (?:a |the |my |his |some )?(?:\w+ ){0,2}(?:petrol|gasoline|gas can|lighter fluid|brass knuckles|hunting knife|knife|machete|bat|hammer|crowbar|gun|blade|axe)\b(?=[^\n]{0,120}\b(?:him|her|them|his|he's|hes|she's|shes|he|she|dad|boss|manager|ex|brother|stepdad|neighbou?r|bully|kid|guy)\b)|(?:wait|waiting) for (?:him|her|them) (?:tomorrow|tonight|after|outside|with)|make sure (?:he|she|they) never (?:walks?|talks?|wakes?|comes?)|(?:jump|jumping) (?:the|that) (?:kid|guy|girl|boy)|put something in (?:my |his |her |their |the )?(?:\w+ )?(?:'s )?(?:coffee|drink|food|tea|lunch)|(?:pushed|shoved|stabbed|hit|hurt|knocked) (?:him|her|my (?:brother|sister|dad|mum|mom|stepdad)) (?:down the stairs|into|with)|(?:picturing|imagining|thinking about) (?:pushing|hurting|stabbing|killing|shaking) (?:my|him|her|them))\b`,
    'means to hurt someone',
  ),
  s(
    'harm_wish',
    3,
    String.raw`\b(?:make (?:them|him|her) all pay|(?:thoughts|thinking) of making (?:them|him|her) (?:all )?pay|wants? to hurt (?:his|her|their) \w+)\b`,
    'voices wishes to harm someone',
  ),
  s(
    'abuse_now',
    5,
    String.raw`\b(?:(?:says?|said|texted|threaten\w*|swore|told me)\b[^.!?\n]{0,60}\b(?:kill|hurt|shoot|burn) (?:all of us|us all|the (?:dog|kids|children|baby)|my (?:kids|children|family)|(?:the dog )?(?:and )?then me)|(?:banging|kicking|pounding|hammering) on (?:the|my) (?:door|window)|(?:gonna|going to) break (?:it|the door) down|bruises (?:all over|everywhere|on (?:her|his) (?:arms|face|back|legs))|and did (?:stuff|things)|(?:making|make|makes|made|forcing|forces) me send (?:pics|photos|nudes|pictures)|send (?:pics|nudes|photos) or (?:he|she|they)|(?:he'll|he will|she'll|they'll) (?:show|send|post)[^.!?\n]{0,30}(?:everyone|my school|my old ones|pics)|(?:raped|molested|assaulted) (?:me|her|my)|my clothes were off|put something in my drink|(?:threw|throws|thrown|pushed|shoved|slammed) (?:my |his |her )?(?:\w+ ){0,2}(?:sister|brother|mum|mom|me|him|her|son|daughter|baby) (?:into|against|down|across)|(?:took|taken|hid) my (?:car keys|keys|phone|charger)[^.!?\n]{0,40}(?:unplugged|locked|won't let|if i leave)|(?:locked|lock) (?:me )?in (?:the |my )?(?:bedroom|bathroom|room))\b`,
    'discloses abuse or danger now',
  ),
  s(
    'abuse_concern',
    4,
    String.raw`\b(?:(?:keep|keeps|kept|has|took|hold|holds) (?:back )?(?:my|our) (?:passport|papers|documents|pay|wages)|(?:our|my) family (?:at home|back home) will be hurt|made sure i regretted)\b`,
    'describes controlling or abusive behaviour',
  ),
  s(
    'medical',
    5,
    String.raw`\b(?:elephant (?:sitting|standing) on (?:it|my chest)|arm(?:'s| is| has)? gone numb|collapsed\b|jerking|convuls\w*|(?:breathing|breath) (?:feels |is |going )?(?:slow|shallow)|(?:swallowed|ate|eaten|chewed|drank|drunk)\b[^.!?\n]{0,25}\b(?:button batter\w*|batter(?:y|ies)|bleach|dishwasher pods?|laundry pods?|pods?|detergent|rat poison|antifreeze|weed killer)|(?:lips|tongue|face|throat) (?:is |are |feels? |getting )?(?:swelling|swollen|tight|closing)|(?:the )?rest of (?:my|the|her|his) (?:\w+ ){0,2}(?:bottle|pills|tablets|${DRUG})|(?:can't|cannot|can not|couldn't) (?:lift|move|feel) (?:his|her|my) (?:right |left )?(?:arm|leg|side|face)|talking (?:strangely|funny|slurred|weird)|slurring|face (?:is )?drooping|(?:went|is|gone) (?:really )?(?:quiet and )?(?:floppy|limp)|(?:took|taken|swallowed) (?:them|it)\b[^\n]{0,20}(?:all|\d+)[^\n]{0,40}\b(?:sleepy|drowsy|dizzy|weird|heavy)|${DRUG} (?:maybe |like |about |around )?(?:[4-9]|\d\d+)\b)`,
    'describes a medical emergency',
  ),
  // Fourth round: internet and youth language, metaphors from games for real life.
  s(
    'suicidal_intent',
    9,
    String.raw`\b(?:(?:uninstall\w*|log(?:ging)? (?:out|off)|respawn\w*|rage ?quit\w*|alt[- ]?f4\w*|pull(?:ing)? the plug|leave the game|leaving the game)\b[^.!?\n]{0,25}\b(?:myself|my ?self|irl|in real life|for me|life)|(?:hp|health) (?:at|is) 0 irl|final boss is me|game over for me|(?:i|i'll|ill|i will|gonna) (?:finish|end) (?:this|it|everything)(?: tonight| today| now)?$|uninstall\.exe|su1c1d\w*|s\*icid\w*|su\*cid\w*|kmss+|kms'?d)\b`,
    'talks about ending their life in coded words',
  ),
  s(
    'passive_wish',
    8,
    String.raw`\b(?:(?:only|one) thing (?:keeping|that keeps|holding) me (?:here|alive|going)|death would be (?:a w|a win|nice|fine|ok|okay|a relief)|(?:we'll|we will|we're|we are) all (?:be )?dead (?:one day )?(?:anyway)?[^.!?\n]{0,20}why wait|(?:can't|cant) find the uninstall button|think about (?:just )?not turning the wheel|(?:think|thinking) about being dead|(?:i )?(?:get|keep getting) (?:these |this )?thoughts? like (?:'|")?(?:just step off|just jump|what if i just))\b`,
    'wishes not to be alive, in their own words',
  ),
  s(
    'method',
    2,
    String.raw`\b(?:(?:the |a )?noose (?:is )?(?:tied|ready|up|hanging)|(?:have|got|made|tied) (?:the |a )?noose|(?:tied|tie|tying) (?:a |the )?(?:\w+ )?(?:to|around|on|from) (?:the )?(?:beam|rafter|banister|bannister|hook|ceiling fan|ceiling|railing|loft hatch|door handle)|(?:touch|jump off|go to|walk to|walked to|going to|go back to|stood on) the (?:bridge|ledge|edge|tracks|cliff|river|lake)\b(?=[^\n]{0,40}(?:🌉|tonight|tmrw|tomorrow|for good|last time|again|back|the water))|walk in with rocks|rocks in my (?:\w+ )?pockets?|(?:not getting on|step in front of) (?:a|the) train(?= if u know| if you know| when it)|🌉(?=[^\n]{0,20}(?:tonight|tmrw|irl|last|bye)))`,
    'names a way to die',
  ),
  s(
    'attempt',
    2,
    String.raw`\b(?:see if it (?:holds|would hold|takes my weight)|the (?:cord|rope|belt) (?:snapped|broke)|(?:i )?(?:actually|already) tried\b(?=[^\n]{0,60}(?:snapped|broke|try (?:again|something else)|didn't work|woke up))|(?:already )?swallowed them|took everything in the (?:medicine )?cabinet|(?:i'm|im|i am) (?:literally )?in the bath with (?:a|the|my) (?:razor|blade|knife))\b`,
    'describes a suicide attempt or an act in progress',
  ),
  s(
    'self_harm_act',
    5,
    String.raw`(?:\b(?:cut|cutting|burned|burnt|scratched|carved|sliced)\b[^.!?\n]{0,15}\bmy (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?)\b|\bs\/h\b(?=[^\n]{0,30}(?:again|deeper|today|tonight|last night|rn))|\bsh again\b|\b(?:deeper|worse) than (?:usual|last time|ever)(?=[^\n]{0,30}(?:cut|sh|s\/h|blade|bleed|this time)))`,
    'describes a recent act of self-harm',
  ),
  s(
    'harm_intent',
    5,
    String.raw`\b(?:i (?:hit|punched|slapped|choked|hurt|shoved|pushed|kicked|strangled) (?:my )?(?:gf|girlfriend|wife|partner|bf|boyfriend|husband|son|daughter|kid|kids|baby|mum|mom|brother|sister)\b|(?:don't|dont|do not) trust myself (?:around|with|near) (?:her|him|them|the baby|my \w+)|(?:bring|bringing|take|taking) (?:a |my |his |the )?(?:\w+'s |\w+s )?(?:gun|knife|weapon|rifle|pistol) (?:to school|to class|tomorrow|tmrw|tomoro|in tomorrow|on monday)|(?:gun|knife|bat|hammer|crowbar|machete|petrol)(?: is)? in (?:my|the) (?:trunk|car|bag|boot|backpack|locker)\b(?=[^\n]{0,80}\b(?:he|him|she|her|them|they)\b)|know (?:exactly )?where (?:he|she|they) (?:sleeps?|parks?))\b`,
    'means to hurt someone',
  ),
  s(
    'abuse_now',
    6,
    String.raw`\b(?:(?:chasing|threatening|attacking|came at) (?:me|him|her|us|my \w+) with (?:a|the|his|her) (?:knife|gun|bat|hammer|belt|bottle)|locks? (?:me|us|him|her) (?:in|down here|in the \w+|out of the house)|(?:post|share|send) my (?:nudes|pics|photos)|(?:he|she|they|uncle|coach|stepdad|teacher) (?:touches|touched|touching) me\b|(?:no one|nobody) would believe me over (?:him|her))\b`,
    'discloses abuse or danger now',
  ),
  s(
    'suicidal_intent',
    10,
    // "suicide" in the client's own frame; talk about suicide in general is not a disclosure.
    String.raw`\b(?:i|i'm|im|i've|ive|i'd|me|my)\b(?![^.!?\n]{0,25}\b(?:not|never|no longer|no|don't|didn't|wasn't|isn't|aren't|nothing)\b[^.!?\n]{0,12}\bsuicid)[^.!?\n]{0,25}\bsuicid\w*(?! (?:prevention|awareness|training|hotline|helpline|research|statistics|rates?|squad|bomb\w*|risk assessment))|\bsuicid\w*[^.!?\n]{0,15}\b(?:for me|is my|seems like my|on my mind)\b`,
    'speaks of suicide about themselves',
  ),
  // Fifth round: plans and acts said with everyday words.
  s(
    'suicidal_intent',
    11,
    String.raw`\b(?:go(?:ing)? through with it|(?:i've|ive|i have|i) made up my mind|(?:i'll|ill|i will) be gone (?:before|by) (?:the sun comes up|morning|tomorrow|sunrise|the weekend)|(?:tomorrow|tonight) i (?:will|won't|wont|will not) (?:not )?wake up|(?:work|get|build|working|getting|trying to work) (?:myself )?up (?:to it|the nerve|the courage)|(?:get|got|getting) the nerve up|walk (?:out|into the (?:sea|water|river|lake)) (?:with it )?and (?:not|never) come back|stop being (?:everyone's|everybody's|a) (?:problem|burden))\b`,
    'says they mean to end their life',
  ),
  s(
    'goodbye',
    5,
    String.raw`\b(?:(?:will|'ll|is going to|gonna|going to) find me (?:in the morning|tomorrow|first|when|after)|none of this is your fault|(?:wrote|written|writing) my (?:own )?eulogy|(?:planned|picked|chose) (?:the songs|my funeral|the songs for my funeral)|(?:no one|nobody|noone) knows where (?:i am|i'll be|i'm going)|one way(?: ticket)?\b(?=[^\n]{0,40}(?:cliff|bridge|coast|lighthouse|sea|😅|🙃))|(?:set|scheduled) (?:it|the email|a message) to (?:send|email|post))\b`,
    'says goodbye as if for the last time',
  ),
  s(
    'attempt',
    3,
    String.raw`\b(?:(?:trial|practice|test) run|next time i (?:won't|wont|will not) (?:stop|panic|pull|chicken)|(?:halfway|half way) through (?:the|a|my) (?:packet|bottle|box|pills|tablets|strip)|swallowed everything|took everything (?:i had|in)|(?:i )?tried (?:last|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|night)\b)`,
    'describes a suicide attempt or an act in progress',
  ),
  s(
    'attempt',
    4,
    // C-SSRS counts aborted and interrupted attempts as behaviour: the act begun or about to be,
    // stopped by the person or by someone else. The negation is part of the phrase ("the only
    // reason i didn't kill myself"), so it is no denial.
    String.raw`\b(?:(?:the )?only (?:reason|thing) (?:that )?(?:i (?:didn't|did not|haven't|have not) (?:${END_SELF}|go through with it)|(?:stopped|kept|stops|keeps) me (?:from )?(?:${END_SELF}|doing it|going through with it))|(?:almost|nearly|so close to|came close to|came so close to|was about to|this close to|very close to|really close to) (?:kill(?:ing|ed)? my ?self|end(?:ing|ed)? (?:it all|my (?:own )?life)|tak(?:e|ing|en) (?:my (?:own )?life|all (?:the|my|of my|of the) ${DRUG})|overdos(?:e|ed|ing)|hang(?:ing|ed)? my ?self|jump(?:ing|ed)? (?:off|in front))(?! (?:laughing|by accident|falling|on the stairs|skiing|off my bike)|\w)|i(?:'d| would)(?: have|'ve) (?:done it|gone through with it|jumped|killed my ?self|taken them all|been dead) if (?:\w+ ){1,3}${INTERRUPTED}|if (?:\w+ ){1,3}${INTERRUPTED}(?: \w+){0,4} i(?:'d| would)(?: have|'ve)? (?:done it|gone through with it|jumped|killed my ?self|taken them all|been dead)|(?:found|caught|stopped) me (?:just )?(?:before i could|in time|as i was about to|right before i))\b`,
    'describes a suicide attempt that was stopped or nearly happened',
  ),
  s(
    'stockpile',
    2,
    String.raw`\b(?:(?:\d+|a few|couple of|two|three|six) months?(?:'s)? worth|so i(?:'d| would) have enough|(?:putting|put|set|setting) (?:one|some|a couple) (?:by|aside|away) (?:every|each) (?:day|night|week)|(?:the )?stuff (?:i've|ive|i have) been (?:collecting|saving|buying)|kept (?:picking|getting) them up)\b`,
    'is saving up the means',
  ),
  s(
    'means',
    5,
    String.raw`\b(?:(?:bought|got|have|grabbed) (?:the |a )?(?:stuff|cord|rope|bag|hose|charcoal|gin|vodka)\b(?=[^\n]{0,60}(?:tablets|pills|hardware|bag|desk|tonight|🪦|🙃|woods))|(?:legs? over|sat on|sitting on) (?:the )?(?:railing|edge|side|ledge)|(?:took|got|have) (?:my |dads |dad's |the )?(?:gun|shotgun|rifle) out|(?:loaded|load) (?:it|the shotgun|the gun)|(?:the )?(?:big )?knife from the kitchen|(?:it's|its) time\b)`,
    'has the means within reach',
  ),
  s(
    'self_harm_act',
    6,
    String.raw`\b(?:(?:doing|did|do) my (?:thighs|arms|legs|wrists|stomach)|barcode(?: arm| wrist)?|bleeding through (?:the|my) (?:plaster|bandage|sleeve|jumper)|(?:scratching|scratched|scratch) (?:with|using) (?:a|the|my) (?:compass|blade|pin|needle|razor)|used the (?:kitchen )?knife (?:cos|because|since) the (?:sharpener|blade))\b`,
    'describes a recent act of self-harm',
  ),
  s(
    'harm_intent',
    6,
    String.raw`\b(?:(?:bring|bringing|take|taking) (?:my |his |the )?(?:\w+s |\w+'s )?(?:knife|gun|blade|bat) in\b|(?:not|won't|wont) (?:be )?walking out (?:of )?(?:there|that building|that room|alive)|(?:who|which ones?)[^.!?\n]{0,20}(?:i'd|id|i would|i will) get first|can get me a (?:blade|gun|knife|piece)|put (?:it|that|this|the poison|poison|something|bleach) in (?:his|her|their) (?:tea|drink|food|coffee|dinner)|(?:held|hold|holding|put|putting) (?:the |a )?pillow over (?:\w+s |\w+'s |his |her |their )?face)\b`,
    'means to hurt someone',
  ),
  s(
    'abuse_now',
    7,
    String.raw`\b(?:(?:he|she|they)(?:'ll|ll| will|'d| would) (?:break|snap) my (?:arm|legs?|neck|jaw|fingers)|(?:he|she|they) (?:says?|said)? ?(?:will|'ll|would|is going to|gonna) kill (?:me|us) if i (?:leave|go|tell|call|talk)|(?:kicking|banging|smashing|pounding) (?:the|my) door(?: in| down)?|(?:hurts?|touch(?:es|ed)?) (?:her|him|me) down there|(?:my )?(?:husband|partner|boyfriend|wife) (?:\w+ ){0,4}(?:hit|hits|beat|beats|slapped|kicked) me)\b`,
    'discloses abuse or danger now',
  ),
  s(
    'plan_ref',
    2,
    String.raw`\b(?:(?:i've|ive|i have) thought it through|narrowed it down|just need to pick a day|pick(?:ed)? (?:a|the) day|booked a hotel)\b`,
    'refers to a plan',
  ),
];

// Guards ---------------------------------------------------------------------------------------

/**
 * Contexts in which the words of death and injury are not about the client's safety. Checked on
 * the clause around a match; a guard that fires makes the match not count.
 */
export const NOT_ABOUT_SAFETY: readonly RegExp[] = [
  // Games and sports: "keep dying on this boss", "killed myself with my own grenade lol".
  /\b(?:game|gaming|boss|level|lvl|respawn\w*|spawn|lobby|ranked|raid|dungeon|quest|npc|fortnite|minecraft|valorant|roblox|cod|warzone|apex|overwatch|league|lol game|elden ring|dark souls|fifa|zelda|mario|sims|my character|my guy|my toon|hp|health bar|grenade|noob|lag|laggy|controller|ps5|xbox|steam|checkpoint|speedrun|pvp|gta|chess|checkmate)\b/u,
  // Fiction, news and school work about someone else.
  /\b(?:movie|film|show|series|episode|season|book|novel|chapter|song|lyrics?|album|track|rapper|singer|band|news|article|documentary|podcast|essay|assignment|project|presentation|character|plot|scene|anime|manga|netflix|tv|romeo|juliet|hamlet)s?\b/u,
];

/** Words for dying that are figures of speech: "i will literally die if you make me go". */
export const IDIOM_AFTER =
  /^(?:[^.!?\n]{0,12})?\b(?:if|of|from|for|laughing|when i see|inside|on (?:this|that) hill)\b/u;

/** Third persons: the signal is about someone else ("my friend used to self harm"). */
export const THIRD_PERSON =
  /\b(?:lad|lass|bloke|boy|who'd|whod|mate|bff|flatmate|roommate|classmate|colleague|coworker|neighbou?r|she|he|they|she's|he's|they're|her|his|their|friend|bestie|sister|brother|daughter|son|mum|mom|dad|mother|father|cousin|aunt|uncle|grandad|grandpa|grandma|gran|nan|wife|husband|partner|boyfriend|girlfriend|teen|teenager|kid|child|student|client|patient|character|someone|somebody|people|guy|girl|man|woman)\b/u;
export const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|im|me|myself|my self)\b/u;

/** Leaving a job, a school or a country, a will at the solicitor's: farewells that are not final. */
export const ORDINARY_FAREWELL =
  /\b(?:moving|move|moved|relocat\w*|emigrat\w*|new job|quit|quitting|notice|retir\w*|holiday|vacation|trip|graduat\w*|solicitor|lawyer|attorney|estate plan\w*|team|colleagues|coworkers|leaving do|leaving party|farewell party|old job|office|marketplace|ebay|selling|sold|spreadsheets?|canada|australia|abroad|uni|university|college)\b/u;

/** Long ago: "my sister took pills when she was 17" is history, not an emergency now. */
export const LONG_AGO =
  /\b(?:last year|(?:\d+|two|three|four|five) (?:years?|months?) (?:ago|clean|sober)|years ago|when (?:i|she|he|they) (?:was|were) (?:\d+|a kid|a teen|little|young|younger|in school)|in (?:19|20)\d\d|as a (?:kid|teen|teenager)|back in the day)\b/u;

/** A question reported, not an answer: "my therapist asked if i had thoughts of suicide". */
export const REPORTED_QUESTION = /\b(?:asked|asks|asking|ask) (?:me )?(?:if|whether|about)\b/u;

/**
 * Words that say the scary part is meant for real: they lift the game, story and joke guards
 * ("respawn irl", "not a game thing", "she thinks i'm going on a trip").
 */
export const FOR_REAL =
  /\b(?:irl|in real life|not (?:a|the) game|not from the game|not (?:about|talking about) the game|life i mean|not (?:even )?(?:joking|kidding)|no joke|not a joke|fr fr|no cap|thinks? (?:i'm|im|i am) (?:going|moving)|i'm not (?:moving|going)|im not (?:moving|going)|not actually (?:moving|going))\b/u;

/** A task, a chore or a job: "can't do this anymore" about maths homework, "on the roof clearing the gutters". */
export const ORDINARY_TASK =
  /\b(?:homework|maths?|question \d+|assignment|essay|exam|revision|coursework|spreadsheet|gutters?|roofing|tiles|solar panels?|aerial|antenna|chimney|retirement|retiring|retired|last (?:ever )?shift|shift|paramedic|nurse|ward|patients?|first aid|cpr|course|training|debrief|crew|call(?:out)?s?)\b/u;

/** A trivial cause: "i'm going to kill my brother, he ate my leftovers". */
export const TRIVIAL_CAUSE =
  /\b(?:ate my|eat my|eaten my|broke my (?:headset|phone|controller|charger|mug|glasses)|broke (?:his|her) (?:headset|phone|controller)|spoil(?:ed|t|er)|finale|leftovers?|pad thai|pizza|chips|fries|borrowed my|used my|took my (?:charger|hoodie|clothes|food|seat|spot)|headset|scratched (?:his|her) (?:new )?car|dented|late home|find out|finds out)\b|😤|🙄/u;

/** Laughter and embarrassment: "i wanna die lmao i called my teacher mum". */
export const JOKING =
  /\b(?<!not (?:even )?)(?<!no )(?:lo+l|lmf?ao+|rofl|haha\w*|hehe\w*|jk|joking|kidding|embarrass\w*|cringe\w*|awkward|so funny|hilarious|dying of laughter)\b|😂|🤣|💀|😆|😹/u;
