import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FeedbackState } from '../../components/Feedback';
import type { LiveState } from '../../components/LiveStatus';
import { SidePanel } from '../../components/SidePanel';
import { assess } from '../../lib/analysis';
import { contextForAssessment } from '../../lib/live/context';
import { visibleHints } from '../../lib/analysis/hint-filter';
import {
  ContentToPanel,
  DEFAULT_HINT_SETTINGS,
  type Hint,
  type HintAction,
  HintSettings,
  type Message,
  type PageSnapshot,
  type PanelToContent,
} from '../../models';

const SETTINGS_KEY = 'hintSettings';
const ACTIONS_KEY = 'hintActions';

/** Fast enough to feel live, slow enough not to assess every keystroke of a fast typist. */
const DEBOUNCE_MS = 100;
/** How long a tab may take to answer before the panel says it is not reading it. */
const ANSWER_TIMEOUT_MS = 1_000;

/** `sidepanel.html?tab=123` binds the panel to one chat tab (pop-out windows and tests). */
function tabFromUrl(): number | null {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** False outside an extension (a plain page or a unit test): then the panel is paste-only. */
function hasTabs(): boolean {
  return typeof browser !== 'undefined' && browser !== null && browser.tabs !== undefined;
}

/** Sends to the tab's content script and, for extension-page chats (the practice chat), by broadcast. */
function sendToTab(tabId: number, message: PanelToContent): void {
  browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  browser.runtime.sendMessage({ ...message, tabId }).catch(() => undefined);
}

function originOf(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Wiring only: which tab the panel follows, its snapshots, the analyzer, the manual fallback. */
export function App() {
  const pinned = useMemo(tabFromUrl, []);
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [snapshot, setSnapshot] = useState<PageSnapshot | null>(null);
  const [unreadable, setUnreadable] = useState<{ origin: string | null } | null>(null);
  const [clientText, setClientText] = useState('');
  const [draftText, setDraftText] = useState('');
  const [feedback, setFeedback] = useState<FeedbackState>({ kind: 'empty' });
  const [settings, setSettings] = useState<HintSettings>(DEFAULT_HINT_SETTINGS);
  // Dismissed and disputed rules stay hidden until the client writes again.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (!hasTabs()) return;
    browser.storage.local
      .get(SETTINGS_KEY)
      .then((stored) => {
        const parsed = HintSettings.safeParse(stored[SETTINGS_KEY] ?? {});
        if (parsed.success) setSettings(parsed.data);
      })
      .catch(() => undefined);
  }, []);

  // A snooze ends by itself.
  useEffect(() => {
    if (settings.snoozedUntil === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, settings.snoozedUntil - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [settings.snoozedUntil]);

  const lastClientText = snapshot
    ? (snapshot.messages.filter((m) => m.role === 'client').at(-1)?.text ?? '')
    : clientText;
  useEffect(() => setDismissed(new Set()), [lastClientText]);

  const changeSettings = (next: HintSettings) => {
    setSettings(next);
    setNow(Date.now());
    if (hasTabs()) browser.storage.local.set({ [SETTINGS_KEY]: next }).catch(() => undefined);
  };

  const recordAction = (hint: Hint, action: HintAction['action']) => {
    if (action !== 'accepted') setDismissed((d) => new Set([...d, hint.rule]));
    const entry: HintAction = {
      rule: hint.rule,
      about: hint.about,
      action,
      at: Date.now(),
      message: hint.message,
    };
    // Kept for the session log (the counselor's, on this machine); session storage ends with the browser.
    const area = hasTabs() ? browser.storage.session : undefined;
    area
      ?.get(ACTIONS_KEY)
      .then((stored) => {
        const list = Array.isArray(stored[ACTIONS_KEY]) ? (stored[ACTIONS_KEY] as HintAction[]) : [];
        return area.set({ [ACTIONS_KEY]: [...list.slice(-499), entry] });
      })
      .catch(() => undefined);
  };

  // Follow the active tab unless pinned to one.
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

  // Listen to the followed tab's snapshots and ask it for one now.
  useEffect(() => {
    setSnapshot(null);
    setUnreadable(null);
    if (tabId === null || !hasTabs()) return;
    let answered = false;
    const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId) return;
      const parsed = ContentToPanel.safeParse(message);
      if (!parsed.success || parsed.data.type !== 'page-snapshot') return;
      answered = true;
      setUnreadable(null);
      setSnapshot(parsed.data);
    };
    browser.runtime.onMessage.addListener(onMessage);
    sendToTab(tabId, { type: 'request-snapshot' });
    const timer = setTimeout(() => {
      if (answered) return;
      browser.tabs
        .get(tabId)
        .then((tab) => setUnreadable({ origin: originOf(tab.url) }))
        .catch(() => setUnreadable({ origin: null }));
    }, ANSWER_TIMEOUT_MS);
    return () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);

  // Assess what the page shows (live) or what was pasted (manual).
  useEffect(() => {
    const timer = setTimeout(
      () => {
        let context: Message[];
        let draft: string;
        if (snapshot) {
          context = contextForAssessment(snapshot.messages);
          draft = snapshot.draft;
        } else {
          context = clientText.trim() ? [{ role: 'client', text: clientText }] : [];
          draft = draftText;
        }
        if (context.length === 0 && !draft.trim()) {
          setFeedback({ kind: 'empty' });
          return;
        }
        try {
          const assessment = assess({ context, draft: draft.trim() ? draft : undefined });
          if (assessment.draft) {
            assessment.draft = {
              ...assessment.draft,
              hints: visibleHints(assessment.draft.hints, settings, dismissed, Date.now()),
            };
          }
          setFeedback({ kind: 'ready', assessment, context, draft });
        } catch (error) {
          setFeedback({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      },
      snapshot ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [snapshot, clientText, draftText, settings, dismissed, now]);

  const live: LiveState = snapshot
    ? { kind: 'live', platform: snapshot.platform, health: snapshot.health }
    : unreadable
      ? { kind: 'unreadable', origin: unreadable.origin, canGrant: unreadable.origin !== null }
      : { kind: 'manual' };

  const grant = () => {
    if (!unreadable?.origin || tabId === null) return;
    // Asked per site, at the counselor's click; the background registers the reader on grant.
    browser.permissions
      .request({ origins: [`${unreadable.origin}/*`] })
      .then((granted) => {
        if (granted) setTimeout(() => sendToTab(tabId, { type: 'request-snapshot' }), 500);
      })
      .catch(() => undefined);
  };

  return (
    <SidePanel
      clientText={clientText}
      draftText={draftText}
      onClientText={setClientText}
      onDraftText={setDraftText}
      feedback={feedback}
      live={live}
      onGrant={grant}
      onInsert={(text) => tabId !== null && sendToTab(tabId, { type: 'insert-text', text })}
      onAction={recordAction}
      settings={settings}
      onSettings={changeSettings}
      now={now}
    />
  );
}
