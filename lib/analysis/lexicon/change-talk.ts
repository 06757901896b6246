import { type PatternRule, rule } from '../match';

/**
 * Change talk (MI's DARN-CAT: desire, ability, reasons, need, commitment, activation, taking
 * steps). Not resistance: the counselor should notice it and reflect it back. These feed the
 * client talk-type model as features and let hints point at change talk that went unanswered.
 */
export type ChangeTalkKind =
  'desire' | 'ability' | 'reasons' | 'need' | 'commitment' | 'activation' | 'taking_steps';

const c = (k: ChangeTalkKind, n: number, src: string, weight: number, why: string) =>
  rule(k, `change.${k}.${n}`, src, weight, why);

const CHANGE_VERB = String.raw`(?:stop|quit|cut (?:down|back)|change|give (?:it |up)|get (?:help|better|sober|clean|healthy|fit)|be (?:healthier|better|sober|there)|reduce|drink less|smoke less|lose weight|exercise|take care|do something|start|try|work on|fix)`;

export const CHANGE_TALK_RULES: readonly PatternRule<ChangeTalkKind>[] = [
  c(
    'desire',
    1,
    String.raw`\bi (?:really )?(?:want|wanna|would like|'d like|wish i could|hope) to ${CHANGE_VERB}`,
    0.85,
    'wants to change',
  ),
  c(
    'desire',
    2,
    String.raw`\bi (?:want|wish|would love|'d love) (?:to be|my life|things) (?:\w+ ){0,3}(?:better|different|back|healthier)`,
    0.7,
    'wants things to be different',
  ),
  c(
    'ability',
    1,
    String.raw`\bi (?:think i )?(?:can|could|am able to|know i can) ${CHANGE_VERB}`,
    0.7,
    'believes they can change',
  ),
  c(
    'ability',
    2,
    String.raw`\bi(?:'ve| have) done it before\b|\bi did it before\b`,
    0.7,
    'recalls having managed before',
  ),
  c(
    'reasons',
    1,
    String.raw`\b(?:if i (?:stopped|quit|cut|changed|didn't)|when i (?:don't|didn't|stopped|quit))(?:\w+ ){0,6}(?:i (?:would|'d|could|feel|felt|was|had)|it (?:would|'d))`,
    0.7,
    'sees a benefit in changing',
  ),
  c(
    'reasons',
    2,
    String.raw`\b(?:for my (?:kids|children|family|health|son|daughter|wife|husband|partner)|(?:it's|it is) (?:hurting|affecting|ruining|costing) (?:my|me))`,
    0.6,
    'names a reason to change',
  ),
  c(
    'reasons',
    3,
    String.raw`\b(?:i'm|i am) (?:worried|scared|afraid|concerned) (?:about|that) (?:my|i|it)`,
    0.55,
    'is concerned about the behaviour',
  ),
  c(
    'reasons',
    4,
    // Problem recognition, and coming for help because of it: "i know its a big deal, thats why
    // im here". Not an excuse (nothing is explained away) and not sustain talk.
    String.raw`\bi know (?:it's|its|it is|this is|that's|thats|that is|i have|i've got) (?:a |an )?(?:(?:real|big|serious|massive|huge) )?(?:problem|issue|big deal|not okay|not ok|not normal|not healthy|getting worse|out of (?:hand|control))\b|\b(?:that's|thats|that is|which is) (?:why|the reason) i(?:'m| am) (?:here|texting|messaging|reaching out|calling|talking to (?:you|someone))\b`,
    0.7,
    'recognizes the problem',
  ),
  c(
    'reasons',
    5,
    // Problem recognition in chat words: a cost of the behaviour the client names as a cost
    // ("the hangovers are getting worse", "that scared me a bit", "missing work because of it").
    // DARN's reasons include the disadvantages of the status quo.
    String.raw`\b(?:it|this|that|things|(?:the|my) (?:drinking|smoking|vaping|using|use|habit|health|anxiety|depression|mood|sleep|memory|liver|chest|cough|breathing|weight|debts?|gambling|temper|anger|panic attacks|hangovers|cravings|comedowns|shakes|blackouts|headaches)|hangovers|cravings|comedowns|blackouts)(?: is| are|'s|'re|s)? (?:getting|gotten|got|gettin) (?:worse|out of hand|out of control|too much)\b|\b(?:that|it|this) (?:really )?(?:scared|scares|frightened|frightens|freaked|worried|worries) me\b|\b(?:starting|beginning|startin) to (?:worry|scare|bother|frighten) me\b|\b(?:missed|missing|lost|losing|failing|failed|ruined|ruining|wrecking|wrecked|messing up|messed up) (?:\w+ ){0,4}(?:because of|cos of|cause of|bc of|thanks to) (?:it|the \w+|my \w+|that)\b`,
    0.85,
    'names a cost of the behaviour',
  ),
  c(
    'desire',
    3,
    // Wanting to be free of the behaviour itself: "id like to not need it", "i wish i didnt need it".
    String.raw`\b(?:i(?: would|'d| really| would really|'d really)|id) (?:like|love|prefer) (?:to not|not to) (?:need|rely on|depend on|have to have)\b|\bi wish i (?:didn't|did not|didnt) (?:need|rely on|depend on|crave)\b`,
    0.85,
    'wants to be free of it',
  ),
  c(
    'reasons',
    6,
    // Disliking one's own dependence is the other side of the ambivalence: "but i hate that i need it".
    String.raw`\bi (?:hate|don't like|dont like|hate how|hate that) (?:that |how )?(?:i|much i) (?:need|rely on|depend on|can't stop|cant stop|crave|need to have)\b`,
    0.85,
    'dislikes depending on it',
  ),
  c(
    'need',
    1,
    String.raw`\bi (?:really )?(?:need|have|must|'ve got|got|ought) to ${CHANGE_VERB}|\bsomething (?:has|needs) to change\b|\bi can't (?:keep|go on) (?:doing|like) this\b`,
    0.85,
    'says they need to change',
  ),
  c(
    'commitment',
    1,
    String.raw`\bi(?:'m| am) (?:going to|gonna|ready to|determined to|committed to) ${CHANGE_VERB}|\bi will ${CHANGE_VERB}|\bi promise\b`,
    0.9,
    'commits to change',
  ),
  c(
    'commitment',
    2,
    String.raw`\bi(?:'m| am)? (?:not (?:going to|gonna)|won't|will not|refuse to) (?:give up|stop trying|quit trying|let (?:it|this) beat me)\b|\bi(?:'ll| will)? keep (?:trying|going|at it|fighting)\b`,
    0.8,
    'commits to keep trying',
  ),
  c(
    'activation',
    1,
    String.raw`\bi(?:'m| am) (?:willing|ready|thinking about|considering|open to)\b`,
    0.7,
    'moving toward change',
  ),
  c(
    'taking_steps',
    1,
    String.raw`\bi (?:already )?(?:started|stopped|quit|cut down|cut back|tried|went to|called|signed up|threw (?:out|away)|joined|booked|made an appointment)\b|\bi haven't (?:had|smoked|used|drunk) (?:a|any)`,
    0.6,
    'has taken steps',
  ),
];
