import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { SessionListItem } from '../../models/session-log';
import { sessionMatches } from '../log/filter';
import { sitesOf } from '../log/review';
import type { ReviewTimings } from './bench-timing';
import { type ListFilter, NO_FILTER, toSessionFilter } from './list-filter';

/**
 * The list as filtered in memory (the same filter the log applies, without decrypting every
 * session again on each keystroke), and the sites to filter by.
 */
export function useFilteredList(items: readonly SessionListItem[], timings: ReviewTimings) {
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const filtered = useMemo(() => {
    const wanted = toSessionFilter(filter);
    return items.filter((item) => sessionMatches(item, wanted));
  }, [items, filter]);
  const sites = useMemo(() => sitesOf(items), [items]);
  // The render that shows a list the log just gave completes its timing.
  useLayoutEffect(() => timings.listShown(), [filtered]);
  return { filter, setFilter, filtered, sites };
}
