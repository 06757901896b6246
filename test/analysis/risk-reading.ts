import { assess } from '../../lib/analysis';
import type { Message } from '../../models';

/**
 * The risk reading after a counselor's opener and the client's messages, with the words each piece
 * of evidence cites (lowercased) and its kind: what the side panel shows.
 */
export function riskAfter(counselor: string, ...client: string[]) {
  const context: Message[] = [{ role: 'counselor', text: counselor }];
  for (const text of client) context.push({ role: 'client', text });
  const reading = assess({ context }).client!.risk;
  const cited = reading.evidence.map((e) => context[e.message]!.text.slice(e.start, e.end).toLowerCase());
  return {
    level: reading.level,
    cited,
    kinds: reading.evidence.map((e) => e.kind),
    /** The words the rules cite (not the trained model's sentence when no rule matched). */
    citedByRules: reading.evidence.filter((e) => !e.byModel).map((e) => cited[reading.evidence.indexOf(e)]!),
  };
}
