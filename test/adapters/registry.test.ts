// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adapterById, adapters, pickAdapter } from '../../lib/adapters/registry';
import { isValidMatchPattern, matchesPattern } from '../../lib/adapters/match';
import { htmlDocument, loadFixture } from './fixtures';

describe('match patterns', () => {
  test.each([
    ['https://web.whatsapp.com/*', true],
    ['https://*.zendesk.com/*', true],
    ['*://*/*', true],
    ['http://localhost/chat/*', true],
    ['https://flex.twilio.com/', true],
    ['ftp://example.com/*', false],
    ['https://*zendesk.com/*', false],
    ['https://zendesk.*/*', false],
    ['https://web.whatsapp.com', false],
    ['web.whatsapp.com/*', false],
    ['<all_urls>', false],
    ['chrome-extension://abc/practice.html', false],
  ])('%s is valid: %s', (pattern, valid) => {
    expect(isValidMatchPattern(pattern)).toBe(valid);
  });

  test.each([
    ['https://*.zendesk.com/*', 'https://helpline.zendesk.com/agent/tickets/4812', true],
    ['https://*.zendesk.com/*', 'https://zendesk.com/agent', true],
    ['https://*.zendesk.com/*', 'https://zendesk.com.evil.example/agent', false],
    ['https://*.zendesk.com/*', 'http://helpline.zendesk.com/agent', false],
    ['https://web.whatsapp.com/*', 'https://web.whatsapp.com/', true],
    ['https://web.whatsapp.com/*', 'https://whatsapp.com/', false],
    ['https://flex.twilio.com/*', 'https://flex.twilio.com/agent-desktop/?task=1', true],
    ['*://*/*', 'https://chat.example.org/direct/abc', true],
    ['*://*/*', 'file:///tmp/x.html', false],
    ['https://web.whatsapp.com/*', 'not a url', false],
  ])('%s covers %s: %s', (pattern, url, covered) => {
    expect(matchesPattern(pattern, url)).toBe(covered);
  });
});

describe('pickAdapter', () => {
  test.each([
    ['whatsapp', 'conversation.html', 'https://web.whatsapp.com/'],
    ['zendesk', 'conversation.html', 'https://helpline.zendesk.com/agent/tickets/4812'],
    ['aselo', 'conversation.html', 'https://flex.twilio.com/agent-desktop/'],
    // Self-hosted: recognised by structure on any origin.
    ['aselo', 'message-input-area.html', 'https://aselo.helpline.example/'],
    ['chatwoot', 'private-note.html', 'https://support.clinic.example/app/accounts/1/conversations/7'],
    ['rocketchat', 'omnichannel.html', 'https://chat.helpline.example/live/abc'],
    ['mattermost', 'system-and-thread.html', 'https://mm.gov.example/helpline/messages/@sam.r'],
    ['element', 'follow-on.html', 'https://matrix.helpline.example/#/room/!abc:helpline.example'],
    ['practice', 'empty.html', 'chrome-extension://abcdefghijklmnop/practice.html'],
  ])('%s/%s at %s', (id, name, url) => {
    expect(pickAdapter(loadFixture(id, name), url)?.id).toBe(id);
  });

  test('a page that is no known chat gets null', () => {
    expect(
      pickAdapter(htmlDocument('<main><h1>News</h1><textarea></textarea></main>'), 'https://news.example/'),
    ).toBeNull();
  });

  test('a hosted URL wins even before the page has rendered its chat', () => {
    expect(pickAdapter(htmlDocument('<div id="app">Loading…</div>'), 'https://web.whatsapp.com/')?.id).toBe(
      'whatsapp',
    );
  });

  test('adapterById finds every registered adapter', () => {
    for (const a of adapters) expect(adapterById(a.id)).toBe(a);
    expect(adapterById('nope')).toBeUndefined();
  });
});
