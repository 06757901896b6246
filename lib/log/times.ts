/**
 * The session log's times. A turn's time is when Attune read it, by the extension's own clock
 * (the capture time): retention, order and imports go by that. The chat page's own time for a
 * message (`<time datetime>`, written by the site's scripts or a wrong clock) is kept for display
 * only, and only when it is plausible next to the capture time; a page dated 1971 or 2999 can
 * neither delete a session the moment it is logged nor keep it forever.
 */

export const MINUTE_MS = 60 * 1000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** A page may show a message as written up to this long before Attune read it (older chat history). */
export const PAGE_TIME_BEFORE_CAPTURE_MS = 30 * DAY_MS;
/** ...and up to this long after (the two clocks disagree a little). */
export const PAGE_TIME_AFTER_CAPTURE_MS = 5 * MINUTE_MS;

/** The largest time a JavaScript Date can hold. */
const MAX_DATE_MS = 8.64e15;

/** A time that is a real date: finite, not before 1970, within what a Date can hold. */
export function isValidTime(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= MAX_DATE_MS;
}

/**
 * The page's time for a message read at `capturedAt`, or undefined when there is none or it lies
 * outside [capture − 30 days, capture + 5 min].
 */
export function pageTimeWithin(pageAt: number | undefined, capturedAt: number): number | undefined {
  if (pageAt === undefined || !isValidTime(pageAt)) return undefined;
  if (pageAt < capturedAt - PAGE_TIME_BEFORE_CAPTURE_MS) return undefined;
  if (pageAt > capturedAt + PAGE_TIME_AFTER_CAPTURE_MS) return undefined;
  return pageAt;
}

/** The time to show for a turn: the page's when it was kept, else when it was read. */
export const shownTimeOf = (turn: { readonly at: number; readonly pageAt?: number }): number =>
  turn.pageAt ?? turn.at;
