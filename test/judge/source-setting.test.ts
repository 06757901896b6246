import { describe, expect, test } from 'vitest';
import { allowedByBuild } from '../../lib/judge/source-setting';

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
