import { type PatternRule, rule } from '../match';

/**
 * What a counselor's reply does, in surface terms (MITI 4.2.1 behaviours, EPITOME empathy, the
 * four mechanisms' anchors in framework.md §2, and the safety concerns of §5). Each cue is a
 * feature of the behaviour-code model and evidence for a rating; ../draft.ts combines them.
 */
export type DraftCue =
  | 'open_question'
  | 'closed_question'
  | 'reflection_stem'
  | 'complex_reflection'
  | 'double_sided'
  | 'advice'
  | 'information'
  | 'permission'
  | 'options'
  | 'autonomy'
  | 'affirm'
  | 'collaboration'
  | 'confront'
  | 'persuade'
  | 'directive'
  | 'feeling'
  | 'validation'
  | 'generic_empathy'
  | 'warmth'
  | 'dismissive'
  | 'false_reassurance'
  | 'stigmatizing'
  | 'safety_check'
  | 'agreement'
  | 'explore_feelings'
  | 'topic_change'
  | 'filler';

const d = (tag: DraftCue, n: number, src: string, why: string) => rule(tag, `${tag}.${n}`, src, 1, why);

export const FEELING_WORDS = String.raw`(?:sad|sadness|upset|angry|anger|mad|furious|frustrat\w*|annoyed|irritated|scared|afraid|fear\w*|frighten\w*|terrified|anxious|anxiety|worried|worry|nervous|stressed|stress|overwhelm\w*|exhausted|tired|drained|burn(?:ed|t) out|lonely|alone|isolated|hurt|ashamed|shame|embarrass\w*|guilt\w*|hopeless|helpless|powerless|stuck|trapped|torn|conflicted|ambivalent|confused|lost|disappoint\w*|betrayed|rejected|jealous|resent\w*|pressured|judged|defensive|fed up|discouraged|devastated|heartbroken|grief|griev\w*|relieved|proud|hopeful|excited|happy|uncomfortable|numb|empty|worthless|insecure|humiliated|desperate|miserable|down|depressed|low|unsure|uncertain|torn|sick of|tired of|pulled|uneasy|vulnerable|invisible|unheard|misunderstood|dismissed|blamed|attacked|cornered|pushed)`;

export const DRAFT_RULES: readonly PatternRule<DraftCue>[] = [
  d(
    'open_question',
    1,
    String.raw`(?:^|[.!?]\s+|,\s*(?:so|and|but)\s+)(?:so |and |but |okay,? |well,? )?(?:what|how(?! (?:many|much|often|long|old|far)\b)|why|in what way|which|where|when|who)\b[^.!?]*\?`,
    'asks an open question',
  ),
  d(
    'open_question',
    2,
    String.raw`\b(?:tell me (?:more|about|what|how)|say more|help me understand|walk me through|describe|i'm (?:curious|wondering) (?:about|what|how)|talk (?:to me )?(?:a bit )?(?:more )?about)\b`,
    'invites the client to say more',
  ),
  d(
    'closed_question',
    1,
    String.raw`(?:^|[.!?]\s+|,\s*)(?:so |and |but |okay,? |well,? )?(?:do|does|did|are|is|was|were|can|could|would|will|have|has|had|should|shall|may|might|won't|wouldn't|don't|didn't|isn't|aren't|haven't)\b[^.!?]*\?`,
    'asks a yes/no question',
  ),
  d(
    'closed_question',
    2,
    String.raw`\b(?:right|yeah|okay|correct|true|yes)\?\s*$|\bor not\?`,
    'ends with a check for agreement',
  ),
  // MITI codes a question after one specific fact as closed: "How many drinks do you have?"
  d(
    'closed_question',
    3,
    String.raw`(?:^|[.!?]\s+|,\s*)(?:so |and |but |okay,? |well,? )?how (?:many|much|often|long|old|far)\b[^.!?]*\?`,
    'asks for a specific fact',
  ),
  d(
    'reflection_stem',
    1,
    // Not after "make", "do", "if"...: "it will make you feel better" and "do you feel" are not reflections.
    String.raw`(?<!\b(?:make|makes|made|making|help|helps|let|lets|will|would|do|did|does|can|could|should|if|unless|to|what|how|why|where|when|whatever) )\b(?:(?:it )?sounds (?:like|as if|as though)|it seems (?:like|that|as if)|seems like|so you(?:'re| are)?|you(?:'re| are) saying|what i(?:'m| am) hearing|if i (?:understand|hear) you|you feel|you(?:'re| are) feeling|you felt|you(?:'ve| have) been|you(?:'re| are) (?:not sure|wondering|worried|thinking|noticing|finding|tired|sick)|for you,|you really|you don't want|you want|you wish|you believe|you think|you found|you noticed)\b`,
    'reflects back what the client said',
  ),
  d(
    'complex_reflection',
    1,
    String.raw`\b(?:part of you|on (?:the )?one hand|on the other hand|even though|a side of you|deep down|what matters (?:to you|most)|because you (?:care|love|want|value)|you(?:'re| are) (?:the kind of|someone who)|it's important to you|you value|as if|like you(?:'re| are) (?:carrying|stuck|caught|trapped|on))\b`,
    'goes beyond the words to meaning or feeling',
  ),
  d(
    'double_sided',
    1,
    String.raw`\b(?:on (?:the )?one hand\b.*\bon the other|part of you\b.*\b(?:and|but|while) (?:another |a(?:nother)? )?part|(?:and|but|while) at the same time)\b`,
    'holds both sides of the ambivalence',
  ),
  d(
    'advice',
    1,
    String.raw`\byou (?:should|shouldn't|need to|have to|must|ought to|could try|might try|might want to|may want to|'d better|better)\b`,
    'tells the client what to do',
  ),
  d(
    'advice',
    2,
    String.raw`\bi (?:would |'d )?(?:recommend|suggest|advise|encourage you)\b|\bwhy (?:don't|not) you\b|\bhave you (?:tried|considered|thought about (?:trying|going|talking|cutting|stopping))\b|\bmy (?:advice|suggestion)\b`,
    'suggests a course of action',
  ),
  d(
    'advice',
    3,
    String.raw`(?:^|[.!?]\s+)(?:just |please |maybe |perhaps )?(?:stop|quit|go|call|take|try|avoid|get|make sure|start|keep|don't|cut|think about|remember|consider|reach out|talk to)\b`,
    'gives an instruction',
  ),
  d(
    'information',
    1,
    String.raw`\b(?:research|studies|evidence|the data|guidelines?) (?:shows?|says?|suggests?|indicates?)|\b(?:most|many|a lot of|some) people (?:who|find|have|say|in)|\b(?:is|are) (?:linked|associated|related) (?:to|with)|\b(?:recommended|safe) (?:limit|amount|level)|\b\d+ ?(?:percent|%|units?|drinks? a)|\b(?:can|may|will) (?:cause|lead to|increase|raise|damage|affect)\b`,
    'gives information',
  ),
  d(
    'permission',
    1,
    String.raw`\b(?:would it be|is it|would that be) (?:okay|alright|all right) (?:if i|with you if|for me to)|\b(?:would you be|are you) (?:okay|alright|all right|comfortable|happy) (?:if i|with me|for me to)|\b(?:can|could|may) i (?:share|tell you|offer|suggest|give you|make a suggestion|ask)|\bwould you (?:like|be interested in|be open to|mind if)\b|\bdo you mind if\b|\bif you're (?:open|interested)|\bwith your permission\b`,
    'asks permission first',
  ),
  d(
    'options',
    1,
    String.raw`\b(?:some (?:people|folks) (?:find|try|have found)|(?:a few|several|some|other) (?:options|ideas|possibilities|things (?:that|people))|one option|another option|you could (?:either|also)|there are (?:a few|several|different) (?:ways|options))`,
    'offers options rather than one answer',
  ),
  d(
    'autonomy',
    1,
    // Chat drops the "it's": "totally up to u", "ur call".
    String.raw`\b(?:it's|it is|that's|that is|it'll be) (?:(?:really|entirely|totally|completely|ultimately) )?(?:up to you|your (?:choice|call|decision|life))|\bup to you\b|(?:^|[.!?,]\s*)your (?:call|choice|decision)\b|\byou know (?:urself|your situation) best\b|\byou(?:'re| are) (?:the (?:expert|one who|only one)|in (?:charge|control))|\byou (?:get to |can )?decide\b|\byou know (?:yourself|your situation|what's best) (?:best|better)|\bonly you (?:can|know)|\bwhatever you (?:decide|choose)|\bno pressure\b|\bi(?:'m| am)? not (?:going to|here to) (?:tell|make|force|push|pressure) you|\bi won't (?:tell|push|pressure|judge)|\byour (?:own )?(?:pace|terms)\b`,
    "affirms the client's choice and control",
  ),
  d(
    'affirm',
    1,
    String.raw`\b(?:that|it) (?:takes|took) (?:a lot of |real )?(?:courage|strength|guts|honesty)|\b(?:that's|that is|that was|it's|it was) (?:so |really |very |incredibly )?(?:brave|courageous|strong|admirable) of you\b|\b(?:you've|you have|you're|you are) (?:been |clearly |really |already )?(?:so |really |very )?(?:brave|strong|resilient|honest|resourceful|determined|committed|thoughtful|caring)|\b(?:well done|good for you|great job|nice work|i'm (?:impressed|proud))|\bthank(?:s| you) for (?:sharing|telling|being (?:so )?(?:honest|open)|trusting)|\b(?:you've|you have) (?:already )?(?:made|taken|done) (?:\w+ ){0,2}(?:progress|steps?|effort|changes?|a lot)|\bit's clear (?:that )?you (?:care|love|want)`,
    'affirms a strength or effort',
  ),
  d(
    'collaboration',
    1,
    String.raw`\b(?:what|how) (?:do|would) you (?:think|want|like|feel about|make of|see)|\bwhere (?:would|do) you (?:like|want) to (?:go|start|begin)|\bwhat would (?:be )?(?:most )?(?:helpful|useful)|\b(?:let's|we (?:can|could)) (?:work|figure|think|look|explore) (?:\w+ ){0,3}(?:together|out)|\btogether\b|\bdoes (?:that|this) (?:sound|fit|seem|feel) (?:right|okay|helpful|like)|\bwhat do you make of\b|\bhow (?:can|could) (?:i|we) (?:help|support)`,
    'invites the client to shape the conversation',
  ),
  d(
    'confront',
    1,
    String.raw`\b(?:you(?:'re| are) (?:in denial|wrong|lying|kidding yourself|fooling yourself|making excuses|just making excuses|an? (?:alcoholic|addict|drunk))|be (?:honest|real) with yourself|let's be (?:honest|real)|you (?:have|'ve got|got) a (?:\w+ )?problem)`,
    'confronts or labels the client',
  ),
  d(
    'confront',
    2,
    String.raw`\b(?:(?:that's|that is) (?:not true|(?:just )?an excuse|ridiculous|not an excuse)|you need to (?:realize|admit|accept|face|understand|see)|(?:don't|can't) you (?:see|realize|understand)|the (?:truth|fact|reality) is|come on\b|seriously\?|how (?:can|could) you (?:not|still|keep))`,
    'argues with the client',
  ),
  d(
    'confront',
    3,
    String.raw`(?:^|[.!?]\s+)(?:yes|yeah|sure|i know|right|okay|i hear you|i understand),? but\b|\bbut you (?:said|just|also|still|do|did|know)\b|\byou always\b|\byou never\b`,
    'disputes the client\'s view ("yes, but")',
  ),
  d(
    'persuade',
    1,
    String.raw`\byou (?:really|seriously|absolutely) (?:should|need to|must|have to)|\b(?:it's|it is) (?:really |very |so )?(?:important|essential|crucial|vital|critical) (?:that you|for you to|to)|\bif you don't (?:\w+ ){0,4}(?:you(?:'ll| will)|it(?:'ll| will))|\bdon't you (?:think|want|care)|\b(?:is|are) (?:killing|destroying|ruining) (?:you|your)|\byou(?:'re| are) going to (?:die|lose|end up|regret)|\bthink (?:about|of) (?:your|what|how)\b`,
    'pushes a conclusion on the client',
  ),
  d(
    'directive',
    1,
    String.raw`\byou (?:need to|have to|must|should|'ve got to|got to)\b|(?:^|[.!?]\s+)(?:just )?(?:stop|quit|don't|calm down|relax|listen)\b`,
    'directs the client',
  ),
  d(
    'feeling',
    1,
    String.raw`\b(?:you(?:'re| are)? (?:feel|feeling|felt|seem|sound)(?:ing)? (?:so |really |very |a bit |quite |pretty |kind of |a little )?(?:\w+ )?${FEELING_WORDS}|${FEELING_WORDS} (?:about|that|because|when)|(?:so|really|very|pretty|feeling) ${FEELING_WORDS}|(?:sounds|seems|must be|must feel|must have been|can be|is) (?:so |really |very |pretty |incredibly )?${FEELING_WORDS})\b`,
    'names a specific feeling',
  ),
  d(
    'validation',
    1,
    String.raw`\b(?:that|it|this) (?:makes|made) (?:total |complete |a lot of |perfect )?sense|\b(?:that's|that is|it's|it is) (?:completely |totally |really )?(?:understandable|natural|normal|valid|okay to feel)|\bno wonder\b|\bof course you\b|\banyone (?:would|in your)|\byou have every right\b|\bi can (?:see|understand) (?:why|how)`,
    'validates the feeling',
  ),
  d(
    'generic_empathy',
    1,
    String.raw`\bi (?:understand|get it|hear you|see)\b|\b(?:that|it) (?:sounds|must be|seems|is) (?:so |really |very )?(?:hard|tough|difficult|rough|awful|terrible|a lot|challenging)|\bi(?:'m| am) sorry (?:to hear|that|you)|\bsorry to hear\b`,
    'expresses generic empathy',
  ),
  d(
    'warmth',
    1,
    String.raw`\bi(?:'m| am) (?:so|really|truly|very) sorry\b|\bi can only imagine\b|\bi(?:'m| am) (?:here (?:for|with) you|glad you (?:told|reached|shared|came))|\bmy heart (?:goes|breaks)|\bthat must (?:have been|be|feel) (?:so |really |incredibly )?(?:hard|painful|scary|frightening|awful|lonely|exhausting|overwhelming)|\bi(?:'m| am) (?:really )?(?:glad|grateful) you`,
    'expresses warmth and concern',
  ),
  d(
    'explore_feelings',
    1,
    String.raw`\b(?:how (?:did|does|do|are) (?:that|it|you) (?:make you )?(?:feel|feeling)|what (?:was|is) (?:that|it) like|what(?:'s| is) (?:going on|happening) (?:for|inside) you|what (?:do|did) you (?:feel|notice)|how are you (?:feeling|holding up|doing with)|what (?:feelings|emotions)|what(?:'s| is| was) (?:the )?hardest)\b`,
    'asks about feelings and experience',
  ),
  d(
    'dismissive',
    1,
    String.raw`\b(?:don't|do not) worry\b|\bat least\b|\bcalm down\b|\bcheer up\b|\b(?:it's|it is|that's|that is) not (?:that|so) bad\b|\blook on the bright side\b|\bcould be worse\b|\bget over it\b|\bmove on\b|\bstop (?:worrying|being|feeling|thinking about)|\byou shouldn't (?:feel|be)\b|\bnot (?:a|such a) big deal\b|\b(?:just )?relax\b|\bother people have it worse\b|\b(?:toughen|man) up\b|\b(?:you'll|you will) get over\b|\bno need to (?:be|get|feel)`,
    'dismisses or minimizes the feeling',
  ),
  d(
    'false_reassurance',
    1,
    // "I can't promise it will all work out" and "I don't know if everything will be okay" are honest.
    String.raw`(?<!\b(?:can't|cannot|can not|won't|don't|do not|not) (?:promise|guarantee|say|know|tell you|pretend)(?: you)?(?: that| if| whether)? )(?:\beverything (?:will|is going to|'ll) (?:be )?(?:fine|okay|alright|all right|work out|be better)|\b(?:it'll|it will|it's going to|you'll|you will|you're going to|things will|things are going to) (?:all )?(?:be )?(?:fine|okay|alright|all right|work out)(?! if)|\bi(?:'m| am) (?:sure|certain) (?:it'll|you'll|everything|it will|you will|they)|\bnothing (?:bad )?(?:will|is going to) happen|\bi promise (?:it|you|everything)|\bi (?:promise|swear) (?:i (?:won't|will not) tell|not to tell)|\b(?:this|it|that)(?:'ll| will)? stays? between us\b|\bi (?:won't|will not) tell (?:anyone|anybody|a soul|your (?:mum|mom|dad|parents))\b|\b(?:there's|there is) nothing to worry about|\bno need to worry|\bdon't worry\b)`,
    'reassures without basis',
  ),
  d(
    'stigmatizing',
    1,
    String.raw`\b(?:crazy|psycho|psychotic|insane|nuts|lunatic|mental case|schizo|loony|nutter|retard(?:ed)?|addicts?|junkies?|druggies?|crackheads?|drunks|alcoholics|an? (?:alcoholic|drunk)(?! (?:drinks?|beverages?|driver|parent|father|mother))|substance abusers?|committed suicide|successful suicide|failed suicide|suicide attempt was a cry for attention|attention[- ]seeking|clean (?:and|or) dirty|dirty (?:urine|test|screen))\b`,
    'uses a stigmatizing word',
  ),
  d(
    'safety_check',
    1,
    String.raw`\b(?:are you|you're|you are) (?:safe|thinking (?:of|about) (?:killing|hurting|ending|suicide|harming))|(?<!\b(?:could|might|may|will|'ll|only|just|stop|quit|keep|end up) (?:really |seriously |badly |just |only )?)\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?) yourself\b|\bsuicid\w*|\bend(?:ing)? your (?:life|own life)|\b(?:thoughts|thinking) (?:of|about) (?:dying|death|suicide|ending|not being here|killing|hurting|harming)|\bfeel safe\b|\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?) (?:herself|himself|themselves|themself)\b|\b(?:did|does|has|is) it (?:ever )?(?:get|gotten|getting) physical\b|\b(?:does|did|has|is) (?:he|she|they|anyone|someone) (?:ever )?(?:hurt|hit|threaten(?:ed)?|hurting|hitting|threatening) you\b|\b(?:put|move|lock|give|hand|take)\s+(?:the |those |that |your )?(?:pills|tablets|meds|medication|knife|knives|blades?|razors?|rope|gun)\s+(?:away|in(?:to)? another room|somewhere (?:else|safe|harder to (?:get|reach)|you can't)|out of (?:reach|the house|your room)|with (?:someone|a friend)|back to|to (?:someone|a friend|your))|\b(?:put|move|lock|give|hand)\s+(?:them|it)\s+(?:in(?:to)? another room|out of reach|somewhere safe|to someone)|\bsafe (?:right now|tonight|at the moment|where you are)|\b(?:are you|you) (?:okay|alright|all right|hurt|injured) right now\b|\b(?:crisis|emergency|ambulance|999|911|988|112|samaritans|hotline|lifeline)\b|\bkeep(?:ing|s)? (?:yourself|you) safe\b|(?<!\b(?:sounds like|sound like|like|what|that's|thats|that is|it's|its|it is|now that's|good|great|nice|solid|fine) )\b(?:a|any) plan\b(?! (?:for|with) (?:the|this|your|next|tomorrow|tonight's|dinner|the weekend)\b)|\b(?:have you|did you) (?:hurt|harmed|taken|take)\b|\bwhere are you (?:right )?now\b|\bmedical (?:help|attention|care)\b|\bi(?:'m| am) (?:really )?(?:worried|concerned) (?:about (?:your safety|you)|for you)|\bsafety\b|\b(?:is|are) (?:the |that |those )?urges? (?:still )?(?:there|strong|bad|with you|around)|\bhow (?:strong|bad|loud) (?:is|are) (?:the |that |those )?(?:urges?|thoughts?)|\b(?:when|how often|how long|how strong|what happens|what brings|where are you)\b[^.!?\n]{0,40}\b(?:these|those|that|the) thoughts?\b|\b(?:tell me|talk|hear) (?:a (?:bit|little) )?more about (?:these|those|that|the) thoughts?\b|\b(?:ask|check) (?:you )?(?:a few|some|a couple of)? ?(?:more )?questions? about (?:it|that|this|them|those thoughts|how you're)\b|\btake (?:it|this|that|what you said) seriously\b|\bhow are you (?:doing|feeling) right now\b`,
    'checks on safety',
  ),
  d(
    'safety_check',
    2,
    // Risk assessment by intent, timing, place, means or who is there: "are you planning to take
    // them tonight?", "is he still downstairs?", "are you in the garage right now?".
    String.raw`\b(?:are|were) you (?:still )?(?:planning|thinking|intending|going|meaning) (?:to|of|on) (?:take|taking|use|using|do|doing|act|acting|go through|going through|jump|jumping|swallow|end|ending|hurt|hurting)\b|\bact on (?:these|those|the|them|it|that|this)\b|\b(?:is|was) (?:he|she|they|your \w+) (?:still )?(?:there|home|in the house|downstairs|upstairs|outside|nearby|with you|around|trying to (?:get in|get to you|find you|get into))\b|\bwhere (?:is|are) (?:he|she|they|the (?:pills|tablets|gun|knife|rope|blades?))\b|\bare you (?:at|in|on) (?:the|a|your) \w+ (?:right )?now\b|\b(?:do|have) you (?:still )?(?:have|got) (?:them|it|the \w+|those) (?:with you|on you|near you|nearby|in front of you)\b|\bhow (?:many|much) (?:did|have) you (?:take|taken|had|swallowed)\b|\b(?:what|when) did you take\b|\b(?:is|are) (?:there )?(?:anyone|someone|somebody) (?:there )?with you\b|\bare you (?:alone|on your own) (?:right now|now|tonight|there)\b`,
    'checks on safety',
  ),
  d(
    'agreement',
    1,
    String.raw`\b(?:you(?:'re| are) (?:absolutely |totally |completely )?(?:right|correct)|(?:that's|that is|it's|it is) (?:so )?(?:true|right|a good idea|smart|brave|probably true)|i (?:totally |completely |would )?agree|sounds? like a (?:(?:good|great|solid) )?(?:idea|plan)|(?:good|great) (?:idea|call|decision)|i believe you|you don't need (?:them|it|your (?:meds|medication|pills)|medication)|(?:they|he|she) (?:probably |must |might )?(?:are|is|be) (?:watching|following|after|tracking))\b`,
    "agrees with the client's belief",
  ),
  d(
    'topic_change',
    1,
    String.raw`(?:^|[.!?]\s+)(?:anyway|anyways|moving on|let's (?:move on|talk about something else|get back to|change)|on (?:a|another) (?:different |other )?note|(?:so,? )?(?:let's|can we) (?:switch|go back|talk about (?:your|the) (?:homework|next|other)))`,
    'moves off what the client raised',
  ),
  d(
    'filler',
    1,
    String.raw`^\s*(?:okay|alright|all right|right|mm+-?hmm+|mhm|uh-?huh|yeah|yes|sure|i see|got it|great|good|cool|hmm+|oh|wow|thanks|thank you|hi|hello)[\s.,!]*$`,
    'a short acknowledgement',
  ),
];

/** Client beliefs a counselor should explore rather than endorse (framework §5, collusion). */
export const DELUSION_OR_DANGER = new RegExp(
  // "theyre" is how chat spells "they're" (the normalizer only expands unambiguous shorthand).
  String.raw`\b(?:(?:they(?:'re| are|re)|people are|someone is|everyone is|the government is|the (?:cia|fbi|police) (?:is|are)|(?:my|the) (?:neighbou?rs?|family|phone) (?:is|are)) (?:\w+ ){0,1}(?:watching|following|tracking|spying on|reading my|poisoning|after me|out to get|plotting|listening to|controlling)|(?:implanted|chip|microchip|tracker|device) (?:in|inside) (?:my|me)|i(?:'m| am) (?:the )?(?:chosen|messiah|god|immortal|invincible|being (?:watched|followed|poisoned))|i (?:have|'ve got) (?:special )?(?:powers|a (?:special )?mission)|(?:messages|signs|signals) (?:meant )?(?:for|to|just for) me|(?:the )?(?:tv|radio|songs?|numbers) (?:is|are) (?:talking|sending|speaking) (?:to|me)|(?:don't|do not) need (?:my )?(?:meds|medication|pills|lithium|insulin|to eat)|(?:stopped|stop|quit|quitting|stopping) (?:taking )?(?:my )?(?:meds|medication|pills|lithium|insulin)|(?:i can|i could|i'm fine to) (?:fly|drive) (?:fine |home )?(?:drunk|after (?:a few|drinking))|(?:only|just) eat (?:once|one meal)|(?:don't|do not) need (?:to )?sleep)`,
  'u',
);
