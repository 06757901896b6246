import { LockScreen } from '../../components/review/LockScreen';
import {
  ALL_AND_PASSPHRASE_DELETED,
  ALL_DELETED,
  ENCRYPTED,
  ENCRYPTING,
  MUST_ENCRYPT_NOTICE,
  SESSION_DELETED,
  exportedText,
  importText,
  retentionChangedText,
  retentionOnOpenText,
} from '../../components/review/messages';
import type { ExportImportProps } from '../../components/review/ExportImport';
import type { PrivacySettingsProps } from '../../components/review/PrivacySettings';
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
  requirementNote,
} from '../../lib/policy/policy';
import { changeRetention, exportForReview, importForReview, withNotes } from '../../lib/review/actions';
import { type ReviewPageState, useReviewPage } from '../../lib/review/use-review-page';
import { saveJsonFile } from '../../lib/save-file';

/** Wiring only: the page's state (lib/review), the browser (files, print) and the views. */
export function App({ open = () => openSessionLog() }: { open?: () => Promise<SessionLog> }) {
  const page = useReviewPage(open, retentionOnOpenText);
  const { phase, encrypted } = page.reviewLog;
  const { policy } = page.settings;

  if (phase.kind === 'opening') return <ReviewOpening />;
  if (phase.kind === 'failed') return <ReviewFailed message={phase.message} />;
  if (phase.kind === 'locked') {
    return (
      <LockScreen
        idleMinutes={phase.idleMinutes}
        problem={phase.problem}
        busy={phase.busy}
        onUnlock={page.reviewLog.unlock}
        onForget={() =>
          void page.reviewLog
            .forget()
            .then((done) => done && page.setPrivacyResult(ALL_AND_PASSPHRASE_DELETED))
        }
      />
    );
  }

  const store = page.reviewLog.log!;
  const { list, opened, reviewLog, timings } = page;
  return (
    <ReviewPage
      problem={reviewLog.problem}
      list={{
        items: list.filtered,
        total: reviewLog.items.length,
        sites: list.sites,
        filter: list.filter,
        onFilter: list.setFilter,
        selectedId: opened.selectedId,
        onSelect: opened.onSelect,
        onComplete: timings.listCompleted,
        onRefresh: () => void reviewLog.refresh(),
      }}
      main={mainOf(page, store)}
      share={shareOf(page, store)}
      policyLines={policy ? policyLines(policy) : []}
      notice={page.settings.mustEncrypt && !encrypted ? MUST_ENCRYPT_NOTICE : null}
      privacy={privacyOf(page, store)}
    />
  );
}

/** The main column: the open session (with its notes and deletion), a summary file, or the trends. */
function mainOf(page: ReviewPageState, store: SessionLog): ReviewMain {
  const { opened, reviewLog, run, setPrivacyResult } = page;
  const state = opened.state;
  if (state.kind === 'loading') return { kind: 'loading' };
  if (state.kind === 'missing') return { kind: 'missing', message: state.message };
  if (state.kind === 'summary-file') {
    const { name, exportedAt, sessions } = state;
    return { kind: 'summary-file', view: { fileName: name, exportedAt, sessions, onClose: opened.close } };
  }
  const detail = opened.detail;
  if (!detail) return { kind: 'overview', items: page.list.filtered };
  const id = detail.session.id;
  return {
    kind: 'session',
    view: {
      detail,
      onPrint: () => window.print(),
      onClose: opened.close,
      onTimelineComplete: page.timings.openCompleted,
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
}

/** Export and import, within clinic policy. */
function shareOf(page: ReviewPageState, store: SessionLog): ExportImportProps {
  const { policy, mustEncrypt } = page.settings;
  const { opened, list, run, setShareResult } = page;
  const detail = opened.detail;
  return {
    encryptionRequired: policy === null || exportEncryptionRequired(policy),
    redactionRequired: policy === null || exportRedactionRequired(policy),
    encryptionNote: policy ? requirementNote(policy, 'exportEncryptionRequired') : null,
    redactionNote: policy ? requirementNote(policy, 'exportRedactionRequired') : null,
    listCount: list.filtered.length,
    openSession: detail ? `${detail.session.site}, ${formatDateTime(detail.session.startedAt)}` : null,
    busy: page.busy,
    pendingFile: page.pendingImport,
    result: page.shareResult,
    onExport: (asked) =>
      run(async () => {
        const ids =
          asked.scope === 'session' && detail ? [detail.session.id] : list.filtered.map((i) => i.id);
        const exported = await exportForReview(store, await page.rules(), asked, ids);
        saveJsonFile(exported.text, exported.fileName);
        setShareResult(exportedText(exported));
      }, setShareResult),
    onImport: (file, passphrase) =>
      run(async () => {
        const outcome = await importForReview(store, file.text, passphrase, mustEncrypt);
        if (outcome.kind === 'refused') page.setPendingImport(outcome.askPassphrase ? file.name : null);
        else if (outcome.kind !== 'needs-encrypted-log') page.setPendingImport(null);
        if (outcome.kind === 'summary')
          opened.showSummaryFile(file.name, outcome.exportedAt, outcome.sessions);
        if (outcome.kind === 'imported') await page.reviewLog.refresh();
        setShareResult(importText(file.name, outcome));
        if (outcome.kind === 'imported' && outcome.imported.length === 1)
          await opened.select(outcome.imported[0]!);
      }, setShareResult),
  };
}

/** Encryption, locking, retention, storage use and deleting everything, within clinic policy. */
function privacyOf(page: ReviewPageState, store: SessionLog): PrivacySettingsProps {
  const { policy } = page.settings;
  const { reviewLog, run, setPrivacyResult } = page;
  return {
    encrypted: reviewLog.encrypted,
    retentionDays: reviewLog.retentionDays,
    idleMinutes: page.settings.idleMinutes,
    encryptionNote: policy ? requirementNote(policy, 'encryptionRequired') : null,
    maxRetentionDays: policy ? maxRetentionDays(policy, reviewLog.retentionDays) : 3650,
    retentionNote: policy ? policyNote(policy, 'maxRetentionDays') : null,
    maxIdleMinutes: policy ? maxIdleLockMinutes(policy) : 60,
    idleNote: policy ? policyNote(policy, 'idleLockMinutes') : null,
    usage: reviewLog.usage,
    result: page.privacyResult,
    busy: page.busy,
    onEncrypt: (passphrase) =>
      run(async () => {
        setPrivacyResult(ENCRYPTING);
        await store.enableEncryption(passphrase);
        reviewLog.setEncrypted(true);
        setPrivacyResult(ENCRYPTED);
      }, setPrivacyResult),
    onLock: () => reviewLog.lock(null),
    onIdleMinutes: page.settings.chooseIdleMinutes,
    onRetention: (days) =>
      run(async () => {
        const { deletedSessions } = await changeRetention(
          store,
          await page.rules(),
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
        page.opened.close();
        await reviewLog.refresh();
        setPrivacyResult(ALL_DELETED);
      }, setPrivacyResult),
  };
}
