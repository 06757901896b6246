import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type BuildSource,
  WEIGHTS_URL_KEY,
  allowedByBuild,
  loadModelSource,
  resolveModelSource,
  saveWeightsBaseUrl,
} from '../../lib/judge/source-setting';
import { NO_POLICY, parsePolicy } from '../../lib/policy/policy';
import { memoryTrustedStore } from '../../lib/storage/trusted';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('@wxt-dev/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));
afterEach(() => fakeBrowser.reset());

/** A weights source the build's CSP would block is refused when the counselor sets it, not at download. */
describe('model source setting', () => {
  const hub = "connect-src 'self' https://huggingface.co https://*.hf.co https://*.huggingface.co";
  test.each([
    ['https://huggingface.co/mlc-ai/', hub, true],
    ['https://cas-bridge.xethub.hf.co/x', hub, true],
    ['https://models.clinic.example/mlc/', hub, false],
    ['https://models.clinic.example/mlc/', "connect-src 'self' https://models.clinic.example", true],
    [
      'https://evil.example/?https://models.clinic.example',
      "connect-src 'self' https://models.clinic.example",
      false,
    ],
    ['http://models.clinic.example/', "connect-src 'self' https://models.clinic.example", false],
    ['https://huggingface.co/mlc-ai/', "connect-src 'self'", false],
    ['chrome-extension://abc/models/', "connect-src 'self'", true],
    ['not a url', hub, false],
  ])('%s under %s → %s', (url, directive, allowed) => {
    expect(allowedByBuild(url, directive)).toBe(allowed);
  });
});

describe('the model source in effect', () => {
  const hubBuild: BuildSource = {
    weightsBaseUrl: 'https://huggingface.co/mlc-ai/',
    libBaseUrl: 'chrome-extension://attune/models/libs/',
    connectSrc: "connect-src 'self' https://huggingface.co https://*.hf.co https://*.huggingface.co",
  };
  const clinicBuild: BuildSource = {
    ...hubBuild,
    connectSrc: "connect-src 'self' https://huggingface.co https://*.hf.co https://models.clinic.example",
  };

  test('no policy, no counselor setting: the build’s hosts', () => {
    expect(resolveModelSource({ policy: NO_POLICY, build: hubBuild })).toEqual({
      kind: 'ready',
      source: {
        weightsBaseUrl: 'https://huggingface.co/mlc-ai/',
        libBaseUrl: 'chrome-extension://attune/models/libs/',
      },
      from: 'build',
      setByPolicy: false,
    });
  });

  test('an http: policy URL blocks the model tier visibly and never falls back to the public hub', () => {
    const policy = parsePolicy({ modelSource: { weightsBaseUrl: 'http://models.clinic.example/mlc/' } });
    const resolved = resolveModelSource({
      policy,
      build: clinicBuild,
      counselorWeightsUrl: 'https://huggingface.co/mlc-ai/',
    });
    expect(resolved.kind).toBe('blocked');
    expect(resolved.setByPolicy).toBe(true);
    expect(resolved.kind === 'blocked' && resolved.reason).toMatch(
      /^Blocked by policy: invalid model source \(/,
    );
    expect(JSON.stringify(resolved)).not.toContain('huggingface');
  });

  test.each([
    [{ weightsBaseUrl: 'not a url' }],
    [{ libBaseUrl: 'https://models.clinic.example/?x=1' }],
    [{ weightsBaseUrl: 'https://models.clinic.example/', extra: 1 }],
    ['https://models.clinic.example/'],
  ])('other invalid policy values block it too: %j', (value) => {
    const resolved = resolveModelSource({ policy: parsePolicy({ modelSource: value }), build: clinicBuild });
    expect(resolved.kind === 'blocked' && resolved.reason).toMatch(
      /^Blocked by policy: invalid model source/,
    );
  });

  test('a valid policy source is set by the organization; missing parts come from the build', () => {
    const policy = parsePolicy({ modelSource: { weightsBaseUrl: 'https://models.clinic.example/mlc' } });
    expect(
      resolveModelSource({ policy, build: clinicBuild, counselorWeightsUrl: 'https://huggingface.co/x/' }),
    ).toEqual({
      kind: 'ready',
      source: {
        weightsBaseUrl: 'https://models.clinic.example/mlc/',
        libBaseUrl: 'chrome-extension://attune/models/libs/',
      },
      from: 'policy',
      setByPolicy: true,
    });
  });

  test('a policy host the build cannot reach is blocked, not replaced', () => {
    const policy = parsePolicy({ modelSource: { libBaseUrl: 'https://models.clinic.example/libs/' } });
    const resolved = resolveModelSource({ policy, build: hubBuild });
    expect(resolved.kind === 'blocked' && resolved.reason).toMatch(
      /^Blocked by policy: the model source models\.clinic\.example is not a host this build/,
    );
  });

  test('public downloads off: the hub is refused whoever chose it; a clinic host is fine', () => {
    const off = parsePolicy({ publicModelDownloadsAllowed: false });
    const fromBuild = resolveModelSource({ policy: off, build: hubBuild });
    expect(fromBuild.kind === 'blocked' && fromBuild.reason).toMatch(
      /public hub is turned off by your organization/,
    );
    const viaRedirectHost = resolveModelSource({
      policy: off,
      build: hubBuild,
      counselorWeightsUrl: 'https://cas-bridge.xethub.hf.co/mlc/',
    });
    expect(viaRedirectHost.kind).toBe('blocked');
    const clinic = resolveModelSource({
      policy: off,
      build: clinicBuild,
      counselorWeightsUrl: 'https://models.clinic.example/mlc/',
    });
    expect(clinic).toMatchObject({ kind: 'ready', from: 'counselor', setByPolicy: false });
    // An invalid value counts as "off".
    const invalid = resolveModelSource({
      policy: parsePolicy({ publicModelDownloadsAllowed: 'no' }),
      build: hubBuild,
    });
    expect(invalid.kind === 'blocked' && invalid.reason).toMatch(
      /^Blocked by policy: invalid public model downloads/,
    );
  });

  test('the counselor’s URL counts only on a host the build allows, and never moves the libraries', () => {
    expect(
      resolveModelSource({
        policy: NO_POLICY,
        build: hubBuild,
        counselorWeightsUrl: 'https://models.clinic.example/',
      }),
    ).toMatchObject({
      kind: 'ready',
      from: 'build',
      source: { weightsBaseUrl: 'https://huggingface.co/mlc-ai/' },
    });
    const chosen = resolveModelSource({
      policy: NO_POLICY,
      build: clinicBuild,
      counselorWeightsUrl: 'https://models.clinic.example/mlc/',
    });
    expect(chosen).toMatchObject({
      kind: 'ready',
      from: 'counselor',
      source: { weightsBaseUrl: 'https://models.clinic.example/mlc/', libBaseUrl: hubBuild.libBaseUrl },
    });
  });
});

describe('where the counselor’s setting is kept', () => {
  const build: BuildSource = {
    weightsBaseUrl: 'https://huggingface.co/mlc-ai/',
    libBaseUrl: 'chrome-extension://attune/models/libs/',
    connectSrc: "connect-src 'self' https://huggingface.co https://*.hf.co https://models.clinic.example",
  };

  test('a modelSource a content script wrote to storage.local is never used, and is removed', async () => {
    // Content scripts can write storage.local: an older version read the library URL from there.
    await fakeBrowser.storage.local.set({
      modelSource: {
        weightsBaseUrl: 'https://huggingface.co/evil/',
        libBaseUrl: 'https://huggingface.co/evil/libs/',
      },
    });
    const trusted = memoryTrustedStore();
    const resolved = await loadModelSource({ policy: NO_POLICY, trusted, build });
    expect(resolved).toMatchObject({ kind: 'ready', source: { libBaseUrl: build.libBaseUrl } });
    expect(await fakeBrowser.storage.local.get('modelSource')).toEqual({});
  });

  test('an older version’s weights URL moves to the trusted store when the build allows it', async () => {
    await fakeBrowser.storage.local.set({
      modelSource: { weightsBaseUrl: 'https://models.clinic.example/mlc/' },
    });
    const trusted = memoryTrustedStore();
    const resolved = await loadModelSource({ policy: NO_POLICY, trusted, build });
    expect(resolved).toMatchObject({ kind: 'ready', from: 'counselor' });
    expect(trusted.get(WEIGHTS_URL_KEY)).toBe('https://models.clinic.example/mlc/');
    expect(await fakeBrowser.storage.local.get('modelSource')).toEqual({});
  });

  test('saving checks the URL and the build’s hosts, then writes the trusted store only', async () => {
    const trusted = memoryTrustedStore();
    expect(
      await saveWeightsBaseUrl('http://models.clinic.example/', { policy: NO_POLICY, trusted, build }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await saveWeightsBaseUrl('https://elsewhere.example/', { policy: NO_POLICY, trusted, build }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/elsewhere\.example is not one of them/),
    });
    const saved = await saveWeightsBaseUrl('https://models.clinic.example/mlc', {
      policy: NO_POLICY,
      trusted,
      build,
    });
    expect(saved).toMatchObject({ ok: true, source: { kind: 'ready', from: 'counselor' } });
    expect(trusted.get(WEIGHTS_URL_KEY)).toBe('https://models.clinic.example/mlc/');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // Without the trusted store (outside an extension page) nothing is saved.
    expect(
      await saveWeightsBaseUrl('https://models.clinic.example/', { policy: NO_POLICY, build }),
    ).toMatchObject({
      ok: false,
    });
  });
});
