/**
 * "Space may have returned": the log says so after it deleted sessions (in the review page, by
 * retention in the background or a page), and a side panel holding turns it could not store
 * (lib/log/outbox.ts) tries again at once instead of waiting out its backoff. A BroadcastChannel
 * reaches every extension page and the background of this extension, and nothing else.
 */

const CHANNEL = 'attune-session-log';
const SPACE_FREED = 'space-freed';

export function announceSpaceFreed(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: SPACE_FREED });
  channel.close();
}

/** Calls `listener` each time another context announces freed space, until `signal` aborts. */
export function onSpaceFreed(listener: () => void, signal: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined' || signal.aborted) return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown } | null;
    if (data?.type === SPACE_FREED) listener();
  };
  // Node (tests) would otherwise stay alive for a listener nobody closed.
  (channel as { unref?: () => void }).unref?.();
  signal.addEventListener('abort', () => channel.close(), { once: true });
}
