import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FeedbackState } from '../../components/Feedback';
import type { SessionLogControlProps, SessionLogStatus } from '../../components/SessionLogControl';
import {
  LockedError,
  LogStorageFullError,
  SessionNotFoundError,
  WrongPassphraseError,
} from '../../lib/log/errors';
import {
  LOGGING_CHOICE_KEY,
  type LoggingChoice,
  NO_LOGGING,
  conversationKeyOf,
  isLogging,
  loggingStateOf,
  readLoggingChoice,
  sessionSiteOf,
  siteOf,
  withConversationLogging,
  withSiteLogging,
} from '../../lib/log/logging-choice';
import {
  type LogWrite,
  type PanelFrame,
  type RecorderState,
  emptyRecorderState,
  knowsConversation,
  persistableState,
  recordFrame,
  restoreRecorderState,
  resumeConversation,
} from '../../lib/log/recorder';
import { type NewSession, type SessionLog, openSessionLog } from '../../lib/log/store';
import { contextForAssessment } from '../../lib/live/context';
import { HintAction, type PageSnapshot } from '../../models';
import type { JudgeVerdict } from '../../models/session-log';

/** A model verdict with the draft it is about. */
export interface JudgedDraft {
  readonly draft: string;
  readonly verdict: JudgeVerdict;
}

/** Written by the panel's App as the counselor clicks hints (insert, dismiss, I disagree). */
const HINT_ACTIONS_KEY = 'hintActions';
/** storage.session: which messages were logged where, so reopening the panel logs nothing twice. */
const PROGRESS_KEY = 'sessionLogProgress';

interface SlotSession {
  readonly id: string;
  /** What the session was started with, to start it again if it is deleted while logging. */
  readonly session: NewSession;
}

interface Progress {
  recorder: RecorderState;
  slots: Record<string, SlotSession>;
}

function hasExtension(): boolean {
  return typeof browser !== 'undefined' && browser !== null && browser.storage?.session !== undefined;
}

function readActions(stored: unknown): HintAction[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((a) => {
    const parsed = HintAction.safeParse(a);
    return parsed.success ? [parsed.data] : [];
  });
}

function restoreProgress(stored: unknown): Progress {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Progress>;
  const slots: Record<string, SlotSession> = {};
  for (const [slot, s] of Object.entries(value.slots ?? {})) {
    if (typeof s?.id === 'string' && typeof s.session === 'object') slots[slot] = s;
  }
  return { recorder: restoreRecorderState(value.recorder), slots };
}

/** The feedback's draft assessment, when it is about exactly this snapshot (not an older one). */
function shownFor(
  snapshot: PageSnapshot,
  feedback: FeedbackState,
  judged: JudgedDraft | null,
): PanelFrame['shown'] {
  if (feedback.kind !== 'ready' || feedback.draft !== snapshot.draft) return null;
  const expected = contextForAssessment(snapshot.messages);
  const same =
    expected.length === feedback.context.length &&
    expected.every((m, i) => m.role === feedback.context[i]?.role && m.text === feedback.context[i]?.text);
  if (!same) return null;
  // The model's reading goes with the draft it was about, never with a later one.
  const judge = judged && judged.draft === feedback.draft ? judged.verdict : null;
  return { draft: feedback.draft, assessment: feedback.assessment.draft, judge };
}

function explain(error: unknown): string {
  if (error instanceof LogStorageFullError) return error.message;
  return `The session log could not store this turn: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * The side panel's session log: the counselor's on/off switches (browser.storage.local), the
 * recorder fed with every snapshot and what the panel showed about it, and the log writes it calls
 * for, made one at a time in this extension page (the only place, with the review page, that opens
 * the log's IndexedDB). Returns the control's props, or undefined when there is no live chat.
 */
export function useSessionLog({
  snapshot,
  feedback,
  judged = null,
}: {
  snapshot: PageSnapshot | null;
  feedback: FeedbackState;
  /** The on-device model's latest verdict and the draft it judged, kept beside the instant reading. */
  judged?: JudgedDraft | null;
}): SessionLogControlProps | undefined {
  const enabled = hasExtension();
  const [choice, setChoice] = useState<LoggingChoice>(NO_LOGGING);
  const [actions, setActions] = useState<HintAction[]>([]);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<SessionLogStatus | null>(null);
  const [turnsBySession, setTurnsBySession] = useState<Record<string, number>>({});
  // Bumped after an unlock so the current frame is recorded again.
  const [retry, setRetry] = useState(0);
  const log = useRef<Promise<SessionLog> | null>(null);
  const progress = useRef<Progress>({ recorder: emptyRecorderState(), slots: {} });
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    // Retention runs whenever the panel starts, and works while the log is locked.
    const opening = openSessionLog();
    log.current = opening;
    opening
      .then((l) => l.enforceRetention())
      .catch((error: unknown) => console.warn('Attune: session log retention did not run', error));
    Promise.all([
      browser.storage.local.get(LOGGING_CHOICE_KEY),
      browser.storage.session.get([HINT_ACTIONS_KEY, PROGRESS_KEY]),
    ])
      .then(([local, session]) => {
        if (!live) return;
        setChoice(readLoggingChoice(local[LOGGING_CHOICE_KEY]));
        setActions(readActions(session[HINT_ACTIONS_KEY]));
        progress.current = restoreProgress(session[PROGRESS_KEY]);
        setReady(true);
      })
      .catch((error: unknown) => console.warn('Attune: could not read the session log settings', error));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LOGGING_CHOICE_KEY in changes)
        setChoice(readLoggingChoice(changes[LOGGING_CHOICE_KEY]?.newValue));
      if (area === 'session' && HINT_ACTIONS_KEY in changes)
        setActions(readActions(changes[HINT_ACTIONS_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
      void opening.then((l) => l.close()).catch(() => undefined);
    };
  }, [enabled]);

  const logging = snapshot ? isLogging(loggingStateOf(choice, snapshot)) : false;

  /** Makes the recorder's writes in order; a failed write is reported and the next goes on. */
  async function perform(store: SessionLog, writes: readonly LogWrite[]): Promise<void> {
    const { slots } = progress.current;
    for (const write of writes) {
      try {
        if (write.kind === 'start') {
          const started = await store.startSession(write.session);
          slots[write.slot] = { id: started.id, session: write.session };
          setTurnsBySession((t) => ({ ...t, [started.id]: 0 }));
          continue;
        }
        const slot = slots[write.slot];
        if (!slot) continue;
        if (write.kind === 'end') {
          await store.endSession(slot.id, write.at);
          continue;
        }
        let turn;
        try {
          turn = await store.appendTurn(slot.id, write.turn);
        } catch (error) {
          if (!(error instanceof SessionNotFoundError)) throw error;
          // Deleted in the review page while the conversation goes on: what follows is a new session.
          const again = await store.startSession({ ...slot.session, startedAt: write.turn.at });
          slots[write.slot] = { ...slot, id: again.id };
          turn = await store.appendTurn(again.id, write.turn);
        }
        const { sessionId, seq } = turn;
        setTurnsBySession((t) => ({ ...t, [sessionId]: seq + 1 }));
        setProblem(null);
      } catch (error) {
        if (error instanceof LockedError) setProblem({ kind: 'locked' });
        else setProblem({ kind: 'error', message: explain(error) });
      }
    }
  }

  // Each frame goes through the recorder, in order, one at a time.
  useEffect(() => {
    if (!enabled || !ready || !snapshot || !log.current) return;
    const opening = log.current;
    const frame: PanelFrame = { snapshot, shown: shownFor(snapshot, feedback, judged), actions, logging };
    queue.current = queue.current.then(async () => {
      try {
        const store = await opening;
        if (logging && store.locked) {
          // Nothing is marked logged while locked: unlocking logs what is on the page by then.
          setProblem((p) => (p?.kind === 'locked' ? p : { kind: 'locked' }));
          return;
        }
        if (logging && !knowsConversation(progress.current.recorder, snapshot)) await resume(store, snapshot);
        const { state, writes } = recordFrame(progress.current.recorder, frame);
        progress.current.recorder = state;
        await perform(store, writes);
        await browser.storage.session.set({
          [PROGRESS_KEY]: { recorder: persistableState(state), slots: progress.current.slots },
        });
      } catch (error) {
        setProblem({ kind: 'error', message: explain(error) });
      }
    });
  }, [enabled, ready, snapshot, feedback, judged, actions, logging, retry]);

  /** The browser was restarted mid-conversation: go on in the session already stored for it. */
  async function resume(store: SessionLog, page: PageSnapshot): Promise<void> {
    const key = conversationKeyOf(page);
    const [latest] = (await store.listSessions({ site: sessionSiteOf(page) })).filter(
      (s) => s.conversationKey === key && s.endedAt === undefined,
    );
    if (!latest) return;
    const detail = await store.getSession(latest.id);
    if (!detail) return;
    const resumed = resumeConversation(progress.current.recorder, page, detail.turns);
    progress.current.recorder = resumed.state;
    progress.current.slots[resumed.slot] = {
      id: latest.id,
      session: {
        site: latest.site,
        platform: latest.platform,
        conversationKey: key,
        startedAt: latest.startedAt,
      },
    };
    setTurnsBySession((t) => ({ ...t, [latest.id]: detail.turns.length }));
  }

  if (!enabled || !snapshot) return undefined;
  const state = loggingStateOf(choice, snapshot);
  const save = (next: LoggingChoice) => {
    setChoice(next);
    browser.storage.local
      .set({ [LOGGING_CHOICE_KEY]: next })
      .catch((error: unknown) => setProblem({ kind: 'error', message: explain(error) }));
  };
  const slot = progress.current.recorder.conversations[conversationKeyOf(snapshot)]?.slot;
  const sessionId = slot ? progress.current.slots[slot]?.id : undefined;
  const status: SessionLogStatus = !logging
    ? { kind: 'off' }
    : (problem ?? { kind: 'on', turns: sessionId ? (turnsBySession[sessionId] ?? null) : 0 });
  return {
    site: sessionSiteOf(snapshot),
    conversation: state.conversation,
    siteWide: state.site,
    onConversation: (on) => save(withConversationLogging(choice, conversationKeyOf(snapshot), on)),
    onSite: (on) => save(withSiteLogging(choice, siteOf(snapshot.url), on)),
    status,
    onUnlock: (passphrase) => {
      void log.current
        ?.then((store) => store.unlock(passphrase))
        .then(() => {
          setProblem(null);
          setRetry((n) => n + 1);
        })
        .catch((error: unknown) =>
          setProblem({
            kind: 'locked',
            problem: error instanceof WrongPassphraseError ? error.message : explain(error),
          }),
        );
    },
    reviewHref: '/review.html',
  };
}
