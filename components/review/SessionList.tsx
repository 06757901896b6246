import { memo } from 'preact/compat';
import type { SessionListItem } from '../../models/session-log';
import { useFirstThenAll } from './first-then-all';
import { formatDateTime, formatScore, plural } from './format';
import { missingTurns } from './Timeline';

/** The list's filters as the form holds them (strings from the inputs; '' means "any"). */
import { type ListFilter, NO_FILTER } from '../../lib/review/list-filter';

export { type ListFilter, NO_FILTER };

export interface SessionListProps {
  /** Sessions that pass the filter, newest first. */
  items: readonly SessionListItem[];
  /** How many sessions are stored in all. */
  total: number;
  sites: readonly string[];
  filter: ListFilter;
  onFilter: (next: ListFilter) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Reads the log again (sessions logged in the side panel since). */
  onRefresh?: () => void;
  /** Called once every row is in the DOM (a long list arrives just after its first rows). */
  onComplete?: () => void;
}

/** Rows in the first render of the list: more than its box shows. */
export const FIRST_ROWS = 60;

const Row = memo(function Row({
  item,
  selected,
  onSelect,
}: {
  item: SessionListItem;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        class="session-row"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(item.id)}
      >
        <span class="session-row-date">{formatDateTime(item.startedAt)}</span>
        {/* Spaces between the lines, so the button's accessible name does not run them together. */}{' '}
        <span class="session-row-site">
          {item.site} · {item.platform}
        </span>{' '}
        {/* Each fact stays on one line; a narrow list wraps between them. */}
        <span class="session-row-facts">
          <span>
            {plural(item.stats.turns, 'turn')}
            {item.gaps ? ` (${plural(missingTurns(item.gaps), 'turn')} not stored)` : ''}
          </span>
          {' · '}
          <span>{plural(item.stats.resistanceMoments, 'resistance moment')}</span>
          {' · '}
          <span>score {formatScore(item.summary?.score)}</span>
          {item.counselorNote || item.supervisorNote ? (
            <>
              {' · '}
              <span>notes</span>
            </>
          ) : null}
        </span>
      </button>
    </li>
  );
});

/** Filters and the stored sessions, newest first; each row opens its session. */
export function SessionList({
  items,
  total,
  sites,
  filter,
  onFilter,
  selectedId,
  onSelect,
  onRefresh,
  onComplete,
}: SessionListProps) {
  // Only the first fill (the page opening) comes in two steps: a refresh or a filter diffs the rows
  // already there.
  const shown = useFirstThenAll(items, items.length > 0, FIRST_ROWS, onComplete);
  const set = <K extends keyof ListFilter>(key: K, value: ListFilter[K]) =>
    onFilter({ ...filter, [key]: value });
  return (
    <section class="session-list-pane" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <form class="filters no-print" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="filter-search">Search sites, platforms and notes</label>
        <input
          id="filter-search"
          type="search"
          value={filter.search}
          onInput={(e) => set('search', e.currentTarget.value)}
        />
        <label for="filter-site">Site</label>
        <select id="filter-site" value={filter.site} onChange={(e) => set('site', e.currentTarget.value)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <div class="filter-dates">
          <span>
            <label for="filter-from">From</label>
            <input
              id="filter-from"
              type="date"
              value={filter.from}
              onInput={(e) => set('from', e.currentTarget.value)}
            />
          </span>
          <span>
            <label for="filter-to">To</label>
            <input
              id="filter-to"
              type="date"
              value={filter.to}
              onInput={(e) => set('to', e.currentTarget.value)}
            />
          </span>
        </div>
        <label for="filter-resistance">Resistance moments</label>
        <select
          id="filter-resistance"
          value={filter.resistance}
          onChange={(e) => set('resistance', e.currentTarget.value as ListFilter['resistance'])}
        >
          <option value="any">Any</option>
          <option value="with">With resistance moments</option>
          <option value="without">Without resistance moments</option>
        </select>
        <label for="filter-score">Score at least</label>
        <select
          id="filter-score"
          value={filter.minScore}
          onChange={(e) => set('minScore', e.currentTarget.value)}
        >
          <option value="">Any score</option>
          <option value="25">25%</option>
          <option value="50">50%</option>
          <option value="75">75%</option>
        </select>
        <button type="button" onClick={() => onFilter(NO_FILTER)}>
          Clear filters
        </button>
      </form>
      <div class="row list-status">
        <p class="muted" role="status">
          {total === 0
            ? 'No sessions are stored yet. Turn on “Log this conversation” in the side panel.'
            : items.length === total
              ? `${plural(total, 'session')}, newest first.`
              : `${plural(items.length, 'session')} of ${total.toLocaleString()} match.`}
        </p>
        {onRefresh && (
          <button type="button" class="no-print" onClick={onRefresh}>
            Refresh list
          </button>
        )}
      </div>
      <ol class="plain session-list" aria-label="Stored sessions">
        {items.slice(0, shown).map((item) => (
          <Row key={item.id} item={item} selected={item.id === selectedId} onSelect={onSelect} />
        ))}
      </ol>
    </section>
  );
}
