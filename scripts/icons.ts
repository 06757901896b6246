import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';

/**
 * `npm run icons`: renders docs/store/icon.svg to the PNG sizes the manifest and the stores use
 * (public/icon/<size>.png, which WXT lists in the manifest). Browsers take no SVG as an extension
 * icon; Debian's Chromium draws it, so no image library is needed. Run after changing the SVG and
 * commit the PNGs.
 */
/** Debian's Chromium, as the browser tests use (CHROMIUM_PATH for another). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(join('docs', 'store', 'icon.svg'), 'utf8');
const out = join('public', 'icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.evaluate(() => document.images[0]!.decode());
    await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
    await page.close();
    console.log(`wrote ${join(out, `${size}.png`)}`);
  }
} finally {
  await browser.close();
}
