/**
 * Which pages get the live reader: exactly the origins the counselor granted (optional host
 * permissions), registered at run time. Pure helpers; the background does the browser calls.
 */
export const LIVE_SCRIPT_ID = 'attune-live';
export const LIVE_SCRIPT_FILE = '/content-scripts/content.js';

/** Granted origins that are web pages (not the extension's own or other schemes). */
export function webMatchPatterns(origins: readonly string[] | undefined): string[] {
  return [...new Set((origins ?? []).filter((o) => /^https?:\/\/[^/]+\/\*$/.test(o)))].sort();
}
