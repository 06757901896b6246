import { z } from 'zod';
import { MechanismKey } from '../framework';
import { ClientTurn, CounselorTurn, LoggedSession, LogSettings, SessionStats } from './records';

/**
 * What the session log keeps in IndexedDB (lib/log/db.ts lays out the stores). Every record is
 * parsed with these when it is read back (lib/log/stored.ts); a body is parsed again, with its own
 * schema, once it is opened (lib/log/records.ts).
 *
 * In the clear on every record, so that listing, date filters and retention work without the
 * passphrase: record keys (a random session id, turn seq), the site's hostname and platform id
 * (filters), times (startedAt, lastActivityAt, turn `at`, all capture times by the extension's
 * clock since v3: date filters and retention) and two counters (rev, nextSeq: safe concurrent
 * writes). `nextSeq` reveals how many turns a session has. Everything the counselor or client
 * wrote, the conversation key, notes, assessments, hints, counts and scores is in `body`, sealed
 * when encryption is on.
 */

const count = z.number().int().min(0);

/** A turn minus the fields that stay in the clear as keys (session id, seq, capture time). */
export const TurnBody = z.discriminatedUnion('role', [
  ClientTurn.omit({ sessionId: true, seq: true, at: true }),
  CounselorTurn.omit({ sessionId: true, seq: true, at: true }),
]);
export type TurnBody = z.infer<typeof TurnBody>;

/**
 * Running counts behind a session's stats and MITI summary, updated with each turn so neither
 * needs the turns again. `codes` counts assessed replies by `main:subtype` (e.g. `question:open`).
 */
export const SessionTally = SessionStats.omit({ mechanismMeans: true }).extend({
  mechanismSums: z.record(MechanismKey, count),
  codes: z.record(z.string().max(60), count),
  miAdherent: count,
  miNonAdherent: count,
});
export type SessionTally = z.infer<typeof SessionTally>;

export const SessionBody = LoggedSession.pick({
  conversationKey: true,
  endedAt: true,
  counselorNote: true,
  supervisorNote: true,
  summary: true,
  gaps: true,
}).extend({ tally: SessionTally });
export type SessionBody = z.infer<typeof SessionBody>;

/** Raw bytes as IndexedDB gives them back (checked by tag, so a Uint8Array of any realm passes). */
export const StoredBytes = z.custom<Uint8Array<ArrayBuffer>>(
  (value) => Object.prototype.toString.call(value) === '[object Uint8Array]',
  'not bytes',
);

/** AES-GCM ciphertext and its IV (lib/log/crypto.ts). */
export const StoredSealed = z.object({ iv: StoredBytes, data: StoredBytes });

/**
 * A record body: the value itself, or its ciphertext. The value is left unchecked here: it is
 * parsed with the body's own schema once opened (lib/log/records.ts).
 */
export const StoredBody = z.discriminatedUnion('sealed', [
  z.object({ sealed: z.literal(false), value: z.unknown() }),
  StoredSealed.extend({ sealed: z.literal(true) }),
]);
export type StoredBody = z.infer<typeof StoredBody>;

const storedTime = z.number();

export const StoredSession = z.object({
  id: LoggedSession.shape.id,
  site: LoggedSession.shape.site,
  platform: LoggedSession.shape.platform,
  startedAt: storedTime,
  /** Time of the last turn, end or import (v2). Retention counts from it, so a long session in
   *  progress is never deleted under the counselor. */
  lastActivityAt: storedTime,
  /** Bumped by every write; a writer that finds it changed since it read starts over. */
  rev: count,
  /** The seq the next turn gets. Allocated inside the write that adds the turn. */
  nextSeq: count,
  body: StoredBody,
});
export type StoredSession = z.infer<typeof StoredSession>;

export const StoredTurn = z.object({
  sessionId: LoggedSession.shape.id,
  seq: count,
  /** When Attune read the turn (v3: never the page's time, which is in the body as `pageAt`). */
  at: storedTime,
  rev: count,
  body: StoredBody,
});
export type StoredTurn = z.infer<typeof StoredTurn>;

export const StoredSettings = LogSettings.extend({ kind: z.literal('settings') });
export type StoredSettings = z.infer<typeof StoredSettings>;

/** The passphrase's salt and rounds, and a verifier sealed with its key. */
export const StoredCrypto = z.object({
  kind: z.literal('crypto'),
  /** Random per setup: a writer holding the key of an older setup sees the change and stops. */
  id: z.string().min(1).max(100),
  iterations: z.number().int().min(1),
  salt: StoredBytes,
  verifier: StoredSealed,
  /** True until records stored before encryption was turned on have all been sealed. */
  sealing: z.boolean(),
});
export type StoredCrypto = z.infer<typeof StoredCrypto>;
