import type { PageSnapshot } from '../../models';
import type { SiteAdapter } from '../adapters/types';
import { writingIn } from './frames';
import { newSnapshotState, takeSnapshot } from './snapshot';

/**
 * Watches a chat page and sends a snapshot whenever what it shows changes. The page's own work
 * comes first: a keystroke only schedules a read (well under a millisecond); the read itself runs
 * after the typing pauses briefly, and nothing is sent when nothing changed.
 */
export interface LiveReaderOptions {
  readonly adapter: SiteAdapter;
  readonly root: Document;
  readonly url: () => string;
  readonly send: (snapshot: PageSnapshot) => void;
  /** Stops observing when aborted (the content script's context invalidation, page unload). */
  readonly signal: AbortSignal;
  /** How long the page must be quiet before a read. */
  readonly quietMs?: number;
  /**
   * False once the extension this reader belongs to is gone (updated, reloaded, removed): the
   * reader then reads nothing more. Checking it is expected to abort `signal` (WXT's
   * `ctx.isValid` does), which stops the observing too.
   */
  readonly alive?: () => boolean;
}

export interface LiveReader {
  /** Reads now and sends, even if nothing changed (the panel asked). */
  flush(): void;
}

export function startLiveReader(options: LiveReaderOptions): LiveReader {
  const { adapter, root, send, signal } = options;
  const quietMs = options.quietMs ?? 40;
  const state = newSnapshotState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';

  const observer = new MutationObserver(() => schedule());
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  /** Whether to go on; an orphaned reader stops observing here, at the page's next change. */
  const alive = () => {
    if (signal.aborted) return false;
    if (options.alive?.() === false) {
      stop();
      return false;
    }
    return !signal.aborted;
  };

  const read = (force: boolean) => {
    timer = undefined;
    if (!alive()) return;
    const started = performance.now();
    const snapshot = { ...takeSnapshot(adapter, root, options.url(), state), writing: writingIn(root) };
    // Visible in the page's performance timeline, so `npm run bench:live` can report the cost.
    performance.measure('attune:read', { start: started });
    const key = JSON.stringify([snapshot.messages, snapshot.draft, snapshot.health]);
    if (!force && key === lastSent) return;
    lastSent = key;
    send(snapshot);
  };
  const schedule = () => {
    if (timer !== undefined || !alive()) return;
    timer = setTimeout(() => read(false), quietMs);
  };

  observer.observe(root, { subtree: true, childList: true, characterData: true });
  // Textareas change their value without DOM mutations: listen to input, passively, at the top.
  root.addEventListener('input', schedule, { capture: true, passive: true, signal });
  root.addEventListener('compositionend', schedule, { capture: true, passive: true, signal });
  signal.addEventListener('abort', stop);
  read(true);
  return { flush: () => read(true) };
}
