// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adapterFromConfig } from '../../lib/adapters/fallback/configured';
import { deriveSiteConfig } from '../../lib/adapters/fallback/derive';
import { adapters } from '../../lib/adapters/registry';
import { fixtureNames, loadFixture, roleString } from './fixtures';

/**
 * Pick mode away from its own fixtures: on every built-in platform's fixtures, four clicks (the
 * reply box, the list, the first client message, the first own message) must teach a layout that
 * reads the page as the hand-written adapter does. Where only the sender's name tells people apart
 * (Element), the layout keeps the name's place and a hash of the counselor's name. The misses are
 * listed with the reason.
 */
const KNOWN_MISSES: Record<string, string> = {
  'rocketchat/omnichannel.html': 'other agents are told from the client by username only',
  'rocketchat/conversation.html': 'the virtua list wraps each message in a bare positioning div',
  'rocketchat/german.html': 'the virtua list wraps each message in a bare positioning div',
  'rocketchat/virtualized.html': 'the virtualized list wraps each message in a positioning div (data-index)',
  'mattermost/conversation.html': 'a system post (joined the channel) is shaped like a client post',
  'mattermost/system-and-thread.html': 'the first own message is a thread reply shaped unlike channel posts',
  'element/follow-on.html': 'only the value of data-self marks own tiles; follow-on tiles show no sender',
  'aselo/conversation.html':
    "the first own message is the bot's, so the bot's name is learnt as the counselor's",
  'aselo/message-input-area.html':
    "the first own message is the bot's, so the bot's name is learnt as the counselor's",
  'zendesk/conversation.html': "every open ticket's pane keeps an identical composer, so none is unique",
};

/** The element a counselor would click for a message: the deepest one holding its first line. */
function clickTarget(doc: Document, text: string): Element | null {
  const line = text.split('\n')[0]!.slice(0, 40);
  let found: Element | null = null;
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if ((el.textContent ?? '').replace(/\s+/g, ' ').includes(line)) found = el;
  }
  return found;
}

const cases = adapters.flatMap((adapter) =>
  fixtureNames(adapter.id).map((name) => ({ adapter, name, key: `${adapter.id}/${name}` })),
);

describe('pick mode on the built-in platforms’ pages', () => {
  test.each(cases)('$key', ({ adapter, name, key }) => {
    const doc = loadFixture(adapter.id, name);
    const chat = adapter.parse(doc);
    const client = chat.messages.find((m) => m.role === 'client');
    const own = chat.messages.find((m) => m.role === 'counselor');
    if (!client || !own || !chat.composer) return; // nothing to pick (an empty chat, a private note)
    const picks = {
      composer: chat.composer,
      client: clickTarget(doc, client.text)!,
      own: clickTarget(doc, own.text)!,
    };
    let list = picks.client.parentElement!;
    while (!list.contains(picks.own)) list = list.parentElement!;
    const result = deriveSiteConfig({ ...picks, list }, doc, 'https://chat.example.org');
    const reads = result.ok ? roleString(adapterFromConfig(result.config).parse(doc)) : result.problem;
    if (KNOWN_MISSES[key]) {
      expect(reads).not.toBe(roleString(chat));
    } else {
      expect(reads).toBe(roleString(chat));
    }
  });

  test('most pages are taught correctly', () => {
    const applicable = cases.filter(({ adapter, name }) => {
      const chat = adapter.parse(loadFixture(adapter.id, name));
      return (
        chat.composer &&
        chat.messages.some((m) => m.role === 'client') &&
        chat.messages.some((m) => m.role === 'counselor')
      );
    });
    // Pages rebuilt from the platforms' real markup (issue 12) are harder than the notes-based ones
    // were: virtualized lists' bare item wrappers, bots answering first, several open panes. Pick
    // mode must still teach more than half of them; each miss above is asserted to be a miss.
    const taught = applicable.length - Object.keys(KNOWN_MISSES).length;
    expect(applicable.length).toBeGreaterThanOrEqual(20);
    expect(taught).toBeGreaterThan(applicable.length / 2);
  });
});
