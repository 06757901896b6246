import type { Mechanisms } from '../models';
import { mechanismKeys } from '../models';
import type { Verdict } from '../models/verdict';
import type { FallbackReason, SuggestedAction } from '../lib/judge/judge';
import { compareWithInstant } from '../lib/judge/judge';
import type { EvidenceSpans } from '../lib/judge/parse';
import { LevelMeter } from './DraftReading';
import { Highlighted, Quote } from './Highlighted';
import { behaviourNames, mechanismNames } from './labels';

/** What the model tier has to say about the current draft, as the panel shows it. */
export type JudgeViewState =
  | { kind: 'off' }
  | { kind: 'thinking'; model: string }
  | {
      kind: 'verdict';
      model: string;
      verdict: Verdict;
      spans: EvidenceSpans;
      seconds?: number;
      /** What the model was given: the evidence spans point into these texts. */
      input?: { context: readonly { role: string; text: string }[]; draft: string };
    }
  | { kind: 'fallback'; model?: string; reason: FallbackReason };

export interface JudgeViewProps {
  state: JudgeViewState;
  /** The instant tier's levels for the same draft: disagreements are shown, not hidden. */
  instant: Mechanisms | null;
  onInsert?: (text: string) => void;
  onAction?: (action: SuggestedAction) => void;
}

export const actionLabel = (action: SuggestedAction): string | null => {
  switch (action.kind) {
    case 'switch_model':
      return `Use ${action.label} instead`;
    case 'clear_cache_and_retry':
      return 'Delete the download and try again';
    case 'restart_engine':
      return 'Restart the model';
    case 'load_model':
      return 'Load the model';
    default:
      return null;
  }
};

/**
 * A quote the model rests its rating on, marked inside the message it comes from (the parser has
 * already dropped any quote that is not really there). Without the message, the quote alone.
 */
function Evidence({
  who,
  quote,
  text,
}: {
  who: string;
  quote: { start: number; end: number; text: string } | null;
  text: string | undefined;
}) {
  if (!quote) return null;
  if (text === undefined || text.slice(quote.start, quote.end) !== quote.text)
    return <Quote who={who} text={quote.text} />;
  return (
    <p class="quote evidence">
      <span class="quote-who">{who}</span>{' '}
      <Highlighted
        text={text}
        highlights={[{ start: quote.start, end: quote.end, label: "the model's evidence" }]}
      />
    </p>
  );
}

/**
 * The on-device model's reading, marked as the model's and kept apart from the instant rules.
 * Ratings where the two tiers disagree say so; the quotes the model rests on are shown only when
 * they really occur in the client's message or the draft (others were discarded by the parser).
 */
export function JudgeView({ state, instant, onInsert, onAction }: JudgeViewProps) {
  if (state.kind === 'off') return null;
  if (state.kind === 'thinking') {
    return (
      <section class="card judge" aria-labelledby="judge-heading" aria-busy="true">
        <h2 id="judge-heading">Model's reading</h2>
        <p class="muted" role="status">
          {state.model} is reading the draft… The instant hints above are already current.
        </p>
      </section>
    );
  }
  if (state.kind === 'fallback') {
    const label = state.reason.action ? actionLabel(state.reason.action) : null;
    return (
      <section class="card judge" aria-labelledby="judge-heading">
        <h2 id="judge-heading">Model's reading</h2>
        <p class="warning" role="status">
          {state.reason.message}
        </p>
        {label && state.reason.action && onAction && (
          <button type="button" onClick={() => onAction(state.reason.action!)}>
            {label}
          </button>
        )}
      </section>
    );
  }
  const { verdict, spans } = state;
  const comparison = instant ? compareWithInstant(verdict, instant) : null;
  return (
    <section class="card judge" aria-labelledby="judge-heading">
      <h2 id="judge-heading">Model's reading</h2>
      <p class="muted">
        From {state.model}, on this computer
        {state.seconds !== undefined ? ` (${state.seconds.toFixed(1)} s)` : ''}. It can be wrong; where it
        differs from the instant rules, both are shown.
      </p>
      <p>
        Client:{' '}
        <strong>
          {verdict.resistance === 'collaboration'
            ? 'no resistance (collaborating)'
            : behaviourNames[verdict.resistance]}
        </strong>
      </p>
      <ul class="plain ratings">
        {mechanismKeys.map((key) => {
          const row = comparison?.rows.find((r) => r.mechanism === key);
          return (
            <li key={key} class="rating">
              <span class="rating-name">{mechanismNames[key]}</span>{' '}
              <LevelMeter level={verdict.mechanisms[key]} />
              {row && !row.agree && <span class="disagree"> (instant rules: {row.instant})</span>}
            </li>
          );
        })}
      </ul>
      <p class="why">{verdict.explanation}</p>
      <Evidence
        who="Client:"
        quote={spans.client}
        text={spans.client ? state.input?.context[spans.client.message]?.text : undefined}
      />
      <Evidence who="Your draft:" quote={spans.draft} text={state.input?.draft} />
      {verdict.suggestion && (
        <div class="try">
          <p>
            <strong>Try:</strong> <span class="quoted">{`“${verdict.suggestion}”`}</span>
          </p>
          {onInsert && (
            <button type="button" onClick={() => onInsert(verdict.suggestion)}>
              Insert into reply
            </button>
          )}
        </div>
      )}
    </section>
  );
}
