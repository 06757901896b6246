/**
 * The only way Attune ever writes into a page's editor: when the counselor clicks "insert" on a
 * suggestion. It goes through the editor-safe path so editor frameworks (ProseMirror, Lexical,
 * Slate, Draft, React-controlled textareas) see a normal user edit and stay consistent.
 */

import { optedOut } from './opt-out';

export { OPT_OUT_SELECTOR, optedOut } from './opt-out';

export type InsertResult = { ok: true } | { ok: false; reason: string };

/**
 * The text to insert after `before` (what precedes the caret): a suggestion that starts a word
 * right after a word or sentence gets one separating space, so "deal." + "It's your call" reads
 * "deal. It's your call", as the counselor would have typed it.
 */
export function withSeparator(before: string, text: string): string {
  return /\S$/.test(before) && /^[\p{L}\p{N}"“'‘(]/u.test(text) ? ` ${text}` : text;
}

/** The composer's text before the caret in a contenteditable ('' when the caret is elsewhere). */
function textBeforeCaret(composer: HTMLElement, doc: Document): string {
  const selection = typeof doc.getSelection === 'function' ? doc.getSelection() : null;
  if (!selection || selection.rangeCount === 0) return '';
  const caret = selection.getRangeAt(0);
  if (!composer.contains(caret.startContainer)) return '';
  const range = doc.createRange();
  range.selectNodeContents(composer);
  range.setEnd(caret.startContainer, caret.startOffset);
  return range.toString();
}

export function insertIntoComposer(
  composer: HTMLElement,
  suggestion: string,
  doc: Document = document,
): InsertResult {
  if (optedOut(composer)) return { ok: false, reason: 'this editor asks extensions not to write into it' };
  composer.focus();
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const start = composer.selectionStart ?? composer.value.length;
    const end = composer.selectionEnd ?? composer.value.length;
    const text = withSeparator(composer.value.slice(0, start), suggestion);
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
    const text = withSeparator(textBeforeCaret(composer, doc), suggestion);
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
