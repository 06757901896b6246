import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { WrongPassphraseError, ImportError } from '../../lib/log/errors';
import { buildExportFile, readExportFile } from '../../lib/log/export';
import {
  EXPORT_FORMAT,
  type FullSessionExport,
  FullPayload,
  type LoggedTurn,
  SummaryPayload,
} from '../../models/session-log';
import { PROPERTY_TIMEOUT_MS, chatText, fillerText, runs } from './arbitraries';
import { expectRoughlyLinearAsync } from './timing';

/**
 * The session log's import parser (`readExportFile`, lib/log/export.ts) on any file a supervisor
 * might be handed: text that is not JSON, JSON that is not ours, and real export files changed at
 * random (a value replaced, a key dropped, the seal's fields mangled). It refuses with its own typed
 * errors only (ImportError, WrongPassphraseError), and what it accepts validates against the
 * payload schema it promises, with every turn inside its own session and no session twice. A file
 * it wrote reads back unchanged. Reading time grows about linearly with the file.
 */

const EXPORTED_AT = Date.UTC(2026, 10, 30, 12, 0, 0);
const PASSPHRASE = 'correct horse battery staple';
/** Key derivation is the slow part of an encrypted file: one round keeps the tests quick. */
const KDF_ITERATIONS = 1;

/** A logged session of `texts`, alternating client and counselor, with the analyzer's real readings. */
function sessionOf(
  id: string,
  texts: readonly string[],
  startedAt = EXPORTED_AT - 3_600_000,
): FullSessionExport {
  const turns: LoggedTurn[] = texts.map((text, seq) => {
    const at = startedAt + seq * 1_000;
    const context = texts
      .slice(0, seq)
      .map((t, i) => ({ role: i % 2 === 0 ? 'client' : 'counselor', text: t }) as const);
    if (seq % 2 === 0) {
      return {
        sessionId: id,
        seq,
        at,
        text,
        role: 'client',
        assessment: assess({ context: [...context, { role: 'client', text }] }).client,
      };
    }
    return {
      sessionId: id,
      seq,
      at,
      text,
      role: 'counselor',
      sentDraft: true,
      assessment: assess({ context, draft: text }).draft,
      hints: [],
      judge: null,
    };
  });
  return {
    session: {
      id,
      site: 'chat.example.org',
      platform: 'rocketchat',
      conversationKey: 'room/1',
      startedAt,
      counselorNote: 'note',
    },
    turns,
  };
}

const sessionsArb: fc.Arbitrary<FullSessionExport[]> = fc
  .array(
    fc.array(
      chatText(4).map((t) => t.slice(0, 2_000)),
      { maxLength: 4 },
    ),
    { minLength: 1, maxLength: 2 },
  )
  .map((sessions) => sessions.map((texts, i) => sessionOf(`s${i}`, texts)));

type FileOptions = { kind: 'full' | 'summary'; encrypted: boolean; redact: boolean };
const fileOptions: fc.Arbitrary<FileOptions> = fc.record({
  kind: fc.constantFrom('full' as const, 'summary' as const),
  encrypted: fc.boolean(),
  redact: fc.boolean(),
});

async function exportText(sessions: FullSessionExport[], o: FileOptions): Promise<string> {
  return JSON.stringify(
    await buildExportFile(sessions, {
      kind: o.kind,
      redact: o.redact,
      exportedAt: EXPORTED_AT,
      ...(o.encrypted ? { passphrase: PASSPHRASE, kdfIterations: KDF_ITERATIONS } : {}),
    }),
  );
}

// ---- Changing a file at random ----------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values a change may put in a file: odd numbers (no JSON number is NaN), odd strings, odd shapes. */
const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -0,
    -1,
    1,
    2,
    0.5,
    1e308,
    -1e308,
    2 ** 53,
    8.64e15,
    8.64e15 + 1,
    EXPORTED_AT + 3_600_000,
    '',
    'A',
    'AAAA',
    '====',
    'not base64!',
    EXPORT_FORMAT,
    'full',
    'summary',
    'client',
    'counselor',
    '\ud800',
    [],
    {},
  ),
  chatText(2),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/**
 * A change at one place of the file. `shallow` ones pick among the first three levels (the
 * header, the seal's fields, a session's own fields), which a change anywhere would rarely hit:
 * most of a file is assessments.
 */
type Change = { at: number; shallow: boolean } & (
  { kind: 'set'; value: Json } | { kind: 'drop' } | { kind: 'duplicate' }
);
const where = { at: fc.nat(), shallow: fc.boolean() };
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), ...where, value: oddValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), ...where }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), ...where }) },
);

type Place = { parent: Json[] | { [key: string]: Json }; key: string | number; depth: number };

/** Every place in a JSON tree: its container, key and depth (the root has none). */
function places(root: Json): Place[] {
  const out: Place[] = [];
  const walk = (node: Json, depth: number) => {
    if (node === null || typeof node !== 'object') return;
    const entries: [string | number, Json][] = Array.isArray(node)
      ? node.map((child, i) => [i, child])
      : Object.entries(node);
    for (const [key, child] of entries) {
      out.push({ parent: node, key, depth });
      walk(child, depth + 1);
    }
  };
  walk(root, 1);
  return out;
}

function applyChange(root: Json, c: Change): void {
  const all = places(root).filter((p) => !c.shallow || p.depth <= 3);
  if (all.length === 0) return;
  const { parent, key } = all[c.at % all.length]!;
  const container = parent as Record<string | number, Json>;
  if (c.kind === 'set') container[key] = structuredClone(c.value);
  else if (c.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete container[key];
  } else if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]!));
}

// ---- The properties -------------------------------------------------------------------------------

/** Reads, and checks that only the typed errors escape and that what is accepted keeps its promises. */
async function checkRead(text: string, passphrase?: string): Promise<void> {
  let opened;
  try {
    opened = await readExportFile(text, passphrase === undefined ? {} : { passphrase });
  } catch (error) {
    if (error instanceof ImportError || error instanceof WrongPassphraseError) return;
    throw error;
  }
  if (opened.kind === 'summary') {
    const parsed = SummaryPayload.safeParse(opened.payload);
    expect(parsed.success, parsed.error?.message).toBe(true);
    return;
  }
  const parsed = FullPayload.safeParse(opened.payload);
  expect(parsed.success, parsed.error?.message).toBe(true);
  const ids = opened.payload.sessions.map((s) => s.session.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const { session, turns } of opened.payload.sessions) {
    for (const turn of turns) expect(turn.sessionId).toBe(session.id);
    expect(new Set(turns.map((t) => t.seq)).size).toBe(turns.length);
  }
}

describe('readExportFile on any file', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  test('text that is not JSON, and JSON that is not ours, is refused with ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          chatText(6),
          fc.string({ unit: 'binary' }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .record({ format: fc.constantFrom(EXPORT_FORMAT, 'other'), version: oddValue, payload: oddValue })
            .map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          await expect(readExportFile(text)).rejects.toBeInstanceOf(ImportError);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  test('a file it wrote reads back unchanged, encrypted or not', async () => {
    await fc.assert(
      fc.asyncProperty(sessionsArb, fileOptions, async (sessions, o) => {
        const opened = await readExportFile(await exportText(sessions, o), { passphrase: PASSPHRASE });
        expect(opened.kind).toBe(o.kind);
        expect(opened.exportedAt).toBe(EXPORTED_AT);
        if (opened.kind === 'full' && !o.redact) expect(opened.payload.sessions).toEqual(sessions);
        await checkRead(await exportText(sessions, o), PASSPHRASE);
      }),
      { numRuns: runs(25) },
    );
  });

  test('its files changed at random: only typed errors, and what is accepted validates', async () => {
    await fc.assert(
      fc.asyncProperty(
        sessionsArb,
        fileOptions,
        fc.array(change, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<string | undefined>(PASSPHRASE, 'wrong', '', undefined),
        async (sessions, o, changes, passphrase) => {
          const file = JSON.parse(await exportText(sessions, o)) as Json;
          for (const c of changes) applyChange(file, c);
          await checkRead(JSON.stringify(file), passphrase);
        },
      ),
      { numRuns: runs(150) },
    );
  });

  test('a file cut off anywhere is refused as not JSON', async () => {
    const text = await exportText([sessionOf('s0', ['idk', 'What would help?', 'nothing'])], {
      kind: 'full',
      encrypted: false,
      redact: false,
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (cut) => {
        await expect(readExportFile(text.slice(0, cut))).rejects.toBeInstanceOf(ImportError);
      }),
      { numRuns: runs(50) },
    );
  });
});

describe('readExportFile takes time about linear in the file', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  /** Four long turns with the analyzer's readings, read once and copied into every session of a file. */
  const template = sessionOf(
    'template',
    [1, 2, 3, 4].map((seed) => fillerText(5_000, seed)),
  );
  const templateChars = JSON.stringify(template).length;

  /** A file of at least `chars` characters: copies of the template session, each with its own id and words. */
  function fileOf(chars: number, encrypted: boolean): Promise<string> {
    const sessions = Array.from({ length: Math.ceil(chars / templateChars) }, (_, i) => {
      const id = `s${i}`;
      const copy = structuredClone(template);
      copy.session.id = id;
      for (const turn of copy.turns)
        Object.assign(turn, { sessionId: id, text: `${i} ${turn.text.slice(0, -10)}` });
      return copy;
    });
    return exportText(sessions, { kind: 'full', encrypted, redact: false });
  }

  test.each([
    ['a plain file', false],
    ['an encrypted file', true],
  ])('%s of 100 KB, then 1 MB', async (_name, encrypted) => {
    const small = await fileOf(100_000, encrypted);
    const large = await fileOf(1_000_000, encrypted);
    expect(large.length).toBeGreaterThanOrEqual(1_000_000);
    await expectRoughlyLinearAsync({
      small: () => readExportFile(small, { passphrase: PASSPHRASE }),
      large: () => readExportFile(large, { passphrase: PASSPHRASE }),
      sizeRatio: large.length / small.length,
      samples: 2,
    });
  });
});
