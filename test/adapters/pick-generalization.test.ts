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
  // Clicking the counselor's own message instead would not help: data-own="true" would then mark
  // the counselor alone, and the bot and the second agent would read as the client. The adapter
  // counts every non-guest username as staff, which neither a selector nor one name can say.
  'rocketchat/omnichannel.html':
    'staff other than the counselor (a bot, whose message is the first own one, and a second agent) are data-own="false" like the client; only usernames tell them apart',
  // Here too, with the counselor's message picked the bot would read as the client. The adapter
  // compares each sender with the contact named in the task header, which a layout cannot hold.
  'aselo/conversation.html':
    'only sender names tell sides apart and the counselor side has two (a bot, whose message is the first own one, and the counselor); a layout keeps one name',
  'aselo/message-input-area.html':
    'only sender names tell sides apart and the counselor side has two (a bot, whose message is the first own one, and the counselor); a layout keeps one name',
};

/** How many applicable pages pick mode must teach (20 of 24 on the earlier, notes-based pages). */
const AT_LEAST_TAUGHT = 21;

/**
 * The element a counselor would click for a message: the deepest one whose text is its first line,
 * else the deepest one holding that line. Matching whole text first keeps a short message ("hi")
 * from being found inside a longer one ("this", "thinks").
 */
function clickTarget(doc: Document, text: string): Element | null {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const line = flat(text.split('\n')[0]!);
  const all = Array.from(doc.body.querySelectorAll('*'));
  const exact = all.filter((el) => flat(el.textContent ?? '') === line).at(-1);
  if (exact) return exact;
  const start = line.slice(0, 40);
  return all.filter((el) => flat(el.textContent ?? '').includes(start)).at(-1) ?? null;
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
    // Pages rebuilt from the platforms' real markup (issue 12): virtualized lists' bare item
    // wrappers, system posts, role flags by value, several open panes are taught; a bot answering
    // first on pages where only names tell sides apart is not. Each miss above is asserted to be one.
    const taught = applicable.length - Object.keys(KNOWN_MISSES).length;
    expect(applicable.length).toBeGreaterThanOrEqual(24);
    expect(taught).toBeGreaterThanOrEqual(AT_LEAST_TAUGHT);
  });
});
