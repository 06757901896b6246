import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Store screenshots: the chat page and Attune's panel side by side, as the browser shows them,
 * in one picture of the size both stores take. The Chrome Web Store wants exactly 1280×800 (or
 * 640×400); addons.mozilla.org takes any size up to 2400×1800 and shows 1280×800 well. The panel
 * lives in browser chrome that headless browsers do not draw, so each page is captured at its
 * part of the width and the two captures are laid side by side on a blank page, then captured
 * again (no image library needed: the browser that took them composes them).
 */
export const STORE_SCREENSHOTS = resolve('test-results/store');
export const STORE_SIZE = { width: 1280, height: 800 } as const;
/** The panel's width: Chrome's side panel opens at about this width. */
export const PANEL_WIDTH = 440;
/** A 1px rule between chat and panel, as the browser draws one. */
export const CHAT_WIDTH = STORE_SIZE.width - PANEL_WIDTH - 1;

/**
 * A page of exactly STORE_SIZE showing both captures. Chrome puts its side panel on the right,
 * Firefox its sidebar on the left.
 */
export function sideBySideHtml(
  chatPng: Uint8Array,
  panelPng: Uint8Array,
  panelSide: 'left' | 'right',
): string {
  const img = (png: Uint8Array, width: number, alt: string) =>
    `<img alt="${alt}" width="${width}" height="${STORE_SIZE.height}" src="data:image/png;base64,${Buffer.from(png).toString('base64')}">`;
  const rule = `<div style="width:1px;background:#c8c8cc"></div>`;
  const chat = img(chatPng, CHAT_WIDTH, 'chat');
  const panel = img(panelPng, PANEL_WIDTH, 'panel');
  const parts = panelSide === 'right' ? [chat, rule, panel] : [panel, rule, chat];
  return `<!doctype html><html><body style="margin:0;display:flex;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden">${parts.join('')}</body></html>`;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export async function pngFileSize(path: string): Promise<{ width: number; height: number }> {
  return pngSize(await readFile(path));
}
