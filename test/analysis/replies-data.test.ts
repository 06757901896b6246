/**
 * The chat-phrased reply sets (data/replies) are what the draft models learn from and are measured
 * on: every line must parse, groups must hold several replies to one client moment, and the
 * held-out writer's lines must never be among the training files.
 */
import { describe, expect, test } from 'vitest';
import { REPLY_HELDOUT_FILE, REPLY_TRAIN_FILES, readReplies } from '../../lib/training/replies-data';

describe('reply sets', () => {
  const train = readReplies(REPLY_TRAIN_FILES);
  const heldout = readReplies([REPLY_HELDOUT_FILE]);

  test('every line parses and the sets are the size docs/analyzer.md says', () => {
    expect(train.length).toBeGreaterThanOrEqual(2000);
    expect(heldout.length).toBeGreaterThanOrEqual(240);
  });

  test('each group answers one client moment with several replies of different quality', () => {
    const groups = new Map<string, typeof train>();
    for (const line of [...train, ...heldout])
      groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
    for (const [, lines] of groups) {
      expect(lines.length).toBeGreaterThanOrEqual(5);
      const contexts = new Set(lines.map((l) => JSON.stringify(l.context)));
      expect(contexts.size).toBe(1);
      expect(new Set(lines.map((l) => l.gold.draft.quality)).size).toBeGreaterThan(1);
    }
  });

  test('subtype codes agree with the main code, and the main code is among the acts', () => {
    for (const { gold } of [...train, ...heldout]) {
      const d = gold.draft;
      expect(d.question !== null).toBe(d.main === 'question');
      expect(d.reflection !== null).toBe(d.main === 'reflection');
      expect(d.input !== null).toBe(d.main === 'therapist_input');
      expect(d.acts).toContain(d.main);
    }
  });

  test('no held-out id or group is among the training lines', () => {
    const trainIds = new Set(train.flatMap((l) => [l.id, l.group]));
    for (const l of heldout) {
      expect(trainIds.has(l.id)).toBe(false);
      expect(trainIds.has(l.group)).toBe(false);
    }
  });
});
