import type { SessionFilter } from '../../models/session-log';
import { dayRange } from '../log/review';

/** The review list's filter form as the counselor fills it in: strings, as the inputs hold them. */
export interface ListFilter {
  search: string;
  site: string;
  /** Date inputs' values, "2026-11-21". */
  from: string;
  to: string;
  resistance: 'any' | 'with' | 'without';
  /** Minimum score in percent, '' for any. */
  minScore: string;
}

export const NO_FILTER: ListFilter = {
  search: '',
  site: '',
  from: '',
  to: '',
  resistance: 'any',
  minScore: '',
};

/** The form as the log's filter: empty fields are no filter, dates are whole local days. */
export function toSessionFilter(f: ListFilter): SessionFilter {
  const minScore = f.minScore === '' ? NaN : Number(f.minScore) / 100;
  return {
    search: f.search || undefined,
    site: f.site || undefined,
    from: dayRange(f.from)?.start,
    to: dayRange(f.to)?.end,
    hasResistance: f.resistance === 'any' ? undefined : f.resistance === 'with',
    minScore: Number.isFinite(minScore) ? minScore : undefined,
  };
}
