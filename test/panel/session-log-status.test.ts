import { describe, expect, test } from 'vitest';
import { LogStorageFullError } from '../../lib/log/errors';
import { explain, notStoredIn, sessionLogStatus } from '../../lib/panel/session-log-status';

const outbox = { problem: null, slots: {} };

describe('the session log control’s status line', () => {
  test('off, a problem, or locked come first', () => {
    expect(sessionLogStatus({ logging: false, problem: { kind: 'locked' }, outbox, slot: 's1' })).toEqual({
      kind: 'off',
    });
    expect(sessionLogStatus({ logging: true, problem: { kind: 'locked' }, outbox, slot: 's1' })).toEqual({
      kind: 'locked',
    });
    expect(
      sessionLogStatus({
        logging: true,
        problem: null,
        outbox: { problem: { kind: 'locked' }, slots: {} },
        slot: undefined,
      }),
    ).toEqual({ kind: 'locked' });
  });

  test('a conversation not yet stored has 0 turns; one whose count is unknown has null', () => {
    expect(sessionLogStatus({ logging: true, problem: null, outbox, slot: undefined })).toEqual({
      kind: 'on',
      turns: 0,
      waiting: 0,
      notStored: 0,
    });
    expect(sessionLogStatus({ logging: true, problem: null, outbox, slot: 's1' })).toMatchObject({
      turns: null,
    });
  });

  test('writes being retried are explained', () => {
    const status = sessionLogStatus({
      logging: true,
      problem: null,
      outbox: { problem: { kind: 'failing', error: new Error('disk busy') }, slots: {} },
      slot: undefined,
    });
    expect(status).toMatchObject({ kind: 'on', problem: expect.stringContaining('disk busy') });
  });

  test('a full disk says so in its own words; gaps add up', () => {
    const full = new LogStorageFullError();
    expect(explain(full)).toBe(full.message);
    expect(explain(new Error('x'))).toBe('The session log could not store this turn: x');
    expect(notStoredIn({ gaps: [{ turns: 2 }, { turns: 3 }] })).toBe(5);
    expect(notStoredIn({})).toBe(0);
  });
});
