import type { RiskKind, RiskLevel } from '../../models';
import type { ContextMessage } from './context';

/**
 * Answers to the counselor's safety questions: "are you safe right now?" → "no" discloses risk
 * that no rule over the answer's own words could find.
 */

// The counselor's safety questions and the client's answers --------------------------------------

type QuestionTopic = 'safety' | 'suicide' | 'plan' | 'self_harm' | 'taken' | 'abuse' | 'harm_others';

const QUESTION_TOPICS: readonly [QuestionTopic, RegExp][] = [
  [
    'safety',
    /\b(?:are you|r u|are u|you|u) (?:safe|ok(?:ay)?|alright|all right|in danger)(?: right now| rn| at the moment| tonight| where you are| now)?\b|\b(?:do you|d'you) feel safe\b|\bis it safe\b|\bsafe (?:right now|at home|tonight)\b/u,
  ],
  [
    'suicide',
    /\b(?:thinking|thought|thoughts|think) (?:of|about) (?:suicide|killing yourself|ending (?:your|it)|taking your (?:own )?life|dying|not being here|not (?:wanting to be|being) alive)|\b(?:suicidal|want(?:ing)? to die|kill(?:ing)? yourself|end(?:ing)? your (?:own )?life|take your (?:own )?life)\b/u,
  ],
  [
    'plan',
    /\ba plan\b(?! (?:for|to|with|about|of) (?!(?:how|when|where|kill|end|die|dying|suicide|hurt|harm|do it|doing it|overdose|jump|take your)\b))|\bplans? (?:to|for) (?=(?:how|when|where|kill|end|die|dying|suicide|hurt|harm|do it|doing it|overdose|jump|take your)\b)|\b(?:how you would|how would you|when (?:you would|would you)|have (?:the|any) (?:pills|means|tablets|gun|rope|knife)|access to|decided (?:how|when))\b/u,
  ],
  ['self_harm', /\b(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|burn(?:ing)?) yourself\b|\bself[- ]?harm/u],
  [
    'taken',
    /\b(?:have you|did you|you) (?:taken|take|took|swallowed|had) (?:anything|something|any|some|the|pills|tablets|too many)|\bhow (?:many|much) (?:did you|have you) (?:take|taken)\b/u,
  ],
  [
    'abuse',
    /\b(?:(?:is|does|did|has) (?:he|she|they|anyone|someone) (?:hurt|hit|touch|threaten)(?:ing|s)? you|hurt(?:ing)? you|hit(?:ting)? you|abus\w+ you|(?:scared|afraid) of (?:him|her|them))\b/u,
  ],
  [
    'harm_others',
    /\b(?:hurt(?:ing)?|kill(?:ing)?|harm(?:ing)?) (?:him|her|them|someone|anyone|somebody|others)\b/u,
  ],
];

const YES =
  /^(?:y|yes|yeah|yea|ye|yep|yup|ya|yh|mhm|uh huh|i am|i do|i have|i did|kinda|kind of|sort of|sorta|sometimes|a bit|a little|maybe|i guess|i think so|probably|honestly yes|honestly yeah|truthfully yes|all the time|every day|everyday|constantly|more than ever|often|lately|always|i don't know|not sure|i'm not sure|idk|i don't even know|dunno|possibly|not really sure|hard to say|i mean yeah|well yeah|yeah i guess|i suppose|👍|😔|😞)\b/u;
const NO =
  /^(?:no|nope|nah|na|never|not at all|no no|definitely not|of course not|i'm fine|im fine|i am fine|not really|i don't think so|no way|god no|hell no)\b/u;
/** "not really" to "are you safe?" is not safe; "no" to "are you safe?" is not safe either. */
const SAFE =
  /^(?:yes|yeah|yea|yep|yup|ya|i'm safe|i am safe|im safe|i'm ok|i'm okay|i'm fine|im fine|i am|safe|totally|of course|for now yes)\b/u;
const UNSAFE =
  /^(?:no|nope|nah|not really|not sure|i'm not|i am not|idk|i don't know|i dont know|don't know|not exactly|i don't think so|no i'm not|dunno|maybe not|probably not|kind of|kinda|sort of|define safe|hard to say)\b/u;

export function questionTopic(counselor: ContextMessage): QuestionTopic | null {
  const text = counselor.norm.text;
  if (!text.includes('?')) return null;
  // The last question is the one being answered.
  const lastQuestion =
    text
      .slice(0, text.lastIndexOf('?') + 1)
      .split(/(?<=[.!?])\s+/)
      .pop() ?? text;
  for (const [topic, re] of QUESTION_TOPICS) if (re.test(lastQuestion)) return topic;
  return null;
}

export const TOPIC_KIND: Record<QuestionTopic, RiskKind> = {
  safety: 'suicide',
  suicide: 'suicide',
  plan: 'suicide',
  self_harm: 'self_harm',
  taken: 'medical_emergency',
  abuse: 'abuse',
  harm_others: 'harm_to_others',
};

/** The level an answer to a risk question discloses, if any. */
export function answerLevel(topic: QuestionTopic, answer: string): RiskLevel {
  const a = answer
    .trim()
    .replace(/^(?:um+|uh+|well|honestly|tbh|to be honest|ngl|not going to lie|i mean)[ ,.]+/u, '');
  if (topic === 'safety') {
    if (SAFE.test(a) && !/\bnot\b/u.test(a.slice(0, 20))) return 'none';
    return UNSAFE.test(a) ? 'high' : 'none';
  }
  if (NO.test(a)) return 'none';
  if (!YES.test(a)) return 'none';
  const unsure =
    /^(?:maybe|i don't know|idk|not sure|i'm not sure|dunno|possibly|hard to say|i guess|i suppose|probably)\b/u.test(
      a,
    );
  if (topic === 'suicide') return unsure ? 'possible' : 'high';
  return unsure ? 'possible' : 'high';
}
