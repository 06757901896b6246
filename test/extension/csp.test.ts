import { describe, expect, test } from 'vitest';
import { buildHosts, extensionPagesCsp } from '../../lib/csp';
import config from '../../wxt.config';

/**
 * The extension pages' content security policy, per build (lib/csp.ts): nothing unless named, and
 * an offline build that names no host. The policy WXT wrote into the built manifests, and what it
 * does in a real browser, are checked in test/e2e/csp.test.ts.
 */

/** The directives of a policy, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

async function manifestCsp(browser: 'chrome' | 'firefox', mode: string): Promise<string> {
  const manifest =
    typeof config.manifest === 'function'
      ? await config.manifest({
          browser,
          manifestVersion: browser === 'chrome' ? 3 : 2,
          mode,
          command: 'build',
        })
      : await config.manifest;
  const csp = manifest?.content_security_policy;
  return (typeof csp === 'string' ? csp : csp?.extension_pages) ?? '';
}

describe('the extension pages’ policy', () => {
  test('starts from nothing and names only what the pages use', () => {
    const csp = directives(extensionPagesCsp("connect-src 'self' https://models.clinic.example"));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://models.clinic.example']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    // Images, fonts, media, frames and workers from elsewhere fall back to default-src 'none'.
    for (const name of ['img-src', 'font-src', 'media-src', 'frame-src', 'worker-src', 'child-src']) {
      expect(csp.has(name), name).toBe(false);
    }
    expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  test.each(['chrome', 'firefox'] as const)('%s: the built manifest carries it', async (browser) => {
    const csp = await manifestCsp(browser, 'production');
    expect(directives(csp).get('default-src')).toEqual(["'none'"]);
    expect(directives(csp).get('connect-src')).toContain('https://huggingface.co');
  });
});

describe('the offline build', () => {
  test.each(['chrome', 'firefox'] as const)('%s: `--mode offline` names no host at all', async (browser) => {
    const csp = await manifestCsp(browser, 'offline');
    expect(directives(csp).get('connect-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  test('ATTUNE_OFFLINE=1 is the same build', () => {
    expect(buildHosts({ ATTUNE_OFFLINE: '1' }, 'production')).toMatchObject({
      weightsBaseUrl: 'none',
      connectSrc: "connect-src 'self'",
    });
  });

  test('refuses to be built with a model host', () => {
    expect(() =>
      buildHosts({ ATTUNE_WEIGHTS_BASE_URL: 'https://models.clinic.example/' }, 'offline'),
    ).toThrow(/names no model host/);
    expect(() => buildHosts({ ATTUNE_LIB_BASE_URL: 'https://libs.clinic.example/' }, 'offline')).toThrow(
      /names no model host/,
    );
    expect(buildHosts({ ATTUNE_WEIGHTS_BASE_URL: 'none' }, 'offline').connectSrc).toBe("connect-src 'self'");
  });
});
