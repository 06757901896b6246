import type { Message, PageSnapshot } from '../../models';

/** How many of the page's latest messages the analyzer is given (it reads the recent turns). */
export const LIVE_CONTEXT_MESSAGES = 20;

export function contextForAssessment(messages: PageSnapshot['messages']): Message[] {
  return messages.slice(-LIVE_CONTEXT_MESSAGES).map(({ role, text, time }) => ({
    role,
    text,
    ...(time === undefined ? {} : { time }),
  }));
}
