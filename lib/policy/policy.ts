import { browser } from 'wxt/browser';
import type { HintSettings } from '../../models/settings';
import {
  type AllowedSite,
  IDLE_LOCK_MINUTES_RANGE,
  POLICY_FIELDS,
  POLICY_KEYS,
  POLICY_LABELS,
  type PolicyKey,
  type PolicyValue,
  RETENTION_DAYS_RANGE,
} from '../../models/policy';

/**
 * The clinic's policy as every part of Attune reads it: the background (which sites get the
 * reader, retention), the side panel (sites, model source, logging, inline marks) and the review
 * page (encryption, retention, idle lock, export). Nothing else reads `storage.managed`.
 *
 * Each key is `unset` (the counselor decides), `set` (fixed; the counselor may only choose something
 * stricter where that means anything) or `invalid`. An invalid value is never ignored and never
 * replaced by a looser default: it counts as the strictest reading of its key and the pages say
 * "blocked by policy: invalid …", so IT sees the mistake instead of a silent fallback.
 */

export type PolicySetting<T> =
  | { readonly state: 'unset' }
  | { readonly state: 'set'; readonly value: T }
  | { readonly state: 'invalid'; readonly problem: string };

export type Policy = { readonly [K in PolicyKey]: PolicySetting<PolicyValue<K>> };

export const NO_POLICY: Policy = Object.fromEntries(
  POLICY_KEYS.map((key) => [key, { state: 'unset' }]),
) as unknown as Policy;

/** Reads what storage.managed returned; unknown keys are left out, each known key checked alone. */
export function parsePolicy(raw: unknown): Policy {
  const values = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const entries = POLICY_KEYS.map((key) => {
    if (values[key] === undefined || values[key] === null) return [key, { state: 'unset' }];
    const parsed = POLICY_FIELDS[key].safeParse(values[key]);
    if (parsed.success) return [key, { state: 'set', value: parsed.data }];
    const problem = parsed.error.issues
      .slice(0, 3)
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ');
    return [key, { state: 'invalid', problem }];
  });
  return Object.fromEntries(entries) as Policy;
}

/** The part of `browser.storage` the policy is read through (fakeBrowser in tests). */
export interface PolicyStorage {
  managed?: { get(keys?: null): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

const extensionStorage = (): PolicyStorage | undefined =>
  typeof browser !== 'undefined' && browser !== null
    ? (browser.storage as PolicyStorage | undefined)
    : undefined;

/**
 * The policy in effect. No managed area (outside an extension, or a browser without one) and
 * Firefox's error when no policy names Attune both mean no policy.
 */
export async function readPolicy(storage: PolicyStorage | undefined = extensionStorage()): Promise<Policy> {
  return parsePolicy(await readRawPolicy(storage));
}

/** What storage.managed holds, unchecked (`{}` for none); readPolicy checks it. */
export async function readRawPolicy(
  storage: PolicyStorage | undefined = extensionStorage(),
): Promise<Record<string, unknown>> {
  if (!storage?.managed) return {};
  return storage.managed.get(null).catch(() => ({}));
}

/** Calls `onPolicy` with the policy now and again whenever IT changes it, until `signal` aborts. */
export function watchPolicy(
  onPolicy: (policy: Policy) => void,
  signal: AbortSignal,
  storage: PolicyStorage | undefined = extensionStorage(),
): void {
  if (!storage) {
    onPolicy(NO_POLICY);
    return;
  }
  const read = () =>
    void readPolicy(storage).then((policy) => {
      if (!signal.aborted) onPolicy(policy);
    });
  const onChanged = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') read();
  };
  storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(onChanged));
  read();
}

// What each key means for the rest of Attune. An invalid value reads as the strictest.

const flag = (setting: PolicySetting<boolean>, unset: boolean, invalid: boolean): boolean =>
  setting.state === 'set' ? setting.value : setting.state === 'invalid' ? invalid : unset;

export const loggingAllowed = (p: Policy) => flag(p.loggingAllowed, true, false);
export const encryptionRequired = (p: Policy) => flag(p.encryptionRequired, false, true);
export const exportEncryptionRequired = (p: Policy) => flag(p.exportEncryptionRequired, false, true);
export const exportRedactionRequired = (p: Policy) => flag(p.exportRedactionRequired, false, true);
export const inlineMarksAllowed = (p: Policy) => flag(p.inlineMarksAllowed, true, false);
export const publicModelDownloadsAllowed = (p: Policy) => flag(p.publicModelDownloadsAllowed, true, false);

/**
 * The hint settings in effect: the counselor's, with inline marks off when the policy does not
 * allow them or is not known yet (null), so nothing reaches the page before the policy is read.
 */
export function hintSettingsUnderPolicy(settings: HintSettings, p: Policy | null): HintSettings {
  return p !== null && inlineMarksAllowed(p) ? settings : { ...settings, inlineMarks: false };
}

/** Why the inline marks switch is fixed off, or null when the counselor decides. */
export function inlineMarksNote(p: Policy | null): string | null {
  if (p === null || inlineMarksAllowed(p)) return null;
  return p.inlineMarksAllowed.state === 'invalid'
    ? policyNote(p, 'inlineMarksAllowed')
    : 'Marks in the chat page are turned off by your organization.';
}

/**
 * The longest retention the counselor may keep. An invalid maximum does not delete anything (a
 * wrong number must not wipe a log) but freezes retention where it is: `current` is the most.
 */
export function maxRetentionDays(p: Policy, current: number): number {
  if (p.maxRetentionDays.state === 'set') return p.maxRetentionDays.value;
  if (p.maxRetentionDays.state === 'invalid') return Math.min(current, RETENTION_DAYS_RANGE.max);
  return RETENTION_DAYS_RANGE.max;
}

/** The part of the session log retention needs (lib/log/store.ts fits it). */
export interface RetentionSettings {
  getSettings(): Promise<{ retentionDays: number }>;
  setRetentionDays(days: number): Promise<void>;
}

/**
 * Brings the log's retention within the policy's maximum before retention is enforced: a log kept
 * 90 days under a 30-day policy is cut to 30. Returns the retention in effect.
 */
export async function applyRetentionPolicy(log: RetentionSettings, p: Policy): Promise<number> {
  const { retentionDays } = await log.getSettings();
  const limit = maxRetentionDays(p, retentionDays);
  if (retentionDays <= limit) return retentionDays;
  await log.setRetentionDays(limit);
  return limit;
}

/** The longest idle lock the counselor may choose; an invalid value gives the page's shortest choice. */
export function maxIdleLockMinutes(p: Policy): number {
  if (p.idleLockMinutes.state === 'set') return p.idleLockMinutes.value;
  if (p.idleLockMinutes.state === 'invalid') return 5;
  return IDLE_LOCK_MINUTES_RANGE.max;
}

function siteCovers(site: AllowedSite, scheme: string, host: string): boolean {
  if (site.scheme !== scheme) return false;
  return host === site.host || (site.subdomains && host.endsWith(`.${site.host}`));
}

/**
 * Whether Attune may read a page at `url`. Its own pages (the practice chat) always; web pages
 * when no site list is set, or when the list covers them; nothing else. An invalid list allows no
 * site.
 */
export function siteAllowed(p: Policy, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') return true;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const sites = p.allowedSites;
  if (sites.state === 'unset') return true;
  if (sites.state === 'invalid') return false;
  const scheme = parsed.protocol.slice(0, -1);
  return sites.value.some((site) => siteCovers(site, scheme, parsed.hostname));
}

/**
 * The granted match patterns (`https://chat.example.org/*`, `http://*.example.org/*`) the policy
 * lets the reader be registered for: a pattern is kept only when every page it matches is allowed.
 */
export function allowedMatchPatterns(p: Policy, patterns: readonly string[]): string[] {
  return patterns.filter((pattern) => {
    const match = /^(https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
    if (!match) return false;
    const [, scheme, wildcard, host] = match;
    if (p.allowedSites.state === 'unset') return true;
    if (p.allowedSites.state === 'invalid') return false;
    return p.allowedSites.value.some((site) =>
      wildcard ? site.subdomains && siteCovers(site, scheme!, host!) : siteCovers(site, scheme!, host!),
    );
  });
}

/** Why a page's site may not be read, for the panel. */
export function siteBlockedNote(p: Policy): string {
  return p.allowedSites.state === 'invalid'
    ? `${policyNote(p, 'allowedSites')!} Until then Attune reads no site.`
    : 'Your organization does not allow Attune to read chats on this site.';
}

/** True when IT has set or tried to set anything at all. */
export const hasPolicy = (p: Policy) => POLICY_KEYS.some((key) => p[key].state !== 'unset');

export const SET_BY_ORGANIZATION = 'Set by your organization.';

/** The line shown under a control the policy fixes: null when the key is not set. */
export function policyNote(p: Policy, key: PolicyKey): string | null {
  const setting = p[key];
  if (setting.state === 'unset') return null;
  if (setting.state === 'set') return SET_BY_ORGANIZATION;
  return `Blocked by policy: invalid ${POLICY_LABELS[key]} (${setting.problem}). Ask your IT to correct it.`;
}

/**
 * The line under a requirement policy can impose (log encryption, export encryption, redaction):
 * "Required by your organization." when it does, the invalid-value line when it is invalid (and
 * so required), null when the counselor decides.
 */
export function requirementNote(
  p: Policy,
  key: 'encryptionRequired' | 'exportEncryptionRequired' | 'exportRedactionRequired',
): string | null {
  const setting = p[key];
  if (setting.state === 'invalid') return policyNote(p, key);
  return setting.state === 'set' && setting.value ? 'Required by your organization.' : null;
}

const yesNo = (value: boolean, yes: string, no: string) => (value ? yes : no);

function describeSite(site: AllowedSite): string {
  return `${site.scheme}://${site.subdomains ? '*.' : ''}${site.host}`;
}

export interface PolicyLine {
  readonly key: PolicyKey;
  readonly text: string;
  readonly invalid: boolean;
}

/** One line per key IT set, for the "set by your organization" summary in the panel and review page. */
export function policyLines(p: Policy): PolicyLine[] {
  return POLICY_KEYS.flatMap((key): PolicyLine[] => {
    const setting = p[key];
    if (setting.state === 'unset') return [];
    if (setting.state === 'invalid') return [{ key, text: policyNote(p, key)!, invalid: true }];
    let text: string;
    switch (key) {
      case 'allowedSites': {
        const sites = (setting.value as PolicyValue<'allowedSites'>).map(describeSite);
        text =
          sites.length === 0
            ? 'Sites Attune may read: none (the practice chat only)'
            : `Sites Attune may read: ${sites.join(', ')}`;
        break;
      }
      case 'modelSource': {
        const source = setting.value as PolicyValue<'modelSource'>;
        const hosts = [source.weightsBaseUrl, source.libBaseUrl].filter((u): u is string => Boolean(u));
        text = `Model files come from: ${hosts.map((u) => new URL(u).host || u).join(', ') || 'the build'}`;
        break;
      }
      case 'maxRetentionDays':
        text = `Sessions are kept at most ${String(setting.value)} days`;
        break;
      case 'idleLockMinutes':
        text = `The review page locks after at most ${String(setting.value)} minutes without use`;
        break;
      default: {
        const on = setting.value as boolean;
        const lines: Record<string, [string, string]> = {
          publicModelDownloadsAllowed: [
            'Models may be downloaded from the public hub',
            'No model downloads from the public hub',
          ],
          loggingAllowed: ['Session logging allowed', 'Session logging not allowed'],
          encryptionRequired: [
            'The session log must be encrypted',
            'Log encryption is the counselor’s choice',
          ],
          exportEncryptionRequired: [
            'Exported files must be encrypted',
            'Export encryption is the counselor’s choice',
          ],
          exportRedactionRequired: [
            'Full exports always replace names, emails, phone numbers and addresses',
            'Export redaction is the counselor’s choice',
          ],
          inlineMarksAllowed: ['Marks in the chat page allowed', 'No marks in the chat page'],
        };
        const [yes, no] = lines[key]!;
        text = yesNo(on, yes, no);
      }
    }
    return [{ key, text: `${text}.`, invalid: false }];
  });
}
