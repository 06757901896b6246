import { useState } from 'preact/hooks';
import { PassphraseField } from './PassphraseField';

/** Where the session log stands for the conversation the panel follows. */
export type SessionLogStatus =
  | { kind: 'off' }
  /** `turns`: turns stored in this conversation's session, when known. */
  | { kind: 'on'; turns: number | null }
  /** The log is encrypted and this panel has no key yet; `problem` after a failed unlock. */
  | { kind: 'locked'; problem?: string }
  | { kind: 'error'; message: string };

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
}

function statusLine(status: SessionLogStatus): string {
  switch (status.kind) {
    case 'off':
      return 'Logging off: nothing from this conversation is stored.';
    case 'on':
      return status.turns === null
        ? 'Logging on.'
        : `Logging on · ${status.turns} turn${status.turns === 1 ? '' : 's'} stored.`;
    case 'locked':
      return 'Logging on, but the session log is locked: enter your passphrase to go on logging.';
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
}: SessionLogControlProps) {
  const [passphrase, setPassphrase] = useState('');
  const failed = status.kind === 'error';
  return (
    <section class="card session-log" aria-labelledby="session-log-heading">
      <h2 id="session-log-heading">Session log</h2>
      <label class="choice">
        <input
          type="checkbox"
          checked={conversation || siteWide}
          disabled={siteWide}
          onChange={(e) => onConversation(e.currentTarget.checked)}
        />{' '}
        Log this conversation
      </label>
      <label class="choice">
        <input type="checkbox" checked={siteWide} onChange={(e) => onSite(e.currentTarget.checked)} /> Log
        every conversation on {site}
      </label>
      <p class={`session-log-status ${failed ? 'warning' : 'muted'}`} role={failed ? 'alert' : 'status'}>
        {statusLine(status)}
      </p>
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
