/**
 * The chat-phrased client sets (data/client) teach and measure the resistance and talk-type
 * reading: every line parses, labels agree with each other, evidence quotes the client exactly,
 * and the held-out writer's lines are never among the training files.
 */
import { describe, expect, test } from 'vitest';
import { CLIENT_HELDOUT_FILE, CLIENT_TRAIN_FILES, readClientLines } from '../../lib/training/client-data';

describe('client sets', () => {
  const train = readClientLines(CLIENT_TRAIN_FILES);
  const heldout = readClientLines([CLIENT_HELDOUT_FILE]);

  test('at least 400 lines to train on and a held-out set', () => {
    expect(train.length).toBeGreaterThanOrEqual(400);
    expect(heldout.length).toBeGreaterThanOrEqual(120);
  });

  test('resistance has a behaviour and evidence in the client words; no resistance has no behaviour', () => {
    for (const line of [...train, ...heldout]) {
      const g = line.gold.client;
      expect(g.behaviours.length > 0, line.id).toBe(g.resistance);
      const lastCounselor = line.context.findLastIndex((m) => m.role === 'counselor');
      const said = line.context
        .slice(lastCounselor + 1)
        .map((m) => m.text)
        .join('\n');
      if (g.resistance) expect(g.evidence.length, line.id).toBeGreaterThan(0);
      for (const phrase of g.evidence) expect(said, line.id).toContain(phrase);
    }
  });

  test('every one of the 13 behaviours is in the training sets and in the held-out set', () => {
    const seen = (lines: typeof train) => new Set(lines.flatMap((l) => l.gold.client.behaviours));
    expect(seen(train).size).toBe(13);
    expect(seen(heldout).size).toBe(13);
  });

  test('no held-out id is among the training lines', () => {
    const ids = new Set(train.map((l) => l.id));
    for (const l of heldout) expect(ids.has(l.id)).toBe(false);
  });
});
