import type { AdapterHealth } from '../models';
import { healthLine } from '../lib/live/snapshot';

export type LiveState =
  | { kind: 'manual' }
  | { kind: 'unreadable'; origin: string | null; canGrant: boolean }
  | { kind: 'live'; platform: string; health: AdapterHealth };

/** Which page the panel is reading, how well, and what to do when it cannot. */
export function LiveStatus({ state, onGrant }: { state: LiveState; onGrant?: () => void }) {
  if (state.kind === 'manual') return null;
  if (state.kind === 'unreadable') {
    return (
      <section class="card live-status" aria-label="Page status">
        <p class="muted">
          Attune is not reading this tab{state.origin ? ` (${state.origin})` : ''}. You can paste the client's
          message below instead.
        </p>
        {state.canGrant && onGrant && (
          <button type="button" onClick={onGrant}>
            Read chats on this site
          </button>
        )}
      </section>
    );
  }
  return (
    <section class="card live-status" aria-label="Page status">
      <p>
        <strong class="platform">{state.platform}</strong>{' '}
        <span class="health">{healthLine(state.health)}</span>
      </p>
      {state.health.warning && (
        <p class="warning" role="alert">
          {state.health.warning}
        </p>
      )}
    </section>
  );
}
