import {
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';

// Only what a line chart needs, so the review page does not carry every chart type.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

export interface ChartLine {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
  /** A second cue besides colour, for readers who cannot tell the colours apart. */
  readonly pointStyle: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'star';
  readonly dash?: readonly number[];
}

export interface LineChartProps {
  readonly title: string;
  /** What the chart shows, in words: the canvas's text alternative. */
  readonly description: string;
  readonly labels: readonly string[];
  readonly lines: readonly ChartLine[];
  readonly y: { min: number; max: number; step: number; title: string; format?: (v: number) => string };
}

/**
 * A line chart (chart.js) with its numbers one click away in a table. The table is built only
 * when opened: a 500-turn session would otherwise add thousands of cells nobody asked for.
 */
export function LineChart({ title, description, labels, lines, y }: LineChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [showNumbers, setShowNumbers] = useState(false);

  useEffect(() => {
    const element = canvas.current;
    // No 2D context where there is no canvas implementation (unit tests): the table still tells it.
    const context = element?.getContext('2d');
    if (!element || !context) return;
    // Drawn when the page is idle: the list or the session it illustrates comes first.
    let chart: Chart | undefined;
    const draw = () => {
      chart = createChart(element, context, { labels, lines, y });
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(draw, { timeout: 1_000 });
      return () => {
        cancelIdleCallback(handle);
        chart?.destroy();
      };
    }
    const timer = setTimeout(draw, 50);
    return () => {
      clearTimeout(timer);
      chart?.destroy();
    };
  }, [labels, lines, y]);

  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
      <details class="chart-numbers no-print" onToggle={(e) => setShowNumbers(e.currentTarget.open)}>
        <summary>The numbers behind this chart</summary>
        {showNumbers && (
          <table>
            <thead>
              <tr>
                <th scope="col">Point</th>
                {lines.map((line) => (
                  <th key={line.label} scope="col">
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) => (
                <tr key={i}>
                  <th scope="row">{label}</th>
                  {lines.map((line) => {
                    const v = line.values[i];
                    return (
                      <td key={line.label}>
                        {v === null || v === undefined ? '–' : y.format ? y.format(v) : v}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}

/** Okabe–Ito colours: told apart with the common colour-vision deficiencies. */
export const MECHANISM_STYLE = {
  respectForAutonomy: { color: '#0072B2', pointStyle: 'circle' },
  stanceAlignment: { color: '#D55E00', pointStyle: 'rect' },
  emotionalResonance: { color: '#009E73', pointStyle: 'triangle' },
  conversationalOrientation: { color: '#CC79A7', pointStyle: 'rectRot' },
} as const;

function createChart(
  element: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  { labels, lines, y }: Pick<LineChartProps, 'labels' | 'lines' | 'y'>,
): Chart {
  const style = getComputedStyle(element);
  const ink = style.getPropertyValue('--fg').trim() || '#1f2328';
  const grid = style.getPropertyValue('--border').trim() || '#d3d7dc';
  return new Chart(context, {
    type: 'line',
    data: {
      labels: [...labels],
      datasets: lines.map((line) => ({
        label: line.label,
        data: [...line.values],
        borderColor: line.color,
        backgroundColor: line.color,
        pointStyle: line.pointStyle,
        pointRadius: labels.length > 80 ? 1.5 : 3.5,
        borderWidth: 2,
        borderDash: line.dash ? [...line.dash] : undefined,
        spanGaps: true,
      })),
    },
    options: {
      // Drawn once, at once: no animation to wait for, on screen or in print.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: ink,
      scales: {
        x: { ticks: { color: ink, autoSkip: true, maxRotation: 0 }, grid: { color: grid } },
        y: {
          min: y.min,
          max: y.max,
          ticks: { color: ink, stepSize: y.step, callback: (v) => (y.format ? y.format(Number(v)) : v) },
          grid: { color: grid },
          title: { display: true, text: y.title, color: ink },
        },
      },
      plugins: { legend: { labels: { color: ink, usePointStyle: true } } },
    },
  });
}
