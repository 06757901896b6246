// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { ContentToPanel } from '../../models';
import { adapterById } from '../../lib/adapters/registry';
import { healthLine, newSnapshotState, takeSnapshot } from '../../lib/live/snapshot';
import { loadFixture } from './fixtures';

/**
 * What the counselor sees in the panel when a page holds private or internal notes: the notes are
 * not among the messages, and the health line says how many were left out.
 */
function snapshotOf(adapterId: string, fixture: string) {
  const adapter = adapterById(adapterId)!;
  return takeSnapshot(
    adapter,
    loadFixture(adapterId, fixture),
    'https://chat.example.org/',
    newSnapshotState(),
  );
}

describe('notes in the health line', () => {
  test.each([
    [
      'chatwoot',
      'private-note.html',
      'no reply box found · 9 messages: 5 from the client, 4 from you · 2 private notes left out',
    ],
    [
      'zendesk',
      'conversation.html',
      'reply box found · 12 messages: 6 from the client, 6 from you · 1 private note left out',
    ],
    ['rocketchat', 'conversation.html', 'reply box found · 11 messages: 6 from the client, 5 from you'],
  ])('%s/%s: %s', (adapterId, fixture, line) => {
    expect(healthLine(snapshotOf(adapterId, fixture).health)).toBe(line);
  });

  test('the count survives the trip to the panel, and no note text does', () => {
    const snapshot = snapshotOf('chatwoot', 'private-note.html');
    const received = ContentToPanel.parse(snapshot);
    expect(received).toEqual(snapshot);
    expect(received.type === 'page-snapshot' && received.health.notesSkipped).toBe(2);
    expect(JSON.stringify(received)).not.toMatch(/Supervisor|Note to self|Ask about sleep/);
  });

  test('pages without notes carry no count', () => {
    expect(snapshotOf('mattermost', 'conversation.html').health).not.toHaveProperty('notesSkipped');
  });
});
