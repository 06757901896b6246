/**
 * One live reader per frame, and the newest one wins. A frame can be given the reader more than
 * once: the browser injects the registered script while the background injects into open tabs (at
 * install, start-up and update, or when the counselor grants a site), or Attune is updated while
 * the tab stays open. The reader that starts last is the one wired to the running extension, so
 * it stops every earlier one:
 *
 * - in the same JavaScript world (a second injection of this build), through the handle the
 *   earlier reader left on `window`;
 * - in another world (a build the browser gave a fresh world), through a DOM event on the
 *   document, which every world's listeners receive.
 *
 * A reader whose extension was updated, reloaded or removed is orphaned (`browser.runtime.id` is
 * gone); it stops itself the next time the page changes (`alive` in the live reader).
 *
 * Nothing here is visible to the page: the handle is a global of the content script's own world,
 * and the event's name carries, besides the extension id (so two Attune builds installed side by
 * side, a store build and a development build, do not stop each other), the installation's secret
 * key (reader-key.ts), so no page script can listen to it or fire it.
 */
const HANDLE = '__attuneLiveReader';

interface ReaderHandle {
  readonly stop: () => void;
}

function isHandle(value: unknown): value is ReaderHandle {
  return typeof value === 'object' && value !== null && typeof (value as ReaderHandle).stop === 'function';
}

/**
 * The document event a starting reader fires; `extensionId` is `browser.runtime.id`, followed by
 * the installation's key in the content script (`${id}:${key}`).
 */
export function readerStartedEvent(extensionId: string): string {
  return `reader-started:${extensionId}`;
}

/**
 * Makes the caller this frame's reader: stops the earlier ones now, and calls `stop` (once) when a
 * later one starts. Returns a function that gives the frame up without stopping anyone (for the
 * reader's own clean-up).
 */
export function claimFrame(win: Window, extensionId: string, stop: () => void): () => void {
  const doc = win.document;
  const scope = win as unknown as Record<string, unknown>;
  const previous = scope[HANDLE];
  if (isHandle(previous)) previous.stop();

  const event = readerStartedEvent(extensionId);
  doc.dispatchEvent(new CustomEvent(event));

  const listening = new AbortController();
  const release = () => {
    listening.abort();
    if (scope[HANDLE] === handle) delete scope[HANDLE];
  };
  const handle: ReaderHandle = {
    stop: () => {
      if (listening.signal.aborted) return;
      release();
      stop();
    },
  };
  doc.addEventListener(event, handle.stop, { signal: listening.signal });
  scope[HANDLE] = handle;
  return release;
}
