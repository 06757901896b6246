import { useMemo, useState } from 'preact/hooks';
import { LockScreen } from '../../components/review/LockScreen';
import {
  ALL_AND_PASSPHRASE_DELETED,
  ALL_DELETED,
  ENCRYPTED,
  ENCRYPTING,
  MUST_ENCRYPT_NOTICE,
  type Result,
  SESSION_DELETED,
  errorText,
  exportedText,
  importText,
  retentionChangedText,
  retentionOnOpenText,
} from '../../components/review/messages';
import { ReviewFailed, ReviewOpening } from '../../components/review/ReviewStates';
import { type ReviewMain, ReviewPage } from '../../components/review/ReviewPage';
import { formatDateTime } from '../../components/review/format';
import { type SessionLog, openSessionLog } from '../../lib/log/store';
import {
  exportEncryptionRequired,
  exportRedactionRequired,
  maxIdleLockMinutes,
  maxRetentionDays,
  policyLines,
  policyNote,
  readPolicy,
  requirementNote,
} from '../../lib/policy/policy';
import {
  type ExportChoice,
  changeRetention,
  exportForReview,
  importForReview,
  withNotes,
} from '../../lib/review/actions';
import { reviewTimings } from '../../lib/review/bench-timing';
import { useFilteredList } from '../../lib/review/use-filtered-list';
import { sessionFromHash, useOpenSession } from '../../lib/review/use-open-session';
import { useReviewLog } from '../../lib/review/use-review-log';
import { useIdleLock, useRefreshWhenVisible, useReviewSettings } from '../../lib/review/use-review-settings';
import { saveJsonFile } from '../../lib/save-file';

/** Wiring only: the log, the page's state (lib/review), the browser (files, print), the views. */
export function App({ open = () => openSessionLog() }: { open?: () => Promise<SessionLog> }) {
  const timings = useMemo(() => reviewTimings(), []);
  const [privacyResult, setPrivacyResult] = useState<Result>(null);
  const [shareResult, setShareResult] = useState<Result>(null);
  const [pendingImport, setPendingImport] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settings = useReviewSettings();
  const { policy } = settings;
  const opened = useOpenSession(() => reviewLog.current(), timings);
  const reviewLog = useReviewLog(open, timings, {
    onRetention: (deleted) => setPrivacyResult(retentionOnOpenText(deleted)),
    onReady: async () => {
      const id = sessionFromHash();
      if (id) await opened.select(id);
    },
    onLocked: opened.clear,
  });
  const { phase, items, encrypted } = reviewLog;
  const list = useFilteredList(items, timings);
  const ready = phase.kind === 'ready';
  useRefreshWhenVisible(ready, reviewLog.refresh);
  useIdleLock(ready && encrypted, settings.idleMinutes, () => reviewLog.lock(settings.idleMinutes));

  if (phase.kind === 'opening') return <ReviewOpening />;
  if (phase.kind === 'failed') return <ReviewFailed message={phase.message} />;
  if (phase.kind === 'locked') {
    return (
      <LockScreen
        idleMinutes={phase.idleMinutes}
        problem={phase.problem}
        busy={phase.busy}
        onUnlock={reviewLog.unlock}
        onForget={() =>
          void reviewLog.forget().then((done) => done && setPrivacyResult(ALL_AND_PASSPHRASE_DELETED))
        }
      />
    );
  }

  const store = reviewLog.log!;
  /** One action at a time; a failure is said where the action was asked for. */
  const run = (work: () => Promise<void>, report: (r: Result) => void) => {
    setBusy(true);
    work()
      .catch((error: unknown) => report({ ok: false, text: errorText(error) }))
      .finally(() => setBusy(false));
  };
  const rules = async () => policy ?? (await readPolicy());
  const { detail } = opened;

  let main: ReviewMain;
  const state = opened.state;
  if (state.kind === 'loading') main = { kind: 'loading' };
  else if (state.kind === 'missing') main = { kind: 'missing', message: state.message };
  else if (state.kind === 'summary-file')
    main = {
      kind: 'summary-file',
      view: {
        fileName: state.name,
        exportedAt: state.exportedAt,
        sessions: state.sessions,
        onClose: opened.close,
      },
    };
  else if (detail) {
    const id = detail.session.id;
    main = {
      kind: 'session',
      view: {
        detail,
        onPrint: () => window.print(),
        onClose: opened.close,
        onTimelineComplete: timings.openCompleted,
        onDelete: () =>
          run(async () => {
            await store.deleteSession(id);
            opened.close();
            setPrivacyResult(SESSION_DELETED);
            await reviewLog.refresh();
          }, setPrivacyResult),
        onSaveNotes: async (notes) => {
          await store.setNotes(id, notes);
          opened.show({ ...detail, session: withNotes(detail.session, notes) });
          reviewLog.setItems((all) => all.map((item) => (item.id === id ? withNotes(item, notes) : item)));
        },
      },
    };
  } else main = { kind: 'overview', items: list.filtered };

  const onExport = (asked: ExportChoice) =>
    run(async () => {
      const ids = asked.scope === 'session' && detail ? [detail.session.id] : list.filtered.map((i) => i.id);
      const exported = await exportForReview(store, await rules(), asked, ids);
      saveJsonFile(exported.text, exported.fileName);
      setShareResult(exportedText(exported));
    }, setShareResult);

  const onImport = (file: { name: string; text: string }, passphrase: string) =>
    run(async () => {
      const outcome = await importForReview(store, file.text, passphrase, settings.mustEncrypt);
      if (outcome.kind === 'refused') setPendingImport(outcome.askPassphrase ? file.name : null);
      else if (outcome.kind !== 'needs-encrypted-log') setPendingImport(null);
      if (outcome.kind === 'summary') opened.showSummaryFile(file.name, outcome.exportedAt, outcome.sessions);
      if (outcome.kind === 'imported') await reviewLog.refresh();
      setShareResult(importText(file.name, outcome));
      if (outcome.kind === 'imported' && outcome.imported.length === 1)
        await opened.select(outcome.imported[0]!);
    }, setShareResult);

  return (
    <ReviewPage
      problem={reviewLog.problem}
      list={{
        items: list.filtered,
        total: items.length,
        sites: list.sites,
        filter: list.filter,
        onFilter: list.setFilter,
        selectedId: opened.selectedId,
        onSelect: opened.onSelect,
        onComplete: timings.listCompleted,
        onRefresh: () => void reviewLog.refresh(),
      }}
      main={main}
      share={{
        encryptionRequired: policy === null || exportEncryptionRequired(policy),
        redactionRequired: policy === null || exportRedactionRequired(policy),
        encryptionNote: policy ? requirementNote(policy, 'exportEncryptionRequired') : null,
        redactionNote: policy ? requirementNote(policy, 'exportRedactionRequired') : null,
        listCount: list.filtered.length,
        openSession: detail ? `${detail.session.site}, ${formatDateTime(detail.session.startedAt)}` : null,
        busy,
        onExport,
        onImport,
        pendingFile: pendingImport,
        result: shareResult,
      }}
      policyLines={policy ? policyLines(policy) : []}
      notice={settings.mustEncrypt && !encrypted ? MUST_ENCRYPT_NOTICE : null}
      privacy={{
        encrypted,
        retentionDays: reviewLog.retentionDays,
        idleMinutes: settings.idleMinutes,
        encryptionNote: policy ? requirementNote(policy, 'encryptionRequired') : null,
        maxRetentionDays: policy ? maxRetentionDays(policy, reviewLog.retentionDays) : 3650,
        retentionNote: policy ? policyNote(policy, 'maxRetentionDays') : null,
        maxIdleMinutes: policy ? maxIdleLockMinutes(policy) : 60,
        idleNote: policy ? policyNote(policy, 'idleLockMinutes') : null,
        usage: reviewLog.usage,
        result: privacyResult,
        busy,
        onEncrypt: (passphrase) =>
          run(async () => {
            setPrivacyResult(ENCRYPTING);
            await store.enableEncryption(passphrase);
            reviewLog.setEncrypted(true);
            setPrivacyResult(ENCRYPTED);
          }, setPrivacyResult),
        onLock: () => reviewLog.lock(null),
        onIdleMinutes: settings.chooseIdleMinutes,
        onRetention: (days) =>
          run(async () => {
            const { deletedSessions } = await changeRetention(
              store,
              await rules(),
              days,
              reviewLog.retentionDays,
            );
            reviewLog.setRetentionDays(days);
            await reviewLog.refresh();
            setPrivacyResult(retentionChangedText(days, deletedSessions));
          }, setPrivacyResult),
        onDeleteAll: () =>
          run(async () => {
            await store.deleteAll();
            opened.close();
            await reviewLog.refresh();
            setPrivacyResult(ALL_DELETED);
          }, setPrivacyResult),
      }}
    />
  );
}
