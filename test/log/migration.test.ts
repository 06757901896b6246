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

    // The upgrade happens "now", after every time stored (a later one would be moved back to it).
    const log = await openSessionLog({ dbName, now: () => now });
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

describe('version 3: times are capture times', () => {
  const Y2999 = Date.UTC(2999, 0, 1);
  const Y1971 = Date.UTC(1971, 5, 1);

  /** A version 2 session whose turns carry the page's times, as v2 stored them, with clear bodies. */
  async function writeV2Session(
    db: Awaited<ReturnType<typeof openLogDb>>,
    id: string,
    times: readonly number[],
  ) {
    const turns = turnsFor(CONVERSATION.slice(0, times.length)).map((turn) => {
      const { at: _at, ...body } = NewTurn.parse(turn);
      return body as TurnBody;
    });
    const tally = turns.reduce(countTurn, emptyTally());
    const startedAt = Math.min(...times);
    const tx = db.transaction(['sessions', 'turns'], 'readwrite');
    await tx.objectStore('sessions').put({
      id,
      site: 'chat.example.org',
      platform: 'rocketchat',
      startedAt,
      lastActivityAt: Math.max(...times),
      rev: turns.length,
      nextSeq: turns.length,
      body: { sealed: false, value: { conversationKey: `room/${id}`, tally, summary: summaryOf(tally) } },
    });
    for (const [seq, body] of turns.entries())
      await tx
        .objectStore('turns')
        .put({ sessionId: id, seq, at: times[seq]!, rev: 0, body: { sealed: false, value: body } });
    await tx.done;
  }

  test('a stored time later than the upgrade becomes the upgrade time; older records read as before', async () => {
    const dbName = freshDbName();
    const v2 = await openLogDb(dbName, { version: 2 });
    const upgradeAt = T0;
    await writeV2Session(v2, 'from-2999', [upgradeAt - DAY, Y2999, Y2999]);
    await writeV2Session(v2, 'ordinary', [upgradeAt - 2 * DAY, upgradeAt - 2 * DAY + 60_000]);
    await writeV2Session(v2, 'from-1971', [Y1971, Y1971]);
    v2.close();

    const log = await openSessionLog({ dbName, now: () => upgradeAt });
    const future = (await log.getSession('from-2999'))!;
    expect(future.turns.map((t) => t.at)).toEqual([upgradeAt - DAY, upgradeAt, upgradeAt]);
    // A v2 body has no page time: the stored time is all there is, shown as it is.
    expect(future.turns.every((t) => t.pageAt === undefined)).toBe(true);
    expect(future.turns.map((t) => t.text)).toEqual(CONVERSATION.slice(0, 3).map((m) => m.text));
    const ordinary = (await log.getSession('ordinary'))!;
    expect(ordinary.turns.map((t) => t.at)).toEqual([upgradeAt - 2 * DAY, upgradeAt - 2 * DAY + 60_000]);
    expect(ordinary.session.startedAt).toBe(upgradeAt - 2 * DAY);

    // Before the upgrade the 2999 session was never deleted; now it goes 30 days after the upgrade.
    // (A session dated 1971 was already deleted at every retention check, and still is.)
    expect(await log.enforceRetention(upgradeAt)).toEqual({ deletedSessions: 1 });
    expect(await log.getSession('from-1971')).toBeUndefined();
    expect(await log.enforceRetention(upgradeAt + 29 * DAY)).toEqual({ deletedSessions: 1 });
    expect(await log.enforceRetention(upgradeAt + 31 * DAY)).toEqual({ deletedSessions: 1 });
    expect(await log.listSessions()).toEqual([]);
    log.close();
  });
});
