/**
 * Word groups (lib/analysis/word-groups.ts): words of related meaning share a feature, so a model
 * weight learned from one word reaches another the training sets never used.
 */
import { describe, expect, test } from 'vitest';
import { wordGroupIds } from '../../lib/analysis/features';
import { broadGroup, wordGroup } from '../../lib/analysis/word-groups';

describe('word groups', () => {
  test.each([
    ['pills', 'tablets'],
    ['knife', 'blade'],
    ['annoyed', 'irritated'],
  ])('"%s" and "%s" share a group', (a, b) => {
    expect(wordGroup(a)).toBeDefined();
    expect(wordGroup(a)).toBe(wordGroup(b));
  });

  test('unrelated words are apart, and broad groups are coarser than fine ones', () => {
    expect(wordGroup('pills')).not.toBe(wordGroup('boss'));
    expect(broadGroup(wordGroup('boss')!)).toBe(broadGroup(wordGroup('manager')!));
  });

  test('stopwords and unknown words have no group: their own n-grams speak for them', () => {
    expect(wordGroup('the')).toBeUndefined();
    expect(wordGroup('you')).toBeUndefined();
    expect(wordGroup('zzxqv')).toBeUndefined();
  });

  test('a message with a synonym gets the same group features', () => {
    expect(wordGroupIds('r', ['took', 'the', 'tablets'])).toEqual(
      wordGroupIds('r', ['took', 'the', 'pills']),
    );
    // Each prefix (reply, client, counselor before, risk) has features of its own.
    expect([...wordGroupIds('', ['pills'])]).not.toEqual([...wordGroupIds('r', ['pills'])]);
  });
});
