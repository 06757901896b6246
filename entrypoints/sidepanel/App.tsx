import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SidePanel } from '../../components/SidePanel';
import { marksFor } from '../../lib/live/marks-for';
import { liveStateOf } from '../../lib/panel/live-state';
import type { ReadingPipeline } from '../../lib/panel/pipeline';
import type { Reading } from '../../lib/panel/reading';
import { hintSettingsUnderPolicy, inlineMarksNote, policyLines } from '../../lib/policy/policy';
import { hintActionsItem, hintSettingsItem } from '../../lib/storage/items';
import { DEFAULT_HINT_SETTINGS, type Hint, type HintAction, type HintSettings } from '../../models';
import { useJudge } from './use-judge';
import { type FollowedTab, hasTabs, sendToTab, useFollowedTab } from './use-followed-tab';
import { usePipeline } from './use-pipeline';
import { useSessionLog } from './use-session-log';
import { useSiteLayouts } from './use-site-layouts';

/** The counselor's hint settings, as stored (browser.storage.local). */
function useStoredHintSettings(): [HintSettings, (next: HintSettings) => void] {
  const [settings, setSettings] = useState<HintSettings>(DEFAULT_HINT_SETTINGS);
  useEffect(() => {
    if (!hasTabs()) return;
    hintSettingsItem
      .getValue()
      .then(setSettings)
      .catch(() => undefined);
  }, []);
  const change = (next: HintSettings) => {
    setSettings(next);
    if (hasTabs()) hintSettingsItem.setValue(next).catch(() => undefined);
  };
  return [settings, change];
}

/**
 * Hint actions go to the pipeline in memory; they are saved in storage.session only for the next
 * opening of the panel, after what an earlier opening saved has been taken in.
 */
function useHintActions(pipeline: ReadingPipeline) {
  const restored = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    if (!hasTabs()) return;
    restored.current = hintActionsItem
      .getValue()
      .then((saved) => pipeline.restoreActions(saved))
      .catch(() => undefined);
  }, [pipeline]);
  return (hint: Hint, action: HintAction['action']) => {
    pipeline.recordAction(hint, action);
    if (!hasTabs()) return;
    void restored.current
      .then(() => hintActionsItem.setValue([...pipeline.current().actions]))
      .catch(() => undefined);
  };
}

/**
 * Marks the client's phrases in the page itself, when the counselor wants inline marks. With them
 * off the page is sent nothing, so it never gets the marks' overlay; marks shown before are cleared
 * with an empty list. With them on, the list goes out even when empty: the overlay then appears
 * when the panel starts following the page, not when a risk is found.
 */
function usePageMarks(tab: FollowedTab, reading: Reading, inlineMarks: boolean): void {
  const { feedback, snapshot } = reading;
  const marks = useMemo(
    () =>
      feedback.kind === 'ready' && snapshot && inlineMarks
        ? marksFor(feedback.assessment, feedback.context)
        : [],
    [feedback, snapshot, inlineMarks],
  );
  const marksKey = JSON.stringify(marks);
  const pageHasMarks = useRef(false);
  const { tabId, served } = tab;
  useEffect(() => {
    if (tabId === null || !hasTabs() || !snapshot) return;
    if (!inlineMarks && !pageHasMarks.current) return;
    pageHasMarks.current = marks.length > 0;
    sendToTab(tabId, { type: 'show-marks', marks }, served.current.frameId);
  }, [tabId, marksKey, snapshot !== null, served.current.frameId, inlineMarks]);
}

/** Wiring only: the followed tab feeds the reading pipeline; the views, the model and the log read it. */
export function App() {
  const tab = useFollowedTab();
  const { pipeline, state } = usePipeline();
  const { reading } = state;
  const [pasted, setPasted] = useState({ clientText: '', draftText: '' });
  const [storedSettings, changeSettings] = useStoredHintSettings();
  // What applies: the counselor's settings within the policy (inline marks only once it allows them).
  const settings = useMemo(
    () => hintSettingsUnderPolicy(storedSettings, tab.policy),
    [storedSettings, tab.policy],
  );
  const recordAction = useHintActions(pipeline);

  useEffect(() => pipeline.setSnapshot(tab.facts.snapshot), [pipeline, tab.facts.snapshot]);
  useEffect(() => pipeline.setPasted(pasted), [pipeline, pasted]);
  useEffect(() => pipeline.setSettings(settings), [pipeline, settings]);
  usePageMarks(tab, reading, settings.inlineMarks);

  // The model tier reads the same context and draft as the instant rules, and never blocks them.
  const judge = useJudge(reading.feedback);
  useEffect(() => pipeline.setJudged(judge.judged), [pipeline, judge.judged]);
  // The session log records the reading the panel shows, when the counselor turned it on.
  const sessionLog = useSessionLog({ reading, actions: state.actions });
  const siteLayouts = useSiteLayouts(hasTabs());

  const { feedback, snapshot } = reading;
  return (
    <SidePanel
      clientText={pasted.clientText}
      draftText={pasted.draftText}
      onClientText={(clientText) => setPasted((p) => ({ ...p, clientText }))}
      onDraftText={(draftText) => setPasted((p) => ({ ...p, draftText }))}
      feedback={feedback}
      live={liveStateOf(tab.facts, tab.policy)}
      onGrant={tab.grant}
      onInsert={tab.insert}
      onAction={recordAction}
      settings={settings}
      inlineMarksNote={inlineMarksNote(tab.policy)}
      policyLines={tab.policy ? policyLines(tab.policy) : []}
      onSettings={changeSettings}
      now={state.readAt}
      judge={
        hasTabs()
          ? {
              state: judge.view,
              instant: feedback.kind === 'ready' ? (feedback.assessment.draft?.mechanisms ?? null) : null,
              instantRisk: feedback.kind === 'ready' ? (feedback.assessment.client?.risk ?? null) : null,
              onInsert: snapshot && tab.tabId !== null ? tab.insert : undefined,
              onAction: judge.onAction,
            }
          : undefined
      }
      modelManager={hasTabs() ? judge.manager : undefined}
      pick={tab.pick}
      onTeach={tab.teach}
      onStopTeaching={tab.stopTeaching}
      sessionLog={sessionLog}
      siteLayouts={siteLayouts}
    />
  );
}
