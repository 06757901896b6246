import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The practice chat's message bubbles from the client. */
export const clientMessages = (chat: Page): Locator =>
  chat.locator('[data-attune-message][data-role=client]');

/**
 * Sends what is in the composer and waits for the scripted client's whole answer. A client may
 * answer in a burst of several messages, so waiting for the first one is not enough: the turn is
 * over when the "is typing…" line has gone and at least one new message is in.
 */
export async function sendAndAwaitClientTurn(chat: Page, timeout = 10_000): Promise<number> {
  const before = await clientMessages(chat).count();
  await chat.locator('textarea[data-attune-composer]').press('Enter');
  await expect
    .poll(
      async () =>
        (await chat.locator('.chat-typing').count()) === 0 && (await clientMessages(chat).count()) > before,
      { timeout },
    )
    .toBe(true);
  return clientMessages(chat).count();
}
