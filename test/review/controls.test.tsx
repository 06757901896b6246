import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SessionLogControl, type SessionLogControlProps } from '../../components/SessionLogControl';
import { ExportImport, type ExportImportProps } from '../../components/review/ExportImport';
import { LockScreen } from '../../components/review/LockScreen';
import { PrivacySettings, type PrivacySettingsProps } from '../../components/review/PrivacySettings';
import { mount } from '../dom';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function field<T extends HTMLElement>(root: Element, name: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => text(l).startsWith(name));
  const control = label?.htmlFor
    ? root.querySelector<T>(`#${label.htmlFor}`)
    : (label?.querySelector<T>('input') ?? null);
  if (!control) throw new Error(`no field labelled ${name}: ${text(root)}`);
  return control;
}

const button = (root: Element, name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`no button "${name}" in ${text(root)}`);
  return found;
};

async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the side panel session log control', () => {
  const props = (over: Partial<SessionLogControlProps> = {}): SessionLogControlProps => ({
    site: 'chat.example.org',
    conversation: false,
    siteWide: false,
    onConversation: vi.fn(),
    onSite: vi.fn(),
    status: { kind: 'off' },
    onUnlock: vi.fn(),
    reviewHref: '/review.html',
    ...over,
  });

  test('is off until switched on, and says so', () => {
    const p = props();
    const root = mount(<SessionLogControl {...p} />);
    expect(text(root.querySelector('[role=status]'))).toBe(
      'Logging off: nothing from this conversation is stored.',
    );
    const one = field<HTMLInputElement>(root, 'Log this conversation');
    expect(one.checked).toBe(false);
    one.click();
    expect(p.onConversation).toHaveBeenCalledWith(true);
    field<HTMLInputElement>(root, 'Log every conversation on chat.example.org').click();
    expect(p.onSite).toHaveBeenCalledWith(true);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/review.html');
    expect(text(root.querySelector('a'))).toBe('Open review');
  });

  test('on for the whole site: the conversation switch shows on and cannot be turned off alone', () => {
    const root = mount(
      <SessionLogControl {...props({ siteWide: true, status: { kind: 'on', turns: 12 } })} />,
    );
    const one = field<HTMLInputElement>(root, 'Log this conversation');
    expect(one.checked).toBe(true);
    expect(one.disabled).toBe(true);
    expect(text(root.querySelector('[role=status]'))).toBe('Logging on · 12 turns stored.');
  });

  test('a full disk: what is stored, what waits and what is missing, and the log’s own message as an alert', () => {
    const message = 'The session log is full: the browser refused to store more.';
    const root = mount(
      <SessionLogControl
        {...props({
          conversation: true,
          status: { kind: 'on', turns: 5, waiting: 3, notStored: 2, problem: message },
        })}
      />,
    );
    const status = root.querySelector('[role=status]')!;
    expect(text(status)).toBe(
      'Logging on · 5 turns stored · 3 turns waiting to be stored · 2 turns not stored.',
    );
    expect(status.classList.contains('warning')).toBe(true);
    expect(text(root.querySelector('[role=alert]'))).toBe(message);
  });

  test('once writes work again the warning goes; turns not stored stay said', () => {
    const root = mount(
      <SessionLogControl
        {...props({ conversation: true, status: { kind: 'on', turns: 1, notStored: 1 } })}
      />,
    );
    expect(text(root.querySelector('[role=status]'))).toBe('Logging on · 1 turn stored · 1 turn not stored.');
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  test('an error outside the writes is an alert', () => {
    const message = 'The session log could not be opened: blocked.';
    const root = mount(
      <SessionLogControl {...props({ conversation: true, status: { kind: 'error', message } })} />,
    );
    expect(text(root.querySelector('[role=alert]'))).toBe(message);
  });

  test('locked: asks for the passphrase and hands it over', async () => {
    const p = props({
      conversation: true,
      status: { kind: 'locked', problem: 'That passphrase is not the right one.' },
    });
    const root = mount(<SessionLogControl {...p} />);
    expect(text(root.querySelector('[role=status]'))).toMatch(/locked: enter your passphrase/);
    expect(text(root.querySelector('[role=alert]'))).toBe('That passphrase is not the right one.');
    await type(field<HTMLInputElement>(root, 'Passphrase'), 'secret words');
    await act(() => button(root, 'Unlock').click());
    expect(p.onUnlock).toHaveBeenCalledWith('secret words');
    expect(field<HTMLInputElement>(root, 'Passphrase').value).toBe('');
  });
});

describe('the lock screen', () => {
  test('unlocks with the typed passphrase; a wrong one is an alert that says only that', async () => {
    const onUnlock = vi.fn();
    const root = mount(
      <LockScreen
        idleMinutes={10}
        problem="That passphrase is not the right one."
        busy={false}
        onUnlock={onUnlock}
        onForget={vi.fn()}
      />,
    );
    expect(text(root)).toContain('Locked after 10 minutes without use.');
    expect(text(root.querySelector('[role=alert]'))).toBe('That passphrase is not the right one.');
    expect(button(root, 'Unlock').disabled).toBe(true);
    await type(field<HTMLInputElement>(root, 'Passphrase'), 'my words');
    await act(() => button(root, 'Unlock').click());
    expect(onUnlock).toHaveBeenCalledWith('my words');
  });

  test('forgetting the passphrase deletes everything only after a second, explicit click', async () => {
    const onForget = vi.fn();
    const root = mount(
      <LockScreen idleMinutes={null} problem={null} busy={false} onUnlock={vi.fn()} onForget={onForget} />,
    );
    await act(() => button(root, 'Delete everything…').click());
    expect(onForget).not.toHaveBeenCalled();
    await act(() => button(root, 'Delete every session for good').click());
    expect(onForget).toHaveBeenCalledTimes(1);
  });
});

describe('privacy settings', () => {
  const props = (over: Partial<PrivacySettingsProps> = {}): PrivacySettingsProps => ({
    encrypted: false,
    retentionDays: 30,
    idleMinutes: 10,
    usage: { sessions: 3, turns: 40, usageBytes: 250_000 },
    result: null,
    busy: false,
    onEncrypt: vi.fn(),
    onLock: vi.fn(),
    onIdleMinutes: vi.fn(),
    onRetention: vi.fn(),
    onDeleteAll: vi.fn(),
    ...over,
  });

  test('encryption needs a long enough passphrase typed twice the same', async () => {
    const p = props();
    const root = mount(<PrivacySettings {...p} />);
    const encrypt = () => button(root, 'Encrypt the log');
    await type(field(root, 'New passphrase'), 'short');
    expect(text(root)).toContain('At least 8 characters.');
    expect(encrypt().disabled).toBe(true);
    await type(field(root, 'New passphrase'), 'long enough words');
    await type(field(root, 'Repeat it'), 'long enough word');
    expect(text(root)).toContain('The two passphrases differ.');
    expect(encrypt().disabled).toBe(true);
    await type(field(root, 'Repeat it'), 'long enough words');
    await act(() => encrypt().click());
    expect(p.onEncrypt).toHaveBeenCalledWith('long enough words');
  });

  test('once encrypted: lock now and the idle time', () => {
    const p = props({ encrypted: true });
    const root = mount(<PrivacySettings {...p} />);
    button(root, 'Lock now').click();
    expect(p.onLock).toHaveBeenCalled();
    const idle = field<HTMLSelectElement>(root, 'Lock after');
    expect([...idle.options].map((o) => o.value)).toEqual(['5', '10', '15', '30', '60']);
    idle.value = '30';
    idle.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.onIdleMinutes).toHaveBeenCalledWith(30);
  });

  test('retention is saved in whole days, 1 to 3650', async () => {
    const p = props();
    const root = mount(<PrivacySettings {...p} />);
    const days = field<HTMLInputElement>(root, 'Delete sessions after');
    expect(days.value).toBe('30');
    await type(days, '0');
    expect(button(root, 'Save').disabled).toBe(true);
    await type(days, '90');
    await act(() => button(root, 'Save').click());
    expect(p.onRetention).toHaveBeenCalledWith(90);
    expect(text(root)).toContain('3 sessions, 40 turns · about 244 KB used by Attune.');
  });

  test('delete everything asks first', async () => {
    const p = props();
    const root = mount(<PrivacySettings {...p} />);
    await act(() => button(root, 'Delete everything…').click());
    expect(p.onDeleteAll).not.toHaveBeenCalled();
    expect(text(root)).toContain('This cannot be undone.');
    await act(() => button(root, 'Delete everything').click());
    expect(p.onDeleteAll).toHaveBeenCalledTimes(1);
  });
});

describe('export and import', () => {
  const props = (over: Partial<ExportImportProps> = {}): ExportImportProps => ({
    listCount: 12,
    openSession: null,
    busy: false,
    onExport: vi.fn(),
    onImport: vi.fn(),
    pendingFile: null,
    result: null,
    ...over,
  });

  test('a summary-only export cannot claim redaction; the passphrase goes with the choice', async () => {
    const p = props({ openSession: 'chat.example.org, Nov 5' });
    const root = mount(<ExportImport {...p} />);
    field<HTMLInputElement>(root, 'Replace names').click();
    await act(() => field<HTMLInputElement>(root, 'Summary only').click());
    expect(field<HTMLInputElement>(root, 'Replace names').disabled).toBe(true);
    await act(() => field<HTMLInputElement>(root, 'The open session').click());
    await type(field(root, 'Passphrase for the file'), 'share me');
    await act(() => button(root, 'Export 1 session').click());
    expect(p.onExport).toHaveBeenCalledWith({
      kind: 'summary',
      redact: false,
      passphrase: 'share me',
      scope: 'session',
    });
  });

  test('with no session open, the list is exported', async () => {
    const p = props();
    const root = mount(<ExportImport {...p} />);
    expect(field<HTMLInputElement>(root, 'The open session').disabled).toBe(true);
    await act(() => button(root, 'Export 12 sessions').click());
    expect(p.onExport).toHaveBeenCalledWith(expect.objectContaining({ kind: 'full', scope: 'list' }));
  });

  test('a chosen file is read and handed over with the passphrase; a refusal is an alert', async () => {
    const p = props({ result: { ok: false, text: 'This file was altered after it was exported.' } });
    const root = mount(<ExportImport {...p} />);
    expect(text(root.querySelector('[role=alert]'))).toBe('This file was altered after it was exported.');
    await type(field(root, 'Passphrase, if the file is encrypted'), 'pw');
    const input = field<HTMLInputElement>(root, 'File to import');
    const file = new File(['{"format":"attune-session-log"}'], 'sessions.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(p.onImport).toHaveBeenCalledWith(
      { name: 'sessions.json', text: '{"format":"attune-session-log"}' },
      'pw',
    );
  });
});
