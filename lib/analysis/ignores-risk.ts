import type { Message } from '../../models';
import { RISK_LOOKBACK_MESSAGES } from './context';
import type { FeatureVector } from './features';
import { HASH_BITS } from './features';
import { normalize, toOriginalSpan } from './text';

/**
 * Whether a draft moves on from a client in distress: a trained reading (DiaSafety's replies judged
 * to ignore or mishandle a poster's mental-health risk) over the draft's own features and the
 * client's risk features. The draft scorer asks it only when the client's recent messages hold
 * risk or serious distress, and only about drafts that do not check on safety.
 */
export type IgnoreLabel = 'ignores' | 'engages';
export const IGNORE_LABELS: readonly IgnoreLabel[] = ['ignores', 'engages'];

/** A draft is read as ignoring the client from this probability on (chosen on the DiaSafety folds, so that figure is slightly optimistic). */
export const IGNORES_THRESHOLD = 0.4;

/** Keeps the client's risk features apart from the draft's in the one hashed space. */
const CLIENT_SALT = 0x5bd1e;
const MASK = (1 << HASH_BITS) - 1;

export function ignoresFeatures(draft: FeatureVector, client: FeatureVector): FeatureVector {
  const fv: FeatureVector = new Map(draft);
  for (const [id, v] of client) {
    const k = (id ^ CLIENT_SALT) & MASK;
    fv.set(k, (fv.get(k) ?? 0) + v);
  }
  return fv;
}

/**
 * Serious distress or mental-health struggle in the client's words, short of stated risk: what a
 * supervisor would not want a reply to step past ("i'm on a downward spiral with no hope").
 * Drinking, drugs, medicines and plain tiredness are not on the list: they are the everyday
 * topics of MI and health chats, and with them every reply to "i like drinking w my mates" was
 * flagged as ignoring a crisis.
 */
export const SERIOUS_DISTRESS = new RegExp(
  String.raw`\b(?:depress\w*|anxiety|panic attacks?|ptsd|trauma\w*|bipolar|eating disorder|anorexi\w*|bulimi\w*|self[- ]?harm\w*|suicid\w*|hopeless\w*|worthless|no hope|downward spiral|can't cope|cannot cope|can't take (?:it|this)|can't handle (?:it|this|life)|breaking down|breakdown|falling apart|hate myself|hate my life|hate this life|no one cares|nobody cares|give up|giving up|gave up|pointless|no point|tired of (?:everything|life|it all|being)|sick of (?:everything|life|myself)|struggl\w*|suffer\w*|abus\w*|assault\w*|raped|relapse\w*|addict\w*|withdrawal|self destructive|self loathing|starving myself|lonely|loneliness|crying|cry myself|in pain|so alone|all alone|no friends|i'm done|im done|numb|empty inside|worse and worse|getting worse|can't go on|therapy|therapist|psychiatrist|counsell?or|antidepressants?|rehab|diagnos\w*|disorder|mental health|mental illness|adhd|ocd|insomnia|can't sleep|feel like shit|feel like crap|fuck this|fuck my life|failure|loser|ugly|unloved|unwanted|rejected|broke up|breakup|dumped|heartbroken|miss (?:her|him|them|my)|no friends|no one|nobody|alone|isolat\w*)\b`,
  'u',
);

/** The latest phrase of serious distress in the client's recent messages, for a hint to cite. */
export function distressSpan(
  context: readonly Message[],
): { message: number; start: number; end: number } | null {
  for (let i = context.length - 1; i >= Math.max(0, context.length - RISK_LOOKBACK_MESSAGES); i--) {
    if (context[i]!.role !== 'client') continue;
    const norm = normalize(context[i]!.text);
    const m = SERIOUS_DISTRESS.exec(norm.text);
    if (m) {
      const [start, end] = toOriginalSpan(norm, m.index, m.index + m[0].length);
      return { message: i, start, end };
    }
  }
  return null;
}

/** Feelings in the client's words (distress short of the serious kind). */
export const FEELING_IN_CLIENT =
  /\b(?:feel|feeling|felt|sad|upset|angry|mad|scared|afraid|anxious|worried|stressed|overwhelmed|lonely|alone|hurt|ashamed|embarrassed|guilty|hopeless|depressed|miserable|frustrated|exhausted|tired of|sick of|fed up|cry|crying|cried|hate|awful|terrible|horrible|hard|struggling|can't cope|scary|panic)\b|😢|😭|😔|😞|💔/u;
