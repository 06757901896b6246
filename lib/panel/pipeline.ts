import {
  DEFAULT_HINT_SETTINGS,
  type Assessment,
  type Hint,
  type HintAction,
  type HintSettings,
  type Message,
  type PageSnapshot,
} from '../../models';
import { dismissedAfter, hintAction, mergeActions, withAction } from './hint-actions';
import {
  type JudgedDraft,
  NO_READING,
  type PastedText,
  type Reading,
  feedbackFor,
  lastClientText,
  readingInput,
  verdictFor,
} from './reading';

/**
 * The side panel's pipeline: page snapshots (or pasted text), the counselor's hint settings and
 * hint actions, and the model's verdicts go in; one Reading comes out (lib/panel/reading.ts), to
 * every subscriber: the panel's view, the model tier, the session recorder. The entrypoint only
 * feeds it and subscribes; everything it decides is here, and runs in Node under test.
 */

/** Fast enough to feel live, slow enough not to assess every keystroke of a fast typist. */
export const PASTE_DEBOUNCE_MS = 100;

export interface PipelineState {
  readonly reading: Reading;
  /** What the counselor did with hints, oldest first (for the session log). */
  readonly actions: readonly HintAction[];
  /** The settings that apply (the counselor's, within clinic policy). */
  readonly settings: HintSettings;
  /** When the reading was made: what a snooze is measured against. */
  readonly readAt: number;
}

export interface PipelineOptions {
  readonly assess: (input: { context: Message[]; draft?: string }) => Assessment;
  readonly now?: () => number;
}

export class ReadingPipeline {
  private snapshot: PageSnapshot | null = null;
  private pasted: PastedText = { clientText: '', draftText: '' };
  private settings: HintSettings = DEFAULT_HINT_SETTINGS;
  private dismissed: ReadonlySet<string> = new Set();
  private judged: JudgedDraft | null = null;
  private actions: readonly HintAction[] = [];
  private state: PipelineState;
  private readonly listeners = new Set<(state: PipelineState) => void>();
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  private snoozeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: PipelineOptions) {
    this.now = options.now ?? Date.now;
    this.state = { reading: NO_READING, actions: [], settings: this.settings, readAt: this.now() };
  }

  current(): PipelineState {
    return this.state;
  }

  /** Calls back on every new state; returns the unsubscribe. */
  subscribe(listener: (state: PipelineState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What the page shows now (null: no chat page is read, pasted text is). */
  setSnapshot(snapshot: PageSnapshot | null): void {
    if (snapshot === this.snapshot) return;
    this.clearDismissedIfClientWrote(snapshot, this.pasted);
    this.snapshot = snapshot;
    this.scheduleRead();
  }

  setPasted(pasted: PastedText): void {
    this.clearDismissedIfClientWrote(this.snapshot, pasted);
    this.pasted = pasted;
    this.scheduleRead();
  }

  setSettings(settings: HintSettings): void {
    this.settings = settings;
    this.watchSnooze();
    this.scheduleRead(0);
  }

  /** The model's latest verdict and the draft it judged; shown only with that same draft. */
  setJudged(judged: JudgedDraft | null): void {
    this.judged = judged;
    const reading = this.state.reading;
    this.publish({ ...reading, judged: verdictFor(reading.feedback, judged) });
  }

  /** A click on a hint (insert, dismiss, I disagree): remembered for the log, hidden if dismissed. */
  recordAction(hint: Hint, action: HintAction['action']): HintAction {
    const entry = hintAction(hint, action, this.now());
    this.actions = withAction(this.actions, entry);
    const dismissed = dismissedAfter(this.dismissed, entry);
    if (dismissed !== this.dismissed) {
      this.dismissed = dismissed;
      this.scheduleRead(0);
    }
    this.publish(this.state.reading);
    return entry;
  }

  /** Actions an earlier opening of the panel saved; this page's own stay after them. */
  restoreActions(saved: readonly HintAction[]): void {
    this.actions = mergeActions(saved, this.actions);
    this.publish(this.state.reading);
  }

  dispose(): void {
    clearTimeout(this.readTimer);
    clearTimeout(this.snoozeTimer);
    this.listeners.clear();
  }

  /** Reads now (tests, and the timers below). */
  read(): void {
    clearTimeout(this.readTimer);
    this.readTimer = undefined;
    const input = readingInput(this.snapshot, this.pasted);
    const view = { settings: this.settings, dismissed: this.dismissed, now: this.now() };
    const feedback = feedbackFor(input, view, this.options.assess);
    this.publish({ snapshot: this.snapshot, feedback, judged: verdictFor(feedback, this.judged) }, view.now);
  }

  /** A page is read at once (it already waited for typing to pause); pasted text after a pause. */
  private scheduleRead(delay = this.snapshot ? 0 : PASTE_DEBOUNCE_MS): void {
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => this.read(), delay);
  }

  /** Dismissed hints stay hidden until the client writes again. */
  private clearDismissedIfClientWrote(snapshot: PageSnapshot | null, pasted: PastedText): void {
    if (lastClientText(this.snapshot, this.pasted) !== lastClientText(snapshot, pasted))
      this.dismissed = new Set();
  }

  /** A snooze ends by itself: the hints come back when it does. */
  private watchSnooze(): void {
    clearTimeout(this.snoozeTimer);
    const until = this.settings.snoozedUntil;
    if (until === null) return;
    this.snoozeTimer = setTimeout(() => this.read(), Math.max(0, until - this.now()) + 50);
  }

  private publish(reading: Reading, readAt = this.state.readAt): void {
    this.state = { reading, actions: this.actions, settings: this.settings, readAt };
    for (const listener of this.listeners) listener(this.state);
  }
}
