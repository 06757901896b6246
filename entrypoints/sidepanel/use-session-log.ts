import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FeedbackState } from '../../components/Feedback';
import type { SessionLogControlProps, SessionLogStatus } from '../../components/SessionLogControl';
import { LogStorageFullError, WrongPassphraseError } from '../../lib/log/errors';
import {
  type ChoiceHasher,
  type ChoiceIds,
  type LoggingChoice,
  NO_LOGGING,
  choiceHasher,
  choiceIdsOf,
  conversationKeyOf,
  idsMatch,
  isLogging,
  loggingSecret,
  loggingStateOf,
  migrateLoggingChoice,
  saveLoggingChoice,
  sessionSiteOf,
  withConversationLogging,
  watchLoggingChoice,
  withSiteLogging,
} from '../../lib/log/logging-choice';
import {
  type Policy,
  applyRetentionPolicy,
  encryptionRequired,
  loggingAllowed,
  policyNote,
  readPolicy,
  watchPolicy,
} from '../../lib/policy/policy';
import { extensionTrustedStore } from '../../lib/storage/trusted';
import { LogOutbox, type OutboxProblem, type OutboxStatus } from '../../lib/log/outbox';
import {
  type PanelFrame,
  type RecorderState,
  emptyRecorderState,
  knowsConversation,
  recordFrame,
  resumeConversation,
} from '../../lib/log/recorder';
import { type SessionLog, openSessionLog } from '../../lib/log/store';
import { contextForAssessment } from '../../lib/live/context';
import type { HintAction, PageSnapshot } from '../../models';
import { hintActionsItem, legacyLoggingChoiceItem, sessionLogProgressItem } from '../../lib/storage/items';
import type { JudgeVerdict } from '../../models/session-log';

/** A model verdict with the draft it is about. */
export interface JudgedDraft {
  readonly draft: string;
  readonly verdict: JudgeVerdict;
}

function hasExtension(): boolean {
  return typeof browser !== 'undefined' && browser !== null && browser.storage?.session !== undefined;
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

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function explain(error: unknown): string {
  if (error instanceof LogStorageFullError) return error.message;
  return `The session log could not store this turn: ${messageOf(error)}`;
}

/** What the counselor reads about writes that are waiting or were given up. */
function describe(problem: OutboxProblem | null): string | undefined {
  switch (problem?.kind) {
    case undefined:
    case 'locked':
      return undefined;
    case 'full':
      return problem.error.message;
    case 'failing':
      return `The session log could not store the latest turns (${messageOf(problem.error)}). They are kept here and tried again.`;
    case 'failed':
      return `The session log refused some turns (${messageOf(problem.error)}): they are counted as not stored.`;
  }
}

const NO_OUTBOX: OutboxStatus = { problem: null, slots: {} };

/**
 * The side panel's session log: the counselor's on/off switches (browser.storage.local), the
 * recorder fed with every snapshot and what the panel showed about it, and the outbox that makes
 * the log writes it calls for, in this extension page (the only place, with the review page, that
 * opens the log's IndexedDB), keeping each until it commits (lib/log/outbox.ts). Returns the
 * control's props, or undefined when there is no live chat.
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
  // The choice lives where content scripts cannot write it (lib/storage/trusted.ts).
  const trusted = useMemo(extensionTrustedStore, []);
  const enabled = hasExtension() && trusted !== undefined;
  const [choice, setChoice] = useState<LoggingChoice>(NO_LOGGING);
  // Clinic policy; null until read, and nothing is recorded before it is known.
  const [policy, setPolicy] = useState<Policy | null>(null);
  // The open conversation's hashed ids; nothing is recorded until they are this page's.
  const [ids, setIds] = useState<ChoiceIds | null>(null);
  const hasher = useRef<Promise<ChoiceHasher> | null>(null);
  const [actions, setActions] = useState<HintAction[]>([]);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<SessionLogStatus | null>(null);
  const [outboxStatus, setOutboxStatus] = useState<OutboxStatus>(NO_OUTBOX);
  // Bumped after an unlock so the current frame is recorded again.
  const [retry, setRetry] = useState(0);
  const log = useRef<Promise<SessionLog> | null>(null);
  const outbox = useRef<LogOutbox | null>(null);
  const progress = useRef<{ recorder: RecorderState }>({ recorder: emptyRecorderState() });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const asked = useRef(new Set<string>());

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let saving = false;
    /** Saves the recorder's memory and the outbox's counts, once per task however often asked. */
    const save = () => {
      if (saving || !outbox.current) return;
      saving = true;
      queueMicrotask(() => {
        saving = false;
        const box = outbox.current;
        if (!live || !box) return;
        sessionLogProgressItem
          .setValue({ recorder: progress.current.recorder, outbox: box.save() })
          .catch((error: unknown) => console.warn('Attune: could not save the session log progress', error));
      });
    };
    // Retention runs whenever the panel starts, and works while the log is locked.
    const opening = openSessionLog();
    log.current = opening;
    // The policy's maximum retention first: a log kept longer is cut to it.
    opening
      .then(async (l) => {
        await applyRetentionPolicy(l, await readPolicy());
        return l.enforceRetention();
      })
      .catch((error: unknown) => console.warn('Attune: session log retention did not run', error));
    const hashing = choiceHasher(loggingSecret(trusted!));
    hasher.current = hashing;
    // A choice an older version kept in the clear is hashed into the trusted store, then deleted.
    const choosing = hashing.then((h) => migrateLoggingChoice(trusted!, h, legacyLoggingChoiceItem));
    const unwatchChoice = watchLoggingChoice(trusted!, setChoice);
    Promise.all([choosing, hintActionsItem.getValue(), sessionLogProgressItem.getValue()])
      .then(([loaded, storedActions, restored]) => {
        if (!live) return;
        setChoice(loaded);
        setActions(storedActions);
        progress.current.recorder = restored.recorder;
        return opening.then((store) => {
          if (!live) return;
          const box = new LogOutbox(store, {
            onChange: () => {
              setOutboxStatus(box.status());
              save();
            },
          });
          outbox.current = box;
          // Turns still waiting when the panel last closed become gaps in their sessions now.
          box.restore(restored.outbox);
          setReady(true);
        });
      })
      .catch((error: unknown) => {
        console.warn('Attune: could not open the session log', error);
        if (live)
          setProblem({ kind: 'error', message: `The session log could not be opened: ${messageOf(error)}` });
      });
    const unwatchActions = hintActionsItem.watch(setActions);
    const policyWatch = new AbortController();
    watchPolicy(setPolicy, policyWatch.signal);
    return () => {
      live = false;
      policyWatch.abort();
      unwatchChoice();
      unwatchActions();
      outbox.current?.dispose();
      outbox.current = null;
      void opening.then((l) => l.close()).catch(() => undefined);
    };
  }, [enabled]);

  // The open conversation's hashes, computed when it changes; until then its frames wait.
  const conversationKey = snapshot ? conversationKeyOf(snapshot) : null;
  useEffect(() => {
    if (!enabled || !snapshot || !hasher.current || idsMatch(ids, snapshot)) return;
    let live = true;
    void hasher.current
      .then((h) => choiceIdsOf(h, snapshot))
      .then((next) => live && setIds(next))
      .catch((error: unknown) => console.warn('Attune: could not look up the logging choice', error));
    return () => {
      live = false;
    };
  }, [enabled, conversationKey, snapshot?.url, ready]);

  const known = snapshot !== null && policy !== null && idsMatch(ids, snapshot);
  const allowed = policy === null || loggingAllowed(policy);
  const logging = known && allowed ? isLogging(loggingStateOf(choice, ids!)) : false;

  // Each frame goes through the recorder, in order, one at a time; its writes go to the outbox,
  // which makes them without holding up the next frame.
  useEffect(() => {
    // Before the policy and this conversation's hashes are known, whether it is logged is not known:
    // the frame waits (recording it as "off" would keep its messages out of the log for good).
    if (!enabled || !ready || !snapshot || !log.current || !known) return;
    const opening = log.current;
    const mustEncrypt = policy !== null && encryptionRequired(policy);
    // The capture time: this extension page's clock, never the page's.
    const frame: PanelFrame = {
      snapshot,
      shown: shownFor(snapshot, feedback, judged),
      actions,
      logging,
      capturedAt: Date.now(),
    };
    queue.current = queue.current.then(async () => {
      try {
        const store = await opening;
        const box = outbox.current;
        if (!box) return;
        if (logging && mustEncrypt && !store.encrypted) {
          // Clinic policy: nothing is logged in the clear. A look at the store notices encryption
          // turned on in the review page meanwhile (this handle's view is as of its last look).
          await store.getSession('attune:encryption-check');
          if (!store.encrypted) {
            setProblem((p) => (p?.kind === 'needs-encryption' ? p : { kind: 'needs-encryption' }));
            return;
          }
          setProblem((p) => (p?.kind === 'needs-encryption' ? null : p));
        }
        if (logging && store.locked) {
          // Nothing is handed over while locked: unlocking logs what is on the page by then.
          setProblem((p) => (p?.kind === 'locked' ? p : { kind: 'locked' }));
          return;
        }
        if (logging && !knowsConversation(progress.current.recorder, snapshot))
          await resume(store, box, snapshot);
        const { state, writes } = recordFrame(progress.current.recorder, frame);
        progress.current.recorder = state;
        box.enqueue(writes);
        setProblem((p) => (p?.kind === 'error' ? null : p));
        await sessionLogProgressItem.setValue({ recorder: state, outbox: box.save() });
      } catch (error) {
        setProblem({ kind: 'error', message: explain(error) });
      }
    });
  }, [enabled, ready, snapshot, feedback, judged, actions, logging, retry, known, policy]);

  /** The browser was restarted mid-conversation: go on in the session already stored for it. */
  async function resume(store: SessionLog, box: LogOutbox, page: PageSnapshot): Promise<void> {
    const key = conversationKeyOf(page);
    const [latest] = (await store.listSessions({ site: sessionSiteOf(page) })).filter(
      (s) => s.conversationKey === key && s.endedAt === undefined,
    );
    if (!latest) return;
    const detail = await store.getSession(latest.id);
    if (!detail) return;
    const resumed = resumeConversation(progress.current.recorder, page, detail.turns);
    progress.current.recorder = resumed.state;
    box.adopt(
      resumed.slot,
      latest.id,
      { site: latest.site, platform: latest.platform, conversationKey: key, startedAt: latest.startedAt },
      detail.turns.length,
      notStoredIn(latest),
    );
  }

  const slot = snapshot
    ? progress.current.recorder.conversations[conversationKeyOf(snapshot)]?.slot
    : undefined;
  const slotStatus = slot ? outboxStatus.slots[slot] : undefined;
  const sessionId = slotStatus?.sessionId ?? null;

  // After the panel opened again, what the log holds for this conversation's session is asked once.
  useEffect(() => {
    const box = outbox.current;
    if (
      !snapshot ||
      !slot ||
      !sessionId ||
      slotStatus?.stored !== null ||
      !box ||
      asked.current.has(sessionId)
    )
      return;
    asked.current.add(sessionId);
    void log.current
      ?.then((store) => store.listSessions({ site: sessionSiteOf(snapshot) }))
      .then((items) => {
        const item = items.find((i) => i.id === sessionId);
        if (item) box.noteStored(slot, item.stats.turns, notStoredIn(item));
      })
      .catch(() => undefined);
  }, [snapshot, slot, sessionId, slotStatus?.stored]);

  if (!enabled || !snapshot) return undefined;
  const state = known ? loggingStateOf(choice, ids!) : { conversation: false, site: false };
  const save = (next: LoggingChoice) => {
    setChoice(next);
    try {
      saveLoggingChoice(trusted!, next);
    } catch (error) {
      setProblem({ kind: 'error', message: explain(error) });
    }
  };
  let status: SessionLogStatus;
  if (!logging) status = { kind: 'off' };
  else if (problem) status = problem;
  else if (outboxStatus.problem?.kind === 'locked') status = { kind: 'locked' };
  else {
    const problemText = describe(outboxStatus.problem);
    status = {
      kind: 'on',
      turns: slotStatus ? slotStatus.stored : slot ? null : 0,
      waiting: slotStatus?.waiting ?? 0,
      notStored: slotStatus?.notStored ?? 0,
      ...(problemText ? { problem: problemText } : {}),
    };
  }
  return {
    site: sessionSiteOf(snapshot),
    conversation: state.conversation,
    siteWide: state.site,
    onConversation: (on) => known && save(withConversationLogging(choice, ids!.conversationId, on)),
    onSite: (on) => known && save(withSiteLogging(choice, ids!.siteId, on)),
    status,
    ...(policy && !allowed
      ? {
          blockedBy:
            policy.loggingAllowed.state === 'invalid'
              ? policyNote(policy, 'loggingAllowed')!
              : 'Session logging is turned off by your organization.',
        }
      : {}),
    onUnlock: (passphrase) => {
      void log.current
        ?.then((store) => store.unlock(passphrase))
        .then(() => {
          setProblem(null);
          setRetry((n) => n + 1);
          outbox.current?.retryNow();
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

/** Turns a stored session says it is missing (its gaps). */
function notStoredIn(session: { readonly gaps?: readonly { readonly turns: number }[] }): number {
  return (session.gaps ?? []).reduce((n, g) => n + g.turns, 0);
}
