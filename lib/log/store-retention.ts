import { LogSettings } from '../../models/session-log';
import { turnRange } from './db';
import { announceSpaceFreed } from './space';
import { storedSettings } from './stored';
import { type LogHandle, mapErrors } from './store-handle';
import { DAY_MS } from './times';

export const DEFAULT_RETENTION_DAYS = 30;
/** How often the background should call enforceRetention (besides at start). */
export const RETENTION_CHECK_PERIOD_MINUTES = 24 * 60;

/**
 * Deleting: one session, everything, or what is past the retention period, and that period's
 * setting. All of it works while the log is locked (only keys and times in the clear are read),
 * and each deletion tells the side panel's outbox that space may be free again.
 */
export function sessionRetention({ connection, adopt, now }: LogHandle) {
  async function getSettings(): Promise<LogSettings> {
    const stored = storedSettings(await mapErrors(async () => (await connection()).get('meta', 'settings')));
    return { retentionDays: stored?.retentionDays ?? DEFAULT_RETENTION_DAYS };
  }

  return {
    getSettings,

    async setRetentionDays(days: number): Promise<void> {
      const settings = LogSettings.parse({ retentionDays: days });
      await mapErrors(async () => {
        await (await connection()).put('meta', { kind: 'settings', ...settings }, 'settings');
      });
    },

    /** Returns whether there was such a session. */
    deleteSession(sessionId: string): Promise<boolean> {
      return mapErrors(async () => {
        const tx = (await connection()).transaction(['sessions', 'turns'], 'readwrite');
        const existed = (await tx.objectStore('sessions').count(sessionId)) > 0;
        await Promise.all([
          tx.objectStore('sessions').delete(sessionId),
          tx.objectStore('turns').delete(turnRange(sessionId)),
          tx.done,
        ]);
        if (existed) announceSpaceFreed();
        return existed;
      });
    },

    /** `forgetPassphrase` also removes the encryption setup, the way out for a forgotten passphrase. */
    deleteAll(options: { forgetPassphrase?: boolean } = {}): Promise<void> {
      return mapErrors(async () => {
        const tx = (await connection()).transaction(['sessions', 'turns', 'meta'], 'readwrite');
        await Promise.all([
          tx.objectStore('sessions').clear(),
          tx.objectStore('turns').clear(),
          options.forgetPassphrase ? tx.objectStore('meta').delete('crypto') : undefined,
          tx.done,
        ]);
        if (options.forgetPassphrase) adopt(undefined);
        announceSpaceFreed();
      });
    },

    /** Deletes sessions whose last activity (by capture or import time, never the page's clock) is
     *  older than the retention period. */
    enforceRetention(at = now()): Promise<{ deletedSessions: number }> {
      return mapErrors(async () => {
        const { retentionDays } = await getSettings();
        const cutoff = at - retentionDays * DAY_MS;
        const tx = (await connection()).transaction(['sessions', 'turns'], 'readwrite');
        const sessions = tx.objectStore('sessions');
        const expired = await sessions
          .index('by-lastActivityAt')
          .getAllKeys(IDBKeyRange.upperBound(cutoff, true));
        await Promise.all([
          ...expired.flatMap((id) => [sessions.delete(id), tx.objectStore('turns').delete(turnRange(id))]),
          tx.done,
        ]);
        if (expired.length > 0) announceSpaceFreed();
        return { deletedSessions: expired.length };
      });
    },
  };
}
