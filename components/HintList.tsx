import type { Hint } from '../models';
import { Quote } from './Highlighted';
import { severityNames } from './labels';

export type HintActionKind = 'accepted' | 'dismissed' | 'disagreed';

/** At most three hints, each with its reason, the phrases it is about and a way to start instead. */
export function HintList({
  hints,
  onInsert,
  onAction,
}: {
  hints: readonly Hint[];
  onInsert?: (text: string) => void;
  /** The counselor chooses: use it, set it aside, or dispute it (kept for the session log). */
  onAction?: (hint: Hint, action: HintActionKind) => void;
}) {
  if (hints.length === 0) return null;
  return (
    <section class="card" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      <ol class="plain hints">
        {hints.slice(0, 3).map((hint) => (
          <li key={hint.rule} class={`hint hint-${hint.severity}`}>
            <p class="hint-message">
              <span class="severity">{severityNames[hint.severity]}</span> {hint.message}
            </p>
            <p class="why">{hint.why}</p>
            {hint.evidence.client && <Quote who="Client:" text={hint.evidence.client.text} />}
            {hint.evidence.draft && <Quote who="Your draft:" text={hint.evidence.draft.text} />}
            <p class="try">
              <span class="try-label">Try:</span> <span class="quoted">{`“${hint.try}”`}</span>
            </p>
            {(onInsert || onAction) && (
              <div class="hint-actions">
                {onInsert && (
                  <button
                    type="button"
                    class="insert"
                    onClick={() => {
                      onInsert(hint.try);
                      onAction?.(hint, 'accepted');
                    }}
                  >
                    Insert into reply
                  </button>
                )}
                {onAction && hint.severity !== 'safety' && (
                  <>
                    <button type="button" onClick={() => onAction(hint, 'dismissed')}>
                      Dismiss
                    </button>
                    <button type="button" onClick={() => onAction(hint, 'disagreed')}>
                      I disagree
                    </button>
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
