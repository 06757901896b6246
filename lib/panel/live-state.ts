import type { AdapterHealth, PageSnapshot } from '../../models';
import { type Policy, siteAllowed, siteBlockedNote } from '../policy/policy';

/** What the panel says about the tab it follows: reading it live, or why not. */
export type LiveState =
  | { kind: 'manual' }
  | { kind: 'unreadable'; origin: string | null; canGrant: boolean }
  /** The reader runs in the page but recognises no chat there. */
  | { kind: 'no-chat'; origin: string | null }
  /** Clinic policy does not let Attune read this site; `note` says so in the counselor's words. */
  | { kind: 'not-allowed'; origin: string | null; note: string }
  | { kind: 'live'; platform: string; health: AdapterHealth; adapter?: string };

/** A page the panel cannot follow, by its origin (null when not a web page). */
export interface PageOrigin {
  readonly origin: string | null;
}

/** What the panel knows about the followed tab. */
export interface TabFacts {
  readonly snapshot: PageSnapshot | null;
  /** The tab did not answer: no reader runs there. */
  readonly unreadable: PageOrigin | null;
  /** The reader runs there but sees no chat. */
  readonly noChat: PageOrigin | null;
  /** A page on a site clinic policy does not let Attune read. */
  readonly notAllowed: PageOrigin | null;
}

export const NO_TAB_FACTS: TabFacts = { snapshot: null, unreadable: null, noChat: null, notAllowed: null };

/** The web origin of a URL; null for anything else (extension pages, blank tabs, garbage). */
export function originOf(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The page policy keeps Attune from reading, if that is why the panel cannot follow it. */
function blockedPage(facts: TabFacts, policy: Policy | null): PageOrigin | null {
  if (facts.notAllowed) return facts.notAllowed;
  const { unreadable } = facts;
  return unreadable && policy && unreadable.origin && !siteAllowed(policy, unreadable.origin)
    ? unreadable
    : null;
}

/** What the panel's status line shows for the followed tab. */
export function liveStateOf(facts: TabFacts, policy: Policy | null): LiveState {
  const blocked = blockedPage(facts, policy);
  if (blocked && policy)
    return { kind: 'not-allowed', origin: blocked.origin, note: siteBlockedNote(policy) };
  const { snapshot, noChat, unreadable } = facts;
  if (snapshot)
    return { kind: 'live', platform: snapshot.platform, health: snapshot.health, adapter: snapshot.adapter };
  if (noChat) return { kind: 'no-chat', origin: noChat.origin };
  if (unreadable)
    return { kind: 'unreadable', origin: unreadable.origin, canGrant: unreadable.origin !== null };
  return { kind: 'manual' };
}
