import type { Hint, HintAction } from '../../models';
import { MAX_HINT_ACTIONS } from '../../models/limits';

/**
 * What the counselor did with hints, passed in memory from the panel's buttons to its session
 * recorder. Saved to storage.session only so that a panel opened again in the same browser session
 * still knows them (lib/storage/items.ts, `hintActionsItem`); never read back within one page.
 */

export function hintAction(hint: Hint, action: HintAction['action'], at: number): HintAction {
  return { rule: hint.rule, about: hint.about, action, at, message: hint.message };
}

/** The list with `entry` added, the newest kept. */
export function withAction(list: readonly HintAction[], entry: HintAction): HintAction[] {
  return [...list, entry].slice(-MAX_HINT_ACTIONS);
}

/** Actions an earlier opening saved, then this page's (which are newer). */
export function mergeActions(saved: readonly HintAction[], current: readonly HintAction[]): HintAction[] {
  return [...saved, ...current].slice(-MAX_HINT_ACTIONS);
}

/** Dismissed and disputed rules stay hidden until the client writes again; an insert hides nothing. */
export function dismissedAfter(
  dismissed: ReadonlySet<string>,
  entry: Pick<HintAction, 'rule' | 'action'>,
): ReadonlySet<string> {
  return entry.action === 'accepted' ? dismissed : new Set([...dismissed, entry.rule]);
}
