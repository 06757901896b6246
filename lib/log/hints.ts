import type { Hint } from '../../models/assessment';
import { HintAbout, type LoggedHint } from '../../models/session-log';
import type { HintAction } from '../../models/settings';

/**
 * The hints to log with a sent reply, from what the panel showed and what the counselor clicked
 * while drafting (the side panel's HintAction records). The last click on a hint counts. A hint
 * the counselor inserted and then changed before sending is logged as `edited`; one they never
 * touched as `ignored`.
 */
export function loggedHints(
  shown: readonly Hint[],
  actions: readonly HintAction[],
  sentText: string,
): LoggedHint[] {
  const sent = normalize(sentText);
  return shown.map((hint) => {
    const last = actions
      .filter((a) => a.rule === hint.rule)
      .reduce<HintAction | undefined>(
        (latest, a) => (latest === undefined || a.at >= latest.at ? a : latest),
        undefined,
      );
    let action: LoggedHint['action'] = last?.action ?? 'ignored';
    if (action === 'accepted' && !sent.includes(normalize(hint.try))) action = 'edited';
    return {
      rule: hint.rule,
      about: HintAbout.parse(hint.about),
      severity: hint.severity,
      message: hint.message,
      action,
      actedAt: last?.at ?? null,
    };
  });
}

/** Chat sites re-space and re-quote text on the way out; those changes are not the counselor's edit. */
function normalize(text: string): string {
  return text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}
