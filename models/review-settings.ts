import { z } from 'zod';

/** Minutes without use after which the review page locks itself (lib/log/idle-lock.ts). */
export const IDLE_LOCK_CHOICES = [5, 10, 15, 30, 60] as const;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** browser.storage.local `reviewIdleLockMinutes`: one of the choices the page offers. */
export const IdleLockMinutes = z
  .number()
  .refine((minutes) => (IDLE_LOCK_CHOICES as readonly number[]).includes(minutes), {
    message: `one of ${IDLE_LOCK_CHOICES.join(', ')} minutes`,
  });
