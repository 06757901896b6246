import type { LiveState } from '../lib/panel/live-state';
import { healthLine } from '../lib/live/snapshot';

export type { LiveState } from '../lib/panel/live-state';

/** Pick mode as the panel sees it. */
export type PickState =
  | { kind: 'idle' }
  | { kind: 'picking'; problem?: string }
  | { kind: 'saved'; origin?: string }
  | { kind: 'cancelled' };

export interface LiveStatusProps {
  state: LiveState;
  onGrant?: () => void;
  pick?: PickState;
  onTeach?: () => void;
  onStopTeaching?: () => void;
}

/** Readers whose picture of the page may be wrong: the counselor is invited to teach it. */
const isGuess = (adapter: string | undefined) => adapter === 'generic';

/** Which page the panel is reading, how well, and what to do when it cannot. */
export function LiveStatus({
  state,
  onGrant,
  pick = { kind: 'idle' },
  onTeach,
  onStopTeaching,
}: LiveStatusProps) {
  if (state.kind === 'manual') return null;
  if (pick.kind === 'picking') {
    return (
      <section class="card live-status" aria-label="Page status">
        <p>
          <strong>Teaching Attune this page.</strong> In the page, click your reply box, then the message
          list, then one message from the client, then one of yours.
        </p>
        {pick.problem && (
          <p class="warning" role="alert">
            {pick.problem} Start again with your reply box.
          </p>
        )}
        {onStopTeaching && (
          <button type="button" onClick={onStopTeaching}>
            Stop teaching
          </button>
        )}
      </section>
    );
  }
  const teach = (label: string) =>
    onTeach && (
      <button type="button" class="teach" onClick={onTeach}>
        {label}
      </button>
    );
  const saved = pick.kind === 'saved' && (
    <p class="muted" role="status">
      Layout saved{pick.origin ? ` for ${pick.origin}` : ''}. Attune reads this site with it from now on.
    </p>
  );
  if (state.kind === 'not-allowed') {
    return (
      <section class="card live-status" aria-label="Page status">
        <p class="policy-note" role="status">
          {state.note}
          {state.origin ? ` (${state.origin})` : ''} You can paste the client's message below instead.
        </p>
      </section>
    );
  }
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
  if (state.kind === 'no-chat') {
    return (
      <section class="card live-status" aria-label="Page status">
        <p class="muted">
          Attune can read this site{state.origin ? ` (${state.origin})` : ''} but finds no chat on this page.
          If there is one, show Attune where it is.
        </p>
        {teach('Teach Attune this page')}
        {saved}
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
      {isGuess(state.adapter) && (
        <p class="muted">Attune is guessing how this page works. If the counts look wrong, teach it.</p>
      )}
      {saved}
      {state.adapter !== 'practice' &&
        teach(
          isGuess(state.adapter) || state.health.warning
            ? 'Teach Attune this page'
            : 'Reading it wrong? Teach Attune',
        )}
    </section>
  );
}
