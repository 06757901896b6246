import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FeedbackState } from '../../components/Feedback';
import type { LiveState, PickState } from '../../components/LiveStatus';
import { SidePanel } from '../../components/SidePanel';
import { useJudge } from './use-judge';
import { saveJsonFile } from '../../lib/save-file';
import { useSessionLog } from './use-session-log';
import { assess } from '../../lib/analysis';
import { contextForAssessment } from '../../lib/live/context';
import { visibleHints } from '../../lib/analysis/hint-filter';
import { frameForMessage, TOP_FRAME, type ServedFrame } from '../../lib/live/frame-choice';
import { marksFor } from '../../lib/live/marks-for';
import { startReadingTab } from '../../lib/live/registration';
import {
  NO_POLICY,
  type Policy,
  hintSettingsUnderPolicy,
  inlineMarksNote,
  policyLines,
  siteAllowed,
  siteBlockedNote,
  watchPolicy,
} from '../../lib/policy/policy';
import { applyUpdate } from '../../lib/live/snapshot';
import {
  deleteSiteConfig,
  importSiteConfigs,
  loadSiteConfigs,
  parseSiteConfigFile,
  siteConfigFileText,
} from '../../lib/live/site-configs';
import type { SiteConfigs } from '../../models/site-config';
import { MAX_HINT_ACTIONS } from '../../models/limits';
import { hintActionsItem, hintSettingsItem, siteConfigsItem } from '../../lib/storage/items';
import {
  ContentToPanel,
  DEFAULT_HINT_SETTINGS,
  type Hint,
  type HintAction,
  type HintSettings,
  type Message,
  type PageSnapshot,
  type PanelToContent,
} from '../../models';

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

/**
 * Sends to the content script in one frame of the tab (`frameId`; every frame when undefined) and,
 * for extension-page chats (the practice chat), by broadcast.
 */
function sendToTab(tabId: number, message: PanelToContent, frameId?: number): void {
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
  // The frame of that tab the panel serves (lib/live/frame-choice.ts); read in listeners, so a ref.
  const served = useRef<ServedFrame>(TOP_FRAME);
  const [snapshot, setSnapshot] = useState<PageSnapshot | null>(null);
  const [unreadable, setUnreadable] = useState<{ origin: string | null } | null>(null);
  const [noChat, setNoChat] = useState<{ origin: string | null } | null>(null);
  // A page on a site clinic policy does not let Attune read.
  const [notAllowed, setNotAllowed] = useState<{ origin: string | null } | null>(null);
  // Clinic policy (lib/policy/policy.ts); null until read. Read in listeners, so also a ref.
  const [policy, setPolicy] = useState<Policy | null>(null);
  const policyRef = useRef<Policy | null>(null);
  const [pick, setPick] = useState<PickState>({ kind: 'idle' });
  const [layouts, setLayouts] = useState<SiteConfigs>({});
  const [layoutResult, setLayoutResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [clientText, setClientText] = useState('');
  const [draftText, setDraftText] = useState('');
  const [feedback, setFeedback] = useState<FeedbackState>({ kind: 'empty' });
  const [storedSettings, setSettings] = useState<HintSettings>(DEFAULT_HINT_SETTINGS);
  // What applies: the counselor's settings within the policy (inline marks only once it allows them).
  const settings = useMemo(() => hintSettingsUnderPolicy(storedSettings, policy), [storedSettings, policy]);
  // Dismissed and disputed rules stay hidden until the client writes again.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (!hasTabs()) return;
    hintSettingsItem
      .getValue()
      .then(setSettings)
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
    if (hasTabs()) hintSettingsItem.setValue(next).catch(() => undefined);
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
    if (!hasTabs()) return;
    hintActionsItem
      .getValue()
      .then((list) => hintActionsItem.setValue([...list, entry].slice(-MAX_HINT_ACTIONS)))
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
    setNoChat(null);
    setNotAllowed(null);
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
          setSnapshot(null);
          setNoChat(null);
          setUnreadable(null);
          setNotAllowed({ origin: originOf(sender.tab?.url ?? frameUrl) });
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
        setUnreadable(null);
        setNoChat({ origin: originOf(data.url) });
        return;
      }
      if (data.type === 'page-update') {
        const next = applyUpdate(heard, data);
        // An update that does not fit what the panel holds: the page is asked for all of it.
        if (next) setSnapshot((heard = next));
        else sendToTab(tabId, { type: 'request-snapshot' }, frameId);
        return;
      }
      if (data.type !== 'page-snapshot') return;
      answered = true;
      setUnreadable(null);
      setNoChat(null);
      setSnapshot((heard = data));
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
      browser.tabs
        .get(tabId)
        .then((tab) => setUnreadable({ origin: originOf(tab.url) }))
        .catch(() => setUnreadable({ origin: null }));
    }, ANSWER_TIMEOUT_MS);
    return () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
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

  // Mark the client's phrases in the page itself, when the counselor wants inline marks.
  const marks = useMemo(
    () =>
      feedback.kind === 'ready' && snapshot && settings.inlineMarks
        ? marksFor(feedback.assessment, feedback.context)
        : [],
    [feedback, snapshot, settings.inlineMarks],
  );
  const marksKey = JSON.stringify(marks);
  // With inline marks off the page is sent nothing, so it never gets the marks' overlay; marks
  // shown before are cleared with an empty list. With them on, the list goes out even when empty:
  // the overlay then appears when the panel starts following the page, not when a risk is found.
  const pageHasMarks = useRef(false);
  useEffect(() => {
    if (tabId === null || !hasTabs() || !snapshot) return;
    if (!settings.inlineMarks && !pageHasMarks.current) return;
    pageHasMarks.current = marks.length > 0;
    sendToTab(tabId, { type: 'show-marks', marks }, served.current.frameId);
  }, [tabId, marksKey, snapshot !== null, served.current.frameId, settings.inlineMarks]);

  // Taught layouts: listed in the panel, changed from anywhere.
  useEffect(() => {
    if (!hasTabs()) return;
    const load = () =>
      void loadSiteConfigs()
        .then(setLayouts)
        .catch(() => undefined);
    load();
    return siteConfigsItem.watch(setLayouts);
  }, []);

  // The model tier reads the same context and draft as the instant rules, and never blocks them.
  const judgeContext = feedback.kind === 'ready' ? feedback.context : [];
  const judgeDraft = feedback.kind === 'ready' ? feedback.draft : '';
  const judge = useJudge(judgeContext, judgeDraft);
  // The session log records what the panel sees and shows, when the counselor turned it on.
  const sessionLog = useSessionLog({ snapshot, feedback, judged: judge.judged });

  // The policy, read now and whenever IT changes it; the tab is asked again under the new one.
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
  useEffect(() => {
    if (policy === null || tabId === null || !hasTabs()) return;
    setNotAllowed(null);
    sendToTab(tabId, { type: 'request-snapshot' });
  }, [policy]);

  const blockedOrigin =
    notAllowed ??
    (unreadable && policy && unreadable.origin && !siteAllowed(policy, unreadable.origin)
      ? unreadable
      : null);
  const live: LiveState =
    blockedOrigin && policy
      ? { kind: 'not-allowed', origin: blockedOrigin.origin, note: siteBlockedNote(policy) }
      : snapshot
        ? { kind: 'live', platform: snapshot.platform, health: snapshot.health, adapter: snapshot.adapter }
        : noChat
          ? { kind: 'no-chat', origin: noChat.origin }
          : unreadable
            ? { kind: 'unreadable', origin: unreadable.origin, canGrant: unreadable.origin !== null }
            : { kind: 'manual' };

  const teach = () => {
    if (tabId === null) return;
    setPick({ kind: 'picking' });
    // Pick mode runs in the top frame only.
    browser.tabs
      .sendMessage(tabId, { type: 'start-pick' }, { frameId: 0 })
      .catch(() =>
        setPick({ kind: 'picking', problem: 'This page did not answer: reload it and try again.' }),
      );
  };
  const stopTeaching = () => {
    if (tabId !== null)
      browser.tabs.sendMessage(tabId, { type: 'cancel-pick' }, { frameId: 0 }).catch(() => undefined);
    setPick({ kind: 'cancelled' });
  };

  const exportLayouts = () => {
    saveJsonFile(
      siteConfigFileText(layouts),
      `attune-site-layouts-${new Date().toISOString().slice(0, 10)}.json`,
    );
    setLayoutResult({ ok: true, text: `Exported ${Object.keys(layouts).length} layout(s).` });
  };
  const importLayouts = (text: string) => {
    const result = parseSiteConfigFile(text, document);
    if (!result.ok) {
      setLayoutResult({ ok: false, text: result.error });
      return;
    }
    importSiteConfigs(result.layouts)
      .then(() => setLayoutResult({ ok: true, text: `Imported ${result.layouts.length} layout(s).` }))
      .catch((error: unknown) =>
        setLayoutResult({
          ok: false,
          text: `Could not save the layouts: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
  };

  const grant = () => {
    if (!unreadable?.origin || tabId === null) return;
    if (!policy || !siteAllowed(policy, unreadable.origin)) return;
    // Asked per site, at the counselor's click (no prompt when the site is granted already); the
    // background registers the reader for the site, and the reader is started in this tab now,
    // which is all a site granted before this tab was opened (or before Attune started) needs.
    browser.permissions
      .request({ origins: [`${unreadable.origin}/*`] })
      .then(async (granted) => {
        if (!granted) return;
        await startReadingTab(browser, tabId);
        sendToTab(tabId, { type: 'request-snapshot' });
      })
      .catch((error: unknown) => console.warn('Attune: could not start reading this tab', error));
  };
  const insert = (text: string) => {
    if (tabId !== null) sendToTab(tabId, { type: 'insert-text', text }, served.current.frameId);
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
      onInsert={insert}
      onAction={recordAction}
      settings={settings}
      inlineMarksNote={inlineMarksNote(policy)}
      policyLines={policy ? policyLines(policy) : []}
      onSettings={changeSettings}
      now={now}
      judge={
        hasTabs()
          ? {
              state: judge.view,
              instant: feedback.kind === 'ready' ? (feedback.assessment.draft?.mechanisms ?? null) : null,
              instantRisk: feedback.kind === 'ready' ? (feedback.assessment.client?.risk ?? null) : null,
              onInsert: snapshot && tabId !== null ? insert : undefined,
              onAction: judge.onAction,
            }
          : undefined
      }
      modelManager={hasTabs() ? judge.manager : undefined}
      pick={pick}
      onTeach={teach}
      onStopTeaching={stopTeaching}
      sessionLog={sessionLog}
      siteLayouts={
        hasTabs()
          ? {
              layouts: Object.values(layouts),
              onDelete: (origin) => void deleteSiteConfig(origin).catch(() => undefined),
              onExport: exportLayouts,
              onImport: importLayouts,
              result: layoutResult,
            }
          : undefined
      }
    />
  );
}
