import type { Picks } from '../adapters/fallback/derive';

/**
 * Pick mode's on-page part: the counselor clicks, in order, the reply box, the message list, one
 * client message and one of their own. A highlight follows the pointer and a bar says what to
 * click next. Everything drawn lives in a closed shadow root that ignores the pointer, so page
 * scripts cannot read it and the page's clicks land where they would; while picking, the clicks
 * are captured before the page sees them (nothing gets sent or opened by a pick).
 *
 * Without a mouse: an outline starts on a likely element for each step (the focused reply box, a
 * list, its first and last message) and the arrow keys move it: up to the enclosing element, down
 * to the first one inside, left and right to the neighbours. Enter picks what is outlined; Tab
 * moves the page's focus as usual and the outline follows it. The bar names what is outlined, in
 * a live region, so a screen reader says it too.
 */
export const PICK_STEPS = [
  { key: 'composer', prompt: 'Click the box where you type your replies.' },
  { key: 'list', prompt: 'Click the list of messages (an empty spot between messages works).' },
  { key: 'client', prompt: 'Click one message from the client.' },
  { key: 'own', prompt: 'Click one of your own messages.' },
] as const satisfies readonly { key: keyof Picks; prompt: string }[];

const OVERLAY_CSS = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; border: 2px solid #2563eb; background: rgb(37 99 235 / 0.12);
  border-radius: 4px; z-index: 2147483647; display: none; }
.bar { position: fixed; top: 12px; left: 12px; right: 12px; margin: 0 auto; width: fit-content; z-index: 2147483647;
  pointer-events: auto; display: flex; gap: 12px; align-items: center; max-width: min(640px, calc(100vw - 24px)); box-sizing: border-box;
  font: 15px/1.4 system-ui, sans-serif; color: #0f172a; background: #fff; border: 1px solid #94a3b8;
  border-radius: 8px; padding: 10px 14px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
.bar.bottom { top: auto; bottom: 12px; }
.step { font-weight: 600; color: #1d4ed8; white-space: nowrap; }
.problem { color: #b91c1c; }
.bar { flex-wrap: wrap; }
.prompt { flex: 1 1 16em; }
.outlined { order: 3; flex-basis: 100%; color: #334155; font-size: 13px; overflow-wrap: anywhere; }
.outlined:empty { display: none; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #64748b; background: #f8fafc; cursor: pointer; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
`;

const EDITABLE =
  'textarea, [contenteditable="true"], [contenteditable=""], input[type="text"], input:not([type])';
const LIST = '[role="log"], [role="list"], [role="feed"]';

/** A short spoken name for the outlined element: its kind, then the start of its text. */
export function describeElement(el: Element): string {
  const role = el.getAttribute('role');
  const kind = el.matches(EDITABLE) ? 'text box' : role ? role : el.tagName.toLowerCase();
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const children = el.childElementCount;
  const inside = children >= 2 ? `, ${children} items inside` : '';
  return text
    ? `${kind}${inside}: “${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`
    : `${kind}${inside}`;
}

/** Where an arrow key moves the outline: null at an edge, undefined for any other key. */
function neighbour(el: Element, key: string): Element | null | undefined {
  switch (key) {
    case 'ArrowUp':
      return el.parentElement;
    case 'ArrowDown':
      return el.firstElementChild;
    case 'ArrowLeft':
      return el.previousElementSibling;
    case 'ArrowRight':
      return el.nextElementSibling;
    default:
      return undefined;
  }
}

/** Where the outline starts for a step, so a keyboard user starts near the answer. */
function keyboardStart(
  doc: Document,
  key: keyof Picks,
  picks: Partial<Record<keyof Picks, Element>>,
): Element | null {
  const focused = doc.activeElement;
  const usable = (el: Element | null | undefined) =>
    el && el !== doc.body && el !== doc.documentElement ? el : null;
  switch (key) {
    case 'composer':
      return (
        usable(focused?.matches(EDITABLE) ? focused : null) ?? doc.querySelector(EDITABLE) ?? usable(focused)
      );
    case 'list':
      return doc.querySelector(LIST) ?? usable(picks.composer?.parentElement) ?? doc.body.firstElementChild;
    case 'client':
      return picks.list?.firstElementChild ?? picks.list ?? null;
    case 'own':
      return picks.list?.lastElementChild ?? picks.list ?? null;
  }
}

/** For the list step: the nearest container that looks like a list, not the message under the pointer. */
function listLike(el: Element): Element {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const role = node.getAttribute('role');
    if (role === 'log' || role === 'list' || role === 'feed' || node.childElementCount >= 3) return node;
  }
  return el;
}

export interface PickerHandle {
  /** Resolves with the four picks, or null when the counselor cancelled. */
  readonly done: Promise<Picks | null>;
  cancel(): void;
}

/** The overlay's parts: a box that outlines, and a bar with the step, the prompt and a Cancel button. */
interface PickerOverlay {
  readonly host: HTMLElement;
  readonly box: HTMLElement;
  readonly bar: HTMLElement;
  readonly step: HTMLElement;
  readonly prompt: HTMLElement;
  readonly outlined: HTMLElement;
  readonly cancelButton: HTMLButtonElement;
}

/** Draws the overlay into a closed shadow root at the end of the page. */
function mountOverlay(doc: Document): PickerOverlay {
  const host = doc.createElement('div');
  host.setAttribute('data-attune-overlay', 'picker');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', 'Attune: teach this page');
  const step = doc.createElement('span');
  step.className = 'step';
  const prompt = doc.createElement('span');
  prompt.className = 'prompt';
  prompt.setAttribute('aria-live', 'polite');
  const outlined = doc.createElement('span');
  outlined.className = 'outlined';
  outlined.setAttribute('aria-live', 'polite');
  const cancelButton = doc.createElement('button');
  cancelButton.type = 'button';
  cancelButton.textContent = 'Cancel (Esc)';
  bar.append(step, prompt, outlined, cancelButton);
  shadow.append(style, box, bar);
  doc.documentElement.append(host);

  return { host, box, bar, step, prompt, outlined, cancelButton };
}

/** Moves the highlight box over `el`. */
function drawOutline(box: HTMLElement, el: Element): void {
  const rect = el.getBoundingClientRect();
  Object.assign(box.style, {
    display: 'block',
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
  });
}

/** Whether the pointer is within reach of the bar, which then steps aside. */
function isNearBar(bar: Element, event: MouseEvent): boolean {
  const bounds = bar.getBoundingClientRect();
  return (
    event.clientY >= bounds.top - 24 &&
    event.clientY <= bounds.bottom + 24 &&
    event.clientX >= bounds.left - 24 &&
    event.clientX <= bounds.right + 24
  );
}

/** Starts picking; `problem` (why the last attempt failed) is shown with the first step. */
export function startPicker(doc: Document, problem = ''): PickerHandle {
  const view = doc.defaultView!;
  const { host, box, bar, step, prompt, outlined, cancelButton } = mountOverlay(doc);

  const picks: Partial<Record<keyof Picks, Element>> = {};
  let index = 0;
  /** What is outlined for the keyboard: where each step starts, then where the keys move it. */
  let candidate: Element | null = null;
  let finish!: (picks: Picks | null) => void;
  const done = new Promise<Picks | null>((resolve) => (finish = resolve));

  const render = () => {
    step.textContent = `Step ${index + 1} of ${PICK_STEPS.length}`;
    prompt.replaceChildren();
    if (problem) {
      const p = doc.createElement('span');
      p.className = 'problem';
      p.textContent = `${problem} `;
      prompt.append(p);
    }
    prompt.append(PICK_STEPS[index]!.prompt, ' Or use the arrow keys and Enter.');
    candidate = null;
    outlined.textContent = '';
    const start = keyboardStart(doc, PICK_STEPS[index]!.key, picks);
    if (start) moveCandidate(start);
  };

  const outline = (el: Element) => drawOutline(box, el);
  const moveCandidate = (el: Element | null) => {
    if (!el || el === host || el === doc.documentElement || el === doc.head) return;
    candidate = el;
    el.scrollIntoView({ block: 'nearest' });
    outline(el);
    // The bar moves to the other edge when it would hide what is outlined.
    const target = el.getBoundingClientRect();
    const bounds = bar.getBoundingClientRect();
    if (target.top < bounds.bottom && target.bottom > bounds.top) bar.classList.toggle('bottom');
    outlined.textContent = `Outlined: ${describeElement(el)}`;
  };
  const pick = (el: Element) => {
    picks[PICK_STEPS[index]!.key] = el;
    problem = '';
    index++;
    if (index === PICK_STEPS.length) {
      end(picks as Picks);
      return;
    }
    render();
  };

  const fromOverlay = (event: Event) => event.composedPath().includes(host);
  const targetOf = (event: MouseEvent): Element | null => {
    const el = doc.elementFromPoint(event.clientX, event.clientY) ?? (event.target as Element | null);
    // The page's background is not an answer to any step.
    if (!el || el === host || el === doc.documentElement || el === doc.body) return null;
    return PICK_STEPS[index]!.key === 'list' ? listLike(el) : el;
  };

  const onMove = (event: MouseEvent) => {
    // The bar steps aside when the pointer comes near, so it never hides what must be clicked.
    if (isNearBar(bar, event)) bar.classList.toggle('bottom');
    if (fromOverlay(event)) return;
    const el = targetOf(event);
    // What the pointer outlines is what Enter would pick, too.
    if (el && el !== candidate) {
      candidate = el;
      outline(el);
      outlined.textContent = `Outlined: ${describeElement(el)}`;
    }
  };
  // The page must not act on a pick: swallow the whole press, not only the click.
  const swallow = (event: Event) => {
    if (fromOverlay(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: MouseEvent) => {
    if (fromOverlay(event)) return;
    swallow(event);
    const el = targetOf(event);
    if (el) pick(el);
  };
  const onKey = (event: KeyboardEvent) => {
    if (fromOverlay(event)) return; // the bar's own button keeps its keys
    if (event.key === 'Escape') {
      swallow(event);
      end(null);
      return;
    }
    const current = candidate ?? keyboardStart(doc, PICK_STEPS[index]!.key, picks);
    if (!current) return;
    if (event.key === 'Enter') {
      // Enter in the page's editor must not send anything while picking.
      swallow(event);
      pick(current);
      return;
    }
    const next = neighbour(current, event.key);
    if (next === undefined) return; // Tab and every other key work as usual
    swallow(event);
    moveCandidate(next ?? current);
  };
  // Tab moves the page's focus; the outline follows it.
  const onFocus = (event: FocusEvent) => {
    if (fromOverlay(event)) return;
    const el = event.target;
    if (el instanceof view.Element && el !== doc.body) moveCandidate(el);
  };

  const listeners: [string, EventListener][] = [
    ['mousemove', onMove as EventListener],
    ['pointerdown', swallow],
    ['mousedown', swallow],
    ['pointerup', swallow],
    ['mouseup', swallow],
    ['click', onClick as EventListener],
    ['keydown', onKey as EventListener],
    ['focusin', onFocus as EventListener],
  ];
  for (const [type, listener] of listeners) view.addEventListener(type, listener, { capture: true });
  cancelButton.addEventListener('click', () => end(null));
  // Presses on the bar are Attune's: the page's own listeners never see them.
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }

  let ended = false;
  function end(result: Picks | null) {
    if (ended) return;
    ended = true;
    for (const [type, listener] of listeners) view.removeEventListener(type, listener, { capture: true });
    host.remove();
    finish(result);
  }

  render();
  return { done, cancel: () => end(null) };
}
