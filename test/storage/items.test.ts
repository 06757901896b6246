import { afterEach, describe, expect, test, vi } from 'vitest';
import { ZodError } from 'zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  hintActionsItem,
  hintSettingsItem,
  idleLockMinutesItem,
  judgeSettingsItem,
  legacyLoggingChoiceItem,
  legacyModelSourceItem,
  readerKeyItem,
  sessionLogProgressItem,
  siteConfigsItem,
} from '../../lib/storage/items';
import { loggingChoiceItem, loggingSecretItem, weightsUrlItem } from '../../lib/storage/trusted-items';
import { memoryTrustedStore } from '../../lib/storage/trusted';
import { DEFAULT_HINT_SETTINGS, type HintAction } from '../../models';
import { NO_LOGGING } from '../../models/logging-choice';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('@wxt-dev/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));
afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const action: HintAction = { rule: 'r', about: 'draft', action: 'dismissed', at: 1, message: 'm' };

describe('one storage module', () => {
  // Counselors' data from earlier versions must still load: the key strings never change.
  test.each([
    [hintSettingsItem.key, 'hintSettings'],
    [judgeSettingsItem.key, 'judgeSettings'],
    [hintActionsItem.key, 'hintActions'],
    [sessionLogProgressItem.key, 'sessionLogProgress'],
    [idleLockMinutesItem.key, 'reviewIdleLockMinutes'],
    [legacyLoggingChoiceItem.key, 'logSettings'],
    [legacyModelSourceItem.key, 'modelSource'],
    [siteConfigsItem.key, 'siteConfigs'],
    [readerKeyItem.key, 'liveReaderKey'],
    [loggingChoiceItem.key, 'loggingChoice'],
    [loggingSecretItem.key, 'loggingChoiceSecret'],
    [weightsUrlItem.key, 'weightsBaseUrl'],
  ])('key %s stays %s', (key, expected) => expect(key).toBe(expected));

  test('values are read from the area they always were in', async () => {
    await fakeBrowser.storage.local.set({ hintSettings: { ...DEFAULT_HINT_SETTINGS, sensitivity: 'more' } });
    await fakeBrowser.storage.session.set({ hintActions: [action] });
    expect((await hintSettingsItem.getValue()).sensitivity).toBe('more');
    expect(await hintActionsItem.getValue()).toEqual([action]);
  });

  test('nothing stored reads as the default', async () => {
    expect(await hintSettingsItem.getValue()).toEqual(DEFAULT_HINT_SETTINGS);
    expect(await judgeSettingsItem.getValue()).toEqual({ modelId: null, autoLoad: false });
    expect(await hintActionsItem.getValue()).toEqual([]);
    expect(await idleLockMinutesItem.getValue()).toBe(10);
    expect(await legacyLoggingChoiceItem.getValue()).toBeNull();
    expect(await readerKeyItem.getValue()).toBeNull();
  });

  test('a stored value of the wrong shape falls back to the default, never a cast', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      hintSettings: { sensitivity: 'loud' },
      reviewIdleLockMinutes: 7,
      liveReaderKey: 'not-hex',
    });
    expect(await hintSettingsItem.getValue()).toEqual(DEFAULT_HINT_SETTINGS);
    expect(await idleLockMinutesItem.getValue()).toBe(10);
    expect(await readerKeyItem.getValue()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('hintSettings'), expect.anything());
  });

  test('judge settings fall back field by field', async () => {
    await fakeBrowser.storage.local.set({ judgeSettings: { modelId: 5, autoLoad: true } });
    expect(await judgeSettingsItem.getValue()).toEqual({ modelId: null, autoLoad: true });
    await fakeBrowser.storage.local.set({ judgeSettings: { modelId: 'm', autoLoad: 'yes' } });
    expect(await judgeSettingsItem.getValue()).toEqual({ modelId: 'm', autoLoad: false });
  });

  test('hint actions keep the entries that parse', async () => {
    await fakeBrowser.storage.session.set({ hintActions: [action, { rule: 1 }, null] });
    expect(await hintActionsItem.getValue()).toEqual([action]);
    await fakeBrowser.storage.session.set({ hintActions: 'lots' });
    expect(await hintActionsItem.getValue()).toEqual([]);
  });

  test('a value the schema refuses is refused when written, with a clear error', async () => {
    await expect(
      hintSettingsItem.setValue({ ...DEFAULT_HINT_SETTINGS, sensitivity: 'loud' as never }),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await fakeBrowser.storage.local.get('hintSettings')).toEqual({});
  });

  test('watch hands over the parsed value', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: unknown[] = [];
    const unwatch = hintSettingsItem.watch((v) => seen.push(v.sensitivity));
    await fakeBrowser.storage.local.set({ hintSettings: { sensitivity: 'fewer' } });
    await fakeBrowser.storage.local.set({ hintSettings: { sensitivity: 'loud' } });
    unwatch();
    expect(seen).toEqual(['fewer', 'balanced']);
  });

  test('session log progress: the recorder part is checked, a malformed one starts afresh', async () => {
    await fakeBrowser.storage.session.set({
      sessionLogProgress: {
        recorder: {
          nextSlot: 3,
          conversations: {
            good: { slot: 's1', started: true, logged: { m1: 12 }, onPage: ['m1'], since: 5 },
            bad: { slot: 2 },
          },
        },
        slots: {},
        unsaved: {},
      },
    });
    const progress = await sessionLogProgressItem.getValue();
    expect(progress.recorder.nextSlot).toBe(3);
    expect(Object.keys(progress.recorder.conversations)).toEqual(['good']);
    expect(progress.recorder.conversations.good).toMatchObject({ touched: 5, draft: null, seenHints: {} });
    await fakeBrowser.storage.session.set({ sessionLogProgress: { recorder: 'x' } });
    expect((await sessionLogProgressItem.getValue()).recorder).toEqual({ nextSlot: 1, conversations: {} });
  });

  test('site layouts that no longer validate are left out, the others kept', async () => {
    const layout = {
      origin: 'https://chat.example.org',
      composer: 'textarea',
      list: '.list',
      message: '.msg',
      own: { side: 'right' },
      createdAt: 1,
    };
    await fakeBrowser.storage.local.set({
      siteConfigs: { [layout.origin]: layout, 'https://other.example': { origin: 'nope' } },
    });
    expect(await siteConfigsItem.getValue()).toEqual({ [layout.origin]: layout });
  });
});

describe('trusted items (the extension origin’s own storage)', () => {
  test('an unreadable logging choice reads as logging off', () => {
    const store = memoryTrustedStore({ loggingChoice: '{"version":2,"sites":["https://x.example"]}' });
    expect(loggingChoiceItem.get(store)).toEqual(NO_LOGGING);
    expect(loggingChoiceItem.get(memoryTrustedStore({ loggingChoice: '{oops' }))).toEqual(NO_LOGGING);
  });

  test('a secret of the wrong shape is no secret', () => {
    expect(loggingSecretItem.get(memoryTrustedStore({ loggingChoiceSecret: 'short' }))).toBeNull();
    expect(() => loggingSecretItem.set(memoryTrustedStore(), 'short')).toThrow(ZodError);
  });

  test('watch hands over the parsed value', () => {
    const store = memoryTrustedStore();
    const seen: unknown[] = [];
    weightsUrlItem.watch(store, (v) => seen.push(v));
    weightsUrlItem.set(store, 'https://models.example/');
    store.remove('weightsBaseUrl');
    expect(seen).toEqual(['https://models.example/', null]);
  });
});
