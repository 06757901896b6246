import { useMemo, useState } from 'preact/hooks';
import { mechanismSeries, repliesToResistance, resistanceMoments, riskMoments } from '../../lib/log/review';
import type { SessionDetail } from '../../models/session-log';
import { mechanismKeys } from '../../models/framework';
import { mechanismPlainNames } from '../labels';
import { formatDateTime, formatDuration, formatScore, plural } from './format';
import { LineChart, MECHANISM_STYLE } from './LineChart';
import { MitiSummary } from './MitiSummary';
import { Notes, type NotesProps } from './Notes';
import { ResistanceMoments } from './ResistanceMoments';
import { RiskMoments } from './RiskMoments';
import { Timeline, missingTurns } from './Timeline';

export interface SessionViewProps {
  detail: SessionDetail;
  onSaveNotes: NotesProps['onSave'];
  onDelete: () => void;
  onPrint: () => void;
  onClose: () => void;
  /** Called once the whole timeline is in the DOM (a long one arrives just after the first turns). */
  onTimelineComplete?: () => void;
}

const LEVEL_AXIS = { min: 0, max: 2, step: 1, title: 'level (0–2)' };

/** One session for review: risk moments first, then summary, notes, resistance moments, chart and timeline. */
export function SessionView({
  detail,
  onSaveNotes,
  onDelete,
  onPrint,
  onClose,
  onTimelineComplete,
}: SessionViewProps) {
  const { session, stats, turns } = detail;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const risks = useMemo(() => riskMoments(turns), [turns]);
  const moments = useMemo(() => resistanceMoments(turns), [turns]);
  const answers = useMemo(() => repliesToResistance(moments), [moments]);
  const series = useMemo(() => mechanismSeries(turns), [turns]);
  const lines = useMemo(
    () =>
      series.lines.map((line) => ({
        label: mechanismPlainNames[line.key as keyof typeof mechanismPlainNames],
        values: line.values,
        ...MECHANISM_STYLE[line.key as keyof typeof MECHANISM_STYLE],
      })),
    [series],
  );
  const lastAt = turns.at(-1)?.at ?? session.endedAt ?? session.startedAt;
  const missing = missingTurns(session.gaps);

  return (
    <article class="session" aria-labelledby="session-title">
      <header class="session-header">
        <h2 id="session-title" tabIndex={-1}>
          {session.site} · {formatDateTime(session.startedAt)}
        </h2>
        <p class="print-only">
          Attune session report, from the session log on this computer. Printed {formatDateTime(Date.now())}.
        </p>
        <p class="muted">
          {session.platform} · {formatDuration(lastAt - session.startedAt)} · {plural(stats.turns, 'turn')} (
          {stats.clientTurns} client, {stats.counselorTurns} counselor) ·{' '}
          {missing > 0 ? `${plural(missing, 'turn')} not stored · ` : ''}
          {risks.length > 0 ? `${plural(risks.length, 'risk moment')} · ` : ''}
          {plural(stats.resistanceMoments, 'resistance moment')} · score {formatScore(session.summary?.score)}
          {session.endedAt !== undefined ? ' · ended' : ''}
        </p>
        <div class="row no-print">
          <button type="button" onClick={onPrint}>
            Print report
          </button>
          <button type="button" onClick={onClose}>
            Back to all sessions
          </button>
          {confirmDelete ? (
            <span class="confirm" role="group" aria-label="Confirm deleting this session">
              <span>Delete this session for good?</span>{' '}
              <button type="button" class="danger" onClick={onDelete}>
                Delete session
              </button>{' '}
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>
              Delete session…
            </button>
          )}
        </div>
      </header>
      <RiskMoments moments={risks} />
      <MitiSummary summary={session.summary} />
      <Notes
        key={session.id}
        counselorNote={session.counselorNote ?? ''}
        supervisorNote={session.supervisorNote ?? ''}
        onSave={onSaveNotes}
      />
      <ResistanceMoments moments={moments} />
      <section class="card" aria-labelledby="mechanisms-chart-heading">
        <h3 id="mechanisms-chart-heading">How the replies met the client</h3>
        {series.labels.length === 0 ? (
          <p class="muted">No reply was assessed, so there are no levels to draw.</p>
        ) : (
          <LineChart
            title="How each assessed reply met the client, from 0 (not yet) to 2 (clearly)"
            description={`Line chart of ${series.labels.length} assessed replies. ${mechanismKeys
              .map((k) => `${mechanismPlainNames[k]} mean ${stats.mechanismMeans[k]?.toFixed(1) ?? 'none'}`)
              .join('; ')}.`}
            labels={series.labels}
            lines={lines}
            y={LEVEL_AXIS}
          />
        )}
      </section>
      <section class="card" aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">Timeline</h3>
        <p class="muted">
          Resistance moments are marked; the client's resistance and risk phrases are highlighted. Each
          assessed reply says how it met the client: not yet, a little or clearly.
        </p>
        <Timeline turns={turns} gaps={session.gaps} answers={answers} onComplete={onTimelineComplete} />
      </section>
    </article>
  );
}
