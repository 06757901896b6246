import type { RiskKind } from '../../../models';
import { type PatternRule, rule } from '../match';

/**
 * Risk disclosures (framework.md §5). `high` patterns state current intent, plan, recent act or
 * danger; `possible` ones are passive ideation, past acts or fear. Negated mentions ("I'm not
 * suicidal") are handled in ../client.ts. Idioms such as "this is killing me" or "I could die of
 * embarrassment" are deliberately not matched.
 */
export type RiskRuleTag = `${'high' | 'possible'}:${RiskKind}`;

const k = (tag: RiskRuleTag, n: number, src: string, why: string) =>
  rule(tag, `risk.${tag}.${n}`, src, 1, why);

const SELF = String.raw`(?:myself|my self|my life|it all|everything)`;

export const RISK_RULES: readonly PatternRule<RiskRuleTag>[] = [
  k(
    'high:suicide',
    1,
    String.raw`\b(?:kill|killing|end|ending|take|taking|off|hang|hanging|shoot|shooting) ${SELF}\b`,
    'talks about ending their life',
  ),
  k(
    'high:suicide',
    2,
    String.raw`\b(?:i(?:'m| am)|feeling|feel|been|getting) (?:really |very |so |pretty )?suicidal\b|\bsuicid(?:e|al) (?:thoughts|plan|note|attempt)|\b(?:thinking|thought|thinking a lot) (?:about|of) (?:suicide|dying|death|ending (?:it all|it|my life)|killing myself)`,
    'discloses suicidal thoughts',
  ),
  k(
    'high:suicide',
    3,
    String.raw`\bi (?:want|wanna|just want|really want|wish i could|am going to|'m going to|plan to) (?:to )?die\b(?! (?:of|from) (?:embarrass|laugh|shame|cringe))`,
    'says they want to die',
  ),
  k(
    'high:suicide',
    4,
    String.raw`\b(?:(?:saved|saving|stockpil\w*|collected|got) (?:up )?(?:\w+ ){0,2}(?:pills|tablets|meds)|(?:wrote|written|writing) (?:a |my )?(?:note|letter|goodbye)|(?:bought|got) (?:a )?(?:rope|gun)|said (?:my )?goodbyes?)\b`,
    'describes preparations',
  ),
  k(
    'high:suicide',
    5,
    String.raw`\b(?:this is|this will be) (?:my )?(?:goodbye|the last time)|\bwon't be (?:around|here) (?:much longer|tomorrow|anymore)\b|\bend it (?:all )?(?:tonight|today|soon)\b`,
    'signals imminent intent',
  ),
  k(
    'possible:suicide',
    1,
    String.raw`\b(?:better off (?:without me|if i (?:was|were)n't here|dead)|wish i (?:was|were) (?:dead|never born|not here|gone)|(?:don't|do not) want to (?:be here|live|exist|wake up)|no (?:reason|point) (?:to|in) (?:live|living|going on)|can't go on\b|want (?:it all )?to (?:stop|end|disappear)|want to disappear|(?:everyone|they|people|my family) would be better off(?: without me| if i (?:was|were)n't (?:here|around)| if i (?:was|were) (?:gone|dead))?|(?:wish|hope|pray)(?: that)? i (?:(?:would|could|did|do)(?:n't| not)|would never|could just not|just wouldn't) wake up|(?:think|thinking|thought) about not waking up)`,
    'passive thoughts of death or not being here',
  ),
  k(
    'possible:suicide',
    2,
    // "end it with him" is a breakup, not a plan.
    String.raw`\bsuicid\w*|\bwant to die\b|\bwanna die\b|\bend it\b(?! with\b)`,
    'mentions suicide or dying',
  ),
  k(
    'high:self_harm',
    1,
    // Chat drops the subject: "been cutting my arms".
    String.raw`(?:\b(?:i|i've|i have|i've been|i was|i keep)(?: been| started| just)?|(?:^|[.!?,]\s*)(?:been|started|keep|kept|still)) (?:cut|cutting|burn|burned|burning|hurt|hurting|harm|harming|scratch|scratching|hit|hitting) (?:myself|my (?:arms?|wrists?|legs?|skin))\b(?!.*\b(?:years ago|used to|when i was (?:a kid|younger|little))\b)`,
    'discloses self-harm',
  ),
  k(
    'high:self_harm',
    2,
    String.raw`\b(?:want|wanna|going|urge|urges) to (?:cut|hurt|harm|burn) (?:myself|again)\b|\burges? to (?:cut(?! (?:down|back|out|off|ties|class|school|my hair)\b)|burn(?! (?:off|calories)\b)|self[- ]?harm)\b|\bself[- ]?harm(?:ing|ed)? (?:again|last night|today)`,
    'urge or recent act of self-harm',
  ),
  k(
    'high:self_harm',
    3,
    // "i cut again last night": no object, but the subject and the time make it an act, not a haircut.
    String.raw`\b(?:i|i've|i have|i've been|i was|i just|been|started)(?: just)? (?:cut|cutting|burned|burnt|burning|scratched|scratching) (?:again|last night|today|yesterday|this morning|tonight)\b`,
    'recent act of self-harm',
  ),
  k(
    'possible:self_harm',
    1,
    // Not "I used to cut class" or "it used to hurt".
    String.raw`\bself[- ]?harm\w*|\bi used to (?:(?:cut|burn)\b(?! (?:class|classes|school|lessons|my hair|hair|the grass|grass|wood|paper)\b)|(?:hurt|harm) myself)|\b(?:cut|cutting|hurt|hurting|harm|harming) myself\b`,
    'mentions self-harm',
  ),
  k(
    'high:harm_to_others',
    1,
    String.raw`\b(?:i(?:'m| am| will|'ll)? (?:going to|gonna|want to|wanna|will|could|might)|i'll|ill) (?:kill|hurt|stab|shoot|beat up|beat|murder|strangle) (?:him|her|them|someone|somebody|everyone|people|my \w+)\b`,
    'threatens to harm someone',
  ),
  k(
    'possible:harm_to_others',
    1,
    String.raw`\b(?:make (?:him|her|them) pay|get back at (?:him|her|them)|(?:he|she|they) deserves? to (?:die|suffer|get hurt))\b`,
    'voices wishes to harm someone',
  ),
  k(
    'high:abuse',
    1,
    String.raw`\b(?:he|she|they|my (?:\w+ ){0,1}(?:dad|mum|mom|father|mother|stepdad|stepmom|stepmum|husband|wife|partner|boyfriend|girlfriend|uncle|brother|sister|coach|teacher|ex)) (?:\w+ ){0,1}(?:(?:(?:hits?|hitting)\b(?! (?:me |us |him |her )?up\b| on\b| the\b| a\b| it\b)|beats?\b(?! (?:me |us |him |her )?(?:at|in)\b)|beating|chok(?:es|ed|ing)|kick(?:s|ed)|slap(?:s|ped)|punch(?:es|ed)|strangl(?:es|ed))(?: (?:me|us|my \w+))?|(?:sexually )?(?:abuses?|abused|touch(?:es|ed)) (?:me|my)|threaten(?:s|ed) to (?:kill|hurt))`,
    'discloses abuse',
  ),
  k(
    'high:abuse',
    2,
    String.raw`\b(?:i was|i've been|i got|being) (?:raped|molested|sexually assaulted|assaulted|abused)\b|\b(?:i'm|i am|i don't feel) (?:not )?(?:safe|scared to go) (?:at home|to go home|home)\b|\bscared (?:of|to go home|he'll|she'll)\b`,
    'discloses abuse or danger at home',
  ),
  k(
    'possible:abuse',
    1,
    String.raw`\b(?:he|she|they|my \w+) (?:yells|screams|shouts|controls|threatens|won't let me)\b|\babus\w+\b`,
    'describes controlling or abusive behaviour',
  ),
  k(
    'high:medical_emergency',
    1,
    String.raw`\b(?:took|taken|swallowed|i've taken|just took) (?:\w+ ){0,3}(?:pills|tablets|overdose|bottle)|\boverdos(?:e|ed|ing)\b|\bod'?d\b`,
    'describes a possible overdose',
  ),
  k(
    'high:medical_emergency',
    2,
    // "i cant breathe lol" and "my chest hurts from laughing" are laughter.
    String.raw`\b(?:can't|cannot|can not) breathe\b(?![^.!?]{0,30}(?:\blo+l\b|\blmao|\b(?:ha){2,}|\blaugh|😂|🤣|💀))|\bchest (?:pain|hurts)\b(?! from laugh)|\bbleeding (?:a lot|badly|heavily|won't stop)\b|\b(?:passed|passing) out\b|\b(?:having|had) a (?:seizure|heart attack|stroke)\b`,
    'describes a medical emergency',
  ),
];

/** Phrases that deny risk outright: "I'm not suicidal", "I would never hurt myself". */
export const RISK_DENIAL = /\b(?:not|never|no longer|isn't|wasn't|aren't)\b[^.!?]{0,25}$/u;
