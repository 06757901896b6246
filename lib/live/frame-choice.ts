import type { ContentToPanel } from '../../models/messages';

/**
 * The panel's half of frame handling (see `frames.ts` for the page's half): which frame of the
 * followed tab it listens to. It serves one frame, the top one unless a same-origin subframe has
 * the chat, and sends "insert" and the inline marks to that frame only (`tabs.sendMessage` with
 * its `frameId`). Messages from any other frame are dropped, so a frame the content script should
 * never have read still cannot take the panel over or reach the session log. Pure: the panel keeps
 * the state and does the browser calls.
 */

/** The frame the panel serves now. */
export interface ServedFrame {
  readonly frameId: number;
  /** That frame has sent a chat snapshot since the panel started following the tab. */
  readonly hasChat: boolean;
}

export const TOP_FRAME: ServedFrame = { frameId: 0, hasChat: false };

/** What the browser says about a message's sender (a subset of `runtime.MessageSender`). */
export interface FrameSender {
  readonly frameId?: number;
  readonly url?: string;
  readonly origin?: string;
  readonly tab?: { readonly url?: string };
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * The frame to serve after `message` arrives from `sender`, or null when the message is to be
 * dropped. `extensionBase` is the address of the extension's own pages (`runtime.getURL('/')`,
 * `chrome-extension://<id>/`).
 *
 * - The practice adapter's snapshots and updates count only from Attune's own pages.
 * - Updates (`page-update`) are heard from the served frame only: they change its snapshot.
 * - The served frame's messages are taken; the top frame's pick results always are (pick mode
 *   runs there).
 * - Another frame's chat snapshot moves the panel to that frame when the served frame shows no
 *   chat, or when the counselor is writing in it; a subframe only when its origin is the top
 *   page's.
 */
export function frameForMessage(
  served: ServedFrame,
  message: ContentToPanel,
  sender: FrameSender,
  extensionBase: string,
): number | null {
  const frameId = sender.frameId ?? 0;
  const fromExtensionPage = extensionBase !== '' && (sender.url ?? '').startsWith(extensionBase);
  if (
    (message.type === 'page-snapshot' || message.type === 'page-update') &&
    message.adapter === 'practice' &&
    !fromExtensionPage
  )
    return null;
  const senderOrigin = sender.origin ?? originOf(sender.url);
  if (message.type === 'pick-result') return frameId === 0 ? served.frameId : null;
  if (frameId === served.frameId) return frameId;
  if (message.type !== 'page-snapshot') return null;
  if (frameId !== 0) {
    const topOrigin = originOf(sender.tab?.url);
    if (senderOrigin === null || topOrigin === null || senderOrigin !== topOrigin) return null;
  }
  return !served.hasChat || message.writing === true ? frameId : null;
}
