import { practice } from '../adapters/practice';
import { adapters } from '../adapters/registry';
import type { SiteAdapter } from '../adapters/types';

/**
 * Which frame of a tab the live reader serves. The content script is injected into every frame
 * of a granted origin (registered with `allFrames`, so an adapter whose chat sits in a frame can
 * have it), but it reads only:
 *
 * - the top frame, with every web adapter, the taught layout and the generic guess;
 * - a subframe only for an adapter that says its chat lives in one (`frame: 'subframe'`), and
 *   only when that frame has the top page's origin. A chat-shaped frame from another origin (an
 *   embedded widget, an ad, a support chat of some other service) is never read, so it can never
 *   take the panel over, be logged or receive "Insert into reply".
 *
 * The practice chat's marker (`data-attune-chat`) means something only on Attune's own practice
 * page, an extension page that connects without a content script: web pages never get the
 * practice adapter, however they are marked up.
 */

/**
 * Where an adapter's chat lives: its `frame`, `'top'` when absent. None of the built-in platforms
 * uses a subframe today.
 */
export type ChatFrame = NonNullable<SiteAdapter['frame']>;

export function chatFrameOf(adapter: SiteAdapter): ChatFrame {
  return adapter.frame === 'subframe' ? 'subframe' : 'top';
}

/** Where this copy of the content script runs. */
export interface FramePlace {
  readonly isTop: boolean;
  /** The frame and every frame above it have the same origin. */
  readonly sameOriginAsTop: boolean;
}

export function framePlaceOf(win: Window): FramePlace {
  let isTop: boolean;
  try {
    isTop = win === win.top;
  } catch {
    isTop = false;
  }
  if (isTop) return { isTop: true, sameOriginAsTop: true };
  const own = win.location.origin;
  // Chromium lists every ancestor's origin; elsewhere reading the top's origin throws when it differs.
  const ancestors = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors) return { isTop: false, sameOriginAsTop: Array.from(ancestors).every((o) => o === own) };
  try {
    return { isTop: false, sameOriginAsTop: win.top?.location.origin === own };
  } catch {
    return { isTop: false, sameOriginAsTop: false };
  }
}

/** The built-in adapters that may read a web page's frame at `place` (never the practice one). */
export function adaptersForFrame(place: FramePlace, list: readonly SiteAdapter[] = adapters): SiteAdapter[] {
  return list.filter(
    (adapter) =>
      adapter.id !== practice.id &&
      (place.isTop || (place.sameOriginAsTop && chatFrameOf(adapter) === 'subframe')),
  );
}

/** Taught layouts and the generic best guess read the top frame only. */
export function readsGuessesAndLayouts(place: FramePlace): boolean {
  return place.isTop;
}

/**
 * Whether the counselor is writing in this frame now: it has the focus, in an editable field.
 * The panel follows the frame the counselor writes in when more than one may be read.
 */
export function writingIn(doc: Document): boolean {
  if (typeof doc.hasFocus === 'function' && !doc.hasFocus()) return false;
  const active = doc.activeElement as HTMLElement | null;
  if (!active) return false;
  return (
    active.tagName === 'TEXTAREA' ||
    (active.tagName === 'INPUT' && /^(?:text|search|)$/i.test(active.getAttribute('type') ?? '')) ||
    active.isContentEditable === true
  );
}
