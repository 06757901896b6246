import type { PatternRule } from '../match';
import { s, DRUG, END_SELF, INTERRUPTED, NERVES, ONGOING, OTHER_PERSON, SETTLED } from './risk-blocks';
import type { RiskSignal } from './risk';

/**
 * The risk signals in the words people write when they do not use the plain ones: metaphors,
 * second-language English, terse finality, internet and youth language, plans and acts said with
 * everyday words. Each round was taught by the writers' sets (data/risk); ids continue the
 * numbering of each signal in ./risk.ts, so a rule keeps its id and its feature in the models.
 */
/**
 * The nerve for what: "working up the nerve to tell my mum im gay" is courage for a talk, not for
 * dying. Followed by "to" and a verb, the verb must be one of doing it.
 */
const NERVE_FOR_WHAT = String.raw`(?! to (?!(?:do it|do this|go through|jump|end|finish|die|kill|take|swallow|step|let go|drive|hang|cut|pull)\b)\w+)`;

/**
 * Who turns up or follows: an ex or a stranger. A current partner or "he" turning up at work is
 * often a kindness (coffee, lunch), so they count only for following, waiting outside or watching.
 */
const WATCHER = String.raw`(?:my ex|my ex[- ]?(?:boyfriend|girlfriend|husband|wife|partner|bf|gf)|someone|somebody|this (?:guy|man|woman|bloke)|a (?:guy|man|bloke))`;
/** "keeps", "has been", "'s": how the behaviour is said to go on. */
const KEEPS_AT_IT = String.raw`(?:'s| is| has| keeps| kept| has been| have been| started| was| been)*`;

export const RISK_WORDINGS: readonly PatternRule<RiskSignal>[] = [
  // Broader wordings of the same signals: what people write when they do not use the words.
  s(
    'passive_wish',
    5,
    String.raw`\b(?:(?:easier|simpler|better|kinder|a relief|fine|a favou?r)(?: for (?:everyone|everybody|them|her|him|my \w+))?(?: off)? (?:if i (?:just )?(?:wasn't|weren't|was not|were not|wasnt|werent|was no longer|didn't exist|did not exist|disappeared|vanished|went|died|was gone|were gone|wasn't around|was dead)|by (?:not being (?:here|around|alive)|dying|disappearing))|(?:everyone|everybody|they|she|he|the world|my (?:\w+ )?(?:family|kids|parents|mum|mom|dad|wife|husband|sister|brother)|people)(?:'d|'ll| would| will|'s| is)?(?: all)? (?:be |keep |go on |carry on )?(?:fine|better|happier|relieved|free|spinning|turning|less stressed|okay|ok)(?: off)?(?: fine)? (?:without me|if i (?:just )?(?:vanished|disappeared|went|died|was gone|wasn't here|wasn't around))|whether (?:i'm|i am|im) (?:in it|here|alive) or not|(?:don't|do not|dont) care (?:anymore |any more )?(?:whether|if) i live or die|(?:disappointed|annoyed|sad|upset) (?:that )?i (?:woke up|did|wake up|keep waking up)|(?:should|could) have been me (?:that|who|instead)|(?:wish|wishes|wished) (?:it had been|i had died|i'd died|i died|i could have died) |(?:take|took) me in my sleep|(?:stop|stopped|stops) breathing in (?:the night|my sleep)|(?:would|will|could) (?:all )?be (?:all )?over(?: for good| forever)?(?=[^.!?\n]{0,10}$)|(?:go to|fall) sleep (?:for (?:a really long time|ever|a long long time)|and (?:stay there|never come back|not come back))|(?:sleep|asleep) forever|(?:stop|stopped) (?:being alive|existing)|not (?:existing|exist) at all|(?:log|logging) out of (?:life|existence)|(?:rage ?quit|uninstall|delete) (?:life|myself|my life)|turn (?:it|myself|everything) off (?:permanently|for good|forever)|jealous of (?:people|those|anyone) who (?:get to )?die|(?:terminal|cancer) (?:diagnosis|would be)[^.!?\n]{0,30}(?:relieved|relief|welcome|glad|good news)|(?:hoping|hoped|hope) (?:the|a|my|that the) (?:plane|car|bus|train|truck) (?:would |will )?(?:just )?(?:go down|crash|hit me|take me)|(?:a|the) (?:bus|car|truck|lorry|train) (?:took|takes|would take|hit|hits|clipped|ran over) me(?: out)?|(?:welcome|embrace) (?:it|death) if (?:death|it) came|(?:if|when) i got (?:really )?(?:sick|ill|cancer)[^.!?\n]{0,20}(?:wouldn't|would not|don't think i'd|not) fight it|(?:think|thinking|thought) about death (?:like |literally )?(?:all the time|constantly|a lot|every day)|death (?:sounds|seems|feels) (?:kind of |kinda |so |really )?(?:peaceful|nice|good|like a relief)|(?:being )?alive is (?:so |kinda |overrated|exhausting|not worth)|(?:just )?(?:go|going) (?:and )?(?:be|join) with (?:him|her|them|my (?:\w+ )?(?:wife|husband|mum|mom|dad|son|daughter|brother|sister|gran\w*|partner))(?! (?:at|for|on|this|tomorrow|tonight|next))|(?:be|join) (?:with )?(?:him|her|them) (?:again|in heaven|on the other side)|ready to go and join|(?:i'd|id|i would) rather be (?:with (?:him|her|them|my (?:mum|mom|dad|wife|husband|son|daughter|brother|sister|partner|gran\w*|nan|baby|boy|girl))|(?:up )?there with (?:him|her|them)) than (?:here|alive|down here)|(?:only|just) waiting (?:for the end|to die)|my life is (?:finished|over) already|(?:had|have had) my (?:go|turn|time) at life)\b`,
    'wishes not to be alive, in their own words',
  ),
  s(
    'hopeless',
    2,
    String.raw`\b(?:(?:don't|do not|dont|can't|cannot|cant|never) (?:really |even |genuinely |honestly )?(?:see|imagine|picture) (?:myself|me|a future)[^.!?\n]{0,40}\b(?:getting old|old|alive|existing|living|past|making it|in (?:5|five|10|ten) years|at (?:\d\d|thirty|forty))|(?:the )?only way out\b(?![^.!?\n]{0,25}\b(?:is|was) (?:a |an |to |by )?(?:(?:second|new|better|another|part[- ]time|full[- ]time) job|(?:get|getting|find|finding) (?:a |another )?(?:job|loan|lawyer)|loan|bankruptcy|an? iva|debt (?:relief|management)|(?:sell|selling) (?:the|my) (?:house|car|flat)|(?:move|moving) (?:out|home|back|abroad)|(?:quit|quitting|leave|leaving) (?:him|her|them|the job|my job|work|school|uni)|through)\b)|(?:feels|looks|seems) like (?:a|the only) way out|(?:nothing|no one|nobody) (?:would|will) (?:change|notice|care) if i (?:was|were) gone|(?:i'm|i am|im) (?:only|just) (?:a )?(?:problem|weight|drain|burden) (?:for|to|on|round) |(?:a )?weight (?:round|around) (?:my )?(?:\w+ )?neck|(?:better|easier) for (?:her|him|them|everyone) if i (?:am|was|were) not here|take myself out of the equation|(?:i'm|i am|im) (?:so |just )?tired of (?:fighting|trying|everything)(?: it)?(?: anymore)?$|(?:life|it|this) is (?:finished|over) for me|(?:finished|done) with (?:it all|life|living|everything))\b`,
    'sounds hopeless about being alive',
  ),
  s(
    'suicidal_intent',
    6,
    String.raw`\b(?:(?:intend|intending|mean|meaning|decide|decided|deciding|going|gonna|plan|planning|ready) to (?:(?:finish|end|stop) (?:my life|it all)|stop (?:taking )?(?:all )?(?:my |the )?(?:insulin|dialysis|heart (?:pills|tablets|medication|meds)|blood thinners|chemo)\b|end (?:it|things)(?! (?:with|between|off|for (?:us|now))\b)(?![^.!?\n]{0,40}\b(?:with (?:him|her|them|my (?:bf|gf|boyfriend|girlfriend|partner|ex|husband|wife|fiance|fiancee))|relationship|dating|break ?up|friendship|contract|lease|subscription|membership)\b))|(?:not|never) (?:making|going to make|gonna make|gonna see|going to see) (?:it (?:to|past) )?(?:\d\d?|my (?:\d+\w*|next) birthday|christmas|next year|the weekend|sunday|monday|tomorrow|another (?:year|birthday|christmas))|(?:take|took|taking) myself out\b|(?:not|won't|will not|wont) (?:be )?coming back from this|(?:gonna|going to|will|'ll|want to|wanna) (?:take|swallow|down|neck|use) (?:them all|them|it|all of (?:them|it)|the lot|the rest|all(?: of)?(?: my| the| her| his| mums?| mom'?s| dads?| dad's)? (?:\w+ )?${DRUG}|all)(?= (?:tonight|today|now|once|when|after|with))(?![^.!?\n]{0,40}\b(?:every (?:morning|night|day|evening)|each (?:morning|night|day)|with (?:my |a |the |some )?(?:food|breakfast|dinner|lunch|tea|coffee|meals?|water|cup|milk|juice)|as prescribed|daily)\b)|(?:open|opened|turned on|turn on|left on) the gas|(?:i'll|ill|i will|i'd|id|i would) do it if (?:you|u)\b)\b`,
    'says they mean to end their life',
  ),
  s(
    'stockpile',
    1,
    String.raw`\b(?:(?:(?:keeping|kept|saving|saved|hiding|hid|hoarding|hoarded|stockpiling|stockpiled|collecting|collected|stashing|stashed) (?:back |aside |away |up )?|(?:putting|put) (?:back |aside |away |up ))(?:all |some |my |her |his |the |their |up my )?(?:(?!(?:swapping|changing|taking|forgetting|missing|losing|skipping|mixing|dropping|upping|lowering|increasing|reducing|switching|refusing|getting|running out of) )\w+ ){0,2}${DRUG}|${DRUG} (?:in (?:a|an|my|the) (?:sock|jar|jam jar|tin|envelope|shoebox|stash)|saved up|stockpiled|stashed))\b`,
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
    String.raw`\b(?:(?:cancel(?:led|ed|ing)?|closed|closing) (?:my )?(?:phone|contract|gym|subscriptions?|accounts?|bank account)|(?:gave|giving|given) (?:the landlord )?notice|emailed the landlord|(?:written|wrote|writing) down (?:everything|all) (?:the bank|they|she|he|my \w+|you) (?:will |would )?need|(?:make sure|making sure) (?:my )?(?:cat|dog|pets?|kids|\w+) (?:goes|go|get|gets|is|are) (?:somewhere|looked after|taken care of|to (?:a good|someone))|(?:take|taking) care of my (?:dog|cat|pets?|kids|fish|rabbit) (?:if|when|for me)|if anything happens(?: to me)?|(?:already )?(?:worked|figured|thought) out (?:how|when|where|exactly where|the how)(?! to (?:use|go|get|play|fix|set|cook|bake|turn|open|change|install|download|pay|build|knit|sew|beat|unlock|log|connect|find|read|save|budget|afford|tell|ask|say|talk|walk|ride|swim|stop|start|put|send|work|reach|move|get)\b)|(?:i've|i have|ive) (?:sorted|sort) it (?:all )?out|(?:told|tell) (?:my )?(?:\w+ ){0,2}i love (?:her|him|them)(?: and| then|,)|(?:hugged|kissed) (?:the kids|my \w+|them) (?:extra|one last|for the last)|(?:didn't|don't|dont) know it was the last time|(?:pinned|left|sent) (?:it|the doc|a doc|a letter|a message) for my (?:sister|brother|mum|mom|dad|\w+))\b`,
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
    String.raw`\b(?:(?<!\b(?:smok\w*|cig\w*|vap\w*|drink\w*|booze|alcohol|nicotine|gambl\w*|bet\w*|weed|food|eat\w*|sugar|coffee)\b[^\n]{0,80})(?:the )?(?:urge|urges|itch|pull) (?:is|are|has been|have been|keeps? getting)[^.!?\n]{0,25}(?:bad|strong|loud|there|back|worse|unbearable)(?![^.!?\n]{0,60}\b(?:smoke|smoking|cig\w*|vape|vaping|drink|drinking|booze|alcohol|nicotine|gambl\w*|bet\w*|weed|eat|food|sugar|coffee)\b)|(?:blade|razor|sharpener|lighter) (?:is )?(?:in my hand|out|ready|next to me)|(?:want|need|wanna) to (?:do|go|cut) (?:more|further|deeper)|(?:how long|not sure how long) i(?:'ll| will| can) (?:last|hold (?:on|out))(?: tonight)?)\b`,
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
    String.raw`\b(?:(?:comes?|came|coming) (?:in|into) my (?:room|bed)(?! crying| in tears| upset| scared| to (?:ask|say|tell|borrow|get|wake|check|see|hide|sleep|play|cuddle)\b| and (?:cried|asked|said|told|woke|hugged|jumped|sat|hid|climbed)\b)(?: at night| when)?|(?<!\b(?:that|it|this|which|what|everything|all that|seeing \w+) )did (?:stuff|things|something) to me|(?:held|holds|pressed|presses|put) (?:a |the )?(?:lighter|knife|cigarette|iron|flame) (?:against|to|on) my|(?:he|she|they|dad|mum|mom|stepdad|husband|boyfriend|bf|partner) (?:\w+ )?(?:broke|fractured|cracked) my (?:wrist|arm|nose|ribs?|jaw|fingers?|collarbone)|(?<!\bi |\bi (?:only|just|never|even|also|then|literally|accidentally|nearly|almost) |\bwe |\bto |\bcan |\bcould |\bwill |\bgonna |\bi'll )(?:slaps?|slapped|hits?|beats?|kicks?|kicked|punche[sd]|chokes?|choked|drags?|dragged|dragging) (?:him|her|them|my (?:\w+ )?(?:brother|sister|son|daughter|mum|mom|mother|kids?|baby|child|little \w+))\b(?! (?:at|in) (?:fifa|chess|games?|cards|pool|mario|the game))(?! (?:down|along|around|round|through|into (?:this|it|that))\b)|(?:he|she|they)(?:'s| is|'re| are) going to (?:finish it|kill (?:me|us))|(?:he|she|they)(?:'ll| will| would|'d) (?:find me and (?:kill|hurt)|break my (?:arm|legs?|neck|jaw))|(?:locked|hiding|hid) (?:myself )?in (?:the|her|his|my) (?:bathroom|room|car|closet|wardrobe)[^.!?\n]{0,40}(?:from him|from her|from them|texting|he's|she's|he is))\b`,
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
    String.raw`\b(?:(?:took|taken|had|swallowed|downed|necked|ate|eaten|eat|eats|popped)\b[^.!?\n]{0,30}\b(?:[4-9]|\d\d+|all|whole|most|half|lot|bunch|handful|load|loads|too many|extra|double|all of)\b[^.!?\n]{0,25}${DRUG}|(?:ive|i've|i have|i) (?:taken|took|swallowed) (?:them|it) all|(?:all|most) (?:of )?(?:my |the |her |his )?${DRUG}(?=[^.!?\n]{0,40}\b(?:vodka|wine|bottle|taken|took|swallowed))|lips (?:have )?(?:gone |are |look |turning |turned )?(?:kinda |kind of |a bit |really )?(?:numb|blue|purple)|throat (?:is )?(?:closing|swelling|tight)|(?:heart|pulse) (?:is )?(?:going (?:mental|crazy|mad)|racing|pounding|doing something weird|skipping)(?! (?:a bit|a little|slightly|a tad)\b)${NERVES}|(?:left )?arm (?:is |feels )?(?:numb|tingly|tingling|dead)|pain (?:across|in) my chest|(?<!\b(?:to|will|would|gonna|can|could|might|they|he|she|you|it|who|not) )(?<!\b(?:when|whenever|if|sometimes|often|usually|used to|get|gets)\b[^.!?\n]{0,50})chest (?:really |so |is really )?(?:hurts|tight|pain)(?! (?:you|your|yourself|him|her|them|people|others?|less|more)\b)${ONGOING}${SETTLED}|foam(?:ing)? (?:coming )?(?:out of|at) (?:her|his|the|their) mouth|shaking on the floor|eyes rolled back|(?:can't|cant|cannot) wake (?:her|him|them) (?:up|good)|(?:not|isn't|isnt|stopped) (?:responding|breathing)|(?:blood sugar|bg|sugar) (?:is |at )?(?:[0-2]\.\d|really low|crashing)|can't feel my (?:legs|arms|face)|everything (?:is )?spinning|words (?:are )?coming out wrong|(?:swallowed|ate|bit into|drank) (?:a |some |the )?(?:battery|batteries|dishwasher pod|laundry pod|pod|bleach|detergent)|(?:epipen|epi ?pen|inhaler) (?:is at home|isn't (?:working|doing anything)|isnt doing anything|not working)|can'?t breath\b)`,
    'describes a medical emergency',
  ),
  s(
    'other_at_risk',
    2,
    String.raw`\b(?:(?:he|she|they)(?:'s| is| are|'re)? (?:wants?|wanting|going|ready|planning|talking about|keeps talking about|threatening|threatened|tried|trying) to (?:kill (?:himself|herself|themselves|themself)|die|end (?:it|his life|her life|their life)|go and join)|(?:is|are|keeps?|started|been) (?:cutting|hurting|harming|burning|starving) (?:herself|himself|themselves|themself)|found (?:blades|razors|pills) in (?:her|his|their)|(?:gave|giving|given) (?:me |us |away )?(?:all )?(?:his|her|their) (?:\w+ ){0,2}\w+[^.!?\n]{0,50}(?:won't|wont|will not|not going to|isn't going to) (?:be needing (?:it|them|any of it)\b(?! (?:at|for|in|on|this|next|till|until)\b)|need (?:it|them) (?:anymore|any more|where (?:he's|she's|they're|hes|shes) going|after (?:this|tonight|today)))|(?:keeps|been|is) (?:posting|saying|texting|sending|writing) (?:stuff|things|messages) about (?:not wanting to be here|wanting to (?:die|disappear)|ending it|killing (?:himself|herself)|being better off dead)|(?:told|texted|messaged) (?:\w+ ){0,3}(?:he|she|they) (?:wants?|wanted) to die)\b(?![^.!?\n]{0,60}\b(?:years ago|(?:is|are|'s) (?:doing )?(?:much |so much |a lot )?(?:better|fine|great|okay|ok) now)\b)`,
    'says someone else is at risk now',
  ),
  // Wordings the first sets taught: metaphors, second-language English, terse finality.
  s(
    'suicidal_intent',
    7,
    String.raw`\b(?:unaliv\w*(?! (?:a|an|the|this|that|these|those|whole|half|\d+) (?!(?:lot|bit|little|few|night|day|week|weekend|morning|evening|moment|minute|second|time|year|month|hour|end)\b)(?!(?:\w+ )?(?:myself|my ?self|me)\b))|(?:think|thinking) to (?:finish it|finish my|end it|end my|use it (?:for|on) me)|(?:i am|i'm|im) not (?:more|anymore|any more) here|after (?:this|next) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|weekend) i (?:am|will be|won't be|wont be) (?:not|no) (?:more )?here|today is the day(?: for it)?|(?:it's|its|everything is) decided|(?:i )?(?:already )?decided? (?:this|it)\b|if i fail i (?:will )?(?:jump|kill|end|hang)|(?:logging|log|clocking|clock|checking|check) (?:off|out) (?:for good|permanently|forever)|(?:the kind|a swim|the sort) (?:you|u) (?:don't|dont|do not) (?:swim|come) back from|(?:won't|wont|will not|don't think i'll|dont think ill) be (?:driving|going|getting|coming) (?:home|back)|(?:finish|end) my ?self|(?:use|using) it (?:on|for) (?:me|myself)|i cannot more|(?:why|how) (?:am i|i am|i'm) still (?:alive|here)|(?:want|wanna) to go to god|go to god now)\b`,
    'says they mean to end their life',
  ),
  s(
    'passive_wish',
    6,
    String.raw`\b(?:pray(?:s|ing)? (?:every night |each night |at night )?(?:not to wake|to not wake|that i (?:don't|won't|dont) wake|(?:god|the lord|he) (?:takes?|will take) me)|sleep and (?:not|never) wake|better to die than|(?:is|would be) better (?:for me )?to die|ready to go (?:whenever|when(?:ever)? (?:he|god|it))|the sooner the better|should be where (?:he|she|they) (?:is|are)|swap places with (?:her|him|them)|jealous of (?:him|her|them|the dead|the dying|people who die)|(?:come|came|coming) home in a box|would(?:'ve| have) been (?:simpler|easier|better) for everyone|if the plane (?:is )?crash\w*|is okay for me|(?:🪦|⚰️) would be nice|forever tired|tired like forever|dead weight|(?:freer|better off|happier|easier) without me|(?:wouldn't|would not|won't|wouldnt) (?:notice|miss me|care)(?: much)? if i (?:stopped|wasn't|was gone|vanished|disappeared|died)|(?:nobody|no one|noone) would (?:notice|care|miss me)|vanish(?:ed)? off the face of the earth|(?:can't|cant|cannot) see myself (?:still )?(?:being )?(?:around|alive|here)|if i died would (?:anyone|anybody|people) (?:even )?(?:come|care|notice|miss)|give them what they want|(?:don't|do not) want to (?:experience|go through|live through) any more of (?:it|this|life)|(?:won't|will not) (?:still )?be alive (?:past|after|beyond|by|much longer|next year|to see)|my death is (?:near|coming|close)|(?:maybe|probably) (?:they're|theyre|they are) right|(?:told|telling|tell) me to (?:kill myself|die|kys)|keep telling me to (?:kill myself|kys|die)|\bkys\b)`,
    'wishes not to be alive, in their own words',
  ),
  s(
    'hopeless',
    3,
    String.raw`\b(?:(?:i'm|im|i am) (?:just |so )?done(?: with (?:people|everything|me|myself|it all|all of it))?(?=[^a-z]*$|\s*(?:\/|with everything|with me))|(?:my )?soul (?:is |become )?(?:finish\w*|tired|dead)|(?:cannot|can't|cant) (?:go on|continue|carry on) (?:like this|anymore|any more)|(?:tired|sick) of (?:the )?living(?! out of\b| with (?:my |the )?(?:parents|mum|mom|dad|flatmates?|roommates?|in-laws)\b| at (?:home|my (?:parents|mum|mom|dad)'?s?)\b| in (?:a|this|the|my) (?:flat|house|dump|box|caravan|city|town|shared house|studio|van|bedsit)\b)|(?:a|just a) cost (?:on|to|for)|every door is locked)\b`,
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
    String.raw`\b(?:breath(?:ing|e|es)? (?:weird|strange|funny|wrong|really fast|fast)|breathe strange|(?:not|haven't|havent|didn't) (?:taken|take|took) my insulin|half (?:the|a) bottle of(?!(?<!\b${DRUG}\b[^\n]{0,80}) (?:\w+ )?(?:vodka|wine|gin|rum|whisky|whiskey|jack|tequila|cider|beer|prosecco|champagne|red|white|rose|water|coke|squash|shampoo|ketchup|sauce|milk|juice|lucozade)\b(?![^\n]{0,80}\b${DRUG}\b))|(?:like |about |maybe )?\d{2,} of (?:the|my|mums|mum's|her|his) \w+|(?:not|won't|wont|doesn't|isn't) wake up\b(?=[^.!?\n]{0,40}(?:breath|snor|vodka|took|pills|xanax)))`,
    'describes a medical emergency',
  ),
  s(
    'harm_intent',
    3,
    String.raw`\b(?:(?:thinking|thought) about (?:shaking|smothering|hurting) (?:her|him|the baby)|(?:putting|put) the pillow over (?:his|her) face|(?:running|run) (?:her|him|them) over|(?<=\b(?:tomorrow|tonight|today|swear(?: to god)?|next time|one day|soon|then|watch|wait|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b[^.!?\n]{0,20})(?:he|she|they) gets? it\b(?! (?:in|on|wrong|right|from|done|now|sorted|fixed|off|back|out|all|when|though|tho)\b)|finish him|put something in (?:his|her|their) (?:drink|food|shake|coffee|tea)|(?:he'll|she'll|they'll|he will|she will) pay for what|know exactly where (?:he|she|they|the \w+) (?:sleeps?|lives?|parks?|works?)|(?:scared|afraid) (?:i'm|im|i am) (?:actually )?going to do it)\b`,
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
    String.raw`\b(?:burden (?:on|to|for) (?:her|him|them|my|everyone|you|the)|(?:i'm|im|i am) (?:just )?(?:a|such a) burden|(?:i'm|im|i am) done holding (?:it|myself) together)\b`,
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
    String.raw`\b(?:(?:says?|said|texted|threaten\w*|swore|told me)\b[^.!?\n]{0,60}\b(?:kill|hurt|shoot|burn) (?:all of us|us all|the (?:dog|kids|children|baby)|my (?:kids|children|family)|(?:the dog )?(?:and )?then me)|(?:banging|kicking|pounding|hammering) on (?:the|my) (?:door|window)|(?:gonna|going to) break (?:it|the door) down|bruises (?:all over|everywhere|on (?:her|his) (?:arms|face|back|legs))|and did (?:stuff|things)|(?:making|make|makes|made|forcing|forces) me send (?:pics|photos|nudes|pictures)|send (?:pics|nudes|photos) or (?:he|she|they)|(?:he'll|he will|she'll|they'll) (?:show|send|post)[^.!?\n]{0,30}(?:everyone|my school|my old ones|pics)|(?:raped|molested|assaulted) (?:me|her|my)|my clothes were off|put something in my drink|(?:threw|throws|thrown|pushed|shoved|slammed) (?:my |his |her )?(?:\w+ ){0,2}(?:sister|brother|mum|mom|me|him|her|son|daughter|baby) (?:into(?! (?:the |a )?(?:pool|water|sea|lake|snow|river|leaves|sand|mud|ball pit)\b)|against|down|across)|(?:took|taken|hid) my (?:car keys|keys|phone|charger)[^.!?\n]{0,40}(?:unplugged|locked|won't let|if i leave)|(?:locked|lock) (?:me )?in (?:the |my )?(?:bedroom|bathroom|room))\b`,
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
    String.raw`\b(?:elephant (?:sitting|standing) on (?:it|my chest)|arm(?:'s| is| has)? gone numb|collapsed\b|jerking|convuls\w*|(?:breathing|breath) (?:feels |is |going )?(?:slow|shallow)|(?:swallowed|ate|eaten|chewed|drank|drunk)\b[^.!?\n]{0,25}\b(?:button batter\w*|batter(?:y|ies)|bleach|dishwasher pods?|laundry pods?|pods?|detergent|rat poison|antifreeze|weed killer)|(?:lips|tongue|face|throat) (?:is |are |feels? |getting )?(?:swelling|swollen|tight|closing)|(?:the )?rest of (?:my|the|her|his) (?:\w+ ){0,2}(?:bottle|pills|tablets|${DRUG})|(?:can't|cannot|can not|couldn't) (?:lift|move|feel) (?:his|her|my) (?:right |left )?(?:arm|leg|side|face|hand)|talking (?:strangely|funny|slurred|weird)|(?<!\bi was |\bi were |\bwe were )slurring|face (?:is )?drooping|(?:went|is|gone) (?:really )?(?:quiet and )?(?:floppy|limp)|(?:took|taken|swallowed) (?:them|it)\b[^\n]{0,20}(?:all|\d+)[^\n]{0,40}\b(?:sleepy|drowsy|dizzy|weird|heavy)|${DRUG} (?:maybe |like |about |around )?(?:[4-9]|\d\d+)\b(?! ?(?:hours?|hrs?|h|mins?|minutes?|days?|weeks?|times|am|pm|o'?clock|mg|ml|mcg)\b))`,
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
    String.raw`\b(?:i|i'm|im|i've|ive|i'd|me|my)\b(?![^.!?\n]{0,25}\b(?:not|never|no longer|no|don't|didn't|wasn't|isn't|aren't|nothing)\b[^.!?\n]{0,12}\bsuicid)(?!\s+(?:\w+\s+){0,2}${OTHER_PERSON}\b)[^.!?\n]{0,25}\bsuicid\w*\b(?! (?:${OTHER_PERSON}|prevention|awareness|training|hotline|helpline|research|statistics|rates?|squad|bomb\w*|risk assessment))|\bsuicid\w*[^.!?\n]{0,15}\b(?:for me|is my|seems like my|on my mind)\b`,
    'speaks of suicide about themselves',
  ),
  // Fifth round: plans and acts said with everyday words.
  s(
    'suicidal_intent',
    11,
    String.raw`\b(?:(?:i'll|ill|i will) be gone (?:before|by) (?:the sun comes up|morning|tomorrow|sunrise|the weekend)|(?:tomorrow|tonight) i (?:will|won't|wont|will not) (?:not )?wake up|(?:work|get|build|working|getting|trying to work) (?:myself )?up (?:to it|the nerve|the courage)${NERVE_FOR_WHAT}|(?:get|got|getting) the nerve up${NERVE_FOR_WHAT}|walk (?:out|into the (?:sea|water|river|lake)) (?:with it )?and (?:not|never) come back|stop being (?:everyone's|everybody's|a) (?:problem|burden))\b`,
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
    String.raw`\b(?:(?:\d+|a few|couple of|two|three|six) months?(?:'s)? worth(?! of (?!(?:\w+ ){0,2}(?:${DRUG}|them|scripts?|prescriptions?)\b))(?<!(?:letters|bills|post|mail|emails|washing|laundry|homework|rent|wages|pay|payments|food|shopping|photos|videos|episodes|work|notes)\b[^\n]{0,80})|so i(?:'d| would) have enough|(?:putting|put|set|setting) (?:one|some|a couple) (?:by|aside|away) (?:every|each) (?:day|night|week)|(?:the )?stuff (?:i've|ive|i have) been (?:collecting|saving|buying)|kept (?:picking|getting) them up)\b`,
    'is saving up the means',
  ),
  s(
    'means',
    5,
    String.raw`\b(?:(?:bought|got|have|grabbed) (?:the |a )?(?:stuff|cord|rope|bag|hose|charcoal|gin|vodka)\b(?=[^\n]{0,60}(?:tablets|pills|hardware|bag|desk|tonight|🪦|🙃|woods))|(?:legs? over|sat on|sitting on) (?:the )?(?:railing|edge|side|ledge)|(?:took|got|have) (?:my |dads |dad's |the )?(?:gun|shotgun|rifle) out|(?:loaded|load) (?:it|the shotgun|the gun)|(?:the )?(?:big )?knife from the kitchen|(?<!(?:says?|said|thinks?|thought|vet|doctor|nurse|maybe|perhaps|probably) )(?:it's|its) time\b(?! (?:to|for|of|we|i|you|he|she|they)\b))`,
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
    String.raw`\b(?:(?:i've|ive|i have) thought it through|go(?:ing)? through with it|(?:i'm|i am|i was) (?:doing it|in the process)\b(?! of)|(?:already|just) (?:started|done it|did it)|(?:i've|ive|i have|i) made (?:up my mind|my decision|the decision)|my mind is made up|narrowed it down|(?:plan|planned|planning|picked|chose|set) (?:a |the )?(?:date|day|time|place|spot|method)|just need to pick a day|pick(?:ed)? (?:a|the) day|booked a hotel)\b`,
    'refers to a plan',
  ),
  // Fifth round, from probes written 2026-12-03 in crisis-line wording: intent said as not
  // wanting to be stopped, an act done said as finished, and being followed or watched.
  s(
    'suicidal_intent',
    19,
    String.raw`\b(?:(?:don't|dont|do not) want (?:anyone|anybody|you|u|them|people|him|her) to stop me\b(?! from \w+ing\b)|(?:no one|noone|nobody)(?:'s| is)? (?:going to|gonna) stop me (?:this time|now)|(?:won't|wont|not) let (?:anyone|anybody|you|u|them) stop me (?:this time|now))`,
    'says they do not want to be stopped',
  ),
  s(
    'attempt',
    7,
    String.raw`\b(?:took|swallowed|taken) (?:them|them all|it all|the lot)[.!,]*\s+(?:(?:ok|so|and)\s+)?(?:(?:it's|its|it is) (?:done|over)|no going back|too late now|(?:can't|cant) undo it)\b`,
    'says they have taken something and it is done',
  ),
  s(
    'abuse_concern',
    5,
    String.raw`\b(?:${WATCHER}${KEEPS_AT_IT} (?:turning|showing) up (?:at|outside) (?:my|the) (?:work|house|home|flat|door|school|uni|job|place|gym)|(?:${WATCHER}|my (?:boyfriend|girlfriend|husband|wife|partner|bf|gf)|he|she)${KEEPS_AT_IT} (?:following me (?:home|from work|from school|everywhere i go)|waiting (?:for me )?outside (?:my|the) (?:house|flat|work|school|door)|watching (?:my|the) (?:house|flat)|parked outside (?:my|the) (?:house|flat)))`,
    'describes being followed or watched',
  ),
];
