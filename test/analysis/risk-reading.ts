import { assess } from '../../lib/analysis';
import { readConversation } from '../../lib/analysis/context';
import { observeRisk } from '../../lib/analysis/risk';
import type { Message } from '../../models';

function contextAfter(counselor: string, client: readonly string[]): Message[] {
  return [
    { role: 'counselor', text: counselor },
    ...client.map((text) => ({ role: 'client' as const, text })),
  ];
}

/**
 * The risk reading after a counselor's opener and the client's messages, with the words each piece
 * of evidence cites (lowercased) and its kind: what the side panel shows.
 */
export function riskAfter(counselor: string, ...client: string[]) {
  const context = contextAfter(counselor, client);
  const reading = assess({ context }).client!.risk;
  const cited = reading.evidence.map((e) => context[e.message]!.text.slice(e.start, e.end).toLowerCase());
  return {
    level: reading.level,
    cited,
    kinds: reading.evidence.map((e) => e.kind),
    /** The words the rules cite (not the trained model's sentence when no rule matched). */
    citedByRules: cited.filter((_, i) => !reading.evidence[i]!.byModel),
  };
}

/** The rules' level alone (no trained model) after the same opener and messages. */
export function rulesAfter(counselor: string, ...client: string[]) {
  return observeRisk(readConversation(contextAfter(counselor, client)).recent).ruleLevel;
}
