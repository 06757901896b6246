import type { Message } from '../../models';
import { DRAFT_RULES, type DraftCue } from './lexicon/draft';
import { findMatches } from './match';
import { memoize } from './memo';
import { type NormalizedText, normalize } from './text';

/** A message of the context with its index and normalized text, computed once per assessment. */
export interface ContextMessage {
  readonly index: number;
  readonly message: Message;
  readonly norm: NormalizedText;
}

/**
 * How far back the analyzer looks for risk and beliefs that a draft must not ignore: a disclosure
 * stays in view for about six exchanges, whatever was said since.
 */
export const RISK_LOOKBACK_MESSAGES = 12;
/** Consecutive client messages sent without a counselor reply form one client turn. */
export const MAX_TURN_MESSAGES = 6;

/**
 * Messages normalized before, by text: a conversation's earlier messages are read again with every
 * new one. Normalized text is never changed after it is made, so sharing it is safe.
 */
const normalizedText = memoize(512, (text: string) => text, normalize);

export interface Conversation {
  /** The message at an index, normalized on first use (long contexts are mostly never read). */
  readonly at: (index: number) => ContextMessage;
  /** The client's latest turn: their consecutive messages since the counselor last wrote. */
  readonly clientTurn: readonly ContextMessage[];
  /** The counselor message the client turn answers, if any. */
  readonly counselorBefore: ContextMessage | null;
  /** Client messages within the look-back window (for risk and beliefs). */
  readonly recentClient: readonly ContextMessage[];
  /** Every message within the look-back window, oldest first (risk reads the questions asked). */
  readonly recent: readonly ContextMessage[];
}

export function readConversation(context: readonly Message[]): Conversation {
  const cache = new Map<number, ContextMessage>();
  const at = (index: number): ContextMessage => {
    let m = cache.get(index);
    if (!m) {
      m = { index, message: context[index]!, norm: normalizedText(context[index]!.text) };
      cache.set(index, m);
    }
    return m;
  };
  let lastClient = -1;
  for (let i = context.length - 1; i >= 0; i--) {
    if (context[i]!.role === 'client') {
      lastClient = i;
      break;
    }
  }
  const clientTurn: ContextMessage[] = [];
  let counselorBefore: ContextMessage | null = null;
  if (lastClient >= 0) {
    let i = lastClient;
    while (i >= 0 && context[i]!.role === 'client' && clientTurn.length < MAX_TURN_MESSAGES) {
      if (context[i]!.text.trim().length > 0) clientTurn.unshift(at(i));
      i--;
    }
    while (i >= 0 && context[i]!.role === 'client') i--;
    if (i >= 0) counselorBefore = at(i);
  }
  const recent: ContextMessage[] = [];
  for (let i = Math.max(0, context.length - RISK_LOOKBACK_MESSAGES); i < context.length; i++) {
    if (context[i]!.text.trim().length > 0) recent.push(at(i));
  }
  const recentClient = recent.filter((m) => m.message.role === 'client');
  return { at, clientTurn, counselorBefore, recentClient, recent };
}

const counselorCueCache = new WeakMap<ContextMessage, ReadonlySet<DraftCue>>();

/** The draft cues of an earlier counselor message (what it asked or offered), computed once. */
export function counselorCuesOf(m: ContextMessage): ReadonlySet<DraftCue> {
  let cues = counselorCueCache.get(m);
  if (!cues) {
    cues = new Set(findMatches(m.norm, DRAFT_RULES).map((x) => x.rule.tag));
    counselorCueCache.set(m, cues);
  }
  return cues;
}
