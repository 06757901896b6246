import type { PatternRule } from '../match';
import { s, END_SELF, PARTNER } from './risk-blocks';
import type { RiskSignal } from './risk';

/** A height climbed or jumped from for fun: a climbing wall, a diving board, the sea on a hot day. */
const HOBBY_HEIGHT = String.raw`(?:climb\w*|abseil\w*|bungee|zip ?lin\w*|instructor|harness|belay\w*|skydiv\w*|parachut\w*|diving board|pool|sea|swim\w*|lake|hot|trampoline|coasteering|wall)`;

/**
 * Risk said sideways, from probes written on 2026-12-03 in older adults', second-language, parents'
 * and youth wording after the rounds of ./risk-wordings.ts: the body giving way after days without
 * food or water, pain wanted as a punishment, a carer's thought of dying together, thoughts of
 * harming one's child, and a way out decided on; then means by trade (a nurse's vials, a
 * pharmacist's dose, a lorry driver's viaduct, a farmer's gun), thoughts of letting go at a height
 * and a partner's threat with a weapon, told politely. Ids continue each signal's numbering.
 * Rules that read what came before their words (a lookbehind) first check the word they start on,
 * so that they cost little on long text.
 */
export const RISK_SIDEWAYS: readonly PatternRule<RiskSignal>[] = [
  // Sixth round, from probes in older adults', second-language and youth wording (2026-12-03):
  // pain wanted as a punishment, and the body giving way after days without food or water.
  s(
    'self_harm_past',
    3,
    String.raw`(?:^|[.!?,]\s*|\bi (?:\w+ )?)(?:deserve|deserved) (?:to (?:feel )?(?:pain|hurt|suffer|bleed|be (?:punished|hurt|in pain))|(?:the |all the )?pain|punishment)\b`,
    'wants to feel pain as a punishment',
  ),
  s(
    'medical',
    9,
    String.raw`\b(?:(?:haven't|havent|have not|hasn't|not|no|stopped) (?:been )?(?:drunk anything|drinking anything|drinking water|had (?:anything|any water|a drop|any fluids?) to drink|had any (?:water|fluids?)|eating or drinking|eaten or drunk|food or water)\b[^\n]{0,40}\b(?:in|for|day) (?:\d+|two|three|four|five|six|a few|several)\b|(?:haven't|havent|have not|not|hasn't) (?:eaten|eating|had (?:any )?food|had anything to eat)(?: anything)? (?:in|for) (?:\d+|two|three|four|five|six|seven|a few|several|over a) (?:days|week)\b(?=[^\n]{0,80}\b(?:fainted|fainting|passed out|blacked out|collapsed|heart|chest|can't stand|cant stand|keep falling))|\b(?:fainted|passed out|blacked out|collapsed)\b[^\n]{0,60}\b(?:haven't|havent|have not|not) (?:eaten|eating|had (?:any )?food)(?: anything)? (?:in|for) (?:\d+|two|three|four|five|six|seven|a few|several|over a) (?:days|week))`,
    'has gone days without food or water',
  ),
  // A carer's or a parent's thought of dying together, said kindly: "it would be kinder for both of
  // us if i took him with me". Not "took him with me to the shops", nor "better for both of us"
  // (a trip, an appointment).
  s(
    'harm_intent',
    7,
    String.raw`\b(?:(?:kinder|a mercy|more merciful) (?:for (?:both|the two|all) of us )?(?:if|that|to) (?:i|we) (?:just )?(?:took|take|taking) (?:him|her|them|the (?:kids|children|baby)|my (?:husband|wife|son|daughter|mum|mom|dad|kids|children|baby)) with me\b(?=\s*(?:[.!?…]|$)|[^\n]{0,80}\b(?:suffer\w*|(?:doesn't|does not|won't|doesnt) (?:know|recogni[sz]e) me|dementia|die|dead|gone|anymore|any more|no life|without me)\b)|(?:take|taking) (?:him|her|them|the (?:kids|children|baby)) with me when i go\b(?! (?:to|out|shopping|away))|(?:end|ending) it for (?:both|the two|all) of us)`,
    'thinks of taking someone with them in dying',
  ),
  // Thoughts of harming one's baby or child: worth asking about (often intrusive and feared, as
  // after a birth); feared to be acted on ("scared i'll actually do it"), a risk now.
  s(
    'harm_wish',
    4,
    String.raw`\b(?:thoughts?|images?|urges?|pictures?|visions?) (?:of|about) (?:hurting|harming|smothering|suffocating|drowning|shaking|dropping|killing|stabbing) (?:the|my|our) (?:baby|newborn|son|daughter|kids?|child(?:ren)?|little one|toddler)\b(?!'| (?:by|with) (?:accident|mistake))`,
    'has thoughts of harming their child',
  ),
  s(
    'harm_intent',
    8,
    String.raw`\b(?:hurting|harming|smothering|suffocating|drowning|shaking|killing|stabbing) (?:the|my|our) (?:baby|newborn|son|daughter|kids?|child(?:ren)?|little one|toddler)\b[^.!?\n]{0,40}\b(?:scared|afraid|worried|terrified|frightened) (?:that )?(?:i'll|ill|i will|i might|i'm going to|im going to|im gonna|i'm gonna) (?:actually |really )?(?:do it|do something|act on it|go through with it)`,
    'fears acting on thoughts of harming their child',
  ),
  // "theres only one way out of this and i know what it is": the way out decided on.
  s(
    'suicidal_intent',
    20,
    String.raw`\b(?:only|just) (?:one|1) way out(?: of (?:this|it|here))?\b[^.!?\n]{0,10}\b(?:and )?i (?:know|have decided|ve decided|'ve decided|decided) (?:what it is|what to do|how)\b`,
    'says they know their way out',
  ),
  // Means by trade: drugs taken home from the ward, the surgery or the pharmacy.
  s(
    'stockpile',
    3,
    String.raw`\b(?:bringing|taking|sneaking|pocketing|brought|took|stole|stealing|sneaked|snuck|nicked|nicking|keeping back) (?:a few |some |a couple of |the odd |spare |extra |leftover )?(?:vials|ampoules|ampules|syringes|controlled drugs|(?:vials|ampoules|bottles) of \w+)(?: home| out| from (?:work|the ward|the surgery|the pharmacy|the practice|the clinic|the hospital))\b`,
    'is taking drugs home from work',
  ),
  // "I've worked out the dose. I just need to choose the day": a method and a day to pick, a plan.
  s(
    'suicidal_intent',
    21,
    String.raw`\b(?:worked out|figured out|calculated|know|found out) (?:exactly )?(?:the|a|my) (?:lethal |right |exact )?(?:dose|amount|quantity)\b(?! for| of)[^\n]{0,60}\b(?:choose|pick|set|decide on|settle on|wait for) (?:a|the) (?:day|date|time|moment)\b`,
    'has worked out a dose and a day',
  ),
  // Thinking of letting go or stepping off, said where they stand high up (scaffolding, a roof).
  s(
    'suicidal_intent',
    22,
    String.raw`(?=(?:think|thinking|thought|imagine|imagining|tempted|want|wanted)\b)(?<=\b(?:top|edge|up there|roof|bridge|scaffold\w*|ledge|balcony|cliff|platform|railings?|parapet|crane|ladder)\b[^\n]{0,80})\b(?:think|thinking|thought|imagine|imagining|tempted|want|wanted) (?:about |of |to )?(?:just )?(?:letting go|let go|stepping off|step off|leaning (?:over|forward) too far|falling off|jumping|jump)\b(?! of\b)(?<!\b${HOBBY_HEIGHT}\b[^\n]{0,160})(?![^\n]{0,160}\b${HOBBY_HEIGHT}\b)(?![^\n]{0,80}\b(?:not like i would|(?:i|id|i'd) (?:wouldn't|wouldnt|would never|never would|never)|pops? (?:up|into)|intrusive|not seriously)\b)`,
    'thinks of letting go or stepping off up high',
  ),
  // "The easiest thing would be to drive off the viaduct": a method chosen as the way out.
  s(
    'suicidal_intent',
    23,
    String.raw`\b(?:easiest|simplest|quickest|best|kindest) (?:thing|way|option|answer) (?:would be|is|'d be|would just be) (?:to )?(?:just )?(?:drive (?:off|into) (?:a |the )?(?:bridge|cliff|wall|tree|river|sea|lake|viaduct|flyover|overpass|quarry|lorry|truck|traffic|oncoming)|step (?:off (?:the|a) (?:edge|ledge|roof|bridge|platform)|in front of)|take (?:all|the lot|them all|everything)(?! (?:to|back|with|out|home|off|in|on|for|apart)\b)|walk into (?:the sea|the river|the water|the lake)|${END_SELF})\b`,
    'names a way to die as the easiest thing',
  ),
  // "I very nearly did" after a way of dying in the same message: an attempt stopped just short.
  s(
    'attempt',
    8,
    String.raw`(?=i\b)(?<=\b(?:letting go|let go|jump\w*|step(?:ping)? off|kill\w*|end(?:ing)? it|die|dying|overdose|pills|tablets|rope|edge|ledge|gun|trigger)\b[^\n]{0,120})\bi (?:very |so |really )?(?:nearly|almost) did(?: it)?\b(?=\s*(?:[.!?…]|$))`,
    'says they nearly went through with it',
  ),
  // "It would be simplest all round": being gone, said as tidying up (with means, a plan).
  s(
    'hopeless',
    13,
    String.raw`\b(?:it|that|everything|this) (?:would|'d) (?:just )?be (?:simplest|easiest|best|kindest|for the best|tidier|cleaner) (?:all round|all around|for everyone|for everybody|for all concerned|for all of them)(?=\s*(?:[.!?…]|$))`,
    'says it would be simplest for everyone',
  ),
  // A partner or relative holding a weapon while threatening: a danger now, however calmly told.
  s(
    'abuse_now',
    8,
    String.raw`(?=(?:he|she|they)\b)(?<=\b(?:said|says|threat\w*|if i|scared|afraid|kill|hurt|leave|shout\w*|scream\w*|rage|drunk|make sure)\b[^\n]{0,160})\b(?:he|she|they)(?: had| was holding| held| picked up| grabbed| got out| pulled out| waved| was waving| came at me with| threatened me with) (?:a |the |his |her |their |a kitchen |the kitchen )?(?:knife|gun|blade|hammer|bat|machete|axe|screwdriver|shotgun)\b`,
    'was threatened by someone holding a weapon',
  ),
  // Ninth round, from a writer's set of danger at home told in passing (`chat-au`, 2026-12-03;
  // a rules-development set, not trained on): threats that make leaving or telling dangerous, an
  // adult's "secret" with a child, photos of a child undressed, a threat to a pet or to crash the
  // car with the family in it, an injury from a thrown object, and plans to maim someone.
  s(
    'abuse_now',
    9,
    String.raw`\b(?:(?:go|going|went) to (?:the )?(?:police|cops)|tell (?:anyone|anybody|someone|the (?:police|cops|school|teacher)|your (?:mum|mom|dad|teacher))|call (?:the )?(?:police|cops))\b[^.!?\n]{0,40}\b(?:(?:you're|youre|you are|ur|u r|you'll be|youll be|i'm|im|i am|i'll be|ill be) (?:so )?dead|(?:he'll|hell|she'll|shell|i'll|ill|they'll) (?:kill|finish|end) (?:you|u|me|us))\b|\bif i (?:ever )?(?:leave|left|go|try to leave|tell)(?: (?:him|her|them|you|home|the house|anyone|anybody|someone))?(?=[,\s]+(?:he|she|they|hell|shell|he'll|she'll|they'll|he'd|she'd|then)\b)[^.!?\n]{0,60}\b(?:finish|kill|end) (?:me|us|both of us|the (?:lot|both) of us|all of us|me off|us off)\b|\b(?:he'll|hell|she'll|shell|they'll|he will|she will|they will|he would|she would) (?:find|track|hunt) (?:me|us) (?:down )?and (?:kill|finish|hurt|end)\b`,
    'has been threatened with death if they leave or tell',
  ),
  s(
    'abuse_now',
    10,
    String.raw`\b(?:what we do|what (?:he|she|they) does(?: to me)?|(?:the|those|his|her) (?:photos|pictures|pics|touching|cuddles|games?))\b[^.!?\n]{0,20}\b(?:is|are|was|'s|stays?) (?:our|a) (?:little |special |own )?secret\b|\b(?:says?|said|tells? me|told me)\b[^.!?\n]{0,30}\b(?:it's|its|it is|that's|thats) (?:a|our) (?:little |special )?(?:secret|game) (?:just )?(?:for|between) (?:us|them|me and (?:him|her))(?: two)?\b|\b(?:takes?|took|taking) (?:photos|pictures|pics|videos) of me (?:in the (?:shower|bath)|naked|undressed|without (?:my )?clothes|getting (?:changed|dressed)|when i'm (?:changing|in the shower|in the bath|asleep))`,
    'tells of an adult keeping a secret with a child',
  ),
  s(
    'abuse_now',
    11,
    String.raw`\b(?:(?:he|she|they)(?:'d|'ll| would| will| was going to| is going to)|(?:said|says|threatened|threatens|screamed|screaming|shouted|shouting|yelled|yelling) (?:that )?(?:he|she|they)(?:'d|'ll| would| will)) (?:\w+ ){0,2}(?:(?:drown|kill|hurt|poison|strangle) (?:the|my|our) (?:dog|cat|pet|puppy|kitten|rabbit)|crash (?:us|the car|me)(?: all)?(?: (?:into|off))?)\b|\b(?:going to|gonna|'ll|will) beat (?:it|that|the \w+) out of (?:me|you|u)\b`,
    'was threatened with harm to a pet or with a crash',
  ),
  s(
    'abuse_now',
    12,
    String.raw`\b${PARTNER} (?:\w+ ){0,1}thr[eo]w (?:a |the |his |her |my |their )?(?!(?:cushion|pillow|sock|teddy|ball|balloon|snowball|paper|tissue|sponge)s?\b)\w+ (?:at my (?:head|face)|at me (?:and it (?:hit|hurt|cut|split)|so hard)|and it (?:split|cut|hit|caught) (?:me|my))`,
    'had something thrown at them and was hurt',
  ),
  s(
    'harm_intent',
    9,
    String.raw`\b(?:i'm|im|i am|i'll|ill|i will|gonna|going to|about to) (?:put|putting) (?:him|her|them|that (?:\w+ )?(?:guy|man|bloke|lad|kid|prick|bastard|bitch|fella|woman|girl)) (?:through (?:a|the) (?:windscreen|window|wall|table)|in (?:hospital|the hospital|a wheelchair|the ground|a box|an early grave))\b|\b(?:gonna|going to|i'll|ill|imma|i'm going to|im going to) (?:get|jump|batter|do in) (?:that (?:\w+ )?(?:kid|guy|lad|girl|prick|boy)|him|her|them)\b(?! (?:a|an|the|some|new|his|her|their|something|one|two|tickets?|presents?|gifts?)\b)[^\n]{0,60}\b(?:knuckle ?duster|knife|blade|bat|machete|hammer|brick)\b`,
    'plans to hurt someone badly',
  ),
  // A goodnight to everyone, in a chat with one counselor, after means, sorrow or being done:
  // "i have the pills. goodnight everyone", said as a sentence of its own. Not alone ("night all x"
  // at the end of a long day), nor after tablets taken as usual.
  s(
    'goodbye',
    8,
    String.raw`(?=(?:goodnight|good night|night|goodbye|bye)\b)(?<=\b(?:(?:have|got|holding|here with|sat with) (?:all )?(?:the |my |some )?(?:pills|tablets|rope|gun|knife|blades?)|sorry for everything|forgive me|love you all|tired of (?:it|this|everything|living)|can't do this|cant do this|done with (?:life|everything|it all))\b[^\n.!?…]{0,15}[.!…]\s*)\b(?:goodnight|good night|night|goodbye|bye) (?:everyone|everybody|all|world)\b(?=\s*(?:[.!?…x❤️🖤💔]|$))`,
    'says goodnight to everyone after means or despair',
  ),
];
