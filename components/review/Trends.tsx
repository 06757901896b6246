import { useMemo } from 'preact/hooks';
import { TREND_SESSIONS, trendSeries } from '../../lib/log/review';
import type { SessionListItem } from '../../models/session-log';
import { mechanismPlainNames } from '../labels';
import { formatShortDate, plural } from './format';
import { LineChart, MECHANISM_STYLE } from './LineChart';

const SCORE_AXIS = {
  min: 0,
  max: 1,
  step: 0.25,
  title: 'score',
  format: (v: number) => `${Math.round(v * 100)}%`,
};
const LEVEL_AXIS = { min: 0, max: 2, step: 0.5, title: 'mean level (0–2)' };

/** How the sessions in the list went over time: the score, and each mechanism's mean level. */
export function Trends({ items }: { items: readonly SessionListItem[] }) {
  const series = useMemo(() => trendSeries(items, formatShortDate), [items]);
  const [score, ...mechanisms] = series.lines;
  const scoreLines = useMemo(
    () => [{ label: 'Score', values: score?.values ?? [], color: '#0072B2', pointStyle: 'circle' as const }],
    [score],
  );
  const mechanismLines = useMemo(
    () =>
      mechanisms.map((line) => ({
        label: mechanismPlainNames[line.key as keyof typeof mechanismPlainNames],
        values: line.values,
        ...MECHANISM_STYLE[line.key as keyof typeof MECHANISM_STYLE],
      })),
    [series],
  );
  if (series.labels.length < 2) {
    return (
      <section class="card trends" aria-labelledby="trends-heading">
        <h2 id="trends-heading">Trends across sessions</h2>
        <p class="muted">Trends appear once two or more sessions are in the list.</p>
      </section>
    );
  }
  const shown = series.labels.length;
  return (
    <section class="card trends" aria-labelledby="trends-heading">
      <h2 id="trends-heading">Trends across sessions</h2>
      <p class="muted">
        The {plural(shown, 'session')} in the list
        {items.length > TREND_SESSIONS ? ` (the latest ${TREND_SESSIONS})` : ''}, oldest first. Open a session
        from the list to review it.
      </p>
      <LineChart
        title="Overall score per session"
        description={`Line chart of the score of ${shown} sessions, from ${series.labels[0]} to ${series.labels.at(-1)}.`}
        labels={series.labels}
        lines={scoreLines}
        y={SCORE_AXIS}
      />
      <LineChart
        title="How the replies met the client: the mean level per session"
        description={`Line chart of the four mechanisms' mean levels in ${shown} sessions.`}
        labels={series.labels}
        lines={mechanismLines}
        y={LEVEL_AXIS}
      />
    </section>
  );
}
