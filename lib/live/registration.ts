/**
 * Which pages get the live reader: exactly the origins the counselor granted (optional host
 * permissions), registered at run time, and started in the granted tabs already open whenever
 * Attune is installed, updated or started, or a site is granted. The background and the side
 * panel make these calls with their `browser`; tests pass a fake with the same few methods.
 */
export const LIVE_SCRIPT_ID = 'attune-live';
/** Where WXT writes the content script `entrypoints/content.ts` in the built extension. */
export const LIVE_SCRIPT_FILE = '/content-scripts/content.js';

/** Granted origins that are web pages (not the extension's own or other schemes). */
export function webMatchPatterns(origins: readonly string[] | undefined): string[] {
  return [...new Set((origins ?? []).filter((o) => /^https?:\/\/[^/]+\/\*$/.test(o)))].sort();
}

interface LiveScript {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  allFrames: boolean;
}

/** The part of the extension API these helpers use (`browser` from wxt/browser fits it). */
export interface LiveReaderApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: LiveScript[]): Promise<unknown>;
    updateContentScripts(scripts: LiveScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    executeScript(injection: {
      target: { tabId: number; allFrames: boolean };
      files: [typeof LIVE_SCRIPT_FILE];
    }): Promise<unknown>;
  };
  tabs: { query(query: { url: string[] }): Promise<{ id?: number; discarded?: boolean }[]> };
}

function liveScript(matches: string[]): LiveScript {
  // Every frame gets the script; it reads only the frame the counselor works in (frames.ts).
  return { id: LIVE_SCRIPT_ID, js: [LIVE_SCRIPT_FILE], matches, runAt: 'document_idle', allFrames: true };
}

/**
 * Registers the live reader for exactly the granted sites. An existing registration is updated in
 * place, never removed and added again, so a tab that loads meanwhile (session restore at browser
 * start) is not missed. Returns the match patterns now registered.
 */
export async function syncLiveReader(api: LiveReaderApi): Promise<string[]> {
  const matches = webMatchPatterns((await api.permissions.getAll()).origins);
  const [existing] = await api.scripting.getRegisteredContentScripts({ ids: [LIVE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing) await api.scripting.unregisterContentScripts({ ids: [LIVE_SCRIPT_ID] });
    return matches;
  }
  if (!existing) await api.scripting.registerContentScripts([liveScript(matches)]);
  else if (JSON.stringify([...(existing.matches ?? [])].sort()) !== JSON.stringify(matches)) {
    await api.scripting.updateContentScripts([liveScript(matches)]);
  }
  return matches;
}

/** Starts the live reader in one tab now, in every frame (an earlier reader there stops). */
export async function startReadingTab(api: LiveReaderApi, tabId: number): Promise<void> {
  await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [LIVE_SCRIPT_FILE] });
}

/**
 * Starts the live reader in the open tabs of `origins` (default: every granted site). Tabs are
 * injected side by side, not one after another, so the last of many is read as soon as the first.
 * A tab that refuses (an error page, one the browser discarded and has not reloaded) is skipped:
 * the registered script reaches it when it loads. Returns how many tabs got the reader.
 */
export async function startReadingOpenTabs(
  api: LiveReaderApi,
  origins?: readonly string[],
  warn: (message: string, error: unknown) => void = () => undefined,
): Promise<number> {
  const matches = webMatchPatterns(origins ?? (await api.permissions.getAll()).origins);
  if (matches.length === 0) return 0;
  const tabs = (await api.tabs.query({ url: matches })).filter(
    (tab): tab is { id: number } => tab.id !== undefined && tab.discarded !== true,
  );
  const results = await Promise.allSettled(tabs.map((tab) => startReadingTab(api, tab.id)));
  results.forEach((result) => {
    if (result.status === 'rejected') warn('Attune: could not start reading a tab', result.reason);
  });
  return results.filter((result) => result.status === 'fulfilled').length;
}
