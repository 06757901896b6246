import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * How many items of a long list to render: a first screenful in the render that shows the list,
 * then all of them in one task once that screenful has been painted. The items themselves must be
 * memoized components, so the second render only adds the rest.
 *
 * `start` names what restarts it (a new session's turns): other changes to `items` render them all
 * at once, diffing what is already there.
 * `onComplete` runs after each render that has every item of `items` in the DOM.
 */
export function useFirstThenAll(
  items: readonly unknown[],
  start: unknown,
  first: number,
  onComplete?: () => void,
): number {
  const [done, setDone] = useState<unknown>(null);
  const complete = done === start || items.length <= first;
  useLayoutEffect(() => {
    if (complete) {
      onComplete?.();
      return;
    }
    // After the frame that paints the first screenful (a plain timeout would run before it, and the
    // browser would paint nothing until the whole list was in), and after the tasks that frame queued
    // (input, the page's timings), so the rest never delays them.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        timer = setTimeout(() => setDone(start), 0);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [start, complete, items]);
  return complete ? items.length : first;
}
