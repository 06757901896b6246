import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_CHOICES } from '../../models/review-settings';

/**
 * Locks the review page after a stretch without use, so a log left open on a shared computer does
 * not stay readable. Activity is any key, pointer, wheel or touch input on the page. One timer at a
 * time: activity only notes the time, and the timer, when it fires early, waits for the rest.
 */

export { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_CHOICES };

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export interface IdleLockOptions {
  readonly target: EventTarget;
  readonly idleMs: number;
  readonly onIdle: () => void;
  /** Stops watching. */
  readonly signal: AbortSignal;
  readonly now?: () => number;
}

export function watchIdle({ target, idleMs, onIdle, signal, now = Date.now }: IdleLockOptions): void {
  let last = now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const idle = now() - last;
    if (idle >= idleMs) {
      timer = undefined;
      onIdle();
      return;
    }
    timer = setTimeout(check, idleMs - idle);
  };
  const active = () => {
    last = now();
  };
  for (const type of ACTIVITY)
    target.addEventListener(type, active, { passive: true, capture: true, signal });
  timer = setTimeout(check, idleMs);
  signal.addEventListener('abort', () => {
    if (timer !== undefined) clearTimeout(timer);
  });
}
