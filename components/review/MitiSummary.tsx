import type { SessionSummary } from '../../models/assessment';
import { markNames, mitiRows } from '../../lib/log/review';
import { formatScore } from './format';

/** The session against MITI 4.2.1's competence thresholds, each mark with what it means. */
export function MitiSummary({ summary }: { summary: SessionSummary | undefined }) {
  if (!summary) {
    return (
      <section class="card miti" aria-labelledby="miti-heading">
        <h3 id="miti-heading">MITI summary</h3>
        <p class="muted">No turns were logged, so there is nothing to summarize.</p>
      </section>
    );
  }
  return (
    <section class="card miti" aria-labelledby="miti-heading">
      <h3 id="miti-heading">MITI summary</h3>
      <p class="muted">
        Coded by Attune's analyzer from the replies it assessed, against MITI 4.2.1's thresholds. MITI's
        relational and technical global ratings need a human coder and are not estimated here.
      </p>
      <table class="miti-table">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">This session</th>
            <th scope="col">Mark</th>
            <th scope="col">Threshold</th>
            <th scope="col">What it means</th>
          </tr>
        </thead>
        <tbody>
          {mitiRows(summary).map((row) => (
            <tr key={row.id} data-measure={row.id}>
              <th scope="row">{row.name}</th>
              <td class="miti-value">{row.value}</td>
              <td class="miti-mark">
                <span class={`mark mark-${row.mark}`}>{markNames[row.mark]}</span>
              </td>
              <td class="muted miti-threshold">{row.threshold}</td>
              <td>{row.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>Overall score: {formatScore(summary.score)}</strong>{' '}
        <span class="muted">
          (Attune's own mean of five parts anchored at the “good” thresholds; for sorting sessions, not a MITI
          rating.) Resistance moments: {summary.resistanceMoments}.
        </span>
      </p>
    </section>
  );
}
