import { type HintSettings, MAX_MESSAGE_CHARS } from '../models';
import { Feedback, type FeedbackActions, type FeedbackState } from './Feedback';
import { HintSettingsView } from './HintSettingsView';
import { LiveStatus, type LiveState, type PickState } from './LiveStatus';
import { SiteLayouts, type SiteLayoutsProps } from './SiteLayouts';
import { SessionLogControl, type SessionLogControlProps } from './SessionLogControl';
import { JudgeView, type JudgeViewProps } from './JudgeView';
import { ModelManager, type ModelManagerProps } from './ModelManager';
import { PolicySummary } from './PolicySummary';
import type { PolicyLine } from '../lib/policy/policy';

export interface SidePanelProps {
  clientText: string;
  draftText: string;
  onClientText: (text: string) => void;
  onDraftText: (text: string) => void;
  feedback: FeedbackState;
  /** Reading a chat tab live, or pasting by hand. */
  live?: LiveState;
  onGrant?: () => void;
  onInsert?: (text: string) => void;
  onAction?: FeedbackActions['onAction'];
  settings?: HintSettings;
  onSettings?: (next: HintSettings) => void;
  now?: number;
  pick?: PickState;
  onTeach?: () => void;
  onStopTeaching?: () => void;
  /** Taught layouts, shown when the panel runs in the extension. */
  siteLayouts?: SiteLayoutsProps;
  /** The session log's switches and status, when the panel follows a live chat in the extension. */
  sessionLog?: SessionLogControlProps;
  /** The on-device model's reading of the draft, when the model tier is on. */
  judge?: JudgeViewProps;
  modelManager?: ModelManagerProps;
  /** Why clinic policy keeps inline marks off, when it does. */
  inlineMarksNote?: string | null;
  /** What clinic policy fixed ("Set by your organization"). */
  policyLines?: readonly PolicyLine[];
}

/** The whole side panel: two texts in, the analyzer's feedback out. */
export function SidePanel({
  clientText,
  draftText,
  onClientText,
  onDraftText,
  feedback,
  live = { kind: 'manual' },
  onGrant,
  onInsert,
  onAction,
  settings,
  onSettings,
  now = Date.now(),
  pick,
  onTeach,
  onStopTeaching,
  siteLayouts,
  judge,
  modelManager,
  sessionLog,
  inlineMarksNote = null,
  policyLines = [],
}: SidePanelProps) {
  return (
    <main class="panel">
      <header class="panel-header">
        <h1>Attune</h1>
        <p class="privacy">Nothing you type here leaves your machine.</p>
      </header>
      <LiveStatus
        state={live}
        onGrant={onGrant}
        pick={pick}
        onTeach={onTeach}
        onStopTeaching={onStopTeaching}
      />
      {live.kind !== 'live' && (
        <form class="inputs" onSubmit={(e) => e.preventDefault()}>
          <label for="client-text">Client's last message</label>
          <textarea
            id="client-text"
            rows={3}
            maxLength={MAX_MESSAGE_CHARS}
            spellcheck={false}
            value={clientText}
            onInput={(e) => onClientText(e.currentTarget.value)}
          />
          <label for="draft-text">Your draft reply</label>
          <textarea
            id="draft-text"
            rows={4}
            maxLength={MAX_MESSAGE_CHARS}
            value={draftText}
            onInput={(e) => onDraftText(e.currentTarget.value)}
          />
        </form>
      )}
      <Feedback
        state={feedback}
        onInsert={live.kind === 'live' ? onInsert : undefined}
        onAction={onAction}
        verdict={judge && <JudgeView {...judge} />}
      />
      {settings && onSettings && (
        <HintSettingsView
          settings={settings}
          now={now}
          onChange={onSettings}
          inlineMarksNote={inlineMarksNote}
          hasHints={feedback.kind === 'ready' && (feedback.assessment.draft?.hints.length ?? 0) > 0}
        />
      )}
      {modelManager && <ModelManager {...modelManager} />}
      {sessionLog && <SessionLogControl {...sessionLog} />}
      {siteLayouts && <SiteLayouts {...siteLayouts} />}
      <PolicySummary lines={policyLines} />
    </main>
  );
}
