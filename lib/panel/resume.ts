import type { LogOutbox } from '../log/outbox';
import { conversationKeyOf, sessionSiteOf } from '../log/logging-choice';
import { type RecorderState, resumeConversation } from '../log/recorder';
import type { SessionLog } from '../log/store';
import type { PageSnapshot } from '../../models';
import { notStoredIn } from './session-log-status';

/**
 * The browser was restarted mid-conversation: the recorder goes on in the session the log already
 * holds for it (still open), and the outbox writes into that session. Returns the recorder's state.
 */
export async function resumeFromLog(
  store: Pick<SessionLog, 'listSessions' | 'getSession'>,
  box: Pick<LogOutbox, 'adopt'>,
  state: RecorderState,
  page: PageSnapshot,
): Promise<RecorderState> {
  const key = conversationKeyOf(page);
  const [latest] = (await store.listSessions({ site: sessionSiteOf(page) })).filter(
    (s) => s.conversationKey === key && s.endedAt === undefined,
  );
  if (!latest) return state;
  const detail = await store.getSession(latest.id);
  if (!detail) return state;
  const resumed = resumeConversation(state, page, detail.turns);
  box.adopt(
    resumed.slot,
    latest.id,
    { site: latest.site, platform: latest.platform, conversationKey: key, startedAt: latest.startedAt },
    detail.turns.length,
    notStoredIn(latest),
  );
  return resumed.state;
}
