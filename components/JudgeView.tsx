import type { Mechanisms } from '../models';
import { mechanismKeys } from '../models';
import type { Verdict } from '../models/verdict';
import type { FallbackReason, InstantRisk, MergedRisk, SuggestedAction } from '../lib/judge/judge';
import { compareWithInstant, mergeRisk } from '../lib/judge/judge';
import type { EvidenceSpans } from '../lib/judge/parse';
import { LevelMeter } from './DraftReading';
import { Highlighted, Quote } from './Highlighted';
import { behaviourNames, levelNames, mechanismNames, mechanismPlainNames, riskKindNames } from './labels';
import { CopyButton } from './CopyButton';

/** The messages and draft a verdict is about. */
export interface JudgeInputShown {
  context: readonly { role: string; text: string }[];
  draft: string;
}

/** What the model tier has to say about the current draft, as the panel shows it. */
export type JudgeViewState =
  | { kind: 'off' }
  | {
      kind: 'thinking';
      model: string;
      /**
       * The last verdict on these same messages, while the model reads a new draft: its risk
       * reading is about the client's words, which have not changed, so a raised level stays up.
       */
      earlier?: { verdict: Verdict; input: JudgeInputShown };
    }
  | {
      kind: 'verdict';
      model: string;
      verdict: Verdict;
      spans: EvidenceSpans;
      seconds?: number;
      /** What the model was given: the evidence spans point into these texts. */
      input?: JudgeInputShown;
    }
  | { kind: 'fallback'; model?: string; reason: FallbackReason };

export interface JudgeViewProps {
  state: JudgeViewState;
  /** The instant tier's levels for the same draft: disagreements are shown, not hidden. */
  instant: Mechanisms | null;
  /**
   * The instant tier's risk for the same messages (`client.risk` of the assessment; absent or null:
   * no risk read). The model can only raise it: a higher reading is shown here, a lower one is not.
   */
  instantRisk?: InstantRisk | null;
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
 * The model reads more risk than the instant rules. The instant risk banner stays as it was; this
 * says what the model read, on what words, and what the counselor should do about it.
 */
function RaisedRisk({
  risk,
  context,
}: {
  risk: MergedRisk;
  context: readonly { text: string }[] | undefined;
}) {
  if (!risk.raised) return null;
  return (
    <div class={`risk risk-${risk.level} judge-risk`} role="alert">
      <p>
        <strong>
          The model reads higher risk: {risk.level} (instant rules: {risk.instantLevel})
        </strong>
        {risk.kinds.length > 0 && <> · {risk.kinds.map((kind) => riskKindNames[kind]).join(', ')}</>}
      </p>
      {risk.quote ? (
        <Evidence who="Client:" quote={risk.quote} text={context?.[risk.quote.message]?.text} />
      ) : (
        <p class="why">The model gave no quote from the client's messages for this.</p>
      )}
      <p class="risk-action">Assess the client's safety now and follow your service's protocol.</p>
    </div>
  );
}

/**
 * The on-device model's reading, marked as the model's and kept apart from the instant rules. Its
 * verdict and what to try come first, so that at 360 px they are on the panel's first screen with
 * the hints above them; the model's reasons and where the reading came from follow.
 * Ratings where the two tiers disagree say so; the quotes the model rests on are shown only when
 * they really occur in the client's message or the draft (others were discarded by the parser).
 */
export function JudgeView({ state, instant, instantRisk = null, onInsert, onAction }: JudgeViewProps) {
  if (state.kind === 'off') return null;
  if (state.kind === 'thinking') {
    const { earlier } = state;
    // In the same place as in a verdict, so a raised level stays on screen (and is not re-announced).
    return (
      <section class="card judge" aria-labelledby="judge-heading" aria-busy="true">
        <h2 id="judge-heading">Model's reading</h2>
        <p class="muted" role="status">
          {state.model} is reading the draft… The instant hints above are already current.
        </p>
        {earlier && (
          <RaisedRisk
            risk={mergeRisk(instantRisk, earlier.verdict, earlier.input)}
            context={earlier.input.context}
          />
        )}
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
  const risk = mergeRisk(instantRisk, verdict, { context: state.input?.context ?? [] });
  const disagreements = comparison?.rows.filter((r) => !r.agree).length ?? 0;
  return (
    <section class="card judge" aria-labelledby="judge-heading">
      <h2 id="judge-heading">Model's reading</h2>
      <RaisedRisk risk={risk} context={state.input?.context} />
      <p>
        Client:{' '}
        <strong>
          {verdict.resistance === 'collaboration'
            ? 'no resistance (collaborating)'
            : behaviourNames[verdict.resistance]}
        </strong>
      </p>
      {verdict.suggestion && (
        <div class="try">
          <p>
            <strong class="try-label">Try:</strong> <span class="quoted">{`“${verdict.suggestion}”`}</span>
          </p>
          <div class="hint-actions">
            {onInsert ? (
              <button type="button" class="primary" onClick={() => onInsert(verdict.suggestion)}>
                Insert into reply
              </button>
            ) : (
              <CopyButton text={verdict.suggestion} />
            )}
          </div>
        </div>
      )}
      <p class="why">{verdict.explanation}</p>
      <p class="muted judge-source">
        From {state.model}, on this computer
        {state.seconds !== undefined ? ` (${state.seconds.toFixed(1)} s)` : ''}. It can be wrong.
      </p>
      <details class="judge-detail">
        <summary>
          Ratings and evidence
          {disagreements > 0 && (
            <span class="detail-gist">
              {' '}
              ({disagreements} {disagreements === 1 ? 'differs' : 'differ'} from Attune's instant rules)
            </span>
          )}
        </summary>
        <ul class="plain ratings">
          {mechanismKeys.map((key) => {
            const row = comparison?.rows.find((r) => r.mechanism === key);
            return (
              <li key={key} class="rating">
                <span class="rating-name" title={mechanismNames[key]}>
                  {mechanismPlainNames[key]}
                </span>{' '}
                <LevelMeter level={verdict.mechanisms[key]} />
                {row && !row.agree && (
                  <span class="disagree"> (instant rules: {levelNames[row.instant]})</span>
                )}
              </li>
            );
          })}
        </ul>
        <Evidence
          who="Client:"
          quote={spans.client}
          text={spans.client ? state.input?.context[spans.client.message]?.text : undefined}
        />
        <Evidence who="Your draft:" quote={spans.draft} text={state.input?.draft} />
      </details>
    </section>
  );
}
