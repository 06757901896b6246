import type { SessionFilter, SessionListItem } from '../../models/session-log';

/**
 * Whether a listed session passes the review page's filters. The one definition of them: the
 * store's `listSessions(filter)` and the review page's in-memory filtering (which spares it
 * decrypting every session again on each keystroke) both use it.
 */
export function sessionMatches(item: SessionListItem, filter: SessionFilter): boolean {
  if (filter.site !== undefined && item.site !== filter.site) return false;
  if (filter.from !== undefined && item.startedAt < filter.from) return false;
  if (filter.to !== undefined && item.startedAt > filter.to) return false;
  if (filter.hasResistance !== undefined && filter.hasResistance !== item.stats.resistanceMoments > 0)
    return false;
  if (filter.minScore !== undefined && (item.summary?.score ?? -1) < filter.minScore) return false;
  const needle = filter.search?.trim().toLowerCase() ?? '';
  if (!needle) return true;
  // Turn text is not searched: that would mean decrypting every turn of every session.
  return [item.site, item.platform, item.conversationKey, item.counselorNote, item.supervisorNote]
    .join('\n')
    .toLowerCase()
    .includes(needle);
}
