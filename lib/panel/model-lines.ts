import type { DeviceCapabilities } from '../judge/device';

/** What the model manager says about this computer's GPU (pure, for the side panel). */
export function deviceLine(caps: DeviceCapabilities | null): string {
  if (!caps) return 'Checking this computer’s GPU…';
  if (!caps.webgpu) return `No WebGPU here${caps.problem ? ` (${caps.problem})` : ''}.`;
  const name = [caps.adapter?.vendor, caps.adapter?.architecture, caps.adapter?.description]
    .filter(Boolean)
    .join(' ');
  return [
    `WebGPU: ${name || 'available'}`,
    caps.shaderF16 ? 'shader-f16 supported' : 'no shader-f16 (q4f32 models only)',
    caps.fallbackAdapter ? 'software adapter' : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Where weights come from, as the model manager says it. */
export function sourceLine(weightsBaseUrl: string | null, blocked: boolean): string {
  if (blocked) return 'nowhere: blocked by policy';
  return weightsBaseUrl ? new URL(weightsBaseUrl).host : '…';
}
