import type { SessionListItem } from '../../models/session-log';
import { ExportImport, type ExportImportProps } from './ExportImport';
import { PrivacySettings, type PrivacySettingsProps } from './PrivacySettings';
import { SessionList, type SessionListProps } from './SessionList';
import { SessionView, type SessionViewProps } from './SessionView';
import { SummaryFileView, type SummaryFileViewProps } from './SummaryFileView';
import { Trends } from './Trends';
import { PolicySummary } from '../PolicySummary';
import type { PolicyLine } from '../../lib/policy/policy';

export type ReviewMain =
  | { kind: 'overview'; items: readonly SessionListItem[] }
  | { kind: 'loading' }
  | { kind: 'session'; view: SessionViewProps }
  | { kind: 'summary-file'; view: SummaryFileViewProps }
  | { kind: 'missing'; message: string };

export interface ReviewPageProps {
  list: SessionListProps;
  main: ReviewMain;
  share: ExportImportProps;
  privacy: PrivacySettingsProps;
  /** A problem reading the log (shown above everything). */
  problem: string | null;
  /** What clinic policy asks of the counselor now (e.g. to encrypt the log), shown above everything. */
  notice?: string | null;
  /** What clinic policy fixed ("Set by your organization"). */
  policyLines?: readonly PolicyLine[];
}

/** The supervisor review page: sessions and tools on the left, the open session on the right. */
export function ReviewPage({
  list,
  main,
  share,
  privacy,
  problem,
  notice = null,
  policyLines = [],
}: ReviewPageProps) {
  return (
    <div class="review">
      <header class="review-header no-print">
        <h1>Attune session review</h1>
        <p class="privacy">
          Your logged sessions, on this computer only. You decide what a supervisor sees: export a file to
          share.
        </p>
        {problem && (
          <p class="warning" role="alert">
            {problem}
          </p>
        )}
        {notice && (
          <p class="warning policy-notice" role="alert">
            {notice}
          </p>
        )}
      </header>
      <div class="review-columns">
        <div class="review-side no-print">
          <SessionList {...list} />
          <ExportImport {...share} />
          <PrivacySettings {...privacy} open={notice !== null} />
          <PolicySummary lines={policyLines} />
        </div>
        <main class="review-main" aria-label="Session">
          {main.kind === 'overview' && <Trends items={main.items} />}
          {main.kind === 'loading' && (
            <p class="muted" role="status">
              Opening the session…
            </p>
          )}
          {main.kind === 'missing' && (
            <p class="warning" role="alert">
              {main.message}
            </p>
          )}
          {main.kind === 'session' && <SessionView {...main.view} />}
          {main.kind === 'summary-file' && <SummaryFileView {...main.view} />}
        </main>
      </div>
    </div>
  );
}
