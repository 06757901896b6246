import type { RiskLevel } from '../../models';
import type { RiskSignal } from './lexicon/risk';
import {
  BACK_TO_NOW,
  FEARED_OWN_HARM,
  LONG_PAST,
  SEXUAL_ABUSE,
  THOUGHTS_FRAME,
  THOUGHTS_IN_MATCH,
  THOUGHT_WITH_INTENT,
} from './lexicon/risk-guards';

/**
 * The level one rule match stands for when its own words or sentence say less than its signal
 * usually does: thoughts of suicide told as thoughts (C-SSRS 2), suicidal words and violence put
 * long in the past, fear of one's own anger. `undefined` keeps the signal's level. Raised again by
 * ../risk.ts when a method, means, a time or preparations come with it. `message` is the match's
 * message (with the client's next one when it is short), where a fear is often said after the words.
 */
export function matchLevel(
  signal: RiskSignal,
  matched: string,
  before: string,
  sentence: string,
  message: string,
  test: (re: RegExp, text: string) => boolean = (re, text) => re.test(text),
): RiskLevel | undefined {
  if (signal === 'suicidal_intent') {
    const framed = THOUGHTS_FRAME.test(before) || THOUGHTS_IN_MATCH.test(matched);
    if (framed && !test(THOUGHT_WITH_INTENT, sentence)) return 'possible';
    if (longPast(sentence, test)) return 'possible';
  }
  if (signal === 'abuse_now' && longPast(sentence, test) && !test(SEXUAL_ABUSE, sentence)) return 'possible';
  if (signal === 'harm_intent' && /\b(?:could|might)\b/u.test(matched) && test(FEARED_OWN_HARM, message))
    return 'possible';
  return undefined;
}

function longPast(sentence: string, test: (re: RegExp, text: string) => boolean): boolean {
  return test(LONG_PAST, sentence) && !test(BACK_TO_NOW, sentence);
}
