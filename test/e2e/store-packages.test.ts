import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * `npm run zip` end to end: the Chrome Web Store and AMO packages a release uploads, and AMO's
 * sources archive, rebuilt the way docs/building.md tells a reviewer to, compared
 * file by file with the uploaded Firefox package.
 */
const exec = promisify(execFile);
const OUTPUT = resolve('.output');
const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };

/** The environment a reviewer builds in: none of the variables that change a build's hosts. */
const reviewerEnv = () => {
  const env = { ...process.env };
  for (const name of ['ATTUNE_WEIGHTS_BASE_URL', 'ATTUNE_LIB_BASE_URL', 'ATTUNE_OFFLINE']) delete env[name];
  return env;
};

const openZip = async (path: string) => JSZip.loadAsync(await readFile(path));
const filesOf = (zip: JSZip) =>
  Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
const manifestOf = async (zip: JSZip) =>
  JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;

let chrome: JSZip;
let firefox: JSZip;
let sources: JSZip;

beforeAll(async () => {
  await exec('npx', ['tsx', 'scripts/zip.ts'], { env: reviewerEnv(), maxBuffer: 64 * 1024 * 1024 });
  chrome = await openZip(join(OUTPUT, `attune-${version}-chrome.zip`));
  firefox = await openZip(join(OUTPUT, `attune-${version}-firefox.zip`));
  sources = await openZip(join(OUTPUT, `attune-${version}-sources.zip`));
}, 300_000);

/** Every file a manifest names (scripts, pages, icons) must be in the package. */
function namedFiles(manifest: Record<string, unknown>): string[] {
  const named: string[] = [];
  const visit = (value: unknown, key = '') => {
    if (typeof value === 'string' && /\.(js|html|png|json|css)$/.test(value) && !/^https?:/.test(value)) {
      if (key !== 'managed_schema' || value) named.push(value.replace(/^\//, ''));
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, k);
  };
  visit(manifest);
  return named;
}

describe('the Chrome Web Store package', () => {
  test('has no development key and no test host grant, and holds every file its manifest names', async () => {
    const manifest = await manifestOf(chrome);
    expect(manifest.key).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(Object.keys(manifest.icons as object)).toEqual(expect.arrayContaining(['16', '48', '128']));
    const files = new Set(filesOf(chrome));
    for (const name of namedFiles(manifest)) expect(files, name).toContain(name);
    expect([...files].some((f) => f.endsWith('.map'))).toBe(false);
  });
});

describe('the addons.mozilla.org package', () => {
  test('declares its id and that it collects no data, and holds every file its manifest names', async () => {
    const manifest = await manifestOf(firefox);
    const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('attune@attune.local');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.permissions).not.toContain('http://127.0.0.1/*');
    const files = new Set(filesOf(firefox));
    for (const name of namedFiles(manifest)) expect(files, name).toContain(name);
  });
});

describe("AMO's sources archive", () => {
  let folder: string;

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test('holds the build inputs and the reviewer steps, and no tests, data sets or dotfiles', () => {
    const files = filesOf(sources);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'README.md',
      'docs/building.md',
      'NOTICE',
    ])
      expect(files).toContain(needed);
    expect(files.some((f) => f.startsWith('docs/'))).toBe(true);
    expect(files.some((f) => f.startsWith('entrypoints/'))).toBe(true);
    expect(files.some((f) => f.startsWith('lib/analysis/') && f.endsWith('weights.json'))).toBe(true);
    const unwanted = files.filter((f) =>
      /^(test|test-results|data|node_modules|\.output|\.wxt)\/|(^|\/)\.[^/]+$|\.wasm$/.test(f),
    );
    expect(unwanted).toEqual([]);
  });

  test("rebuilt as docs/building.md's reviewer steps say, it gives the uploaded Firefox package byte for byte", async () => {
    const readme = await sources.file('README.md')!.async('string');
    expect(readme).toContain('docs/building.md');
    const steps = await sources.file('docs/building.md')!.async('string');
    expect(steps).toContain('npx wxt zip -b firefox --mode store');

    folder = await mkdtemp(join(tmpdir(), 'attune-sources-'));
    for (const name of filesOf(sources)) {
      const path = join(folder, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, await sources.file(name)!.async('uint8array'));
    }
    // The reviewer's `npm ci` would install what package-lock.json pins; this checkout's
    // node_modules was installed from the same lock file.
    await symlink(resolve('node_modules'), join(folder, 'node_modules'), 'dir');
    await exec('npx', ['wxt', 'zip', '-b', 'firefox', '--mode', 'store'], {
      cwd: folder,
      env: reviewerEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    const rebuilt = await openZip(join(folder, '.output', `attune-${version}-firefox.zip`));
    expect(filesOf(rebuilt)).toEqual(filesOf(firefox));
    const differing: string[] = [];
    for (const name of filesOf(firefox)) {
      const [a, b] = await Promise.all([
        firefox.file(name)!.async('uint8array'),
        rebuilt.file(name)!.async('uint8array'),
      ]);
      if (Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0) differing.push(name);
    }
    expect(differing).toEqual([]);
  }, 300_000);
});
