import table from './word-clusters.json';

let groupOf: Map<string, number> | undefined;

/**
 * Each word of the GloVe vocabulary the word groups were made from (31,410 words), with its fine
 * group: built once, on first use, for the word groups and for the typo reading alike.
 */
export function gloveWordGroups(): ReadonlyMap<string, number> {
  if (!groupOf) {
    groupOf = new Map();
    (table as { groups: readonly string[] }).groups.forEach((g, i) => {
      for (const w of g.split(' ')) groupOf!.set(w, i);
    });
  }
  return groupOf;
}
