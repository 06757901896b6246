import { describe, expect, test } from 'vitest';
import { deviceLine, sourceLine } from '../../lib/panel/model-lines';

describe('what the model manager says', () => {
  test.each([
    [null, 'Checking this computer’s GPU…'],
    [{ webgpu: false, shaderF16: false, problem: 'no adapter' }, 'No WebGPU here (no adapter).'],
    [
      {
        webgpu: true,
        shaderF16: false,
        fallbackAdapter: true,
        adapter: { vendor: 'google', architecture: 'swiftshader' },
      },
      'WebGPU: google swiftshader · no shader-f16 (q4f32 models only) · software adapter',
    ],
  ])('device %#', (caps, line) => expect(deviceLine(caps as never)).toBe(line));

  test('source: its host, or why there is none', () => {
    expect(sourceLine('https://huggingface.co/mlc-ai/', false)).toBe('huggingface.co');
    expect(sourceLine(null, true)).toBe('nowhere: blocked by policy');
    expect(sourceLine(null, false)).toBe('…');
  });
});
