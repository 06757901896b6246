import type { PatternRule } from '../match';
import { s, END_SELF } from './risk-blocks';
import type { RiskSignal } from './risk';

/**
 * Suicidal thinking said through its frame rather than its words, beside the same frames used
 * harmlessly (written 2026-12-02 from a writer's set of such frames, `data/risk/chat-af.jsonl`):
 * the one reason left for staying alive, a deadline given to life, being found afterwards, a
 * lethal amount looked up, a rehearsal at a place, thoughts that "cross my mind" said lightly.
 * Each pattern reads the frame to its end: "only reason im still here" is a warning sign, "only
 * reason im still at this job" is not. Ids continue the numbering of each signal.
 */
export const RISK_FRAMES: readonly PatternRule<RiskSignal>[] = [
  s(
    'passive_wish',
    9,
    // A reason for living that is the only hold on life (C-SSRS deterrents imply the thoughts):
    // "only reason im still here is my nan", "if i didnt have the kids id have done it by now".
    String.raw`\b(?:(?:the )?only (?:reason|thing|person|one)s? (?:that )?(?:i'm|im|i am|i was|i've|ive|i have) (?:still )?(?:here|alive|around|breathing|stayed|stuck around|kept going|hanging on)(?! (?:at|in|for|with|on|doing|working|living)\b)|(?:the )?only (?:reason|thing) (?:that )?i (?:haven't|havent|have not|didn't|didnt|did not|don't|dont|won't|wont) (?:already )?(?:${END_SELF}|done it|gone through with it|acted on it|ended (?:it|things)|given up on life|done (?:anything|something)(?: (?:stupid|daft|silly))?)|(?:the )?only (?:reason|thing) i (?:haven't|havent|didn't|didnt|won't|wont)(?= (?:is|was)\b)|(?:keeps?|keeping|kept) me (?:alive|breathing|on this earth|in this world|from (?:${END_SELF}|doing it|doing anything (?:stupid|daft|silly)))|only (?:my |her |his |the )?(?:\w+ ){0,2}(?:keeps?|is keeping|kept) me (?:here|alive|going)\b|(?:the )?only (?:thing|reason|person|one) (?:keeping|holding) me (?:here|alive)\b(?! (?:at|in)\b)|(?:if (?:i didn't|i didnt|i did not|i don't|i dont) have|if (?:it wasn't|it wasnt|it weren't|it werent|it was not|it were not|not) for|were it not for|weren't it for) (?:my |the |our |her |his )?(?:\w+ ){0,2}\w+,? (?:i'd|id|i would|i wouldve|i would've|i'd've|i (?:probably|definitely|honestly|certainly|surely) would)(?: (?:probably|definitely|honestly|certainly|prob|tbh|already))*(?: have)? (?:done it|gone through with it|${END_SELF}|killed myself|ended it|be gone|been gone|given up(?: on (?:life|everything|living)| (?:a long time|long|years|ages) ago| by now)|(?:stopped|quit) (?:bothering|trying|fighting)(?: (?:a long time|long|years|ages) ago| by now)?|committed suicide|(?:be |been )?(?:six feet under|in the ground|dead and buried|pushing up daisies|long gone))|(?:if (?:i didn't|i didnt|i did not|i don't|i dont) have|if (?:it wasn't|it wasnt|it weren't|it werent|it was not|it were not|not) for|were it not for) (?:my |the |our |her |his )?(?:\w+ ){0,2}\w+,? (?:i|i'd|id|i would) (?:wouldn't|wouldnt|would not|not) (?:be (?:here|alive|around)|still be here)(?! (?:at|in|for|with|doing)\b)|(?:can't|cant|couldn't|couldnt|cannot) do (?:that|it|this) to (?:my |the )?\w+(?=[^.!?\n]{0,30}\b(?:so i (?:stay|stick around|keep going|hang on)|still here|stay alive))|promised (?:\w+ ){0,3}(?:i wouldn't|i wouldnt|i won't|i wont|i would not|i'd never|i would never|not to)(?: (?:${END_SELF}|do it|do anything (?:stupid|daft|silly)|hurt myself|go through with it)|(?= while (?:she|he|they) (?:was|were|is|are) (?:alive|here|around))))`,
    'says one reason is all that keeps them alive',
  ),
  s(
    'passive_wish',
    10,
    // Being found afterwards: "whoever finds me", "if nobody found me for a few days".
    String.raw`\b(?:(?:whoever|the one who|the person who|be the one to|be the one who|the first to|the first one to|ones who|one that) (?:finds?|found|find) me\b(?! (?:a|an|some|the|my|work|job|jobs|flat|house|place|date|on|online|at|in time)\b)|(?:nobody|no one|noone|no1|someone|anyone) (?:found|finds|would find|to find|will find) me (?:for (?:a (?:few|couple of) |\d+ |some |several |like )?(?:days|weeks)|dead|first|like (?:that|this)|in the (?:bath|car|woods|garage))|(?:find|found|finds|finding) (?:my body|me dead)|my body (?:is|was|would be|will be|gets?|got) found|(?:how long|how quickly|how fast) (?:does it take |would it take |till |before |until )?(?:\w+ ){0,2}(?:gets?|get|is|are|would be) found\b(?! out))`,
    'thinks about being found after death',
  ),
  s(
    'passive_wish',
    11,
    // Thoughts of suicide that come and go, said lightly: laughter does not silence them.
    String.raw`\b(?:(?:${END_SELF}|suicide|dying|death|not (?:being here|existing|waking up)) (?:has |have |had |keeps? |kept |just |literally |lowkey )?(?:crossed|crosses|crossing|popped into|pops into|pop into|comes? into|came into|entered|enters) my (?:mind|head)|(?:imagin|pictur|thinking about|thought about|think about|dream(?:ed|t|ing)? about)\w* (?:my own |my )(?:funeral|obituary|wake|memorial|headstone|eulogy)(?! (?:plan|plans|arrangements|costs?|insurance|wishes|music|songs?|playlist)\b)|(?:cross(?:ing)?|road|traffic|train|platform|edge|bus|lorry|truck|ledge|balcony|bridge)\b[^.!?\n]{0,40}would it (?:really )?be (?:so|that) bad\b(?! (?:if|to|for)\b)|(?:nice|good|comforting|a comfort|reassuring|it helps|helps) (?:to know|knowing|that) (?:there's|theres|there is|i have|i've got|ive got) (?:always )?(?:a|an|the|my) (?:way out|exit|escape|back door|emergency exit)\b(?! (?:in|from|of|to) (?:the|my|this|our) (?:contract|lease|deal|job|building|room|plan|phone))|if i (?:died|die|was gone|were gone|didn't wake up|didnt wake up|never woke up|went (?:tomorrow|tonight|in my sleep))(?: tomorrow| tonight| today| in my sleep| now| soon)?,? (?:i'd|id|i would|i'll|i will|i'm|im)? ?(?:be |feel )?(?:fine|ok|okay|at peace|content|relieved|glad|happy|alright)(?: with (?:it|that))?(?=\s*(?:[.!?,]|$|honestly|tbh|ngl))|(?:everyone|everybody|they|my (?:\w+ )?(?:family|parents|kids|mum|mom|dad|wife|husband|partner))(?:'d| would)(?: (?:honestly|all|really|probably|genuinely|just))? be better off(?=\s*(?:[.!?]|$)))`,
    'has passing thoughts of death or suicide',
  ),
  s(
    'hopeless',
    5,
    String.raw`\b(?:(?:can't|cannot|cant) (?:keep going|go on|keep doing this|carry on|live) (?:like this|this way) (?:forever|much longer|for much longer|for ever)|(?:life|living|existing|it all)(?:'s| is)? (?:\w+ ){0,4}(?:and )?(?:i'm|im|i am) (?:just )?counting down (?:to|till|until) (?:the end|clocking off|it's over|its over)|(?:waiting|wait) for (?:it all|life|this life|everything) to (?:end|be over|stop))\b`,
    'sounds hopeless about being alive',
  ),
  s(
    'hopeless',
    6,
    // A deadline given to life, with an ending named only as "that's it" or "i'm done": worth
    // asking. Not when the sentence is about a person, a job or a course ("giving him till christmas").
    String.raw`\b(?=(?:giving|give|given|gave|the day|once|as soon as|if|when)\b)(?![^.!?\n]{0,200}\b(?:him|he|her|she|job|boss|work|relationship|marriage|quit\w*|dump\w*|divorce|course|degree|band|team|diet|gym|landlord|flat|house|room)\b)(?:(?:giving|give|given|gave) (?:it|myself|life|things|this) (?:till|until|til|to|one more|another|a (?:few|couple) more)\b|(?:the day|once|as soon as) (?:my \w+|\w+) (?:turns? \d+|is \d+|leaves?|(?:goes?|is off|heads? off) to (?:uni|college)|moves? out|(?:doesn't|doesnt|does not|don't|dont|do not|won't|wont) need me|graduates?|(?:is|are) (?:settled|sorted|grown|old enough))|(?:if|when) (?:i'm|im|i am|i was|nothing|nothings|nothing's|things|it|everything)\b[^.!?\n]{0,50}\b(?:still|by|at) (?:\d\d|thirty|forty|fifty|christmas|new year|may|june|july|summer|spring|my birthday|then|the end of)\b)[^\n]{0,60}?(?:(?:that's|thats|that is) it\b|(?:i'm|im|i am|i'll be|ill be) (?:done|out|gone)\b(?! (?:with|at|from|of|by|in|for)\b))`,
    'gives their life a deadline',
  ),
  s(
    'suicidal_intent',
    15,
    // The same deadline with the act named: "if im still single at 30 id end it", "by may im going through with it".
    String.raw`\b(?:(?:giving|give|given|gave) (?:it|myself|life|things|this) (?:till|until|til|to|one more|another|a (?:few|couple) more)\b|(?:the day|once|as soon as|after) (?:my \w+|\w+) (?:turns? \d+|is \d+|leaves?|(?:goes?|is off|heads? off) to (?:uni|college)|moves? out|(?:doesn't|doesnt|does not|don't|dont|do not|won't|wont) need me|graduates?|(?:is|are) (?:settled|sorted|grown|old enough))|(?:if|when) (?:i'm|im|i am|i was|nothing|nothings|nothing's|things|it|my \w+|everything)\b[^.!?\n]{0,50}\b(?:still|by|at) (?:\d\d|thirty|forty|fifty|christmas|new year|may|june|july|summer|spring|my birthday|then|the end of)\b)[^\n]{0,60}?(?:going through with it|(?:i'd|id|i would|i'll|ill|i will|i'm going to|im going to|im gonna|i'm gonna|gonna) (?:${END_SELF}|end (?:it|things))\b)|\b(?:(?:don't|dont|do not) mean (?:done|gone|out|leave|leaving|quit|quitting|going|ending it) (?:like|as in|in the sense of) (?:quitting|leaving|moving|a job|the job|my job|uni|school|work|a break|a holiday|going away)|not (?:done|gone) (?:like|as in) (?:quitting|leaving|moving|a job|going away))`,
    'sets a date or a condition for ending their life',
  ),
  s(
    'suicidal_intent',
    16,
    // A lethal amount looked up for a person, not for a child or a pet.
    String.raw`\bhow (?:much|many) (?:\w+ ){0,3}(?:is|are|would be|does it take|would it take|to take) (?:too (?:much|many)|enough|lethal|fatal|deadly)\b(?![^.!?\n]{0,40}\b(?:child|kid|baby|toddler|son|daughter|dog|cat|puppy|kitten|pet|horse|plant|caffeine|coffee|sugar|salt)s?\b)(?=[^\n]{0,40}\b(?:for a (?:person|human|grown|adult)|person|human|adult|kg|kilos?|stone|lbs|to (?:die|kill|not wake|be fatal|do it)|for me)\b)`,
    'looks up how much would kill a person',
  ),
  s(
    'method',
    3,
    String.raw`\b(?:(?:lethal|fatal|deadly) (?:dose|amount|quantity)s?\b(?! (?:of (?:radiation|caffeine|sugar)|in (?:dogs|cats)))|(?:looked|look|looking|checked|checking|googled|googling|searched|searching) (?:up )?(?:the |how )?(?:tallest|highest) (?:building|bridge|block|car park|cliff|point|tower)s?|(?:what time|when) (?:the )?(?:security|guards?) (?:changes?|change over|leaves?|goes? home|swap)|how (?:high|far) (?:up )?(?:you|one|someone|a person) (?:needs?|has|have) to (?:jump|fall|be)\b)`,
    'looks up a way to die',
  ),
  s(
    'attempt',
    5,
    // A rehearsal or an aborted attempt at a place, told lightly (C-SSRS counts both as behaviour).
    String.raw`\b(?:went|walked|drove|go|going|been going|got|climbed|cycled) (?:down |up |out |over |back )?(?:to|on|onto|up) (?:the |a |that )?(?:tracks|train tracks|railway|railway line|level crossing|bridge|cliffs?|cliff edge|roof|rooftop|edge|motorway bridge|car park roof|top floor|multi ?storey)\b[^\n]{0,80}?\b(?:nothing came|no train came|got cold and went home|chickened out|bottled it|lost my nerve|(?:couldn't|couldnt|could not|didn't|didnt|did not) (?:do it|go through with it|jump)|talked myself down|stepped back from the edge|for (?:the|a) train to come)`,
    'describes a suicide attempt that was stopped or nearly happened',
  ),
];
