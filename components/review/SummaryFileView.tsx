import type { SummarySessionExport } from '../../models/session-log';
import { behaviourNames, hintAboutName, mainBehaviourName, mechanismLevelsLine, talkNames } from '../labels';
import { formatDateTime, plural } from './format';
import { MitiSummary } from './MitiSummary';
import { hintActionNames, missingTurns } from './Timeline';

export interface SummaryFileViewProps {
  fileName: string;
  exportedAt: number;
  sessions: readonly SummarySessionExport[];
  onClose: () => void;
}

/**
 * A summary-only export, read from its file and shown, never stored: it carries codes, levels and
 * counts but no text, so there are no turns to keep.
 */
export function SummaryFileView({ fileName, exportedAt, sessions, onClose }: SummaryFileViewProps) {
  return (
    <article class="session summary-file" aria-labelledby="summary-file-title">
      <header class="session-header">
        <h2 id="summary-file-title" tabIndex={-1}>
          Summary file: {fileName}
        </h2>
        <p class="muted">
          Exported {formatDateTime(exportedAt)} · {plural(sessions.length, 'session')} · codes and levels
          only, no text. Shown from the file; nothing was stored.
        </p>
        <div class="row no-print">
          <button type="button" onClick={() => window.print()}>
            Print report
          </button>
          <button type="button" onClick={onClose}>
            Close the file
          </button>
        </div>
      </header>
      {sessions.map((s) => (
        <section key={s.id} class="card" aria-label={`${s.site}, ${formatDateTime(s.startedAt)}`}>
          <h3>
            {s.site} · {formatDateTime(s.startedAt)}
          </h3>
          <p class="muted">
            {s.platform} · {plural(s.stats.turns, 'turn')} ·{' '}
            {s.gaps ? `${plural(missingTurns(s.gaps), 'turn')} not stored · ` : ''}
            {plural(s.stats.resistanceMoments, 'resistance moment')}
          </p>
          <MitiSummary summary={s.summary} />
          <table class="summary-turns">
            <caption>Turns (codes only)</caption>
            <thead>
              <tr>
                <th scope="col">Turn</th>
                <th scope="col">Who</th>
                <th scope="col">Reading</th>
                <th scope="col">How it met the client</th>
                <th scope="col">Hints</th>
              </tr>
            </thead>
            <tbody>
              {s.turns.map((t) => (
                <tr key={t.seq}>
                  <th scope="row">{t.seq + 1}</th>
                  <td class="summary-who">{t.role === 'client' ? 'Client' : 'Counselor'}</td>
                  <td data-label="Reading">
                    {t.role === 'client'
                      ? [t.talk ? talkNames[t.talk] : '', ...t.resistance.map((b) => behaviourNames[b])]
                          .filter(Boolean)
                          .join(', ')
                      : t.code
                        ? mainBehaviourName(t.code.main, t.code)
                        : 'not assessed'}
                  </td>
                  <td data-label="How it met the client" class={t.mechanisms ? undefined : 'summary-none'}>
                    {t.mechanisms ? mechanismLevelsLine(t.mechanisms) : '–'}
                  </td>
                  <td data-label="Hints" class={t.hints.length > 0 ? undefined : 'summary-none'}>
                    {t.hints
                      .map((h) => `${hintAboutName(h.about)} (${hintActionNames[h.action]})`)
                      .join('; ') || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
