import type { LiveReaderApi } from '../live/registration';
import { type Policy, allowedMatchPatterns } from './policy';

/**
 * The extension API as the live reader's registration should see it under clinic policy: the
 * granted sites narrowed to those the policy allows. The background registers and starts the
 * reader through it, so a granted site outside `allowedSites` gets no reader, and one dropped from
 * the policy loses it at the next sync (the background syncs again when the policy changes).
 */
export function readerApiUnderPolicy<Api extends LiveReaderApi>(api: Api, policy: Policy): LiveReaderApi {
  return {
    scripting: api.scripting,
    tabs: api.tabs,
    permissions: {
      async getAll() {
        const granted = await api.permissions.getAll();
        return { ...granted, origins: allowedMatchPatterns(policy, granted.origins ?? []) };
      },
    },
  };
}
