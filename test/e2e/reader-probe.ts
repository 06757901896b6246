import type { CDPSession, Page } from 'playwright-core';
import type { ReaderProbe, ReadRecord } from '../../lib/live/probe';
import { PROBE_GLOBAL } from '../../lib/live/probe';

/**
 * What the live reader recorded in a page of the e2e build (lib/live/probe.ts): its reads and the
 * marks it drew. The records live in the content script's own JavaScript world, which the page's
 * scripts cannot reach; the test harness reads them there over the DevTools protocol (the
 * extension's isolated execution context in the page's main frame). `page.evaluate` runs in the
 * page's world and would find nothing, as would any page script.
 */

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { frameId?: string; type?: string; isDefault?: boolean };
}

interface Watch {
  session: CDPSession;
  /** The extension's isolated contexts, by id, with their frame. */
  contexts: Map<number, string>;
  mainFrame: () => Promise<string>;
}

const watches = new WeakMap<Page, Promise<Watch>>();

async function watch(page: Page): Promise<Watch> {
  const session = await page.context().newCDPSession(page);
  const contexts = new Map<number, string>();
  session.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      contexts.set(context.id, context.auxData.frameId ?? '');
    }
  });
  session.on(
    'Runtime.executionContextDestroyed',
    ({ executionContextId }: { executionContextId: number }) => {
      contexts.delete(executionContextId);
    },
  );
  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  await session.send('Runtime.enable');
  const mainFrame = async () =>
    ((await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame
      .id;
  return { session, contexts, mainFrame };
}

/** Everything the reader(s) of Attune in the page's top frame recorded; empty when none ran. */
export async function readerProbe(page: Page): Promise<ReaderProbe> {
  let watching = watches.get(page);
  if (!watching) {
    watching = watch(page);
    watches.set(page, watching);
  }
  const { session, contexts, mainFrame } = await watching;
  const frame = await mainFrame();
  const merged: ReaderProbe = { reads: [], marks: [] };
  for (const [contextId, frameId] of contexts) {
    if (frameId !== frame) continue;
    const result = (await session
      .send('Runtime.evaluate', {
        expression: `globalThis.${PROBE_GLOBAL} ?? null`,
        contextId,
        returnByValue: true,
      })
      .catch(() => null)) as { result?: { value?: ReaderProbe | null } } | null;
    const probe = result?.result?.value;
    if (!probe) continue;
    merged.reads.push(...probe.reads);
    merged.marks.push(...probe.marks);
  }
  merged.reads.sort((a, b) => a.at - b.at);
  merged.marks.sort((a, b) => a.at - b.at);
  return merged;
}

/** The live reader's reads in the page's top frame, oldest first (empty until it has read). */
export async function readerReads(page: Page): Promise<ReadRecord[]> {
  return (await readerProbe(page)).reads;
}

/** When (epoch ms) the live reader first read `page`, or null if it has not (or the page is gone). */
export async function firstRead(page: Page): Promise<number | null> {
  try {
    return (await readerReads(page))[0]?.at ?? null;
  } catch {
    return null;
  }
}

/** Waits until the live reader has read `page`; returns when it first did (epoch ms). */
export async function waitForFirstRead(page: Page, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await firstRead(page);
    if (at !== null) return at;
    if (Date.now() > deadline) throw new Error(`${page.url()} was never read`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
