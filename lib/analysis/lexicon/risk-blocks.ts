import { rule } from '../match';
import type { RiskSignal } from './risk';

/** Building blocks of the risk patterns (./risk.ts, ./risk-wordings.ts): pieces of regular expressions over normalized text. */

/** Ways of ending one's life as people write them, after a verb of wanting or planning. */
export const END_SELF = String.raw`(?:kill(?:ing)? my ?self|yeet(?:ing|ed)? my ?self(?: off)?|unaliv\w*(?: my ?self)?|end(?:ing)? (?:it(?: all)?(?! with\b| off with\b)|my (?:own )?life|my ?self|things(?! with\b| between\b| off with\b)|everything(?! with\b| between\b)|my suffering|the pain for good)|tak(?:e|ing) my (?:own )?life|off(?:ing)? my ?self|hang(?:ing)? my ?self|shoot(?:ing)? my ?self|drown(?:ing)? my ?self|do(?:ing)? my ?self in|top(?:ping)? my ?self(?! up| off)|(?:commit(?:ting)?|do(?:ing)?) suicide|suicide|ctb|catch(?:ing)? the bus(?! (?:to|at|home|into|in|from|back|for|with|and|or|because|cos|so|tomorrow|this|every|instead|up|down|round|after)\b)(?![^.!?\n]{0,40}\b(?:up by|\d{1,2}[:.]\d\d|\d{1,2} ?(?:am|pm)|school|work|town|college|uni|stop|driver|ticket|fare)\b)|die|be dead|not be (?:here|alive|around)|not exist|jump(?:ing)?(?: off| in front)?(?! on (?:a |the |to )?(?:call|zoom|teams|meet|discord|facetime|bus|train|plane|trampoline|bandwagon|it|that|this|board|bed)\b| in (?:the )?(?:shower|pool|bath|car|queue|chat|call)\b| at the (?:chance|opportunity)| to conclusions| through hoops| the queue| ship\b| start\b| back in\b| rope\b| around\b)|slit(?:ting)? my (?:wrists?|throat)|od|overdos(?:e|ing)|check(?:ing)? out(?: for good| early| permanently|(?=\s*(?:[.!?,;]|$|(?:tonight|soon|now|today|tomorrow)\b)))|go to sleep (?:forever|and never wake up)|sleep forever|be (?:gone|done) for good|join (?:my |him|her|them)\w*|rope)`;

/** Verbs of wanting, meaning, planning or nearly doing. */
export const WANT = String.raw`(?:want(?:ed)?(?: so bad| so much| really)? to|wanna|need to|going to|gonna|gon|will|'ll|'m going to|am going to|plan(?:ning)? to|planned to|ready to|about to|decided to|have decided to|made up my mind to|tempted to|urge to|urges to|want nothing more than to|could just|think i (?:will|might|could|should)|might (?:just )?|should just|just wanna|feel like|thinking (?:about|of)|thought (?:about|of)|considering|contemplating|keep thinking (?:about|of)|can't stop thinking (?:about|of)|fantasi[sz](?:e|ing) about|dream(?:ing)? (?:about|of)|research(?:ing|ed)?|look(?:ing|ed) up (?:how|ways) to|googl(?:e|ed|ing) (?:how|ways) to|ways to|how to|try(?:ing)? to|tried to)`;

export const TIME = String.raw`(?:tonight|tonite|2nite|tonights the night|today|right now|rn|(?:on |by |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|once (?:every(?:one|body)|they|he|she|my \w+|it)(?:'s| is| are|'re)? (?:asleep|gone|out|dark|in bed)|after (?:his|her|my|their) shift|(?:in|within) (?:the next |like |about )?\d+ (?:min|mins|minutes|hours|hrs)|\d{1,2}:\d\d|till then|until then|before (?:the|my) (?:flight|exam|results|court|hearing|wedding|birthday)|this (?:evening|afternoon|weekend|week|morning)|tomorrow(?: morning| night)?|in (?:an|a few|\d+|a couple of?) (?:hours?|minutes?|mins?|days?)|soon|after (?:every(?:one|body)|they|he|she|mum|mom|dad|my \w+) (?:is |are |goes? |go |leaves?|left|falls? |fall )?(?:asleep|to (?:bed|sleep|work)|out|gone|leave|leaves)|when (?:every(?:one|body)|they|he|she|my \w+)(?:'s| is| are|'re)? (?:asleep|gone|out|at work|in bed)|(?:on|by) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|my birthday)|at (?:midnight|\d{1,2}(?::\d\d)?(?: ?[ap]m)?)|before (?:morning|sunrise|the weekend|school|work))`;

/** Medicines and drugs people overdose on, as they write them. */
export const DRUG = String.raw`(?:pills?|tablets?|caps|capsules|meds|medication|medicine|champix|chantix|varenicline|bupropion|zyban|gummies|sleeping (?:pills|tablets)|sleepers|painkillers|pain killers|paracetamol|tylenol|acetaminophen|ibuprofen|advil|aspirin|melatonin|benadryl|nytol|zopiclone|zolpidem|ambien|diazepam|valium|lorazepam|xanax|xans?|benzos?|tramadol|codeine|co-codamol|morphine|oxy\w*|percocet|fentanyl|opioids?|heroin|amitriptyline|sertraline|fluoxetine|prozac|citalopram|lithium|quetiapine|seroquel|adderall|insulin(?: pens?)?|antidepressants|anti-depressants|heart tablets|blood pressure (?:pills|tablets)|iron tablets|laxatives|diet pills|antihistamines|piriton|pregabalin|gabapentin|mirtazapine|propranolol|warfarin|digoxin|tramadol)`;

export const MEANS_OBJECT = String.raw`(?:${DRUG}|revolver|a (?:rope|noose|belt|cord)|rope|noose|gun|guns|pistol|rifle|shotgun|firearm|gun cabinet|bullets?|knife|knives|blade|blades|razor|razors|box cutter|bleach|antifreeze|poison|a bag|plastic bag|helium|charcoal|exhaust|hose|the car running|(?:a |the )?bottle of \w+)`;

export const PLACE = String.raw`(?:(?:on|at|off|from|near|by|under|to|up on|top of) (?:the |a |this |that )?(?:bridge|roof|rooftop|ledge|edge|cliff|tracks|train tracks|railway|platform|overpass|motorway bridge|parking garage|car park roof|top floor|balcony(?! door)|river|lake|pier|dam|highway)|(?:in|inside) (?:the |my )?(?:garage|car) with (?:the )?(?:engine|car|motor) (?:running|on)|standing (?:on|at) (?:the )?(?:edge|ledge|railing|tracks|bridge))`;

export const SELF_HARM_VERB = String.raw`(?:cut|cutting|cuts|slice[ds]?|slicing|burn(?:ed|t|ing|s)?|scratch(?:ed|ing|es)?|carv(?:e|ed|ing)|hit(?:ting)?|punch(?:ed|ing)?|bang(?:ed|ing)? my head|hurt(?:ing)?|harm(?:ed|ing)?|starv(?:e|ed|ing)|bit(?:e|ing)?|pull(?:ed|ing)? (?:my|out my) hair)`;
export const BODY = String.raw`(?:my ?self(?! (?:off|out|loose|free|away))|my (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|hands?|body|face))`;

/** People other than the writer: "my best friend is suicidal" and "suicidal teens" are not the writer's own risk. */
export const OTHER_PERSON = String.raw`(?:friends?|bestie|bff|mates?|sister|brother|sis|bro|cousin|son|daughter|mum|mom|dad|mother|father|boyfriend|girlfriend|bf|gf|partner|husband|wife|roommate|flatmate|classmate|kids?|child|children|teens?|teenagers?|students?|clients?|patients?|callers?|people|person|relatives?)`;
export const PARTNER = String.raw`(?:he|she|they|him|her|my (?:\w+ ){0,1}(?:dad|father|mum|mother|stepdad|stepfather|stepmum|stepmother|step ?dad|step ?mum|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|uncle|aunt|brother|sister|cousin|grandpa|grandad|grandfather|granddad|grandson|granddaughter|grandkids?|grandchild|nephew|niece|stepson|stepdaughter|coach|teacher|boss|son|daughter|parents?|foster \w+|carer|caregiver|landlord|pimp)|(?:mum|mom|dad)(?:'s (?:boyfriend|girlfriend|partner))?)`;

export const ABUSE_VERB = String.raw`(?:hits?|hitting|hit|beats?|beating|beat|chok(?:es|ed|ing)|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|strangl(?:es|ed|ing)|push(?:es|ed)|shov(?:es|ed)|thr[eo]w(?:s)? (?:things|stuff|me)|threw (?:things|stuff|me)|grab(?:s|bed) me|drag(?:s|ged) me|burn(?:s|ed|t) me|lock(?:s|ed) (?:me|us) (?:in|out)(?! of (?:the |my |our |his |her |their )?(?:\w+ )?(?:accounts?|netflix|wifi|phone|laptop|app|games?|group|chat|spotify|xbox|playstation|instagram|insta|email|computer|profile)\b)|pinn(?:ed|s) me|bruis(?:es|ed))`;

/** Someone came and stopped it: the interruption in "if my mum hadn't come home i'd have done it". */
export const INTERRUPTED = String.raw`(?:hadn't|had not|didn't|did not|wasn't|was not|hadnt|didnt|wasnt) (?:come|came|walk(?:ed)?|call(?:ed)?|ring|rang|phone(?:d)?|text(?:ed)?|knock(?:ed)?|find|found|stop(?:ped)?|check(?:ed)?|answer(?:ed)?|pick(?:ed)? up|been (?:there|home)|g[eo]t home|wake up|woken up|woke up)\b`;

/**
 * The symptom told as over, checked or explained: "doc said it's just asthma", "turned out to be
 * indigestion", "years ago". Not "fine now": that is how an overdose or a cut is played down.
 * Looks up to 160 characters on, within the message.
 */
export const SETTLED = String.raw`(?![^\n]{0,160}\b(?:turned out|doc(?:tor)? said|gp said|nurse said|midwife said|they said it was|was (?:just|only)|checked (?:out|it|me|him|her)|all clear|nothing wrong|years ago|last (?:week|month|year)|(?:\d+|a few|two|three) (?:weeks|months|years) ago|when i was|sorted it|had it checked|heart is fine|(?:it's|its|it is) (?:just )?(?:the )?(?:anxiety|panic|asthma|heartburn|indigestion))\b)`;

/**
 * A body sensation told as ongoing or brought on by effort ("my chest feels tight all the time",
 * "tight in pe", "when i smoke"): a reason to see a doctor, not an emergency now. Looks on within
 * the sentence.
 */
export const ONGOING = String.raw`(?![^.!?\n]{0,40}\b(?:all the time|in pe|in p\.e|at the gym|during (?:pe|exercise|training|practice|games|meetings)|after (?:running|exercise|training|pe|football|the gym)|when i (?:run|exercise|train|work out|stress|panic|smoke|vape|cough|climb|walk)|for (?:weeks|months|ages|years)|every (?:day|morning|night|time|week)|from (?:stress|anxiety|the stress|nerves))\b)`;
/** A racing or pounding heart in a message about panic, anxiety or nerves before an event. */
export const NERVES = String.raw`(?<!\b(?:panic attacks?|anxiety|anxious|nervous|nerves)\b[^\n]{0,120})(?![^\n]{0,120}\b(?:panic attacks?|anxiety|anxious|nervous|nerves|before (?:every|each|my|a|the) (?:meeting|exam|test|presentation|interview|shift|date|class))\b)`;

/** A risk rule: its id is `risk.<signal>.<n>`, its feature name in the trained models. */
export const s = (signal: RiskSignal, n: number, src: string, why: string, weight = 1) =>
  rule(signal, `risk.${signal}.${n}`, src, weight, why);
