import type { Assessment, InlineMark, Message } from '../../models';
import { MAX_INLINE_MARK_CHARS, MAX_INLINE_MARKS } from '../../models/limits';

/**
 * The client phrases worth marking in the page: the resistance cues and risk evidence the panel
 * shows (cues only when the panel shows a resistance moment), as the exact text the client wrote.
 * Risk first, so it survives the cap.
 */
export function marksFor(
  assessment: Assessment,
  context: readonly Message[],
  max = MAX_INLINE_MARKS,
): InlineMark[] {
  const client = assessment.client;
  if (!client) return [];
  const phrase = (span: { message: number; start: number; end: number }) =>
    context[span.message]?.text.slice(span.start, span.end).trim() ?? '';
  const marks: InlineMark[] = [
    ...client.risk.evidence.map((e) => ({ text: phrase(e), kind: 'risk' as const })),
    // Only a resistance moment is marked: the panel says "no resistance noticed" otherwise, and a
    // phrase marked as resistance in the page would say the opposite.
    ...(client.resistance.present ? client.resistance.cues : []).map((c) => ({
      text: phrase(c),
      kind: 'resistance' as const,
    })),
  ].filter((m) => m.text.length > 0 && m.text.length <= MAX_INLINE_MARK_CHARS);
  const seen = new Set<string>();
  return marks.filter((m) => !seen.has(m.text) && seen.add(m.text)).slice(0, max);
}
