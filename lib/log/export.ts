import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  ExportEnvelope,
  ExportFile,
  FullPayload,
  type FullSessionExport,
  type SealedPayload,
  SummaryPayload,
  type SummarySessionExport,
  type SummaryTurn,
} from '../../models/session-log';
import {
  AuthenticationFailed,
  type Bytes,
  PBKDF2_ITERATIONS,
  deriveKey,
  fromBase64,
  keyOpensVerifier,
  makeVerifier,
  newKdfParams,
  sealJson,
  toBase64,
  unsealJson,
} from './crypto';
import { ImportError, WrongPassphraseError } from './errors';
import { redactRecord } from './redact';
import { countTurn, emptyTally, statsOf } from './stats';
import type { ImportResult, SessionLog } from './store';
import { PAGE_TIME_AFTER_CAPTURE_MS, isValidTime } from './times';

/**
 * Session log files for sharing with a supervisor: versioned, validated with zod on the way in,
 * optionally encrypted with a passphrase and redacted. `full` carries every turn's text; `summary`
 * carries no text at all (codes, mechanism levels, counts, hint rules and actions).
 *
 * Reading refuses anything it cannot fully trust, before anything is written: bad JSON, another
 * format, a newer version, a shape that does not validate, a wrong passphrase, a payload altered
 * after sealing (AES-GCM authenticates the header too), times that are no dates or that come after
 * the file was made.
 */

export type ExportKind = 'full' | 'summary';

export interface ExportOptions {
  readonly kind?: ExportKind;
  /** Which sessions (all when absent). */
  readonly sessionIds?: readonly string[];
  /** Encrypts the payload with this passphrase. */
  readonly passphrase?: string;
  /** Replaces names, emails, phone numbers, addresses, URLs and handles in every free-text field. */
  readonly redact?: boolean;
  /** When the file says it was made (ms since the epoch); defaults to now. */
  readonly exportedAt?: number;
  /** PBKDF2 rounds for an encrypted file. Lower only in tests. */
  readonly kdfIterations?: number;
}

/** A file that passed every check, ready to show or to store. */
export type OpenedExport =
  | {
      readonly kind: 'full';
      readonly exportedAt: number;
      readonly redacted: boolean;
      readonly payload: FullPayload;
    }
  | {
      readonly kind: 'summary';
      readonly exportedAt: number;
      readonly redacted: boolean;
      readonly payload: SummaryPayload;
    };

/** The authenticated header an encrypted payload is bound to: changing any of it breaks the seal. */
const headerContext = (h: { version: number; exportedAt: number; kind: ExportKind; redacted: boolean }) =>
  JSON.stringify([EXPORT_FORMAT, h.version, h.exportedAt, h.kind, h.redacted]);

function summaryTurn(turn: FullSessionExport['turns'][number]): SummaryTurn {
  if (turn.role === 'client') {
    const a = turn.assessment;
    return {
      seq: turn.seq,
      at: turn.at,
      role: 'client',
      talk: a?.talk ?? null,
      resistance: [...new Set(a?.resistance.cues.map((c) => c.behaviour) ?? [])],
      risk: a?.risk.level ?? null,
      sentDraft: null,
      code: null,
      mechanisms: null,
      safety: [],
      hints: [],
      judgeMechanisms: null,
    };
  }
  const a = turn.assessment;
  return {
    seq: turn.seq,
    at: turn.at,
    role: 'counselor',
    talk: null,
    resistance: [],
    risk: null,
    sentDraft: turn.sentDraft,
    code: a ? { main: a.main, question: a.question, reflection: a.reflection, input: a.input } : null,
    mechanisms: a ? { ...a.mechanisms } : null,
    safety: [...new Set(a?.safety.map((s) => s.flag) ?? [])],
    hints: turn.hints.map((h) => ({ rule: h.rule, about: h.about, severity: h.severity, action: h.action })),
    judgeMechanisms: turn.judge ? { ...turn.judge.mechanisms } : null,
  };
}

/** A session with every piece of text left out: no turn text, notes, conversation key or quote. */
export function summarizeForExport({ session, turns }: FullSessionExport): SummarySessionExport {
  const tally = turns.reduce((t, turn) => countTurn(t, turn), emptyTally());
  const out: SummarySessionExport = {
    id: session.id,
    site: session.site,
    platform: session.platform,
    startedAt: session.startedAt,
    stats: statsOf(tally),
    turns: turns.map(summaryTurn),
  };
  if (session.endedAt !== undefined) out.endedAt = session.endedAt;
  if (session.summary !== undefined) out.summary = session.summary;
  if (session.gaps !== undefined) out.gaps = session.gaps;
  return out;
}

/** Builds the file from sessions already read (no storage involved). */
export async function buildExportFile(
  sessions: readonly FullSessionExport[],
  options: ExportOptions = {},
): Promise<ExportFile> {
  const kind = options.kind ?? 'full';
  // A summary has no free text to redact, so it never claims to be redacted.
  const redacted = options.redact === true && kind === 'full';
  const exportedAt = options.exportedAt ?? Date.now();
  let payload: FullPayload | SummaryPayload;
  if (kind === 'summary') payload = { sessions: sessions.map(summarizeForExport) };
  else {
    const cache = new Map<string, string>();
    payload = { sessions: redacted ? sessions.map((s) => redactRecord(s, cache)) : [...sessions] };
  }
  // The file must read back: validate what we write with the schema we read with.
  payload = kind === 'summary' ? SummaryPayload.parse(payload) : FullPayload.parse(payload);

  const header = { format: EXPORT_FORMAT, version: EXPORT_FORMAT_VERSION, exportedAt, redacted } as const;
  if (options.passphrase === undefined) {
    return kind === 'summary'
      ? { ...header, encrypted: false, kind, payload: payload as SummaryPayload }
      : { ...header, encrypted: false, kind, payload: payload as FullPayload };
  }
  const params = newKdfParams(options.kdfIterations ?? PBKDF2_ITERATIONS);
  const key = await deriveKey(options.passphrase, params);
  const verifier = await makeVerifier(key);
  const sealed = await sealJson(
    key,
    payload,
    headerContext({ version: EXPORT_FORMAT_VERSION, exportedAt, kind, redacted }),
  );
  const sealedPayload: SealedPayload = {
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: params.iterations, salt: toBase64(params.salt) },
    cipher: 'AES-GCM-256',
    verifier: { iv: toBase64(verifier.iv), data: toBase64(verifier.data) },
    iv: toBase64(sealed.iv),
    data: toBase64(sealed.data),
  };
  return { ...header, encrypted: true, kind, payload: sealedPayload };
}

/** Exports from the log as JSON text, ready to save as a file. */
export async function exportSessionLog(log: SessionLog, options: ExportOptions = {}): Promise<string> {
  const sessions = await log.exportSessions(options.sessionIds);
  return JSON.stringify(await buildExportFile(sessions, options));
}

/**
 * Checks the file's times: each must be a real date, and (from version 2 on, where a turn's time is
 * when it was read) none may come after the file was made, give or take the 5 minutes two clocks
 * may disagree. A file cannot decide how long it is kept either way: the log keeps imported
 * sessions for the retention period counted from the import.
 */
function checkTimes(
  version: number,
  exportedAt: number,
  sessions: readonly {
    startedAt: number;
    endedAt?: number;
    gaps?: readonly { from: number; to: number }[];
    turns: readonly { at: number }[];
  }[],
): void {
  if (!isValidTime(exportedAt)) throw new ImportError('invalid', { detail: 'its export date is not a date' });
  const latest = exportedAt + PAGE_TIME_AFTER_CAPTURE_MS;
  for (const session of sessions) {
    const times = [
      session.startedAt,
      ...(session.endedAt === undefined ? [] : [session.endedAt]),
      ...(session.gaps ?? []).flatMap((g) => [g.from, g.to]),
      ...session.turns.map((t) => t.at),
    ];
    if (!times.every(isValidTime)) throw new ImportError('invalid', { detail: 'a time in it is not a date' });
    if (version >= 2 && times.some((t) => t > latest))
      throw new ImportError('invalid', { detail: 'it holds times after it was exported' });
  }
}

/** Checks a full payload beyond its shape: ids unique, every turn inside its own session, times. */
function checkConsistent(payload: FullPayload, version: number, exportedAt: number): void {
  checkTimes(
    version,
    exportedAt,
    payload.sessions.map((s) => ({ ...s.session, turns: s.turns })),
  );
  const ids = new Set<string>();
  for (const { session, turns } of payload.sessions) {
    if (ids.has(session.id)) throw new ImportError('invalid', { detail: 'a session appears twice' });
    ids.add(session.id);
    const seqs = new Set<number>();
    for (const turn of turns) {
      if (turn.sessionId !== session.id)
        throw new ImportError('invalid', { detail: 'a turn is in the wrong session' });
      if (seqs.has(turn.seq)) throw new ImportError('invalid', { detail: 'a turn appears twice' });
      seqs.add(turn.seq);
    }
  }
}

/**
 * Parses and checks a file completely: format, version, shape, passphrase, integrity. Throws
 * ImportError (or WrongPassphraseError) and returns nothing partial.
 */
export async function readExportFile(
  text: string,
  options: { passphrase?: string } = {},
): Promise<OpenedExport> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError('not-json', { cause: error });
  }
  const envelope = ExportEnvelope.safeParse(json);
  if (!envelope.success) throw new ImportError('not-attune', { cause: envelope.error });
  if (envelope.data.version > EXPORT_FORMAT_VERSION)
    throw new ImportError('newer-version', { detail: `file format ${envelope.data.version}` });
  const file = ExportFile.safeParse(json);
  if (!file.success) throw new ImportError('invalid', { cause: file.error });
  const { kind, exportedAt, redacted, version } = file.data;

  const data = file.data;
  if (!data.encrypted) {
    // Already validated, payload included, by ExportFile above.
    if (data.kind === 'full') {
      checkConsistent(data.payload, version, exportedAt);
      return { kind: 'full', exportedAt, redacted, payload: data.payload };
    }
    checkTimes(version, exportedAt, data.payload.sessions);
    return { kind: 'summary', exportedAt, redacted, payload: data.payload };
  }

  if (options.passphrase === undefined) throw new ImportError('passphrase-required');
  const sealed = data.payload;
  let bytes: Record<'salt' | 'verifierIv' | 'verifierData' | 'iv' | 'data', Bytes>;
  try {
    bytes = {
      salt: fromBase64(sealed.kdf.salt),
      verifierIv: fromBase64(sealed.verifier.iv),
      verifierData: fromBase64(sealed.verifier.data),
      iv: fromBase64(sealed.iv),
      data: fromBase64(sealed.data),
    };
  } catch (error) {
    throw new ImportError('invalid', { cause: error });
  }
  if (options.passphrase.length === 0) throw new WrongPassphraseError();
  const key = await deriveKey(options.passphrase, { iterations: sealed.kdf.iterations, salt: bytes.salt });
  if (!(await keyOpensVerifier(key, { iv: bytes.verifierIv, data: bytes.verifierData })))
    throw new WrongPassphraseError();
  let payload: unknown;
  try {
    payload = await unsealJson(
      key,
      { iv: bytes.iv, data: bytes.data },
      headerContext({ version, exportedAt, kind, redacted }),
    );
  } catch (error) {
    // The key is right (the verifier opened), so a payload that does not open was altered.
    if (error instanceof AuthenticationFailed || error instanceof SyntaxError || error instanceof TypeError)
      throw new ImportError('tampered', { cause: error });
    throw error;
  }

  if (kind === 'summary') {
    const parsed = SummaryPayload.safeParse(payload);
    if (!parsed.success) throw new ImportError('invalid', { cause: parsed.error });
    checkTimes(version, exportedAt, parsed.data.sessions);
    return { kind, exportedAt, redacted, payload: parsed.data };
  }
  const parsed = FullPayload.safeParse(payload);
  if (!parsed.success) throw new ImportError('invalid', { cause: parsed.error });
  checkConsistent(parsed.data, version, exportedAt);
  return { kind, exportedAt, redacted, payload: parsed.data };
}

/**
 * Imports a full export into the log. The file is read and checked completely first, then written
 * in one transaction: on any refusal or failure the log is exactly as it was. Sessions already in
 * the log are left untouched and reported as skipped.
 */
export async function importSessionLog(
  log: SessionLog,
  text: string,
  options: { passphrase?: string } = {},
): Promise<ImportResult> {
  const opened = await readExportFile(text, options);
  if (opened.kind === 'summary') throw new ImportError('summary-only');
  return log.importSessions(opened.payload.sessions);
}
