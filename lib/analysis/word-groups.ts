import table from './word-clusters.json';
import { gloveWordGroups } from './glove-words';
import { STOPWORDS } from './text';

/**
 * Words grouped by meaning (GloVe vectors, k-means; see scripts/word-clusters.ts), at two
 * granularities: near-synonyms ("pills", "tablets") and broad topics. A model feature on a group
 * lets a weight learned from one word reach words its training sets never used.
 */
interface GroupTable {
  readonly groups: readonly string[];
  readonly broad: readonly number[];
}

export const FINE_GROUPS = (table as GroupTable).groups.length;
export const BROAD_GROUPS = Math.max(...(table as GroupTable).broad) + 1;

/** The fine group of a content word (stopwords have none: their own features say enough). */
export function wordGroup(word: string): number | undefined {
  if (STOPWORDS.has(word)) return undefined;
  return gloveWordGroups().get(word);
}

/** The broad group a fine group belongs to. */
export function broadGroup(fine: number): number {
  return (table as GroupTable).broad[fine]!;
}
