import type { Picks } from '../adapters/fallback/derive';

/**
 * Pick mode's on-page part: the counselor clicks, in order, the reply box, the message list, one
 * client message and one of their own. A highlight follows the pointer and a bar says what to
 * click next. Everything drawn lives in a closed shadow root that ignores the pointer, so page
 * scripts cannot read it and the page's clicks land where they would; while picking, the clicks
 * are captured before the page sees them (nothing gets sent or opened by a pick).
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
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #64748b; background: #f8fafc; cursor: pointer; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
`;

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

/** Starts picking; `problem` (why the last attempt failed) is shown with the first step. */
export function startPicker(doc: Document, problem = ''): PickerHandle {
  const view = doc.defaultView!;
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
  prompt.setAttribute('aria-live', 'polite');
  const cancelButton = doc.createElement('button');
  cancelButton.type = 'button';
  cancelButton.textContent = 'Cancel (Esc)';
  bar.append(step, prompt, cancelButton);
  shadow.append(style, box, bar);
  doc.documentElement.append(host);

  const picks: Partial<Record<keyof Picks, Element>> = {};
  let index = 0;
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
    prompt.append(PICK_STEPS[index]!.prompt);
  };

  const fromOverlay = (event: Event) => event.composedPath().includes(host);
  const targetOf = (event: MouseEvent): Element | null => {
    const el = doc.elementFromPoint(event.clientX, event.clientY) ?? (event.target as Element | null);
    if (!el || el === host) return null;
    return PICK_STEPS[index]!.key === 'list' ? listLike(el) : el;
  };

  const onMove = (event: MouseEvent) => {
    // The bar steps aside when the pointer comes near, so it never hides what must be clicked.
    const bounds = bar.getBoundingClientRect();
    const near =
      event.clientY >= bounds.top - 24 &&
      event.clientY <= bounds.bottom + 24 &&
      event.clientX >= bounds.left - 24 &&
      event.clientX <= bounds.right + 24;
    if (near) bar.classList.toggle('bottom');
    if (fromOverlay(event)) return;
    const el = targetOf(event);
    if (!el) return;
    const rect = el.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
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
    if (!el) return;
    picks[PICK_STEPS[index]!.key] = el;
    problem = '';
    index++;
    if (index === PICK_STEPS.length) {
      end(picks as Picks);
      return;
    }
    render();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    swallow(event);
    end(null);
  };

  const listeners: [string, EventListener][] = [
    ['mousemove', onMove as EventListener],
    ['pointerdown', swallow],
    ['mousedown', swallow],
    ['pointerup', swallow],
    ['mouseup', swallow],
    ['click', onClick as EventListener],
    ['keydown', onKey as EventListener],
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
