import { useMemo, useState } from 'preact/hooks';
import type { SessionLog } from '../log/store';
import { type Policy, readPolicy } from '../policy/policy';
import { reviewTimings } from './bench-timing';
import { useFilteredList } from './use-filtered-list';
import { sessionFromHash, useOpenSession } from './use-open-session';
import { useReviewLog } from './use-review-log';
import { useIdleLock, useRefreshWhenVisible, useReviewSettings } from './use-review-settings';

/** What an action says when it is done, next to the controls that asked for it; `ok: false` is an alert. */
export type ActionResult = { ok: boolean; text: string } | null;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Everything the review page holds, put together: the log and its lock, the open session, the
 * filtered list, clinic policy and the idle lock, and the results of the two panels' actions.
 */
export function useReviewPage(
  open: () => Promise<SessionLog>,
  onRetention: (deletedSessions: number) => ActionResult,
) {
  const timings = useMemo(() => reviewTimings(), []);
  const [privacyResult, setPrivacyResult] = useState<ActionResult>(null);
  const [shareResult, setShareResult] = useState<ActionResult>(null);
  const [pendingImport, setPendingImport] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settings = useReviewSettings();
  const opened = useOpenSession(() => reviewLog.current(), timings);
  const reviewLog = useReviewLog(open, timings, {
    onRetention: (deleted) => setPrivacyResult(onRetention(deleted)),
    onReady: async () => {
      const id = sessionFromHash();
      if (id) await opened.select(id);
    },
    onLocked: opened.clear,
  });
  const list = useFilteredList(reviewLog.items, timings);
  const ready = reviewLog.phase.kind === 'ready';
  useRefreshWhenVisible(ready, reviewLog.refresh);
  useIdleLock(ready && reviewLog.encrypted, settings.idleMinutes, () => reviewLog.lock(settings.idleMinutes));

  return {
    timings,
    settings,
    opened,
    reviewLog,
    list,
    busy,
    privacyResult,
    setPrivacyResult,
    shareResult,
    setShareResult,
    pendingImport,
    setPendingImport,
    /** Clinic policy as read so far, or read now when the page has not had it yet. */
    rules: async (): Promise<Policy> => settings.policy ?? (await readPolicy()),
    /** One action at a time; a failure is said where the action was asked for. */
    run(work: () => Promise<void>, report: (result: ActionResult) => void): void {
      setBusy(true);
      work()
        .catch((error: unknown) => report({ ok: false, text: messageOf(error) }))
        .finally(() => setBusy(false));
    },
  };
}

export type ReviewPageState = ReturnType<typeof useReviewPage>;
