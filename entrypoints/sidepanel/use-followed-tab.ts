import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PickState } from '../../components/LiveStatus';
import { frameForMessage, TOP_FRAME, type ServedFrame } from '../../lib/live/frame-choice';
import { startReadingTab } from '../../lib/live/registration';
import { applyUpdate } from '../../lib/live/snapshot';
import { NO_TAB_FACTS, originOf, type TabFacts } from '../../lib/panel/live-state';
import { NO_POLICY, type Policy, siteAllowed, watchPolicy } from '../../lib/policy/policy';
import { ContentToPanel, type PageSnapshot, type PanelToContent } from '../../models';

/** How long a tab may take to answer before the panel says it is not reading it. */
const ANSWER_TIMEOUT_MS = 1_000;

/** `sidepanel.html?tab=123` binds the panel to one chat tab (pop-out windows and tests). */
function tabFromUrl(): number | null {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** False outside an extension (a plain page or a unit test): then the panel is paste-only. */
export function hasTabs(): boolean {
  return typeof browser !== 'undefined' && browser !== null && browser.tabs !== undefined;
}

/**
 * Sends to the content script in one frame of the tab (`frameId`; every frame when undefined) and,
 * for extension-page chats (the practice chat), by broadcast.
 */
export function sendToTab(tabId: number, message: PanelToContent, frameId?: number): void {
  const target = frameId === undefined ? undefined : { frameId };
  browser.tabs.sendMessage(tabId, message, target).catch(() => undefined);
  browser.runtime.sendMessage({ ...message, tabId }).catch(() => undefined);
}

/** Who sent a message to the panel, as far as the panel looks. */
interface PanelMessageSender {
  id?: string;
  frameId?: number;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/** Follows the active tab unless the panel is pinned to one. */
function useTabId(): number | null {
  const pinned = useMemo(tabFromUrl, []);
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned !== null || !hasTabs()) return;
    const follow = () =>
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => setTabId(tab?.id ?? null))
        .catch(() => undefined);
    void follow();
    const onActivated = () => void follow();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);
  return tabId;
}

/** Clinic policy, read now and whenever IT changes it; null until read. */
function usePolicy(): { policy: Policy | null; policyRef: { current: Policy | null } } {
  const [policy, setPolicy] = useState<Policy | null>(null);
  // Read in message listeners, so also a ref.
  const policyRef = useRef<Policy | null>(null);
  useEffect(() => {
    // Outside the extension (a plain page, a unit test) there is no policy to read.
    if (!hasTabs()) return setPolicy(NO_POLICY);
    const stop = new AbortController();
    watchPolicy((next) => {
      policyRef.current = next;
      setPolicy(next);
    }, stop.signal);
    return () => stop.abort();
  }, []);
  return { policy, policyRef };
}

export interface FollowedTab {
  readonly tabId: number | null;
  readonly facts: TabFacts;
  readonly policy: Policy | null;
  /** The frame of the tab the panel serves (lib/live/frame-choice.ts). */
  readonly served: { readonly current: ServedFrame };
  readonly pick: PickState;
  teach(): void;
  stopTeaching(): void;
  grant(): void;
  insert(text: string): void;
}

/**
 * The chat tab the panel follows: which tab and frame, the snapshots it sends (updates applied),
 * why it cannot be read when it cannot, clinic policy over all of it, and the requests the panel
 * sends it (insert, pick mode, permission).
 */
export function useFollowedTab(): FollowedTab {
  const tabId = useTabId();
  const served = useRef<ServedFrame>(TOP_FRAME);
  const [facts, setFacts] = useState<TabFacts>(NO_TAB_FACTS);
  const [pick, setPick] = useState<PickState>({ kind: 'idle' });
  const { policy, policyRef } = usePolicy();

  // Listen to the followed tab's snapshots and ask it for one now.
  useEffect(() => {
    setFacts(NO_TAB_FACTS);
    setPick({ kind: 'idle' });
    served.current = TOP_FRAME;
    if (tabId === null || !hasTabs()) return;
    let answered = false;
    /** The snapshot last heard from the tab, with the updates since applied. */
    let heard: PageSnapshot | null = null;
    const extensionBase = browser.runtime.getURL('/');
    const onMessage = (message: unknown, sender: PanelMessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId) return;
      const parsed = ContentToPanel.safeParse(message);
      if (!parsed.success) return;
      const data = parsed.data;
      // Clinic policy: a page on a site Attune may not read is not heard. Before the policy is
      // known nothing is; the tab is asked again once it is.
      if (data.type !== 'pick-result') {
        const rules = policyRef.current;
        if (rules === null) return;
        const frameUrl = sender.url ?? sender.tab?.url ?? '';
        if (!siteAllowed(rules, frameUrl) || !siteAllowed(rules, sender.tab?.url ?? frameUrl)) {
          answered = true;
          setFacts({ ...NO_TAB_FACTS, notAllowed: { origin: originOf(sender.tab?.url ?? frameUrl) } });
          return;
        }
      }
      // Only the frame the panel serves is heard; a chat snapshot may move it to another frame.
      const frameId = frameForMessage(served.current, data, sender, extensionBase);
      if (frameId === null) return;
      if (data.type === 'page-snapshot') served.current = { frameId, hasChat: true };
      if (data.type === 'pick-result') {
        if (data.outcome === 'failed') setPick({ kind: 'picking', problem: data.problem });
        else
          setPick(data.outcome === 'saved' ? { kind: 'saved', origin: data.origin } : { kind: 'cancelled' });
        return;
      }
      if (data.type === 'no-chat') {
        answered = true;
        setFacts((f) => ({ ...f, unreadable: null, noChat: { origin: originOf(data.url) } }));
        return;
      }
      if (data.type === 'page-update') {
        const next = applyUpdate(heard, data);
        // An update that does not fit what the panel holds: the page is asked for all of it.
        if (next) setFacts((f) => ({ ...f, snapshot: (heard = next) }));
        else sendToTab(tabId, { type: 'request-snapshot' }, frameId);
        return;
      }
      if (data.type !== 'page-snapshot') return;
      answered = true;
      setFacts((f) => ({ ...f, unreadable: null, noChat: null, snapshot: (heard = data) }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A new page in the tab: its frames start over, and the top one is served until another has the chat.
    const onUpdated = (updated: number, change: { status?: string }) => {
      if (updated === tabId && change.status === 'loading') served.current = TOP_FRAME;
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    // Every frame is asked; only the one that reads a chat answers, and the panel picks it.
    sendToTab(tabId, { type: 'request-snapshot' });
    const timer = setTimeout(() => {
      if (answered) return;
      const unreadable = (origin: string | null) => setFacts((f) => ({ ...f, unreadable: { origin } }));
      browser.tabs
        .get(tabId)
        .then((tab) => unreadable(originOf(tab.url)))
        .catch(() => unreadable(null));
    }, ANSWER_TIMEOUT_MS);
    return () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  // Under a new policy the tab is asked again.
  useEffect(() => {
    if (policy === null || tabId === null || !hasTabs()) return;
    setFacts((f) => ({ ...f, notAllowed: null }));
    sendToTab(tabId, { type: 'request-snapshot' });
  }, [policy]);

  return {
    tabId,
    facts,
    policy,
    served,
    pick,
    teach: () => {
      if (tabId === null) return;
      setPick({ kind: 'picking' });
      // Pick mode runs in the top frame only.
      browser.tabs
        .sendMessage(tabId, { type: 'start-pick' }, { frameId: 0 })
        .catch(() =>
          setPick({ kind: 'picking', problem: 'This page did not answer: reload it and try again.' }),
        );
    },
    stopTeaching: () => {
      if (tabId !== null)
        browser.tabs.sendMessage(tabId, { type: 'cancel-pick' }, { frameId: 0 }).catch(() => undefined);
      setPick({ kind: 'cancelled' });
    },
    grant: () => {
      const origin = facts.unreadable?.origin;
      if (!origin || tabId === null || !policy || !siteAllowed(policy, origin)) return;
      // Asked per site, at the counselor's click (no prompt when the site is granted already); the
      // background registers the reader for the site, and the reader is started in this tab now,
      // which is all a site granted before this tab was opened (or before Attune started) needs.
      browser.permissions
        .request({ origins: [`${origin}/*`] })
        .then(async (granted) => {
          if (!granted) return;
          await startReadingTab(browser, tabId);
          sendToTab(tabId, { type: 'request-snapshot' });
        })
        .catch((error: unknown) => console.warn('Attune: could not start reading this tab', error));
    },
    insert: (text) => {
      if (tabId !== null) sendToTab(tabId, { type: 'insert-text', text }, served.current.frameId);
    },
  };
}
