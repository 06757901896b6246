/**
 * The only way Attune ever writes into a page's editor: when the counselor clicks "insert" on a
 * suggestion. It goes through the editor-safe path so editor frameworks (ProseMirror, Lexical,
 * Slate, Draft, React-controlled textareas) see a normal user edit and stay consistent.
 */

/** Editors that asked grammar tools to stay away, and our own opt-out attribute. */
export const OPT_OUT_SELECTOR = '[data-gramm="false"], [data-enable-grammarly="false"], [data-attune="off"]';

export function optedOut(element: Element): boolean {
  return element.closest(OPT_OUT_SELECTOR) !== null;
}

export type InsertResult = { ok: true } | { ok: false; reason: string };

export function insertIntoComposer(
  composer: HTMLElement,
  text: string,
  doc: Document = document,
): InsertResult {
  if (optedOut(composer)) return { ok: false, reason: 'this editor asks extensions not to write into it' };
  composer.focus();
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const start = composer.selectionStart ?? composer.value.length;
    const end = composer.selectionEnd ?? composer.value.length;
    // execCommand keeps the page's undo stack and fires the events frameworks listen to.
    if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text))
      return { ok: true };
    // Fallback: the native value setter (so React-style value tracking notices), then input events.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(composer) as object, 'value')?.set;
    const next = composer.value.slice(0, start) + text + composer.value.slice(end);
    if (setter) setter.call(composer, next);
    else composer.value = next;
    composer.setSelectionRange(start + text.length, start + text.length);
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return { ok: true };
  }
  if (composer.isContentEditable || composer.getAttribute('contenteditable') !== null) {
    if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text))
      return { ok: true };
    // Editors that handle beforeinput themselves (Lexical, Slate) insert on this event.
    const accepted = composer.dispatchEvent(
      new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: text }),
    );
    if (!accepted) return { ok: true };
    return { ok: false, reason: 'this editor did not accept inserted text; copy the suggestion instead' };
  }
  return { ok: false, reason: 'the composer is not an editable field' };
}
