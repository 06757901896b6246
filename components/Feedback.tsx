import type { ComponentChildren } from 'preact';
import type { ClientAssessment, DraftAssessment, Hint } from '../models';
import { ClientReading } from './ClientReading';
import { DraftReading, SafetyFindings } from './DraftReading';
import { type HintActionKind, HintList } from './HintList';
import { RiskBanner } from './RiskBanner';
import { Quote } from './Highlighted';
import { worksBecause } from '../lib/analysis/works';
import type { FeedbackState } from '../lib/panel/reading';
import { mainBehaviourName, talkNames } from './labels';

export type { Assessed, FeedbackState } from '../lib/panel/reading';

export interface FeedbackActions {
  onInsert?: (text: string) => void;
  onAction?: (hint: Hint, action: HintActionKind) => void;
  /** The on-device model's reading: after the hints, before the folded detail. */
  verdict?: ComponentChildren;
}

/**
 * The analyzer's output in the order a supervisor would give it: risk first, then what must change
 * before sending, then hints and the model's verdict (one screen), then the detail behind them,
 * folded.
 */
export function Feedback({ state, onInsert, onAction, verdict }: { state: FeedbackState } & FeedbackActions) {
  return (
    <section
      class="feedback"
      aria-labelledby="feedback-heading"
      data-state={state.kind}
      // Which reading is on screen (draft length, messages read): lets a test wait for this exact one.
      data-draft-chars={state.kind === 'ready' ? state.draft.length : undefined}
      data-context-messages={state.kind === 'ready' ? state.context.length : undefined}
    >
      <h2 id="feedback-heading" class="visually-hidden">
        Feedback
      </h2>
      <FeedbackBody state={state} onInsert={onInsert} onAction={onAction} verdict={verdict} />
    </section>
  );
}

function FeedbackBody({ state, onInsert, onAction, verdict }: { state: FeedbackState } & FeedbackActions) {
  if (state.kind === 'empty') {
    return (
      <>
        <p class="muted">
          Type the client's last message and your draft reply. Feedback appears here as you type.
        </p>
        {verdict}
      </>
    );
  }
  if (state.kind === 'error') {
    return (
      <>
        <p class="error" role="alert">
          Attune could not read this text: {state.message}
        </p>
        {verdict}
      </>
    );
  }
  const { client, draft } = state.assessment;
  if (!client && !draft) return <p class="muted">Nothing to point out yet.</p>;
  return (
    <>
      {client && <RiskBanner risk={client.risk} context={state.context} />}
      {draft && (
        <SafetyFindings safety={draft.safety} text={state.draft} hinted={draft.hints.map((h) => h.about)} />
      )}
      {draft && <WorksBecause draft={draft} text={state.draft} />}
      {draft && (
        <HintList
          hints={draft.hints}
          context={state.context}
          draft={state.draft}
          onInsert={onInsert}
          onAction={onAction}
        />
      )}
      {verdict}
      <details class="card detail">
        <summary>
          What Attune read <span class="detail-gist">{detailGist(client, draft)}</span>
        </summary>
        {client && <ClientReading client={client} context={state.context} />}
        {draft && <DraftReading draft={draft} text={state.draft} />}
      </details>
    </>
  );
}

/** The detail's summary line: what the client's message and the draft are, in a few words. */
function detailGist(client: ClientAssessment | null, draft: DraftAssessment | null): string {
  const parts: string[] = [];
  if (client) {
    parts.push(
      `client: ${talkNames[client.talk].toLowerCase()}${client.resistance.present ? ', resistance' : ''}`,
    );
  }
  if (draft) parts.push(`your draft: ${mainBehaviourName(draft.main, draft).toLowerCase()}`);
  return parts.length > 0 ? `(${parts.join('; ')})` : '';
}

/** A reply that meets the moment says so, and why, so the counselor learns what to keep doing. */
function WorksBecause({ draft, text }: { draft: DraftAssessment; text: string }) {
  const works = worksBecause(draft, text);
  if (!works) return null;
  return (
    <section class="card works" aria-labelledby="works-heading">
      <h2 id="works-heading">This reply works</h2>
      <p>{works.line}</p>
      {works.evidence.map((e) => (
        <Quote key={e.start} who="Your draft:" text={text.slice(e.start, e.end)} />
      ))}
    </section>
  );
}
