import type { Hint, Message } from '../models';
import { CopyButton } from './CopyButton';
import { Quote } from './Highlighted';
import { severityNames } from './labels';

export type HintActionKind = 'accepted' | 'dismissed' | 'disagreed';

/**
 * At most three hints, each with its reason, the phrases it is about and a way to start instead.
 * The start goes into the chat's reply box when the panel reads the chat (`onInsert`), and to the
 * clipboard when the counselor pasted the texts.
 */
export function HintList({
  hints,
  context = [],
  draft = '',
  onInsert,
  onAction,
}: {
  hints: readonly Hint[];
  /** The messages and draft the hints' evidence points into: quotes are widened to whole phrases. */
  context?: readonly Message[];
  draft?: string;
  onInsert?: (text: string) => void;
  /** The counselor chooses: use it, set it aside, or dispute it (kept for the session log). */
  onAction?: (hint: Hint, action: HintActionKind) => void;
}) {
  if (hints.length === 0) return null;
  return (
    <section class="card" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      <ol class="plain hints">
        {hints.slice(0, 3).map((hint) => {
          const { client, draft: drafted } = hint.evidence;
          return (
            <li key={hint.rule} class={`hint hint-${hint.severity}`}>
              <p class="hint-message">
                <span class="severity">{severityNames[hint.severity]}</span> {hint.message}
              </p>
              <p class="why">{hint.why}</p>
              {client && (
                <Quote
                  who="Client:"
                  text={client.text}
                  source={context[client.message]?.text}
                  span={client}
                />
              )}
              {drafted && <Quote who="Your draft:" text={drafted.text} source={draft} span={drafted} />}
              <p class="try">
                <span class="try-label">Try:</span> <span class="quoted">{`“${hint.try}”`}</span>
              </p>
              <div class="hint-actions">
                {onInsert ? (
                  <button
                    type="button"
                    class="insert primary"
                    onClick={() => {
                      onInsert(hint.try);
                      onAction?.(hint, 'accepted');
                    }}
                  >
                    Insert into reply
                  </button>
                ) : (
                  <CopyButton text={hint.try} onCopied={() => onAction?.(hint, 'accepted')} />
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
            </li>
          );
        })}
      </ol>
    </section>
  );
}
