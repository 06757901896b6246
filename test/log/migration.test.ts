import { describe, expect, test } from 'vitest';
import { LOG_DB_VERSION, MIGRATIONS, openLogDb } from '../../lib/log/db';
import { countTurn, emptyTally, summaryOf } from '../../lib/log/stats';
import { openSessionLog } from '../../lib/log/store';
import { LOG_SCHEMA_VERSION, NewTurn, type TurnBody } from '../../models/session-log';
import { CONVERSATION, DAY, T0, freshDbName, turnsFor } from './helpers';

/** Writes one session the way version 1 stored it: no `lastActivityAt`, clear bodies. */
async function writeV1Session(
  db: Awaited<ReturnType<typeof openLogDb>>,
  id: string,
  startedAt: number,
  turnsAt: number,
) {
  const turns = turnsFor(CONVERSATION, turnsAt).map((turn) => {
    const { at: _at, ...body } = NewTurn.parse(turn);
    return body as TurnBody;
  });
  const tally = turns.reduce(countTurn, emptyTally());
  const v1Session = {
    id,
    site: 'chat.example.org',
    platform: 'rocketchat',
    startedAt,
    rev: turns.length,
    nextSeq: turns.length,
    body: { sealed: false, value: { conversationKey: `room/${id}`, tally, summary: summaryOf(tally) } },
  };
  const tx = db.transaction(['sessions', 'turns'], 'readwrite');
  // @ts-expect-error: a version 1 record has no lastActivityAt; that is what the migration adds
  await tx.objectStore('sessions').put(v1Session);
  for (const [seq, body] of turns.entries()) {
    await tx
      .objectStore('turns')
      .put({ sessionId: id, seq, at: turnsAt + seq * 60_000, rev: 0, body: { sealed: false, value: body } });
  }
  await tx.done;
}

describe('database versions', () => {
  test('there is one migration step per version, up to the current one', () => {
    expect(LOG_DB_VERSION).toBe(LOG_SCHEMA_VERSION);
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([...Array(LOG_DB_VERSION).keys()].map((i) => i + 1));
  });

  test('upgrading from version 1 keeps every session and turn and dates retention from the last turn', async () => {
    const dbName = freshDbName();
    const v1 = await openLogDb(dbName, { version: 1 });
    expect(Array.from(v1.transaction('sessions').store.indexNames)).not.toContain('by-lastActivityAt');
    const now = T0 + 100 * DAY;
    // Both started 40 days ago; one was still active yesterday, the other not for 35 days.
    await writeV1Session(v1, 'active', now - 40 * DAY, now - DAY);
    await writeV1Session(v1, 'stale', now - 40 * DAY, now - 35 * DAY);
    v1.close();

    const log = await openSessionLog({ dbName });
    const active = (await log.getSession('active'))!;
    expect(active.turns.map((t) => t.text)).toEqual(CONVERSATION.map((m) => m.text));
    expect(active.session).toMatchObject({ conversationKey: 'room/active', startedAt: now - 40 * DAY });
    expect(active.stats.turns).toBe(CONVERSATION.length);
    expect((await log.listSessions()).map((s) => s.id).sort()).toEqual(['active', 'stale']);

    // Without the backfill both would look 40 days old and both would go.
    expect(await log.enforceRetention(now)).toEqual({ deletedSessions: 1 });
    expect((await log.listSessions()).map((s) => s.id)).toEqual(['active']);

    // And the upgraded log takes new turns after the old ones.
    const next = await log.appendTurn('active', { role: 'client', text: 'back again', assessment: null });
    expect(next.seq).toBe(CONVERSATION.length);
    log.close();
  });
});
