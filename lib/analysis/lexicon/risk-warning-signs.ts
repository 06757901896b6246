import type { PatternRule } from '../match';
import { s } from './risk-blocks';
import type { RiskSignal } from './risk';

/** Words that soften or stress a feeling without changing it ("so", "lowkey", "honestly"). */
const STRESS = String.raw`(?:(?:so|really|just|very|completely|totally|utterly|kinda|kind of|pretty|hella|lowkey|honestly|fully|incredibly|super) )*`;

/** A task or a thing a feeling can be about without being about life ("hopeless about this exam"). */
const TASK = String.raw`(?:the |this |my |that |these |finding |getting |passing |ever )?(?:exam|exams|test|job|jobs|job hunt|job search|essay|interview|match|game|team|diet|driving|maths?|cooking|course|module|rent|flat|house|car|deadline|project|promotion|visa|application|a job|work)`;

/**
 * What turns the same words into a mood about something small, or into a past that ended well:
 * laughter in the sentence ("feel hopeless lol"), a trivial cause before it ("watching arsenal
 * defend makes me feel hopeless", "my wifi is so bad i feel hopeless"), a way out already found
 * ("was feeling hopeless last year but therapy helped"), bedtime ("cant go on. gonna sleep").
 * Unlike a wish to be dead, these words carry no death theme, so laughter does quiet them.
 */
const LIGHT_BEFORE = String.raw`(?<!\b(?:watching|wifi|wi-fi|internet|signal|team|match|game|queue|traffic|printer|laptop|phone|bus|train|uber|delivery|tickets?|referee|ref|ranked|lag|boss fight)\b[^.!?\n]{0,50})`;
const LIGHT_AFTER = String.raw`(?![^.!?\n]{0,60}(?:\blo+l\b|\blmao\b|\blmfao\b|\b(?:ha){2,}|😂|🤣|💀))(?![^\n]{0,100}\b(?:(?:therapy|meds|it|that|talking|counselling|counseling) (?:really )?helped|(?:i'm|im|i am) (?:doing )?(?:much |so much |a lot |way )?better now|got (?:much |so much )?better|(?:i'm|im|i am) (?:over|past) (?:it|that))\b)(?![^\n]{0,40}(?:\b(?:gonna|going to|off to|need to|time (?:for|to)) (?:sleep|bed|crash|nap)\b|\bgn\b|\bnight!))`;
/** Parts of the body whose pain is a body's, not a life's ("my tooth is killing me"). */
const BODY = String.raw`(?:knee|back|tooth|teeth|head|period|migraine|stomach|leg|arm|neck|hip|shoulder|foot|feet|ankle|ear|eye|chest|joint|nerve|wisdom tooth|cramps?)s?`;
// The words themselves as a lookahead first: LIGHT_BEFORE scans 50 characters back, and would
// otherwise run at every position of a long message.
const light = (src: string) => `(?=(?:${src}))${LIGHT_BEFORE}(?:${src})${LIGHT_AFTER}`;

/**
 * The talk that suicide-prevention services list as warning signs (the American Foundation for
 * Suicide Prevention's "risk factors and warning signs": feeling hopeless, having no reason to
 * live, feeling trapped, unbearable pain; 988 Lifeline's list is the same) said plainly, with no
 * death named: "i feel so hopeless", "i cant go on.", "its so hard to keep going", "i feel trapped
 * and theres no way out". A counselor should ask about suicide when they hear it, so the reading
 * is `possible`. Found missing on 2026-12-02: each of these read no risk, while the project's own
 * writers code "everything is grey and pointless" as possible. The same words about a task stay
 * quiet ("hopeless at maths", "hopeless about this exam", "cant go on holiday this year").
 * Ids continue the numbering of each signal.
 */
export const RISK_WARNING_SIGNS: readonly PatternRule<RiskSignal>[] = [
  s(
    'hopeless',
    8,
    light(
      String.raw`\b(?:feel|feels|felt|feeling|been feeling|keep feeling) ${STRESS}hopeless\b(?! (?:at|with|romantic|case)\b)(?! about ${TASK}\b)|\b(?:everything|life|my life|my future|the future|it all)(?:'s| is| feels| seems| looks)(?: so| just| really| completely| pretty)* (?:hopeless|bleak)\b(?! (?:for|in|at) (?!me\b))|\b(?:i've|ive|i have|i) (?:lost|given up) (?:all )?hope\b(?! (?:in|for|of|that|on) )|\bno hope (?:left|anymore|any more)\b(?! (?:for|in|of) (?!me\b))`,
    ),
    'sounds hopeless',
  ),
  s(
    'hopeless',
    9,
    // "i cant go on." ends the sentence; "cant go on holiday" and "cant go on like this with the
    // builders" do not.
    light(
      String.raw`\b(?:i )?(?:can't|cant|cannot|can not) go on\b(?=\s*(?:[.!?,…]|$|tbh|honestly|ngl|anymore|any ?more|with (?:life|it all|anything)\b))|\b(?:so |really |too |getting |it's |its )?(?:hard|difficult) to (?:keep going|carry on|go on|keep living|continue(?: living| for myself)?)\b(?=\s*(?:[.!?,…]|$|anymore|for myself|some days|lately|tbh|honestly|ngl))`,
    ),
    'says it is hard to go on',
  ),
  s(
    'hopeless',
    10,
    light(
      String.raw`\bi(?:'m| am|m| feel| felt| just feel|'ve been feeling| have been feeling)? ${STRESS}trapped\b(?=\s*(?:[.!?,…]|$|tbh|honestly|ngl|and (?:there's|theres|there is) no|with no way|in my (?:own )?(?:life|head|body|mind)|like (?:there's|theres|there is) no))`,
    ),
    'feels trapped',
  ),
  s(
    'hopeless',
    11,
    // Pain past bearing and nothing mattering, with the sentence ending there: "its unbearable. all
    // of it", "nothing matters anymore". Not a body's pain ("my knee is unbearable") nor a person.
    light(
      String.raw`(?<!\b${BODY} (?:pain )?)\b(?:(?:it's|its|it is|everything(?:'s| is)|this is|life is|the pain is|this pain is|the hurt is|being me is|living is|being alive is) (?:just |so |honestly |completely |fucking )?unbearable|nothing (?:matters|means anything)(?: to me)? (?:anymore|any more)|(?:i'm|im|i am) (?:so )?(?:tired|sick|exhausted) of (?:struggling|pretending (?:i'm|im|to be) (?:ok|okay|fine)))(?=\s*(?:[.!?,…]|$|tbh|honestly|ngl|anymore|any more|all of it|every day|every single day))`,
    ),
    'says the pain is past bearing',
  ),
  s(
    'hopeless',
    12,
    // The crisis line's own idiom for being at the limit: "i'm at the end of my rope", "at the end
    // of my tether". Not "the end of my rope" on a boat or a climb.
    light(
      String.raw`\b(?:at|reached|hit|hitting|reaching|come to) the end of my (?:rope|tether)\b(?![^.!?\n]{0,40}\b(?:boat|climb\w*|knot|swing|mooring|anchor)\b)`,
    ),
    'says they are at the end of their rope',
  ),
  s(
    'passive_wish',
    13,
    // "i just want it all to stop", "i dont want to be me anymore".
    light(
      String.raw`\b(?:i )?(?:just |really |only )?(?:want|wanna|need) (?:it all|everything|all of it|the pain|this pain|the hurting|the thoughts|my thoughts|my brain|my head|this feeling|the feeling|it) to (?:stop|end|go away)(?![^.!?\n]{0,60}\b${BODY}\b)(?=\s*(?:[.!?,…]|$|tbh|honestly|ngl|for good|forever|already|please))|\b(?:(?:don't|dont|do not) want|(?:don't|dont|do not) wanna) to be me (?:anymore|any more)\b`,
    ),
    'wishes it would all stop',
  ),
];
