import { describe, expect, test } from 'vitest';
import { assess, createAnalyzer } from '../../lib/analysis';
import replyWeights from '../../lib/analysis/reply-weights.json';
import riskWeights from '../../lib/analysis/risk-weights.json';
import weights from '../../lib/analysis/weights.json';
import { memoize } from '../../lib/analysis/memo';
import type { AnalyzerWeights, Message, ReplyWeights, RiskWeights } from '../../models';

/** Evidence as the counselor sees it: the cited characters of each message. */
const cited = (context: Message[]) =>
  assess({ context }).client!.risk.evidence.map((e) => context[e.message]!.text.slice(e.start, e.end));

describe('readings remembered between assessments', () => {
  test('a message read before, now earlier in a longer chat, cites the same words', () => {
    const first: Message[] = [
      { role: 'counselor', text: 'What is on your mind tonight?' },
      { role: 'client', text: 'honestly i dont wanna be here anymore' },
    ];
    const before = cited(first);
    expect(before.length).toBeGreaterThan(0);
    const later = [
      ...first,
      { role: 'counselor', text: 'Thank you for telling me.' } as Message,
      { role: 'client', text: 'yeah' } as Message,
    ];
    expect(cited(later)).toEqual(before);
  });

  test('two spellings that read the same each cite their own characters', () => {
    // "dont" and "don't" normalize alike; the evidence must still point into each original.
    const a = cited([{ role: 'client', text: "i don't want to be alive anymore" }]);
    const b = cited([{ role: 'client', text: 'i dont want to be alive anymore' }]);
    expect(a.join()).toContain("don't want to be alive");
    expect(b.join()).toContain('dont want to be alive');
  });

  test('a denial counted in a remembered message still counts', () => {
    const context: Message[] = [
      { role: 'client', text: 'i would never kill myself, i just feel flat' },
      { role: 'client', text: 'work is a lot' },
    ];
    expect(assess({ context }).client!.risk.level).toBe('none');
    expect(assess({ context }).client!.risk.level).toBe('none');
  });

  test('the memo is bounded: past its limit it starts over and still answers right', () => {
    let computed = 0;
    const double = memoize(
      3,
      (n: number) => String(n),
      (n: number) => {
        computed++;
        return n * 2;
      },
    );
    for (const n of [1, 2, 3, 1, 2, 3]) expect(double(n)).toBe(n * 2);
    expect(computed).toBe(3);
    for (const n of [4, 5, 1]) expect(double(n)).toBe(n * 2);
    expect(computed).toBe(6);
  });

  test('a draft kept from before a new client message reads as it would have read fresh', () => {
    // The draft's own features and their scores are kept while it is unchanged; what it answers is
    // read again. The reading must not depend on what the analyzer saw before.
    const fresh = () =>
      createAnalyzer(weights as AnalyzerWeights, riskWeights as RiskWeights, replyWeights as ReplyWeights);
    const draft = "You need to stop drinking before it ruins your marriage. It's your call though.";
    const before: Message[] = [
      { role: 'counselor', text: 'How was the week?' },
      { role: 'client', text: 'good actually, went to the gym twice' },
    ];
    const after: Message[] = [
      ...before,
      { role: 'client', text: 'but i drank every night and she found the bottles' },
    ];
    const kept = fresh();
    kept.assess({ context: before, draft });
    const reread = kept.assess({ context: after, draft }).draft!;
    const readFresh = fresh().assess({ context: after, draft }).draft!;
    expect(reread).toEqual(readFresh);
    expect(reread.flags.persuadeWithoutPermission || reread.flags.direct).toBe(true);
    // And back again: the earlier conversation, read after the later one, still reads as fresh.
    expect(kept.assess({ context: before, draft }).draft).toEqual(
      fresh().assess({ context: before, draft }).draft,
    );
  });
});
