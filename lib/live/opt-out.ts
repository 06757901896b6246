/** Editors that asked grammar tools to stay away, and our own opt-out attribute. */
export const OPT_OUT_SELECTOR = '[data-gramm="false"], [data-enable-grammarly="false"], [data-attune="off"]';

export function optedOut(element: Element): boolean {
  return element.closest(OPT_OUT_SELECTOR) !== null;
}
