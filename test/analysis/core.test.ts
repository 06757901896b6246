import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AnalyzerWeights, ReplyWeights, draftFlagKeys, empathyKeys } from '../../models';
import {
  LinearModel,
  base64ToBytes,
  bytesToBase64,
  decodeVarints,
  encodeVarints,
} from '../../lib/analysis/model';
import { normalize, toOriginalSpan } from '../../lib/analysis/text';
import { clauseAround, reflectClause } from '../../lib/analysis/reflect';
import { assess } from '../../lib/analysis';
import { auroc, f1For, foldsByGroup, macroF1 } from '../../lib/training/metrics';
import { train } from '../../lib/training/logreg';
import { hashFeature } from '../../lib/analysis/features';

describe('normalization keeps evidence pointing at what the counselor sees', () => {
  test.each([
    ['idk tbh', "i don't know to be honest", 'idk'],
    ['CANT do this', "can't do this", 'CANT'],
    ['soooo tired', 'soo tired', 'soooo'],
    ['It’s fine', "it's fine", 'It’s'],
    ['u ok?', 'you okay?', 'u'],
  ])('%j → %j', (original, expected, firstWord) => {
    const n = normalize(original);
    expect(n.text).toBe(expected);
    const end = n.text.indexOf(' ');
    const [s, e] = toOriginalSpan(n, 0, end);
    expect(original.slice(s, e)).toBe(firstWord);
  });

  test('spans map back through expansions in the middle of a message', () => {
    const original = 'Honestly idk what to do rn, im so done';
    const n = normalize(original);
    const i = n.text.indexOf("i'm so done");
    const [s, e] = toOriginalSpan(n, i, i + "i'm so done".length);
    expect(original.slice(s, e)).toBe('im so done');
  });
});

describe('reflections turn first person into second', () => {
  test.each([
    ['I only drink because work is stressful', 'you only drink because work is stressful'],
    ['My wife keeps nagging me', 'your wife keeps nagging you'],
    ['I was fine before', 'you were fine before'],
    // In the counselor's voice: hedges and fillers dropped, chat spelling not copied back, names kept.
    ['i guess i want to quit but idk', 'you want to quit'],
    ['honestly i dont wanna stop cuz it helps me sleep', "you don't want to stop because it helps you sleep"],
    ['I told Jake i was done', 'you told Jake you were done'],
    ['im soooo tired of this 😩', "you're so tired of this"],
    ['well i wasnt gonna go anyway', "you weren't going to go"],
    // "like" the verb stays; "like" the filler goes.
    [
      'idk i like drinking w my mates but my gf keeps saying im drinking too much',
      "you like drinking with your mates but your girlfriend keeps saying you're drinking too much",
    ],
    ['like i just dont care, like, whatever', "you don't care, whatever"],
    // "its" typed for "it's" is not copied back; the possessive stays.
    ['its not a big deal, everyone drinks', "it's not a big deal, everyone drinks"],
    ['its been so hard since i moved', "it's been so hard since you moved"],
    ['my phone has its own mind', 'your phone has its own mind'],
  ])('%j', (clause, expected) => expect(reflectClause(clause)).toBe(expected));

  test('a clause about the counselor is not swapped (it would invert its meaning)', () => {
    expect(reflectClause("you don't get it")).toBeNull();
  });
});

describe('clauseAround', () => {
  const text = 'we argued again. i just want to sleep and not wake up! anyway';
  const at = (phrase: string) => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length] as const;

  test('quotes the sentence holding the phrase', () => {
    expect(clauseAround(text, ...at('not wake up'))).toBe('i just want to sleep and not wake up');
  });

  test('a clause longer than the limit gives way to the phrase itself, however long the message', () => {
    const long = `${'so tired of all of it '.repeat(2_000)}i want to die ${'and idk '.repeat(2_000)}`;
    const start = long.indexOf('i want to die');
    expect(clauseAround(long, start, start + 'i want to die'.length)).toBe('i want to die');
    const near = `${'x'.repeat(100)} i want to die`;
    expect(clauseAround(near, 101, near.length)).toBe('i want to die');
    expect(clauseAround(near, 101, near.length, 200)).toBe(near);
  });
});

describe('packed models', () => {
  test('varints and base64 round-trip', () => {
    const values = [0, 1, 127, 128, 300, 16384, 1048575];
    expect(decodeVarints(base64ToBytes(bytesToBase64(encodeVarints(values))))).toEqual(values);
    for (let n = 0; n < 7; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) % 256);
      expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
    }
  });

  test('a trained model learns a separable toy problem and survives packing', () => {
    const fv = (...names: string[]) => new Map(names.map((n) => [hashFeature(n), 1]));
    const examples = [
      ...Array.from({ length: 40 }, () => ({ features: fv('bias', 'what'), label: 'open' as const })),
      ...Array.from({ length: 40 }, () => ({ features: fv('bias', 'do'), label: 'closed' as const })),
    ];
    const model = new LinearModel(train(['open', 'closed'], examples, { keep: 10, learningRate: 0.3 }));
    expect(model.predict(fv('bias', 'what')).label).toBe('open');
    expect(model.predict(fv('bias', 'do')).label).toBe('closed');
  });

  test('the shipped weights match their schema and load', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../lib/analysis/weights.json', import.meta.url), 'utf8'),
    );
    const weights = AnalyzerWeights.parse(raw);
    for (const packed of Object.values(weights.models)) expect(() => new LinearModel(packed)).not.toThrow();
    expect(weights.source).toMatch(/AnnoMI/);
    expect(weights.models.resistance).toBeDefined();
    expect(weights.source).toMatch(/data\/client/);
  });

  test('the shipped reply weights match their schema and hold a model for every flag and empathy mechanism', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../lib/analysis/reply-weights.json', import.meta.url), 'utf8'),
    );
    const weights = ReplyWeights.parse(raw);
    expect(Object.keys(weights.models.flags).sort()).toEqual([...draftFlagKeys].sort());
    expect(Object.keys(weights.models.empathy).sort()).toEqual([...empathyKeys].sort());
    for (const packed of [...Object.values(weights.models.flags), ...Object.values(weights.models.empathy)])
      expect(() => new LinearModel(packed)).not.toThrow();
    expect(weights.source).toMatch(/EPITOME/);
  });
});

describe('metrics', () => {
  test('F1, macro-F1 and AUROC on hand-computed cases', () => {
    const gold = ['a', 'a', 'b', 'b'];
    const pred = ['a', 'b', 'b', 'b'];
    expect(f1For(gold, pred, 'a')).toBeCloseTo(2 / 3);
    expect(f1For(gold, pred, 'b')).toBeCloseTo(0.8);
    expect(macroF1(gold, pred, ['a', 'b'])).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(auroc([0.9, 0.8, 0.1, 0.8], [true, true, false, false])).toBeCloseTo(0.875);
  });

  test('folds never split a group', () => {
    const groups = ['t1', 't1', 't2', 't3', 't3', 't3', 't4'];
    const folds = foldsByGroup(groups, 2);
    expect(new Set(groups.map((g) => folds.get(g))).size).toBe(2);
    expect(folds.size).toBe(4);
  });
});

describe('one analyzer across keystrokes and messages', () => {
  test('the conversation is read again when a message arrives, and reused while only the draft changes', () => {
    const calm = [{ role: 'client' as const, text: 'work was fine today, just tired' }];
    const risky = [
      ...calm,
      { role: 'client' as const, text: 'i have the pills here and i want to take them all tonight' },
    ];
    expect(assess({ context: calm, draft: 'How' }).client?.risk.level).toBe('none');
    expect(assess({ context: calm, draft: 'How was it?' }).client?.risk.level).toBe('none');
    expect(assess({ context: risky, draft: 'How was it?' }).client?.risk.level).toBe('high');
    expect(assess({ context: calm, draft: 'How was it?' }).client?.risk.level).toBe('none');
  });
});
