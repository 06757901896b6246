import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AssessResultLine, SessionSummary } from '../../models';
import { defaultAnalyzer } from '../../lib/analysis';
import { MAX_LINE_CHARS, processLine } from '../../lib/cli/assess-lines';

const dir = mkdtempSync(join(tmpdir(), 'attune-assess-'));
const analyzer = defaultAnalyzer();

function runAssess(lines: string[], ...flags: string[]) {
  const file = join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  const r = spawnSync('npx', ['tsx', 'scripts/assess.ts', ...flags, file], { encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    out: r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const turn = (id: string, client: string, draft?: string) =>
  JSON.stringify({
    id,
    context: [
      { role: 'counselor', text: 'What do you think about cutting down?' },
      { role: 'client', text: client },
    ],
    ...(draft === undefined ? {} : { draft }),
    gold: { ignored: true },
  });

// Each case starts the command in a new process (tsx compiling the script): a few seconds apiece
// on a loaded machine, so the default 5 s per test failed CI runs on busy hosts.
describe('npm run assess (the contract other tools rely on)', { timeout: 60_000 }, () => {
  test('one JSON line per input line, in order, and nothing else on stdout', () => {
    const r = runAssess([
      turn('a', "idk, it's not that big a deal", 'You need to stop drinking.'),
      turn('b', 'i want to cut down for my kids'),
      'this is not json',
      JSON.stringify({ id: 'c', context: [{ role: 'therapist', text: 'hi' }] }),
      turn('d', 'nothing ever works for me', 'It sounds like you have tried hard and feel worn out.'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(5);
    expect(r.out.map((o) => o.id)).toEqual(['a', 'b', undefined, 'c', 'd']);
    const a = AssessResultLine.parse(r.out[0]);
    expect(a.client?.resistance.cues.map((c) => c.behaviour)).toContain('minimizing');
    expect(a.draft?.mechanisms.respectForAutonomy).toBe(0);
    expect(Object.keys(r.out[0]!)).toEqual(['id', 'client', 'draft', 'engine']);
    expect(Object.keys(r.out[0]!.client as object)).toEqual(['talk', 'resistance', 'risk']);
    expect(Object.keys(r.out[0]!.draft as object)).toEqual([
      'main',
      'question',
      'reflection',
      'input',
      'flags',
      'mechanisms',
      'empathy',
      'safety',
      'hints',
    ]);
    expect(r.out[1]!.draft).toBeNull();
    expect(r.out[2]).toEqual({ error: expect.stringContaining('not valid JSON') });
    expect(r.out[3]).toEqual({ id: 'c', error: expect.stringContaining('context.0.role') });
  });

  test('--sessions prints one summary per session with a score in [0, 1]', () => {
    const messages = [
      { role: 'counselor', text: 'What brings you in today?' },
      { role: 'client', text: 'my doctor said i drink too much' },
      { role: 'counselor', text: "It sounds like you're not sure you agree with her." },
    ];
    const r = runAssess(
      [JSON.stringify({ id: 's1', messages }), '{"id": "s2", "messages": "nope"}'],
      '--sessions',
    );
    expect(r.code).toBe(0);
    const summary = SessionSummary.parse(r.out[0]!.summary);
    expect(summary.turns).toBe(3);
    expect(summary.score).toBeGreaterThanOrEqual(0);
    expect(summary.score).toBeLessThanOrEqual(1);
    expect(r.out[1]).toEqual({ id: 's2', error: expect.stringContaining('messages') });
  });

  test('exit code is non-zero only when nothing could be read', () => {
    expect(runAssess(['garbage', '{"id": 1}']).code).toBe(1);
    const missing = spawnSync('npx', ['tsx', 'scripts/assess.ts', join(dir, 'does-not-exist.jsonl')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('cannot read');
  });
});

describe('bad and odd input, line by line', () => {
  test('an oversized line is refused with its id', () => {
    const big = JSON.stringify({
      id: 'huge',
      context: [{ role: 'client', text: 'a'.repeat(MAX_LINE_CHARS) }],
    });
    expect(processLine(big, 'turns', analyzer)).toEqual({
      id: 'huge',
      error: expect.stringContaining('line too long'),
    });
  });

  test('a message over the size limit is refused, not silently cut', () => {
    const line = JSON.stringify({ id: 7, context: [{ role: 'client', text: 'x'.repeat(25_000) }] });
    expect(processLine(line, 'turns', analyzer)).toEqual({
      id: 7,
      error: expect.stringContaining('context.0.text'),
    });
  });

  test.each([
    ['emoji only', '😭😭😭'],
    ['lone surrogate and control characters', 'i\uD800 feel \u0000 weird\u0007'],
    ['right-to-left text', 'אני לא רוצה לדבר על זה'],
    ['zero-width joiners', 'i\u200d don\u200dt care'],
    ['20,000 characters of one word', 'no'.repeat(10_000)],
    ['only whitespace', '   \n\t  '],
  ])('%s gives a valid assessment', (_name, text) => {
    const line = JSON.stringify({ id: 'odd', context: [{ role: 'client', text }], draft: text });
    const out = processLine(line, 'turns', analyzer);
    expect(out.error).toBeUndefined();
    expect(() => AssessResultLine.parse(out)).not.toThrow();
  });
});
