/**
 * Bundled into the benchmark page by scripts/bench-read.ts (never into the extension): the live
 * reader's code on the page's main thread, without the extension around it.
 */
import { mattermost } from '../lib/adapters/mattermost';
import { startLiveReader } from '../lib/live/reader';
import { newSnapshotState, takeSnapshot } from '../lib/live/snapshot';

const bench = {
  /**
   * One read as the reader made it before reads were incremental: the whole page parsed, the
   * snapshot serialised to tell whether it changed, and serialised again to be sent.
   */
  wholeRead(): number {
    const started = performance.now();
    const snapshot = takeSnapshot(mattermost, document, location.href, newSnapshotState());
    JSON.stringify([snapshot.messages, snapshot.draft, snapshot.health]);
    JSON.stringify(snapshot);
    return performance.now() - started;
  },
  /**
   * The reader as it runs now; its reads are recorded in `__attuneProbe` (this bundle defines MODE
   * e2e). What it sends is serialised, as the browser does with an extension message.
   */
  startReader(): void {
    startLiveReader({
      adapter: mattermost,
      root: document,
      url: () => location.href,
      send: (snapshot) => void JSON.stringify(snapshot),
      sendUpdate: (update) => void JSON.stringify(update),
      signal: new AbortController().signal,
    });
  },
};

(globalThis as unknown as { bench: typeof bench }).bench = bench;
