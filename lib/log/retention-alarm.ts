import { browser } from 'wxt/browser';
import { applyRetentionPolicy, readPolicy } from '../policy/policy';
import { RETENTION_CHECK_PERIOD_MINUTES, openSessionLog } from './store';

/**
 * The daily retention check, run by the background (an extension context, so the log's IndexedDB
 * is the extension's own, never a site's). Retention needs no passphrase: it reads only the times
 * kept in the clear. The review page and the side panel also run it when they open.
 */

export const RETENTION_ALARM = 'attune-session-log-retention';

async function enforceRetention(): Promise<void> {
  const log = await openSessionLog();
  try {
    // Clinic policy's maximum retention first: a log kept longer is cut to it.
    await applyRetentionPolicy(log, await readPolicy());
    await log.enforceRetention();
  } finally {
    log.close();
  }
}

/** Call synchronously at background start: an alarm's listener must be in place when it wakes us. */
export function scheduleRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    enforceRetention().catch((error: unknown) =>
      console.error('Attune: session log retention failed', error),
    );
  });
  // Created once: re-creating it at every service-worker start would push the next check back.
  void browser.alarms
    .get(RETENTION_ALARM)
    .then((existing) =>
      existing
        ? undefined
        : browser.alarms.create(RETENTION_ALARM, {
            delayInMinutes: 1,
            periodInMinutes: RETENTION_CHECK_PERIOD_MINUTES,
          }),
    )
    .catch((error: unknown) => console.error('Attune: could not schedule the retention check', error));
}
