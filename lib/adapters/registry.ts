import type { SiteAdapter } from './types';
import { matchesPattern } from './match';
import { practice } from './practice';
import { aselo } from './aselo';
import { chatwoot } from './chatwoot';
import { rocketchat } from './rocketchat';
import { mattermost } from './mattermost';
import { element } from './element';
import { zendesk } from './zendesk';
import { whatsapp } from './whatsapp';

/** Every site adapter, in the order `pickAdapter` tries `detect` when no pattern matches. */
export const adapters: readonly SiteAdapter[] = [
  practice,
  aselo,
  chatwoot,
  rocketchat,
  mattermost,
  element,
  zendesk,
  whatsapp,
];

/**
 * The adapter for a page: one whose match patterns cover `url` (and whose `detect` agrees, unless
 * none does: a hosted page still loading is still that platform), else the first whose `detect`
 * recognises the page structure (self-hosted platforms), else null.
 */
export function pickAdapter(
  root: ParentNode,
  url: string,
  list: readonly SiteAdapter[] = adapters,
): SiteAdapter | null {
  const byUrl = list.filter((a) => a.matches.some((p) => matchesPattern(p, url)));
  if (byUrl.length > 0) return byUrl.find((a) => a.detect(root)) ?? byUrl[0]!;
  return list.find((a) => a.detect(root)) ?? null;
}

export function adapterById(id: string, list: readonly SiteAdapter[] = adapters): SiteAdapter | undefined {
  return list.find((a) => a.id === id);
}
