// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createGenericAdapter } from '../../lib/adapters/fallback/generic';
import { adapterFromConfig, isValidSelector } from '../../lib/adapters/fallback/configured';
import { deriveSiteConfig, isGeneratedClass, uniqueSelector } from '../../lib/adapters/fallback/derive';
import { findComposer, isReplyBox } from '../../lib/adapters/fallback/heuristics';
import { SiteConfig } from '../../models/site-config';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

/**
 * Sites no built-in adapter knows: the generic fallback's guesses, and pick mode's derivation of
 * a layout from four clicks. Fixtures in test/fixtures/unknown are invented chat pages in styles
 * real apps use (a role=log thread, Telegram-like bubbles, a CSS-in-JS app with generated names).
 */
const unknown = (name: string) => loadFixture('unknown', name);

describe('generic fallback', () => {
  test('reads a role=log thread, telling sides apart by class modifiers (msg--me / msg--them)', () => {
    const chat = createGenericAdapter().parse(unknown('log-region.html'));
    expect(roleString(chat)).toBe('CKCKC');
    expect(chat.messages[0]!.text).toBe(
      'hi. my sister said i should message you but honestly i dont see the point',
    );
    // Names and times are not part of what was said.
    expect(chat.messages.map((m) => m.text).join(' ')).not.toMatch(/Visitor|Robin|21:0/);
    // The reply box, not the search field above the thread.
    expect(chat.composer?.id).toBe('reply');
  });

  test('reads Telegram-like bubbles by message ids and is-in / is-out flags', () => {
    const chat = createGenericAdapter().parse(unknown('telegram-like.html'));
    expect(summarize(chat)).toEqual({
      messages: 3,
      client: 2,
      counselor: 1,
      composer: true,
      draft: 'You should',
    });
    expect(chat.messages.map((m) => m.id)).toEqual(['5101', '5102', '5103']);
  });

  test('finds no message list on a page with only generated markup: pick mode is the way there', () => {
    const adapter = createGenericAdapter();
    expect(adapter.detect(unknown('generated-classes.html'))).toBe(false);
    expect(() => adapter.parse(unknown('generated-classes.html'))).toThrow(/message list/);
  });

  test('send-echo: a message that appears with the text just sent becomes the counselor’s, and stays so', () => {
    const doc = htmlDocument(`
      <div role="log"><div class="m">is this thing on</div><div class="m">hello?</div></div>
      <textarea aria-label="Message"></textarea>`);
    const adapter = createGenericAdapter();
    const box = doc.querySelector('textarea')!;
    expect(roleString(adapter.parse(doc))).toBe('CC');
    box.value = 'Hi, I am here. What is on your mind tonight?';
    adapter.parse(doc);
    // Sent: the box empties and the message shows up in the thread.
    box.value = '';
    doc
      .querySelector('[role=log]')!
      .insertAdjacentHTML('beforeend', '<div class="m">Hi, I am here. What is on your mind tonight?</div>');
    expect(roleString(adapter.parse(doc))).toBe('CCK');
    // A later client message with other words is the client's; the echoed one stays the counselor's.
    doc.querySelector('[role=log]')!.insertAdjacentHTML('beforeend', '<div class="m">idk</div>');
    expect(roleString(adapter.parse(doc))).toBe('CCKC');
  });

  test('send-echo does not claim an older client message that happens to use the same words', () => {
    const doc = htmlDocument(
      `<div role="log"><div class="m">ok</div><div class="m">sure</div></div><textarea></textarea>`,
    );
    const adapter = createGenericAdapter();
    adapter.parse(doc);
    const box = doc.querySelector('textarea')!;
    box.value = 'ok';
    adapter.parse(doc);
    box.value = '';
    expect(roleString(adapter.parse(doc))).toBe('CC');
  });

  test('never takes search, password, read-only or opted-out fields for the reply box', () => {
    const doc = htmlDocument(`
      <input type="search" id="a" /><input type="password" id="b" /><textarea readonly id="c"></textarea>
      <textarea data-gramm="false" id="d"></textarea><input placeholder="Search messages" id="e" />`);
    for (const el of Array.from(doc.querySelectorAll('input, textarea'))) expect(isReplyBox(el)).toBe(false);
    expect(findComposer(doc)).toBeNull();
  });

  test('prefers the focused reply box over others on the page', () => {
    const doc = htmlDocument(
      `<textarea id="notes" aria-label="Notes"></textarea><textarea id="reply"></textarea>`,
    );
    document.body.replaceChildren(
      ...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)),
    );
    (document.getElementById('notes') as HTMLTextAreaElement).focus();
    expect(findComposer(document)?.id).toBe('notes');
    document.body.replaceChildren();
  });
});

const clicks = (doc: Document, composer: string, list: string, client: string, own: string) => ({
  composer: doc.querySelector(composer)!,
  list: doc.querySelector(list)!,
  client: doc.querySelector(client)!,
  own: doc.querySelector(own)!,
});

describe('pick mode', () => {
  test('derives a layout from generated-class markup using test ids and the author attribute', () => {
    const doc = unknown('generated-classes.html');
    const result = deriveSiteConfig(
      clicks(
        doc,
        '[data-testid="reply-editor"] p',
        '[data-testid="timeline"]',
        '#item-77231 [data-testid="item-text"]',
        '#item-77232 [data-testid="item-text"]',
      ),
      doc,
      'https://inbox.example.org',
      1,
    );
    expect(result).toEqual({
      ok: true,
      config: {
        origin: 'https://inbox.example.org',
        composer: '[data-testid="reply-editor"]',
        list: '[data-testid="timeline"]',
        message: '[data-testid="timeline-item"]',
        text: '[data-testid="item-text"]',
        own: { selector: '[data-author="agent"]' },
        client: { selector: '[data-author="contact"]' },
        createdAt: 1,
      },
    });
    // No generated class or random id made it into the layout.
    expect(JSON.stringify(result)).not.toMatch(/css-|sc-|r4x81|77231/);
    const chat = adapterFromConfig(SiteConfig.parse((result as { config: unknown }).config)).parse(doc);
    expect(roleString(chat)).toBe('CKC');
    expect(chat.draft).toBe("Why don't you just talk to him?");
  });

  test('a taught layout keeps working after the page re-renders with new generated names', () => {
    const doc = unknown('generated-classes.html');
    const result = deriveSiteConfig(
      clicks(doc, '[data-testid="reply-editor"]', '[data-testid="timeline"]', '#item-77233', '#item-77232'),
      doc,
      'https://inbox.example.org',
    );
    if (!result.ok) throw new Error(result.problem);
    const rerendered = htmlDocument(
      doc.body.innerHTML.replace(/css-[a-z0-9]+/g, (m) => `${m}zz`).replace(/item-772/g, 'item-991'),
    );
    expect(roleString(adapterFromConfig(result.config).parse(rerendered))).toBe('CKC');
  });

  test('derives class modifiers and the message body in a role=log thread', () => {
    const doc = unknown('log-region.html');
    const result = deriveSiteConfig(
      clicks(doc, '#reply', '.thread', '[data-key="m3"] .body', '[data-key="m4"] .body'),
      doc,
      'http://127.0.0.1:8080',
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.config.own).toEqual({ selector: '.msg--me' });
    expect(result.config.text).toBe('p.body');
    const chat = adapterFromConfig(result.config).parse(doc);
    expect(roleString(chat)).toBe('CKCKC');
    expect(chat.messages[4]!.text).toBe('yeah. I dont want to stop, I just want her off my back');
  });

  test('two messages from different days: the layout reads every day, not one message per day', () => {
    // Telegram-like markup with the messages grouped by day, as many chat apps do.
    const doc = htmlDocument(`
      <div class="bubbles-inner">
        <section class="bubbles-date-group">
          <div class="bubble is-in" data-mid="1"><div class="message">my sister keeps asking how much i spend</div></div>
          <div class="bubble is-out" data-mid="2"><div class="message">What do you make of her asking?</div></div>
        </section>
        <section class="bubbles-date-group">
          <div class="bubble is-in" data-mid="3"><div class="message">its only a bit of fun</div></div>
          <div class="bubble is-out" data-mid="4"><div class="message">It's something you enjoy.</div></div>
          <div class="bubble is-in" data-mid="5"><div class="message">yeah exactly</div></div>
        </section>
      </div>
      <div class="chat-input"><div class="input-message-input" contenteditable="true"></div></div>`);
    // The client's message from the first day, the counselor's own from the second.
    const result = deriveSiteConfig(
      clicks(
        doc,
        '.input-message-input',
        '.bubbles-inner',
        '[data-mid="1"] .message',
        '[data-mid="4"] .message',
      ),
      doc,
      'https://web.example.org',
    );
    if (!result.ok) throw new Error(result.problem);
    const chat = adapterFromConfig(result.config).parse(doc);
    expect(roleString(chat)).toBe('CKCKC');
    expect(chat.messages.map((m) => m.text)).toContain('yeah exactly');
  });

  test('where only names tell people apart, the sender name decides, and follow-ons keep the last sender', () => {
    // A team-chat style page: every message on the same side, the same markup, a name on the
    // first message of each run and none on follow-ons. A time differs too, but is no name.
    const doc = htmlDocument(`
      <ul class="messages">
        <li class="post"><span class="post-author">Sam</span><time>19:02</time><p class="post-text">hi. idk why im here</p></li>
        <li class="post"><p class="post-text">my mum made me</p></li>
        <li class="post"><span class="post-author">Jordan Reyes</span><time>19:03</time><p class="post-text">Thanks for reaching out, Sam.</p></li>
        <li class="post"><p class="post-text">What would make tonight worth it?</p></li>
        <li class="post"><span class="post-author">Sam</span><time>19:05</time><p class="post-text">nothing honestly</p></li>
      </ul>
      <textarea id="reply" aria-label="Reply"></textarea>`);
    const result = deriveSiteConfig(
      clicks(doc, '#reply', '.messages', 'li:nth-child(1) .post-text', 'li:nth-child(3) .post-text'),
      doc,
      'https://chat.example.org',
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.config.own).toEqual({
      sender: 'span.post-author',
      nameHash: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    // The layout file names nobody: the counselor's name is kept only as a hash.
    expect(JSON.stringify(result.config)).not.toMatch(/Jordan|Sam/);
    expect(roleString(adapterFromConfig(result.config).parse(doc))).toBe('CCKKC');
    expect(SiteConfig.safeParse(result.config).success).toBe(true);
  });

  test('explains what went wrong instead of saving a layout that would misread the chat', () => {
    const doc = unknown('log-region.html');
    const origin = 'http://127.0.0.1:8080';
    const same = deriveSiteConfig(
      clicks(doc, '#reply', '.thread', '[data-key="m1"]', '[data-key="m3"]'),
      doc,
      origin,
    );
    expect(same).toEqual({ ok: false, problem: expect.stringMatching(/look the same/) });
    const notABox = deriveSiteConfig(
      clicks(doc, 'header .title', '.thread', '[data-key="m1"]', '[data-key="m2"]'),
      doc,
      origin,
    );
    expect(notABox).toEqual({ ok: false, problem: expect.stringMatching(/box you can type in/) });
    const twice = deriveSiteConfig(
      clicks(doc, '#reply', '.thread', '[data-key="m1"]', '[data-key="m1"] .body'),
      doc,
      origin,
    );
    expect(twice).toEqual({ ok: false, problem: expect.stringMatching(/two different messages/) });
  });

  test('refuses generated class names and never uses position', () => {
    for (const name of [
      'css-1q2w3e4',
      'sc-bdVaJa',
      'x1n2onr6',
      'title__a8Fz2',
      'jsx-3021883',
      'Message_root_3kd92',
    ])
      expect(isGeneratedClass(name), name).toBe(true);
    for (const name of ['message', 'msg--me', 'post-message__text', 'chat-input', 'bubble', 'h2', 'feedback'])
      expect(isGeneratedClass(name), name).toBe(false);
    const doc = htmlDocument('<div><div><span>a</span><span>b</span></div></div>');
    expect(uniqueSelector(doc.querySelectorAll('span')[1]!, doc)).toBeNull();
  });

  test('imported layouts are validated: bad origins and unparsable selectors are caught', () => {
    expect(
      SiteConfig.safeParse({
        origin: 'https://a.org/path',
        composer: 'x',
        list: 'y',
        message: 'z',
        own: { side: 'right' },
        createdAt: 0,
      }).success,
    ).toBe(false);
    expect(isValidSelector('div > [data-x="1"]', document)).toBe(true);
    expect(isValidSelector('div >>> ((', document)).toBe(false);
  });
});
