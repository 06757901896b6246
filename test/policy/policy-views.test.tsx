import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HintSettingsView } from '../../components/HintSettingsView';
import { LiveStatus } from '../../components/LiveStatus';
import { ModelManager, type ModelManagerProps } from '../../components/ModelManager';
import { PolicySummary } from '../../components/PolicySummary';
import { SessionLogControl, type SessionLogControlProps } from '../../components/SessionLogControl';
import { ExportImport, type ExportImportProps } from '../../components/review/ExportImport';
import { PrivacySettings, type PrivacySettingsProps } from '../../components/review/PrivacySettings';
import { resolveModelSource } from '../../lib/judge/source-setting';
import {
  inlineMarksNote,
  maxIdleLockMinutes,
  maxRetentionDays,
  parsePolicy,
  policyLines,
  policyNote,
  requirementNote,
  siteBlockedNote,
} from '../../lib/policy/policy';
import { MODEL_CATALOG } from '../../models/model-catalog';
import { DEFAULT_HINT_SETTINGS } from '../../models/settings';
import { mount } from '../dom';

/**
 * What the counselor sees of clinic policy: "Set by your organization" on what it fixes, the
 * controls fixed so nothing can be loosened, and "Blocked by policy: invalid …" where IT's value
 * is wrong (never "set by policy" over a silent fallback).
 */

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function checkbox(root: Element, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => text(l).startsWith(label));
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no checkbox "${label}" in ${text(root)}`);
  return input;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const build = {
  weightsBaseUrl: 'https://huggingface.co/mlc-ai/',
  libBaseUrl: 'chrome-extension://attune/models/libs/',
  connectSrc: "connect-src 'self' https://huggingface.co https://*.hf.co https://models.clinic.example",
};

const manager = (over: Partial<ModelManagerProps>): ModelManagerProps => ({
  recommendation: null,
  deviceLine: 'WebGPU: test',
  models: MODEL_CATALOG.models,
  selected: MODEL_CATALOG.models[1]!.id,
  status: { kind: 'idle' },
  cached: {},
  storage: null,
  sourceLine: 'huggingface.co',
  onSelect: vi.fn(),
  onLoad: vi.fn(),
  onConfirm: vi.fn(),
  onCancel: vi.fn(),
  onDelete: vi.fn(),
  onUnload: vi.fn(),
  ...over,
});

describe('the model manager under policy', () => {
  test('an http: model source: "blocked by policy: invalid model source", nothing can load, no "set by"', () => {
    const policy = parsePolicy({ modelSource: { weightsBaseUrl: 'http://models.clinic.example/' } });
    const resolved = resolveModelSource({ policy, build });
    if (resolved.kind !== 'blocked') throw new Error('expected blocked');
    const onLoad = vi.fn();
    const root = mount(
      <ModelManager
        {...manager({
          status: { kind: 'blocked', reason: resolved.reason },
          sourceLine: 'nowhere: blocked by policy',
          onLoad,
          sourceSetting: { weightsBaseUrl: '', managed: true, note: null, message: null, onSave: vi.fn() },
        })}
      />,
    );
    expect(text(root.querySelector('[role=alert]'))).toMatch(/^Blocked by policy: invalid model source \(/);
    expect(text(root)).not.toMatch(/set by/i);
    expect(text(root)).not.toContain('huggingface');
    expect([...root.querySelectorAll('button')].map((b) => text(b))).not.toContain('Download and load…');
    expect(root.querySelector<HTMLInputElement>('#weights-url')!.disabled).toBe(true);
  });

  test('a valid policy source: "Set by your organization." and the URL cannot be changed', () => {
    const root = mount(
      <ModelManager
        {...manager({
          sourceLine: 'models.clinic.example',
          sourceSetting: {
            weightsBaseUrl: 'https://models.clinic.example/mlc/',
            managed: true,
            note: 'Set by your organization.',
            message: null,
            onSave: vi.fn(),
          },
        })}
      />,
    );
    expect(text(root.querySelector('.source-setting'))).toContain('Set by your organization.');
    expect(root.querySelector<HTMLInputElement>('#weights-url')!.disabled).toBe(true);
    expect([...root.querySelectorAll('button')].map((b) => text(b))).not.toContain('Save source');
  });
});

describe('the session log under policy', () => {
  const props = (over: Partial<SessionLogControlProps> = {}): SessionLogControlProps => ({
    site: 'chat.example.org',
    conversation: true,
    siteWide: true,
    onConversation: vi.fn(),
    onSite: vi.fn(),
    status: { kind: 'off' },
    onUnlock: vi.fn(),
    reviewHref: '/review.html',
    ...over,
  });

  test('logging not allowed: both switches off and fixed, and why', () => {
    const root = mount(
      <SessionLogControl {...props({ blockedBy: 'Session logging is turned off by your organization.' })} />,
    );
    for (const label of ['Log this conversation', 'Log every conversation']) {
      expect(checkbox(root, label).checked).toBe(false);
      expect(checkbox(root, label).disabled).toBe(true);
    }
    expect(text(root)).toContain('Session logging is turned off by your organization.');
  });

  test('encryption required and the log is not encrypted: nothing is stored, and the counselor is told where to encrypt', () => {
    const root = mount(
      <SessionLogControl {...props({ siteWide: false, status: { kind: 'needs-encryption' } })} />,
    );
    expect(text(root.querySelector('[role=alert]'))).toMatch(
      /requires an encrypted session log: nothing is stored/,
    );
  });
});

describe('the panel’s other controls under policy', () => {
  test('inline marks not allowed: the switch is off and fixed', () => {
    const note = inlineMarksNote(parsePolicy({ inlineMarksAllowed: false }));
    const root = mount(
      <HintSettingsView
        settings={{ ...DEFAULT_HINT_SETTINGS, inlineMarks: true }}
        now={0}
        onChange={vi.fn()}
        inlineMarksNote={note}
      />,
    );
    const marks = checkbox(root, 'Mark the client');
    expect(marks.checked).toBe(false);
    expect(marks.disabled).toBe(true);
    expect(text(root)).toContain('Marks in the chat page are turned off by your organization.');
    expect(inlineMarksNote(parsePolicy({ inlineMarksAllowed: 'no' }))).toMatch(
      /^Blocked by policy: invalid inline marks/,
    );
  });

  test('a site outside the allowed sites: no grant button, and why', () => {
    const policy = parsePolicy({ allowedSites: ['https://chat.clinic.example'] });
    const onGrant = vi.fn();
    const root = mount(
      <LiveStatus
        state={{ kind: 'not-allowed', origin: 'https://other.example', note: siteBlockedNote(policy) }}
        onGrant={onGrant}
      />,
    );
    expect(text(root)).toContain(
      'Your organization does not allow Attune to read chats on this site. (https://other.example)',
    );
    expect(root.querySelector('button')).toBeNull();
    expect(siteBlockedNote(parsePolicy({ allowedSites: ['nope'] }))).toMatch(
      /^Blocked by policy: invalid allowed sites .* Until then Attune reads no site\.$/,
    );
  });

  test('the summary lists what IT set, invalid values first in the eye', () => {
    const policy = parsePolicy({
      loggingAllowed: false,
      modelSource: { weightsBaseUrl: 'http://x.example/' },
    });
    const root = mount(<PolicySummary lines={policyLines(policy)} />);
    expect(text(root.querySelector('summary'))).toBe('Set by your organization');
    expect(root.querySelector('details')!.open).toBe(true);
    expect(text(root.querySelector('[data-policy-key=loggingAllowed]'))).toBe('Session logging not allowed.');
    expect(text(root.querySelector('[data-policy-key=modelSource]'))).toMatch(
      /^Blocked by policy: invalid model source/,
    );
    expect(mount(<PolicySummary lines={[]} />).textContent).toBe('');
  });
});

describe('the review page’s controls under policy', () => {
  const privacy = (over: Partial<PrivacySettingsProps> = {}): PrivacySettingsProps => ({
    encrypted: true,
    retentionDays: 30,
    idleMinutes: 10,
    usage: null,
    result: null,
    busy: false,
    onEncrypt: vi.fn(),
    onLock: vi.fn(),
    onIdleMinutes: vi.fn(),
    onRetention: vi.fn(),
    onDeleteAll: vi.fn(),
    ...over,
  });

  test('retention and idle lock: no longer than the policy, shorter allowed', () => {
    const policy = parsePolicy({ maxRetentionDays: 14, idleLockMinutes: 12 });
    const root = mount(
      <PrivacySettings
        {...privacy({
          retentionDays: 14,
          maxRetentionDays: maxRetentionDays(policy, 30),
          retentionNote: policyNote(policy, 'maxRetentionDays'),
          maxIdleMinutes: maxIdleLockMinutes(policy),
          idleNote: policyNote(policy, 'idleLockMinutes'),
        })}
      />,
    );
    expect(root.querySelector<HTMLInputElement>('#retention-days')!.max).toBe('14');
    expect(text(root)).toContain('Set by your organization. At most 14 days; you may choose fewer.');
    const idle = root.querySelector<HTMLSelectElement>('#idle-minutes')!;
    expect([...idle.options].map((o) => o.value)).toEqual(['5', '10', '12']);
  });

  test('encryption required: the section opens and says it is required', async () => {
    const policy = parsePolicy({ encryptionRequired: true });
    let root!: HTMLElement;
    await act(() => {
      root = mount(
        <PrivacySettings
          {...privacy({
            encrypted: false,
            open: true,
            encryptionNote: requirementNote(policy, 'encryptionRequired'),
          })}
        />,
      );
    });
    expect(root.querySelector('details')!.open).toBe(true);
    expect(text(root.querySelector('.policy-note'))).toBe('Required by your organization.');
  });

  test('export: a passphrase is required and full exports are always redacted', async () => {
    const policy = parsePolicy({ exportEncryptionRequired: true, exportRedactionRequired: true });
    const onExport = vi.fn();
    const props: ExportImportProps = {
      encryptionRequired: true,
      redactionRequired: true,
      encryptionNote: requirementNote(policy, 'exportEncryptionRequired'),
      redactionNote: requirementNote(policy, 'exportRedactionRequired'),
      listCount: 3,
      openSession: null,
      busy: false,
      onExport,
      onImport: vi.fn(),
      pendingFile: null,
      result: null,
    };
    const root = mount(<ExportImport {...props} />);
    const redact = checkbox(root, 'Replace names');
    expect(redact.checked).toBe(true);
    expect(redact.disabled).toBe(true);
    const submit = [...root.querySelectorAll('button')].find((b) => text(b).startsWith('Export'))!;
    expect(submit.disabled).toBe(true);
    expect(text(root)).toContain('Passphrase for the file (required; share it by another way)');
    const passphrase = root.querySelector<HTMLInputElement>('#export-passphrase')!;
    await act(() => {
      passphrase.value = 'a long passphrase';
      passphrase.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(submit.disabled).toBe(false);
    await act(() => submit.click());
    expect(onExport).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'full', redact: true, passphrase: 'a long passphrase' }),
    );
  });
});
