import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_IDLE_LOCK_MINUTES, watchIdle } from '../log/idle-lock';
import { idleLockMinutesItem } from '../storage/items';
import { type Policy, encryptionRequired, maxIdleLockMinutes, watchPolicy } from '../policy/policy';

/** The review page's settings: clinic policy, and the idle lock within it. */

function hasExtensionStorage(): boolean {
  return typeof browser !== 'undefined' && browser !== null && browser.storage?.local !== undefined;
}

/** Clinic policy (null until read) and the idle lock the counselor chose, within the policy. */
export function useReviewSettings() {
  // Clinic policy (lib/policy/policy.ts): null until read, then the strictest reading until then.
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [chosenIdleMinutes, setIdleMinutes] = useState(DEFAULT_IDLE_LOCK_MINUTES);

  useEffect(() => {
    const stop = new AbortController();
    watchPolicy(setPolicy, stop.signal);
    return () => stop.abort();
  }, []);

  useEffect(() => {
    let live = true;
    if (hasExtensionStorage())
      idleLockMinutesItem
        .getValue()
        .then((minutes) => live && setIdleMinutes(minutes))
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  return {
    policy,
    // The counselor's choice, never longer than the policy allows.
    idleMinutes: policy ? Math.min(chosenIdleMinutes, maxIdleLockMinutes(policy)) : chosenIdleMinutes,
    mustEncrypt: policy !== null && encryptionRequired(policy),
    chooseIdleMinutes(minutes: number): void {
      setIdleMinutes(minutes);
      if (hasExtensionStorage()) void idleLockMinutesItem.setValue(minutes).catch(() => undefined);
    },
  };
}

/** Locks the page after `minutes` without input, while `active`. */
export function useIdleLock(active: boolean, minutes: number, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    const stop = new AbortController();
    watchIdle({ target: document, idleMs: minutes * 60_000, onIdle, signal: stop.signal });
    return () => stop.abort();
  }, [active, minutes]);
}

/** A session logged in the panel meanwhile shows up when the counselor comes back to this tab. */
export function useRefreshWhenVisible(active: boolean, refresh: () => Promise<void>): void {
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && active) void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [active]);
}
