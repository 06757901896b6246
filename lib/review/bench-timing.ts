/**
 * The review page's timings for scripts/bench-review.ts, kept in the page's performance timeline:
 * how long the log takes to answer (`-data`), until the DOM holds the answer (no suffix), until
 * the next frame has laid it out and painted it (`-painted`), and until a long list or timeline
 * is complete after its first screen (`-complete`). The page only says what happened; this module
 * decides what that measures.
 */

/** What the timings need from the browser: marks, measures and a moment after the next paint. */
export interface TimingClock {
  mark(name: string): void;
  measure(name: string, startMark: string): void;
  hasMark(name: string): boolean;
  /** Runs `then` after the next frame has been laid out and painted. */
  afterPaint(then: () => void): void;
}

export const browserClock = (): TimingClock => ({
  mark: (name) => void performance.mark(name),
  measure: (name, startMark) => void performance.measure(name, startMark),
  hasMark: (name) => performance.getEntriesByName(name, 'mark').length > 0,
  // A task queued from the frame's animation callback runs after that frame.
  afterPaint: (then) => requestAnimationFrame(() => setTimeout(then, 0)),
});

export interface ReviewTimings {
  /** The page asked the log for the list. */
  listAsked(): void;
  /** The log answered; the next render shows the list. */
  listAnswered(): void;
  /** A render showed the list (call from a layout effect on the shown list). */
  listShown(): void;
  /** The list's last rows are in the DOM. */
  listCompleted(): void;
  /** The page asked the log for one session. */
  openAsked(): void;
  /** The log answered; `found` is false when there was no such session. */
  openAnswered(found: boolean): void;
  /** A render showed the answer (call from a layout effect once it is no longer loading). */
  openShown(): void;
  /** The session's timeline is complete. */
  openCompleted(): void;
}

const LIST_START = 'attune:list:start';
const OPEN_START = 'attune:open:start';

/**
 * One set of timings for a page's life. Each measure is armed by what the page asked for and
 * taken once, by the render that shows the answer, so other renders (a filter typed, a note
 * saved) measure nothing.
 */
export function reviewTimings(clock: TimingClock = browserClock()): ReviewTimings {
  const armed = { list: false, listComplete: false, open: false, openComplete: false };

  function measureSince(start: string, name: string): void {
    if (!clock.hasMark(start)) return;
    clock.measure(name, start);
    // A measure starts at the latest mark of that name, so marks need no clearing between runs.
    clock.afterPaint(() => clock.measure(`${name}-painted`, start));
  }

  /** Takes the measure once if it is armed. */
  function take(which: keyof typeof armed, start: string, name: string): void {
    if (!armed[which]) return;
    armed[which] = false;
    measureSince(start, name);
  }

  return {
    listAsked() {
      clock.mark(LIST_START);
      armed.list = true;
    },
    listAnswered() {
      clock.measure('attune:review:list-data', LIST_START);
      armed.listComplete = true;
    },
    listShown: () => take('list', LIST_START, 'attune:review:list'),
    listCompleted: () => take('listComplete', LIST_START, 'attune:review:list-complete'),
    openAsked() {
      clock.mark(OPEN_START);
      armed.open = true;
    },
    openAnswered(found) {
      clock.measure('attune:review:open-data', OPEN_START);
      armed.openComplete = found;
    },
    openShown: () => take('open', OPEN_START, 'attune:review:open'),
    openCompleted: () => take('openComplete', OPEN_START, 'attune:review:open-complete'),
  };
}
