import type { PageSnapshot, PageUpdate } from '../../models';
import { MAX_MESSAGE_CHARS } from '../../models/limits';
import { ReadMemo, readingWith } from './read-memo';
import type { SiteAdapter } from '../adapters/types';
import { writingIn } from './frames';
import { recordRead, type ReadRecord } from './probe';
import { newSnapshotState, snapshotUpdate, takeSnapshot } from './snapshot';

/**
 * Watches a chat page and sends what it shows whenever that changes. The page's own work comes
 * first: a keystroke only schedules a read (well under a millisecond); the read itself runs after
 * the typing pauses briefly, and nothing is sent when nothing changed.
 *
 * Reads are incremental, so a chat of thousands of long messages costs little more than a short
 * one. The reader remembers what each message element read as (read-memo.ts) and
 * forgets it when that element changes: a new message costs one message's reading. When nothing
 * but the reply box changed (the counselor typing), only the reply box is read
 * (`SiteAdapter.readComposer`). And only what changed is sent (`PageUpdate`): the draft, or the
 * new messages, never the whole conversation again.
 */
export interface LiveReaderOptions {
  readonly adapter: SiteAdapter;
  readonly root: Document;
  readonly url: () => string;
  /** A whole snapshot: on the first read, when the panel asks, and when an update cannot say it. */
  readonly send: (snapshot: PageSnapshot) => void;
  /** What changed since the last snapshot or update. Without it, whole snapshots are sent every time. */
  readonly sendUpdate?: (update: PageUpdate) => void;
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

function sameMessages(a: PageSnapshot['messages'], b: PageSnapshot['messages']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.role !== y.role || x.text !== y.text || x.time !== y.time) return false;
  }
  return true;
}

/** Everything in a snapshot but the draft, the writing flag and the time is the same. */
function sameChat(a: PageSnapshot, b: PageSnapshot): boolean {
  return (
    a.adapter === b.adapter &&
    a.url === b.url &&
    a.conversation === b.conversation &&
    JSON.stringify(a.health) === JSON.stringify(b.health) &&
    sameMessages(a.messages, b.messages)
  );
}

export function startLiveReader(options: LiveReaderOptions): LiveReader {
  const { adapter, root, send, sendUpdate, signal } = options;
  const quietMs = options.quietMs ?? 40;
  const state = newSnapshotState();
  const memo = new ReadMemo();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the panel was last told: a snapshot, with the updates since applied. */
  let last: PageSnapshot | null = null;

  const observer = new MutationObserver((records) => {
    memo.note(records);
    // Attribute changes alone are taken into account (they can hide text, or say who wrote a
    // message) but start no read: hovering and scrolling change attributes all the time.
    if (records.some((r) => r.type !== 'attributes')) schedule();
  });
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

  /** The page now, reading only the reply box when nothing else changed since `previous`. */
  const readPage = (previous: PageSnapshot | null): { snapshot: PageSnapshot; kind: ReadRecord['kind'] } => {
    const chatChanged = memo.takeChatChanged();
    if (previous && !chatChanged && adapter.readComposer && previous.url === options.url()) {
      try {
        const { composer, draft } = readingWith(memo, () => adapter.readComposer!(root));
        if ((composer !== null) === previous.health.composerFound) {
          const snapshot = {
            ...previous,
            draft: draft.slice(0, MAX_MESSAGE_CHARS),
            writing: writingIn(root),
            at: Date.now(),
          };
          return { snapshot, kind: 'draft' };
        }
      } catch {
        // Read the whole page instead: it says what is missing.
      }
    }
    const snapshot = {
      ...readingWith(memo, () => takeSnapshot(adapter, root, options.url(), state)),
      writing: writingIn(root),
    };
    return { snapshot, kind: 'full' };
  };

  const read = (force: boolean) => {
    timer = undefined;
    memo.note(observer.takeRecords());
    if (!alive()) return;
    const started = performance.now();
    const previous = last;
    const { snapshot, kind } = readPage(force ? null : previous);
    let sent: ReadRecord['sent'] = 'snapshot';
    const sending = performance.now();
    if (
      !force &&
      previous &&
      snapshot.draft === previous.draft &&
      (kind === 'draft' || sameChat(previous, snapshot))
    ) {
      sent = 'nothing';
    } else {
      // A frame the counselor just started writing in (`writing` turned true) sends all of it, so
      // the panel can move to it.
      const update =
        !force && previous && sendUpdate && snapshot.writing === previous.writing
          ? snapshotUpdate(previous, snapshot)
          : null;
      last = snapshot;
      if (update) {
        sent = 'update';
        sendUpdate!(update);
      } else {
        send(snapshot);
      }
    }
    const ended = performance.now();
    recordRead({
      at: performance.timeOrigin + started,
      ms: ended - started,
      sendMs: ended - sending,
      kind,
      sent,
      messages: snapshot.messages.length,
    });
  };
  const schedule = () => {
    if (timer !== undefined || !alive()) return;
    timer = setTimeout(() => read(false), quietMs);
  };

  // Every attribute: a change of `data-own` or an id inside a message changes what it reads as.
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  // Textareas change their value without DOM mutations: listen to input, passively, at the top.
  root.addEventListener('input', schedule, { capture: true, passive: true, signal });
  root.addEventListener('compositionend', schedule, { capture: true, passive: true, signal });
  signal.addEventListener('abort', stop);
  read(true);
  return { flush: () => read(true) };
}
