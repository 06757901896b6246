import { expect } from 'vitest';

/**
 * Timing checks that hold on a busy two-core machine: each size is run a few times, the two sizes
 * in turn, and the fastest run of each counts (the one least disturbed by other work); the bound
 * is loose. A quadratic step makes ten times the input cost a hundred times the time; linear work
 * costs about ten times. The default tolerance of 4 (40 times for ten times the input) tells the
 * two apart with room for noise.
 */

/** The fastest of `samples` runs of `run`, in milliseconds. */
export function fastestMs(run: () => void, samples = 3): number {
  let best = Infinity;
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A small run faster than this is timer noise and a lucky moment; it counts as this long. */
const MIN_BASE_MS = 5;

export interface LinearCheck {
  /** Runs the work on the small input. */
  small: () => void;
  /** Runs the work on the large input. */
  large: () => void;
  /** How many times larger the large input is. */
  sizeRatio: number;
  /** How far above linear the time may go before the check fails. */
  tolerance?: number;
  /**
   * A large run faster than this passes whatever the ratio (default 100 ms): below it, a pause for
   * garbage collection or another process weighs more than the work. The quadratic steps these
   * tests guard against took seconds.
   */
  floorMs?: number;
  samples?: number;
}

/** Asserts that the time grows about linearly from the small input to the large one. */
export function expectRoughlyLinear(check: LinearCheck): { smallMs: number; largeMs: number } {
  const samples = check.samples ?? 3;
  // Warm up first: the JIT, and caches a DOM builds on its first query of a page.
  check.small();
  check.large();
  // Interleaved, so that both sizes meet the same moments of load on the machine.
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < samples; i++) {
    smallMs = Math.min(smallMs, fastestMs(check.small, 1));
    largeMs = Math.min(largeMs, fastestMs(check.large, 1));
  }
  expectWithinLinear(check, smallMs, largeMs);
  return { smallMs, largeMs };
}

/** The same for asynchronous work (each run awaited before the next starts). */
export async function expectRoughlyLinearAsync(
  check: Omit<LinearCheck, 'small' | 'large'> & {
    small: () => Promise<unknown>;
    large: () => Promise<unknown>;
  },
): Promise<{ smallMs: number; largeMs: number }> {
  const samples = check.samples ?? 3;
  const fastest = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  await check.small();
  await check.large();
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < samples; i++) {
    smallMs = Math.min(smallMs, await fastest(check.small));
    largeMs = Math.min(largeMs, await fastest(check.large));
  }
  expectWithinLinear(check, smallMs, largeMs);
  return { smallMs, largeMs };
}

function expectWithinLinear(
  check: Pick<LinearCheck, 'sizeRatio' | 'tolerance' | 'floorMs'>,
  smallMs: number,
  largeMs: number,
): void {
  const { sizeRatio, tolerance = 4, floorMs = 100 } = check;
  if (largeMs <= floorMs) return;
  expect(
    largeMs,
    `${largeMs.toFixed(1)} ms for ${sizeRatio.toFixed(1)}× the input that took ${smallMs.toFixed(1)} ms`,
  ).toBeLessThanOrEqual(Math.max(smallMs, MIN_BASE_MS) * sizeRatio * tolerance);
}
