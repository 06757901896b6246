import type { RiskKind } from '../../../models';
import type { PatternRule } from '../match';
import {
  s,
  ABUSE_VERB,
  BODY,
  DRUG,
  END_SELF,
  MEANS_OBJECT,
  OTHER_PERSON,
  PARTNER,
  PLACE,
  SELF_HARM_VERB,
  TIME,
  WANT,
  SETTLED,
  ONGOING,
} from './risk-blocks';
import { RISK_FRAMES } from './risk-frames';
import { RISK_UNDERSTATED } from './risk-understated';
import { RISK_WARNING_SIGNS } from './risk-warning-signs';
import { RISK_ACTS } from './risk-acts';
import { RISK_WORDINGS } from './risk-wordings';
import { RISK_SIDEWAYS } from './risk-sideways';
import { RISK_SYMPTOMS } from './risk-symptoms';

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
 * people's stories are screened out by the guards (./risk-guards.ts) and in ../risk-signals.ts.
 * The building blocks (ways of ending one's life, times, places, means) are in ./risk-blocks.ts;
 * the broader, everyday wordings of the same signals in ./risk-wordings.ts.
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

// Signals ---------------------------------------------------------------------------------------

/** The signals in their plain words, then the everyday wordings the writers' sets taught. */
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
    String.raw`\b(?:how (?:many|much) (?:\w+ ){0,4}(?:would it|does it|it would|it'd|to|will it) (?:take|kill|be lethal|be enough)|(?:easiest|quickest|fastest|least painful|painless|surest|best) (?:way|method|ways|methods) to (?:die|go|end it|kill|do it|not wake up)|lethal (?:dose|amount)|how (?:long|much) (?:does it take|would it take) to (?:die|bleed out|drown|suffocate)|how long (?:does|do|would|will) (?:\w+ ){1,2}take to (?:actually |really )?(?:do it|kill (?:you|someone|a person|me))|which (?:bridge|building|floor) is (?:high|tall)\w* enough)\b`,
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
    String.raw`\b(?:(?:don't|do not|dont|no longer|don't really|never) (?:want|wanna|wish) to (?:be here|wake up|be around(?! (?:him|her|them|people|any ?one|you|u|my \w+|those|that|the|drink|drinking|alcohol|booze|it|when|while|for|at|crowds|family|kids|dogs|cats|smokers|anybody)\b)|be alive|exist|be on this earth|be in this world|do life|keep going|go on)|(?:tired|sick|exhausted|weary) of (?:living|being alive|existing|life|breathing|waking up(?! (?:with|at|to|early|late|in|on|tired|hungover|feeling|sore|exhausted|in pain|alone|at \d)\b)|being here|being me|it all)(?! in (?:this|the|these|that) (?:heat|cold|weather|rain|humidity|traffic|house|flat|city|town|noise)\b)(?! out of\b| with (?:my |the )?(?:parents|mum|mom|dad|flatmates?|roommates?|in-laws)\b| at (?:home|my (?:parents|mum|mom|dad)'?s?)\b| in (?:a|this|the|my) (?:flat|house|dump|box|caravan|city|town|shared house|studio|van|bedsit)\b| like a student\b)|(?:life|living|existing|being alive) (?:is|feels|seems) (?:pointless|not worth it|meaningless|like a burden|too much(?! (?:in|of|for|with|going on)\b))|(?:what's|what is|no|there's no|theres no|don't see (?:a|the|any)|can't see (?:a|the|any)) (?:the )?(?:point|reason) (?:in|of|to|for) (?:living|life|being alive|being here|existing|going on|carrying on|anything anymore|waking up|trying anymore)|(?:don't|do not) see (?:a |any )?(?:point|reason|future)(?: in (?:living|going on|anything))?\b|(?:want|wanna|need) (?:it all |everything |the pain |life )?to (?:stop|end|be over) (?:for good|forever|permanently)|want to (?:disappear|vanish|fade away|stop existing|not exist|sleep forever)(?! for (?:a|the|like a) (?:weekend|week|month|bit|while|day|few|couple)| off (?:social|the internet|insta|tiktok)| from (?:social|work|everyone for)| to )(?! (?:under|into|in) (?:my |the |a )?(?:bed|duvet|covers|blanket|hole|sofa|couch|room|hoodie|floor|ground)\b)(?! (?:till|until|til|for) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tomorrow|next (?:week|month|year)|(?:the )?exams? (?:are|is) over|(?:it's|its|this is|school is|term is) over|summer|christmas|a (?:bit|while|week|month|day|few days))\b)(?: forever| for good| and never come back| permanently)?|(?:just |sometimes |i )?(?:wanna|want to) (?:fall asleep|sleep) (?:and|&|n) (?:never|not) wake up|(?:better|easier) (?:off )?(?:dead|gone|if i (?:wasn't|weren't|was not|were not) (?:here|around|alive)|without me|if i (?:was|were) gone|if i (?:died|disappeared))|(?:death|dying) (?:would be|sounds|seems|feels like) (?:a )?(?:relief|peaceful|easier|better|nice|an escape|the only way out)|(?:everyone|everybody|they|people|my (?:\w+ )?(?:family|kids|parents|mum|mom|dad|wife|husband|partner|friends?)) (?:would|will|'d)(?: all)? (?:be )?(?:better|happier|fine|relieved) (?:off )?(?:without me|if i (?:was|were|wasn't|weren't)(?: not)? (?:here|around|gone|dead|alive))|(?:nobody|no one|noone|no1) would (?:notice|care|miss me) if i (?:was|were|died|disappeared|was gone|didn't)|(?:no one|nobody|noone) would (?:even )?(?:miss me|notice (?:i'm|i was) gone|come to my funeral))\b`,
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
    String.raw`\b(?:i )?(?:can't|cannot|can not|cant) (?:do|take|handle|live|go on|keep going|keep doing|carry on|cope with) (?:this|it|life|any of this|this life|living like this)? ?(?:anymore|any more|much longer|for much longer)\b(?![^.!?\n\w]{0,6}(?:this|the|my|week \d+ of) (?:job|work|boss|manager|diet|keto|fast|course|commute|shift|heat|weather|flat|house|neighbou?rs?|group ?chat|team|project|class|module|essay|homework|exam|revision)\b)|\bi(?:'m| am) (?:so |just |really )?(?:done|finished) (?:with (?:life|everything|it all|living|all of (?:this|it)|this world|trying)|for good)\b|\b(?:there's|there is|theres) no (?:way out|escape|hope(?: left)?|future for me|light at the end)\b|\b(?:i'm|i am|i feel like|i feel|feel like) (?:such |just |only )?(?:a )?(?:burden|waste of (?:space|air|oxygen)|a drain|nothing but trouble)(?: to| on| for| anymore|$|[.!?])|\bno (?:reason|point) (?:to|in) (?:keep(?:ing)? going|go(?:ing)? on|try(?:ing)? anymore|anything)\b|\b(?:nothing|no one|nobody) (?:left )?(?:to live for|worth living for)\b|\b(?:i've|i have) (?:nothing|no one|nobody) left\b(?! (?:for (?:myself|me|rent|food|bills|the \w+)|(?:in|on) (?:my|the) (?:account|bank|card|wallet|purse)|to (?:give|spend|pay|send|sell|lose|say))\b)|\b(?:i'm|i am) (?:out of|running out of) (?:reasons|options|hope|time)\b|\b(?:i|i'm) (?:give|giving|gave) up (?:on (?:life|everything|myself|living)|for good)\b|\bthe world (?:would be|is) better without me\b|\b(?:won't|will not|not gonna|not going to) (?:be (?:a problem|a burden|anyone's problem|around|here)(?: for| much| any)? ?(?:much )?(?:longer|anymore|for long|after (?:tonight|today))|make it (?:through|to) (?:the night|tonight|tomorrow|the weekend|christmas|my birthday))\b`,
    'sounds hopeless or like a burden',
  ),
  s(
    'method',
    1,
    String.raw`\b(?:(?:jump(?:ing)?|throw(?:ing)? my ?self|yeet(?:ed|ing)? my ?self) (?:off|from|in front of|into) (?:the |a |this |that )?(?:bridge|roof|building|balcony|cliff|train|bus|truck|car|traffic|river|window|top floor|overpass|car park|multi ?storey|tracks)|step(?:ping)? (?:in front of|into) (?:a |the )?(?:train|bus|truck|traffic|lorry)|(?:drive|driving|crash(?:ing)?|swerv(?:e|ing)) (?:my car |the (?:car|van|lorry|truck|cab) )?(?:into|off|in front of) (?:a |the )?(?:tree|wall|bridge|truck|lorry|road|cliff|oncoming|traffic|viaduct|flyover|overpass|pier|quarry|harbour wall|dam|embankment)|(?:take|taking|swallow(?:ing)?|down(?:ing)?|neck(?:ing)?) (?:all|every one|all of|the whole|the rest of|a handful of|a bunch of|a shit ?load of|a load of|loads of|a lot of|lots of) ?(?:of )?(?:my |the |them|these|those|those )?(?:${DRUG}|bottle|box|pack|them)|(?:slit(?:ting)?|cut(?:ting)?|open(?:ing)?) (?:my )?(?:wrists?|throat|veins?)(?: (?:open|deep|properly|for real))?|(?:a |the )?(?:rope|noose) (?:around|round) my neck|(?:put|hold(?:ing)?|point(?:ing)?) (?:a |the |my )?(?:gun|pistol|knife|blade) (?:to|at|against) my (?:head|chest|throat|wrist)|(?:tie|tied|tying|made|making|bought|buying|got) (?:a |the )?(?:noose|rope to hang)|(?:sit|sitting) in the (?:car|garage) with the (?:engine|motor) (?:on|running)|(?:drink|drinking|drank) (?:the )?(?:bleach|antifreeze|poison))\b`,
    'names a way to die',
  ),
  s(
    'means',
    1,
    String.raw`\b(?:i(?:'ve| have)?|i've got|i got|got|have|has|bought|buying|ordered|collected|collecting|saved|saving|stockpil\w*|hoard\w*|hid|hidden|hiding|counted|counting|lined up|laid out|sorted out|holding|in my hand|found|grabbed|been (?:saving|collecting|keeping)|keeping|kept) (?:up )?(?:all |enough |a (?:lot|bunch|pile|stash|handful|month's worth|load) of |loads of |some |my |the |\d+ |like \d+ |a few |heaps of |plenty of )?(?:\w+ )?${MEANS_OBJECT}\b|\b${MEANS_OBJECT}(?: is| are|'s) (?:right )?(?:here|next to me|in (?:my|the) (?:hand|bag|pocket|drawer|car|room|glovebox|cabinet|gun cabinet|gun safe|safe|shed|barn|cupboard|wardrobe|loft|garage|locker|bedside table)|on (?:my|the) (?:desk|bed|table|nightstand|lap)|in front of me|ready|loaded|lined up|counted out|beside me|with me)\b|\b(?:it's|its|they're|theyre) (?:all )?(?:right )?(?:here|in front of me|next to me|on the (?:table|desk|bed))\b|\b(?:enough|plenty) to (?:do it|do the job|not wake up|end it|kill me|finish it)\b`,
    'has the means at hand',
  ),
  s('time', 1, String.raw`\b${TIME}\b`, 'says when'),
  s('place', 1, String.raw`\b${PLACE}\b`, 'is at or names a dangerous place'),
  s(
    'preparation',
    1,
    String.raw`\b(?:(?:wrote|written|writing|write|finished|left|leaving|leave) (?:a |my |the |some |few )?(?:suicide (?:note|letter)s?|goodbye (?:note|letter|message)s?|(?:note|letter)s? (?:for|to) (?:everyone|everybody|my (?:family|kids|parents|children)|each of)|last (?:note|letter|words))|(?:left|leave|leaving) (?:a |my )?(?:note|letter)(?= (?:for|on|under|in|by)\b)|(?:gave|giving|give|handed|handing) (?:away )?(?:all |most of |some of )?(?:my |away my )?(?:stuff|things|belongings|clothes|games|console|xbox|ps[45]|switch|guitar|jewell?ery|books|cat|dog|pets?|plants|savings|money|collection|art|possessions|everything)(?: away)?(?: to (?:my |the )?\w+)?|(?:sort(?:ed|ing)?|get(?:ting)?|put(?:ting)?) (?:out |in order |sorted )?(?:my )?(?:affairs|will|life insurance)(?: in order| sorted| out)?|(?:sort(?:ed|ing)?|get(?:ting)?|put(?:ting)?) (?:out )?(?:my )?(?:passwords|accounts|finances) (?:in order|sorted)|(?:who|someone) (?:will|can|could|should|would|to) (?:look after|take care of|take|feed|have|get|walk) (?:my )?(?:cat|dog|pets?|kids?|babies|plants|fish|rabbit|things|stuff|hamster)(?! while i'm (?:away|on holiday|at)| for the weekend| while i travel)|(?:deleted|deleting|delete) (?:all (?:of )?my (?:\w+ )?(?:accounts?|socials|photos|pics|instagram|insta|snap|tiktok)|my (?:accounts|socials)|everything)(?: for good)?(?! (?:for|until|till|til|during|over|before) )|(?:said|saying|say) (?:my )?goodbyes?(?: to)?|(?:made|making|updated|updating|wrote|writing|write|make|update|done|did) (?:my|a|out my|up my) will\b|(?:it's|everything is|i've got it all|i have it all) (?:all )?(?:planned|figured) out|(?:i have|i've got|got|have|made) a plan (?:to|for) (?:end|kill|die|do it|how|when))`,
    'describes preparations',
  ),
  s(
    'goodbye',
    1,
    String.raw`\b(?:this is (?:my |the )?(?:goodbye|last (?:message|text|time)|the end)|(?:last|final) time (?:you'll|you will|u will|anyone will) (?:hear|talk|speak) (?:from|to|with) me|(?<!\b(?:his|her|their|your|ur|the|that|a|whose|[\w]+'s|[\w]+s') )(?:final|last) goodbye|(?<!\b(?:his|her|their|your|ur|the|that|a|whose|[\w]+'s|[\w]+s') )final (?:message|words)(?! (?:was|were|is|to me|from)\b)(?![^.!?\n]{0,30}\?)|(?:my )?last words(?=\s*(?:[:…-]|$|to (?:you|everyone|all|my \w+)\b))|(?:you|u) (?:won't|will not|wont) (?:hear from|see|talk to) me (?:again|anymore|after (?:tonight|today)|ever again)|(?:tell|let) (?:my )?(?:\w+ )?(?:mum|mom|dad|mother|father|family|kids|sister|brother|parents|wife|husband|partner|friends?|daughter|son) (?:i'm sorry|i love (?:them|her|him)|that i love|sorry|it wasn't (?:their|her|his) fault|not to blame (?:themselves|herself|himself))|(?:goodbye|bye) (?:forever|for good|everyone|world|all|cruel world)|thank (?:you|u) for (?:everything|trying|being there),? (?:bye|goodbye|i'm sorry|sorry|it's not your fault|but)|(?:sorry|i'm sorry) for (?:everything|being (?:a burden|like this|such a burden))(?:,? (?:goodbye|bye|i love you))?|(?:it|this) (?:won't|will not) matter (?:after|by) (?:tonight|tomorrow|today)|(?:see|c) (?:you|u|ya) on the other side|(?:i )?won't be (?:around|here|alive|in pain) (?:much longer|tomorrow|by (?:tomorrow|morning|monday)|for long|after tonight|anymore))\b`,
    'says goodbye as if for the last time',
  ),
  s(
    'attempt',
    1,
    String.raw`\b(?:(?:i )?(?:tried|attempted|try) (?:to )?(?:kill my ?self|end (?:it|my life)|take my (?:own )?life|hang my ?self|suicide|overdose|od)|(?:i )?(?:tried|attempted) (?:again|last (?:night|week)|yesterday|this morning|earlier|today)|my (?:last |recent |most recent |second |third )?(?:attempt|overdose)\b(?! (?:at|to) (?:the|a|my) (?:test|exam|driving|recipe|cake|game))|(?:after|since) (?:my |the )?(?:attempt|overdose)|(?:already|just) took (?:them|it|all of them)|(?<!\b(?:it|that|this|which|what|who) )(?:took|have taken|i've taken|just took|swallowed|downed|necked) (?:them|it|the lot|the whole (?:lot|bottle|pack|box))(?: all)?(?: already)?\b(?! (?:off|back|apart|home|down|up|easy|well|badly|personally|seriously|round|over|away|outside|inside)\b)(?=[^.!?\n]{0,40}(?:pills|tablets|meds|to sleep|so i (?:can|could) sleep|already|just now|ago|minutes|hour|and)))`,
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
    String.raw`(?:\b(?:i|i've|i have|i've been|i was|i keep|i kept|i just|i ended up|ended up|been|started|keep|kept|still|just|again|relapsed and)(?: been| started| just| ended up| gone and)? ${SELF_HARM_VERB} ${BODY}|\b${SELF_HARM_VERB} ${BODY} (?:again|last night|today|yesterday|this morning|tonight|earlier|after|when|because|until|till)|\b(?<!hair |(?:got|had|get|getting) (?:my |a |the )?\w+ )(?:cut|cutting|burned|burnt|scratched|carved)(?: deep(?:er)?)? (?:again|last night|today|yesterday|this morning|tonight|earlier|deeper|too deep|after school|after work|in the (?:\w+ )?(?:shower|bathroom|toilets?|loos?))|\b(?:relapsed|(?<!\b(?:will|'ll|ill|i'd|might|gonna|going to|to|not|never|scared i|afraid i|worried i) )relapse|slipped up|broke my (?:streak|clean streak))(?: (?:on|with) (?:sh|self[- ]?harm|cutting|it)| last night| today| again|(?=[^.!?\n]{0,40}\b(?:cut|blade|razor|sh|self[- ]?harm|clean)\b))|\b(?:did it|done it)(?: again)? (?:last night|today|after school|after work|this morning|in the bathroom|again)(?=[^.!?\n]{0,60}\b(?:arm|wrist|leg|thigh|blood|bleed|blade|razor|cut|sleeve|hide|scar|plaster|bandage|band ?aid)|[^\n]{0,0})|\b(?:it's|it is|they're|the cuts? (?:is|are)|still) (?:still )?bleeding\b(?=[^.!?\n]{0,40}\b(?:cut|arm|wrist|leg|thigh|blade|razor|deep)\b)|\b(?:fresh|new|deep) (?:cuts?|scars?|wounds?|burns?) (?:on|all over) my\b|\bself[- ]?harm(?:ed|ing)?\b(?= (?:again|last night|today|yesterday|this week|tonight))|\bsh (?:again|last night|today|yesterday|tonight)\b|\b(?:clean|sh free|self[- ]?harm free) for \d+ (?:days?|weeks?|months?) (?:and|but) (?:i )?(?:relapsed|slipped|messed up|broke it|did it)|\b(?:hid|hiding|hide|covering|cover) (?:the |my )?(?:cuts|marks|scars|wounds|blood|bandages?)\b(?! from (?:years|ages|when i was)))`,
    'describes a recent act of self-harm',
  ),
  s(
    'self_harm_urge',
    1,
    String.raw`\b(?:(?:urge|urges|need|craving|itch) (?:to|for) (?:cut|burn|hurt my ?self|harm my ?self|self[- ]?harm|sh|bleed|feel the (?:blade|pain))(?! (?:down|back|out|off|ties|class|school|my hair|corners|costs|carbs|calories|sugar|the cord|loose|in line|the grass|the cake)| (?:it|this|that|them|those|the \w+|my \w+|all (?:the|that|this) \w+) (?:out|down|back|off)\b)|(?:want|wanna|need|going|gonna|tempted|about) to (?:cut|burn|hurt|harm|punish|scratch|carve) (?:my ?self|my (?:arms?|wrists?|legs?|thighs?|skin)|again)|(?:holding|got|have|grabbed|staring at|looking at) (?:a |the |my )?(?:blade|razor|sharpener blade|box cutter|scissors|lighter)(?=[^.!?\n]{0,50}\b(?:arm|wrist|leg|skin|cut|myself|again|want|urge|hurt|bad|rn|right now|now)\b)|(?:want|need) to (?:see|feel) (?:the )?blood|(?:want|wanna|need) to feel (?:the )?pain(?: again)?)\b`,
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
    String.raw`\b(?:i(?:'m| am| will|'ll| want to| wanna| swear i'll| could| might| would| gonna| going to)?|i'll|ill|imma|i'ma|gonna|going to|want to|wanna|about to|swear i'll|swear ill) (?:really |actually |fucking |fkn |literally )?(?:kill|hurt|stab|shoot|beat (?:up|the shit out of)|beat|murder|strangle|choke|smash|run over|burn|poison|attack|end|killing|hurting|stabbing|shooting|murdering|strangling|battering|glassing) (?:him|her|them|someone|somebody|everyone|every1|everybody|people|my (?:\w+ ){0,2}(?:dad|father|mum|mom|mother|stepdad|brother|sister|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|boss|teacher|neighbou?r|roommate|flatmate|son|daughter|baby|kids?|coworker|colleague)|that (?:guy|girl|man|woman|bitch|bastard|prick|kid|teacher|person)|the (?:baby|kids?|teacher|guy|girl|neighbou?r|boss|whole class))\b(?! (?:at|in) (?:fifa|cod|fortnite|the game|chess|mario|smash|pool|darts|ranked))|\b(?:bring|take|bringing|taking) (?:a |my (?:dad's |\w+'s )?)?(?:gun|knife|weapon|rifle) to (?:school|work|class|the party|his house|her house|their house)\b|\b(?:they'll|they will|everyone will|he'll|she'll) (?:all )?(?:be sorry|regret it|pay)(?: when| after| tomorrow| tonight)|\b(?:make|made) (?:a |the )?(?:list|hit list) of (?:people|who)\b`,
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
    String.raw`\b${PARTNER} (?:(?!(?:never|not|doesn't|doesnt|didn't|didnt|wouldn't|wouldnt|won't|wont|hasn't|hasnt|used)\b)\w+ ){0,2}${ABUSE_VERB}\b(?! (?:my |your |his |her |their |all my )?buttons\b)(?: (?:me|us|him|her|them|my (?:\w+ )?\w+))?(?! (?:me |us |him |her )?up\b| on\b| (?:me |us |him |her |them )?(?:back|forward|ahead)\b(?! (?:into|onto|against|down|over|to the)\b| on (?:the |my |a )?(?:bed|floor|sofa|couch|wall|ground|table)\b)| (?:me |us |him |her |them )?(?:to|into) (?:book|go|get|see|try|do|call|make|come|talk|apply|stop|quit|start|take|join|sign|ask|tell|be|change|eat|study|work|move|leave|keep|getting|going|doing|seeing|trying|talking|applying|quitting|starting|taking|joining|signing|studying|working|moving)\b| (?:me |us |him |her |them )?out\b(?! of (?:the |a |my |his |her |our )?(?:car|window|bed|chair|wheelchair|moving))| the (?:gym|road|books|ball|bag|sack|hay|roof|ceiling|jackpot|shops|snooze|bottle|big time|nail on the head)\b| a (?:home run|ball|shot|six)\b| (?:his|her|their) head (?:on|at|off|playing|during)\b| (?:me )?into (?:the |a )?(?:pool|water|sea|lake|snow|river|leaves|sand|mud|ball pit)\b| (?:me )?with (?:a |an |his |her |their |the )?(?:foam|toy|plastic|pillow|nerf|water|snowball|balloon|rubber|inflatable)\b| it\b| at (?:fifa|cod|chess|games?|mario|smash|pool|cards)\b| me at\b| me in (?:a |the )?(?:race|game|match|chess|fifa|cards)\b| all the records| the traffic| the odds| the system| his record| her record)`,
    'discloses abuse',
  ),
  s(
    'abuse_now',
    2,
    String.raw`\b(?:i was|i've been|i got|i have been|was|been|being|got|keeps? getting|i'm being) (?:raped|molested|sexually (?:abused|assaulted)|assaulted|abused|groomed|beaten(?: up)?|hit(?<!\b(?:sparr\w*|boxing|rugby|karate|judo|training|practice|match|game|dodgeball|paintball)\b[^\n]{0,60}hit)(?! (?:with (?:a |an |the |some |several |loads of )?(?:\w+ ){0,2}(?:illness\w*|bills?|fines?|tax|virus|cold|flu|covid|news|wave|reality|realisation|realization|diagnosis|migraines?)|the (?:bottle|gym|road|hay|sack|books|shops|pub|jackpot|wall)|by (?:a |the )?(?:car|bus|bike|ball|wave|cold|flu|virus|storm))\b)|choked(?! out)|strangled|touched(?= (?:down there|there|inappropriately|by|when|at night)))\b|\b(?:i(?:'m| am)|i don't|i do not|i never) (?:not )?(?:feel )?(?:safe) (?:at home|in my (?:own )?(?:home|house)|to go home|with (?:him|her|them|my \w+))\b|\b(?<!\b(?:was|were|used to be|to be) )(?:i'm |i am |im )?(?:scared|afraid|terrified|frightened) (?:of (?:him|her|my (?:\w+ )?(?:dad|father|stepdad|husband|partner|boyfriend|bf|ex|mum|mom|mother))|to go (?:back )?home|(?:he|she|they)(?:'ll| will| might| is going to|'s going to|'re going to) (?:hurt|kill|hit|find|come)|for my life)\b|\b(?:he|she|they|my \w+) (?:said|says|threatened|threatens|swore|told me) (?:(?:he|she|they)(?:'d|'ll| would| will| is going to|'s going to)? ?|(?:hes|shes|theyre|theyll|hed|shed) (?:going to )?)(?:kill|hurt|hit|beat|burn|find) (?:me|us|my|the kids)\b|\b(?:he|she|they|my \w+) threaten(?:s|ed)? to (?:kill|hurt|hit|beat|take the kids|stab)\b|\b(?:touched|touches|touching) me (?:down there|there|inappropriately|when|at night|where)|\b(?:make|makes|made|forced|forces|forcing) me (?:do (?:stuff|things|sexual)|have sex|touch|send (?:pics|nudes|photos))\b|\b(?:he|she|they) (?:won't|will not|wont) let me (?:leave|out|go|eat|sleep|call)\b|\blocked (?:me )?in (?:my|the|a) (?:room|house|cupboard|closet|basement|car)\b|\b(?:bruises?|marks|black eye|split lip) (?:from|where|that) (?:him|her|them|my \w+|he|she|they)\b`,
    'discloses abuse or danger at home',
  ),
  s(
    'abuse_concern',
    1,
    String.raw`\b(?!my (?:\w+ )?(?:boss|teacher|coach|landlord|manager)\b)${PARTNER} (?:\w+ ){0,1}(?:yells|screams|shouts|controls?|monitors|tracks|checks) (?:at me|at us|me|my phone|my messages|everything i|where i|(?:all )?(?:the|my|our) (?:money|documents|passport|bank cards?))|\b(?!my (?:\w+ )?(?:son|daughter|boss|teacher|coach|landlord|manager)\b)${PARTNER} (?:won't|wont|doesn't|doesnt|never|not|don't|dont) let me (?:see|go|have|talk|leave|out|work|use)\b(?!(?: out)? to (?:the |a |an |her |his |my \w+'s )?(?:\w+ )?(?:concert|party|parties|sleepover|sleep over|festival|prom|gig|match|game|cinema|movies|mall|park|beach|trip|disco|club|pub|bar|cinema)s?\b)|\b(?<!drug |substance |alcohol |drugs |child |animal )abus(?:e|ed|ive|er|ing)\b(?! of (?:drugs|alcohol|substances|power))|\b(?:i'm|i am|im) (?:scared|afraid|terrified) (?:of|when) (?:him|her|my \w+|he gets|she gets|he drinks|she drinks)\b|\b(?:walking|walk) on eggshells\b|\b${PARTNER} used to ${ABUSE_VERB}`,
    'describes controlling or frightening behaviour',
  ),
  // Medical emergency.
  s(
    'medical',
    1,
    String.raw`\b(?:took|taken|swallowed|downed|necked|had|i've had|i have had|just had|took like|i took|i've taken|mixed)(?: like| about| around| maybe| nearly| almost| over| at least)? (?!(?:my|his|her|mum's|mom's|dad's) (?:morning |evening |night |usual |daily |regular |normal |heart |blood pressure |diabetes |thyroid |water |iron |vitamin )?(?:pills?|tablets?|meds|medication)\b(?! (?:all|at once|together|in one go|twice|two times|three times|again|double|by mistake|extra|too)\b))(?:(?:\w+ ){0,3}(?:pills|tablets|caps|capsules)|(?:a |the |my |her |his |mum's |mom's )?(?:\w+ )?(?:whole|entire|full|half(?: a| the)?|most of(?: a| the| my)?|nearly(?: a| the)? whole|rest of (?:the|my)|all (?:the|my)|\d+) (?:\w+ )?(?:bottles?|packets?|packs?|box(?:es)?|blisters?|strips?)(?! of (?![\w' ]{0,25}\b(?:${DRUG}|them|those|these|it)\b)(?!(?:[\w']+ ){0,2}(?:vodka|wine|gin|rum|whisky|whiskey|alcohol|spirits|booze|beer|cider|red|white|jack|tequila)\b[^\n]{0,120}\b(?:${DRUG}|driving|motorway|not stopping|can't (?:feel|breathe|stand)|pass(?:ing|ed)? out|sleep forever|not wake)\b)))(?![^.!?\n]{0,30}\b(?:as (?:prescribed|directed|usual)|for (?:my|the|a) (?:headache|period|cramps|cold|flu|back|tooth|migraine|allergies)|with (?:food|breakfast|dinner)|like the doctor said)\b)|\b(?<!patient |patients |an? patient |came with |come with |treat(?:ed|ing)? (?:an? )?|with an? )(?<!\b(?:in case|if|(?:concern|concerned|fear|risk|chance|danger) (?:of|about)|prevent|avoid|(?:don't|do not|dont|never) want to (?:have|get)) (?:(?:i|you|we|they|he|she|someone|somebody|people) )?(?:an? )?)overdos(?:e|ed|ing)\b(?! (?:come|came|coming|protocols?|call|calls|patient|patients|training|awareness|prevention|kit|victim|deaths?|crisis))(?! on (?!(?:\w+ ){0,2}${DRUG}|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|purpose|my birthday|christmas|new year)\b))|\b(?:od'd|odded)\b|\b(?:od|o\.d\.?) on\b|\b(?:took|swallowed|had|drank|drunk) (?:\w+ ){0,6}(?:with|and|on top of) (?!(?:\w+ ){0,3}?(?:gave|given|prescribed) )(?:\w+ ){0,3}(?:vodka|wine|alcohol|beer|whiskey|whisky|booze|drink|my meds|${DRUG})(?=[^\n]{0,60}\b(?:sleep|numb|pass out|forget|dizzy|sick|throw up|can't|feel|heart|end|stop|not wake))|\b(?:mixing|mixed) (?:\w+ ){0,2}(?:pills|meds|xanax|benzos|tablets|sleeping pills|oxy\w*) (?:with|and) (?:\w+ ){0,1}(?:alcohol|vodka|wine|beer|booze|drinks?)\b`,
    'describes a possible overdose',
  ),
  s(
    'medical',
    2,
    // "i cant breathe lol" and "my chest hurts from laughing" are laughter.
    String.raw`\b(?:can't|cannot|can not|struggling to|hard to|barely) breathe\b(?! through (?:my|the) nose)${SETTLED}(?![^.!?\n]{0,40}(?:cold|blocked|stuffy|flu)|[^.!?\n]{0,40}(?:\blo+l\b|\blmao|\b(?:ha){2,}|\blaugh|😂|🤣|💀|😭|funny|hilarious|joke|meme|cute|beautiful|gorgeous|stunning|excited|nervous))|(?<!\b(?:to|will|would|gonna|can|could|might|they|he|she|you|it|who|not) )(?<!\b(?:when|whenever|if|sometimes|often|usually|used to|get|gets)\b[^.!?\n]{0,50})\bchest (?:pain|hurts|is tight|feels tight)\b(?! from (?:laugh|the gym|coughing|lifting|working out))${SETTLED}${ONGOING}(?! (?:you|your|yourself|him|her|them|people|others?|less|more)\b)|\b(?:bleeding|blood)(?: is)? (?:a lot|badly|heavily|everywhere|won't stop|wont stop|will not stop|all over|so much|through the (?:bandage|towel))|\b(?:can't|won't|cannot) (?:stop|make) (?:the )?bleeding(?: stop)?\b|\b(?<!almost |nearly |never |not )(?<!\b(?:till|until|til|untill) (?:he|she|they|i|dad|mum|mom|my \w+) )(?<!\b(?:wasted|drunk|hammered|smashed|plastered|pissed|legless)\b[^.!?\n]{0,80})(?:passed|passing|pass) out\b(?![^.!?\n]{0,50}(?:\blo+l\b|lmao|sleep|slept|nap|bed\b|couch|sofa|\d ?pm|fine after|was fine|were fine|ok after|okay after|heat|drunk|hangover))(?! (?:flyers|leaflets|papers|the|cards|invites|on the couch after|drunk at the party))|\b(?<!\b(?:nearly|almost|practically|near enough|about to|gonna|going to|could have|could've|would have|would've) )(?:i'm having|i am having|i think i'm having|i'm having|(?:he's|she's|he is|she is|they're|is) having|(?:just )?had) (?:a )?(?:seizure|fit|heart attack|stroke|anaphylac\w*|allergic reaction)\b(?![^.!?\n]{0,30}\b(?:years ago|in the \d\ds|in (?:19|20)\d\d|when i was|last year|(?:back )?in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter)|last (?:month|spring|summer|autumn|winter|christmas)|(?:\d+|a few|a couple of|two|three|four|five|six|several) (?:weeks|months) ago)\b)|\b(?:throwing up|vomiting|puking) (?:blood|and (?:shaking|can't stay awake|can't breathe))\b|\b(?:won't|will not|can't|isn't|not) (?:wake up|waking up|responding|breathing)\b(?=[^.!?\n]{0,40}\b(?:he|she|they|my|him|her|baby|mum|mom|dad|friend|brother|sister)\b)|\b(?:lips|fingers) (?:are |going |turning )?(?:blue|purple)\b|\b(?:heart|pulse) (?:is )?(?:racing|pounding|beating) (?:so fast|really fast|like crazy|out of my chest)(?=[^.!?\n]{0,40}\b(?:pills|took|dizzy|can't|faint|numb|scared)\b)`,
    'describes a medical emergency',
  ),
  // Someone else at risk now.
  s(
    'other_at_risk',
    1,
    String.raw`\b(?:my |a |our )?(?:\w+ ){0,2}(?:friend|bestie|bff|sister|brother|sis|bro|cousin|son|daughter|mum|mom|dad|mother|father|boyfriend|girlfriend|bf|gf|partner|husband|wife|roommate|flatmate|classmate|mate|kid|child|teen|student)(?: of mine)? (?:said|says|texted|told me|keeps saying|posted|sent|is talking about|has been talking about|wants to|is going to|is gonna|might|threatened to|is thinking (?:about|of)|is planning to|has a plan to|tried to|just tried to) (?:\w+ ){0,3}(?:kill (?:herself|himself|themselves|themself)|end (?:it|her life|his life|their life|things)|suicide|suicidal|die|not be here|hurt (?:herself|himself|themselves)|cut (?:herself|himself|themselves)|overdose|jump)\b(?![^.!?\n]{0,60}\b(?:years ago|when (?:she|he|they) (?:was|were) (?:younger|a kid|in school)|(?:is|are|'s|'re) (?:doing )?(?:much |so much |a lot )?(?:better|fine|great|ok|okay|good|amazing|well) now|now (?:she|he|they)(?:'s|'re| is| are) (?:fine|ok|okay|better|doing great|good)|(?:she's|he's|shes|hes|they're) \d+ now|doing amazing|when (?:she|he|they) (?:was|were) \d+)\b)|\b(?:i have|i've got|ive got|i got) an? (?:\w+ )?suicidal ${OTHER_PERSON}\b|\b(?:she|he|they|my (?:best |close |oldest )?(?:friend|mate|bestie|bff|sister|brother|son|daughter|partner|boyfriend|girlfriend|husband|wife|mum|mom|dad|cousin|roommate|flatmate))(?:'s|'re| is| are) (?:really |so )?(?:suicidal|cutting (?:herself|himself|themselves) again)\b`,
    'says someone else is at risk now',
  ),
  ...RISK_WORDINGS,
  ...RISK_SIDEWAYS,
  ...RISK_SYMPTOMS,
  ...RISK_FRAMES,
  ...RISK_UNDERSTATED,
  ...RISK_WARNING_SIGNS,
  ...RISK_ACTS,
];

export * from './risk-guards';
