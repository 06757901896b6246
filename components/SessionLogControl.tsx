import { useState } from 'preact/hooks';
import { PassphraseField } from './PassphraseField';
import type { SessionLogStatus } from '../lib/panel/session-log-status';

export type { SessionLogStatus } from '../lib/panel/session-log-status';

export interface SessionLogControlProps {
  /** The site as the counselor knows it: a hostname, or "Attune practice chat". */
  site: string;
  /** Logging switched on for this conversation by itself. */
  conversation: boolean;
  /** Logging switched on for every conversation on this site. */
  siteWide: boolean;
  onConversation: (on: boolean) => void;
  onSite: (on: boolean) => void;
  status: SessionLogStatus;
  onUnlock: (passphrase: string) => void;
  /** The review page's address. */
  reviewHref: string;
  /** Why clinic policy does not let this counselor log at all (then both switches are off and fixed). */
  blockedBy?: string;
}

const turns = (n: number) => `${n} turn${n === 1 ? '' : 's'}`;

function statusLine(status: SessionLogStatus): string {
  switch (status.kind) {
    case 'off':
      return 'Logging off: nothing from this conversation is stored.';
    case 'on': {
      const parts = ['Logging on'];
      if (status.turns !== null) parts.push(`${turns(status.turns)} stored`);
      if (status.waiting) parts.push(`${turns(status.waiting)} waiting to be stored`);
      if (status.notStored) parts.push(`${turns(status.notStored)} not stored`);
      return `${parts.join(' · ')}.`;
    }
    case 'locked':
      return 'Logging on, but the session log is locked: enter your passphrase to go on logging.';
    case 'needs-encryption':
      return 'Logging on, but your organization requires an encrypted session log: nothing is stored until you encrypt it (Open review → Privacy and storage).';
    case 'error':
      return status.message;
  }
}

/** The counselor's switch for the session log: off until they turn it on, and what it is doing. */
export function SessionLogControl({
  site,
  conversation,
  siteWide,
  onConversation,
  onSite,
  status,
  onUnlock,
  reviewHref,
  blockedBy,
}: SessionLogControlProps) {
  const [passphrase, setPassphrase] = useState('');
  const failed = status.kind === 'error' || status.kind === 'needs-encryption';
  const blocked = blockedBy !== undefined;
  // Turns missing from the log are worth the counselor's eye even while logging goes on.
  const incomplete = status.kind === 'on' && (Boolean(status.notStored) || status.problem !== undefined);
  return (
    <section class="card session-log" aria-labelledby="session-log-heading">
      <h2 id="session-log-heading">Session log</h2>
      <label class="choice">
        <input
          type="checkbox"
          checked={!blocked && (conversation || siteWide)}
          disabled={blocked || siteWide}
          onChange={(e) => onConversation(e.currentTarget.checked)}
        />{' '}
        Log this conversation
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={!blocked && siteWide}
          disabled={blocked}
          onChange={(e) => onSite(e.currentTarget.checked)}
        />{' '}
        Log every conversation on {site}
      </label>
      {blocked ? (
        <p class="session-log-status muted policy-note" role="status">
          {blockedBy}
        </p>
      ) : (
        <p
          class={`session-log-status ${failed || incomplete ? 'warning' : 'muted'}`}
          role={failed ? 'alert' : 'status'}
        >
          {statusLine(status)}
        </p>
      )}
      {status.kind === 'on' && status.problem && (
        <p class="session-log-problem warning" role="alert">
          {status.problem}
        </p>
      )}
      {status.kind === 'locked' && (
        <form
          class="session-log-unlock"
          onSubmit={(e) => {
            e.preventDefault();
            onUnlock(passphrase);
            setPassphrase('');
          }}
        >
          <PassphraseField
            id="session-log-passphrase"
            label="Passphrase"
            autocomplete="current-password"
            value={passphrase}
            onInput={setPassphrase}
          />
          <button type="submit">Unlock</button>
        </form>
      )}
      {status.kind === 'locked' && status.problem && (
        <p class="warning" role="alert">
          {status.problem}
        </p>
      )}
      <p>
        <a href={reviewHref} target="_blank" rel="noopener">
          Open review
        </a>{' '}
        <span class="muted">(your logged sessions, on this computer)</span>
      </p>
    </section>
  );
}
