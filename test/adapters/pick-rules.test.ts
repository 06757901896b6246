// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adapterFromConfig } from '../../lib/adapters/fallback/configured';
import { deriveSiteConfig, shownPaneSelector } from '../../lib/adapters/fallback/derive';
import { SiteConfig } from '../../models/site-config';
import { htmlDocument, roleString } from './fixtures';

/**
 * Pick mode's rules for layouts real chat apps use, each on a small invented page: bare
 * positioning wrappers around virtualized rows, role flags that differ by value, system posts
 * shaped like messages, and several open conversations each with its own list and reply box. Every
 * rule has a case where it must not fire.
 */
const ORIGIN = 'https://desk.example.org';

function teach(doc: Document, composer: string, list: string, client: string, own: string) {
  return deriveSiteConfig(
    {
      composer: doc.querySelector(composer)!,
      list: doc.querySelector(list)!,
      client: doc.querySelector(client)!,
      own: doc.querySelector(own)!,
    },
    doc,
    ORIGIN,
    1,
  );
}

function taught(doc: Document, composer: string, list: string, client: string, own: string) {
  const result = teach(doc, composer, list, client, own);
  if (!result.ok) throw new Error(result.problem);
  expect(SiteConfig.safeParse(result.config).success).toBe(true);
  return result.config;
}

const reads = (config: SiteConfig, doc: Document) => roleString(adapterFromConfig(config).parse(doc));

describe('bare positioning wrappers (virtualized lists)', () => {
  const row = (top: number, inner: string) =>
    `<div style="position: absolute; top: ${top}px; width: 100%">${inner}</div>`;

  test('the message is the named element inside each unnamed row box', () => {
    const doc = htmlDocument(`
      <div role="list" aria-label="Conversation" class="scroller">
        <div style="position: relative; height: 400px">
          ${row(0, '<div class="day-break">Today</div>')}
          ${row(40, '<div class="chat-msg" data-msg-id="a1" data-mine="false"><p>hi. idk why im here</p></div>')}
          ${row(80, '<div class="chat-msg" data-msg-id="a2" data-mine="true"><p>I am glad you wrote.</p></div>')}
          ${row(120, '<div class="chat-msg" data-msg-id="a3" data-mine="false"><p>my sister made me</p></div>')}
          ${row(160, '<div class="chat-msg" data-msg-id="a4" data-mine="true"><p>It was her idea.</p></div>')}
        </div>
      </div>
      <textarea class="composer" aria-label="Reply"></textarea>`);
    const config = taught(
      doc,
      '.composer',
      '.scroller > div',
      '[data-msg-id="a1"] p',
      '[data-msg-id="a2"] p',
    );
    expect(config.message).toBe('[data-msg-id]');
    expect(config.own).toEqual({ selector: '[data-mine="true"]' });
    expect(reads(config, doc)).toBe('CKCK');
    // The virtualizer moves rows and drops the ones scrolled away: the layout does not care.
    doc.querySelector('[data-msg-id="a1"]')!.parentElement!.remove();
    expect(reads(config, doc)).toBe('KCK');
  });

  test('row boxes with the same utility classes as everything inside (TanStack data-index)', () => {
    const doc = htmlDocument(`
      <ul class="messages" aria-label="Messages">
        <div class="box" data-index="7" style="transform: translateY(0px)">
          <div class="box msg" data-mid="x" data-own="false"><div class="box body">are you a real person</div></div>
        </div>
        <div class="box" data-index="8" style="transform: translateY(60px)">
          <div class="box msg" data-mid="y" data-own="true"><div class="box body">Yes, I am.</div></div>
        </div>
        <div class="box" data-index="9" style="transform: translateY(120px)">
          <div class="box msg" data-mid="z" data-own="false"><div class="box body">ok</div></div>
        </div>
      </ul>
      <div class="editor" contenteditable="true"></div>`);
    const config = taught(doc, '.editor', '.messages', '[data-mid="x"] .body', '[data-mid="y"] .body');
    expect(config.message).toBe('[data-mid]');
    expect(reads(config, doc)).toBe('CKC');
  });

  test('not fired: a row box with a name of its own stays the message, with its marks', () => {
    const doc = htmlDocument(`
      <ol class="thread">
        <li class="row"><div class="bubble">can we talk</div></li>
        <li class="row row--me"><div class="bubble">Of course.</div></li>
        <li class="row"><div class="bubble">thanks</div></li>
      </ol>
      <textarea id="reply"></textarea>`);
    const config = taught(doc, '#reply', '.thread', 'li:nth-child(1) .bubble', 'li:nth-child(2) .bubble');
    expect(config.message).toBe('li.row');
    expect(config.own).toEqual({ selector: '.row--me' });
    expect(reads(config, doc)).toBe('CKC');
  });
});

describe('role marks by value', () => {
  test('a plain attribute whose value names the sender kind (type="agent" / type="end-user")', () => {
    const doc = htmlDocument(`
      <div class="log">
        <article class="entry"><div class="entry-body" type="end-user">my order never came</div></article>
        <article class="entry"><div class="entry-body" type="agent">I am sorry to hear that.</div></article>
        <article class="entry"><div class="entry-body" type="internal">Check with the warehouse</div></article>
        <article class="entry"><div class="entry-body" type="end-user">thanks</div></article>
      </div>
      <textarea id="reply"></textarea>`);
    const config = taught(doc, '#reply', '.log', 'article:nth-child(1)', 'article:nth-child(2)');
    expect(config.own).toEqual({ selector: '[type="agent"]' });
    expect(config.client).toEqual({ selector: '[type="end-user"]' });
    // The internal note carries neither mark: it is left out.
    expect(reads(config, doc)).toBe('CKC');
  });

  test('the direction in front of each message id (true_… / false_…)', () => {
    const doc = htmlDocument(`
      <div role="application" class="pane">
        <div class="row" data-id="false_4477001@c.us_3EB0A1"><span class="text">hey</span></div>
        <div class="row" data-id="true_4477001@c.us_3EB0B2"><span class="text">Hi, I'm here.</span></div>
        <div class="row" data-id="false_4477001@c.us_3EB0C3"><span class="text">ok good</span></div>
        <div class="row" data-id="true_4477001@c.us_3EB0D4"><span class="text">What's on your mind?</span></div>
      </div>
      <div contenteditable="true" role="textbox" aria-label="Type a message"></div>`);
    const config = taught(
      doc,
      '[role="textbox"]',
      '.pane',
      '.row:nth-child(1) .text',
      '.row:nth-child(2) .text',
    );
    expect(config.own).toEqual({ selector: '[data-id^="true_"]' });
    expect(reads(config, doc)).toBe('CKCK');
  });

  test('not fired: id prefixes that differ on every message, and titles, say nothing about the sender', () => {
    const doc = htmlDocument(`
      <div class="pane">
        <div class="row" data-key="alpha_3f9c" title="Sam"><span class="text">hey</span></div>
        <div class="row" data-key="beta_77ab" title="Jordan"><span class="text">Hi, I'm here.</span></div>
        <div class="row" data-key="gamma_c01d" title="Sam"><span class="text">ok good</span></div>
        <div class="row" data-key="delta_e5f0" title="Jordan"><span class="text">What's on your mind?</span></div>
      </div>
      <textarea id="reply"></textarea>`);
    const result = teach(doc, '#reply', '.pane', '.row:nth-child(1) .text', '.row:nth-child(2) .text');
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/look the same/) });
  });
});

describe('system posts shaped like messages', () => {
  test('a post with a system modifier is left out; the counselor’s own /me post stays theirs', () => {
    const doc = htmlDocument(`
      <div class="posts">
        <div class="post post--system"><p>Sam joined the channel.</p></div>
        <div class="post"><p>hi. is anyone there</p></div>
        <div class="post post--mine"><p>Yes, I'm Jordan.</p></div>
        <div class="post post--system post--mine"><p>jordan is making tea</p></div>
        <div class="post"><p>ok</p></div>
      </div>
      <textarea id="reply"></textarea>`);
    const config = taught(doc, '#reply', '.posts', '.post:nth-child(2) p', '.post:nth-child(3) p');
    expect(config.client).toEqual({ selector: 'div.post:not(.post--system)' });
    expect(reads(config, doc)).toBe('CKKC');
  });

  test('a notice that carries the client’s mark too (left-aligned like the client)', () => {
    const doc = htmlDocument(`
      <ul class="chat">
        <li class="msg" data-side="left"><span>i cant sleep</span></li>
        <li class="msg msg--notice" data-side="left"><span>Conversation transferred to Jordan</span></li>
        <li class="msg" data-side="right"><span>That sounds exhausting.</span></li>
        <li class="msg" data-side="left"><span>it is</span></li>
      </ul>
      <textarea id="reply"></textarea>`);
    const config = taught(doc, '#reply', '.chat', 'li:nth-child(1) span', 'li:nth-child(3) span');
    expect(config.own).toEqual({ selector: '[data-side="right"]' });
    expect(config.client).toEqual({ selector: 'li.msg:not(.msg--notice)[data-side="left"]' });
    expect(reads(config, doc)).toBe('CKC');
  });

  test('not fired: a modifier the picks lack that says something else (a follow-on) is read', () => {
    const doc = htmlDocument(`
      <div class="posts">
        <div class="post"><p>hi. is anyone there</p></div>
        <div class="post post--followup"><p>hello?</p></div>
        <div class="post post--mine"><p>Yes, I'm Jordan.</p></div>
        <div class="post post--mine post--followup"><p>Take your time.</p></div>
        <div class="post" data-system="false"><p>ok</p></div>
      </div>
      <textarea id="reply"></textarea>`);
    const config = taught(doc, '#reply', '.posts', '.post:nth-child(1) p', '.post:nth-child(3) p');
    // Neither `post--followup` nor `data-system="false"` (which says the opposite) marks a notice.
    expect(config.client).toBeUndefined();
    expect(reads(config, doc)).toBe('CCKKC');
  });
});

describe('several open conversations, one shown', () => {
  const pane = (active: string, client: string, own: string, attrs = '') => `
    <section class="conversation" ${active} ${attrs}>
      <ol class="log">
        <li class="msg msg--in">${client}</li>
        <li class="msg msg--out">${own}</li>
      </ol>
      <textarea class="reply"></textarea>
    </section>`;

  test('reply box and list follow the pane marked as shown', () => {
    const doc = htmlDocument(`
      <main class="panes">
        ${pane('data-active="false"', 'where is my refund', 'Let me check.')}
        ${pane('data-active="true"', 'i feel awful today', 'I am sorry it is so hard.')}
      </main>`);
    const config = taught(
      doc,
      '[data-active="true"] .reply',
      '[data-active="true"] .log',
      '[data-active="true"] .msg--in',
      '[data-active="true"] .msg--out',
    );
    expect(config.composer).toBe('[data-active="true"] textarea.reply');
    expect(config.list).toBe('[data-active="true"] ol.log');
    const chat = adapterFromConfig(config).parse(doc);
    expect(chat.messages.map((m) => m.text)).toEqual(['i feel awful today', 'I am sorry it is so hard.']);
    // The counselor switches tickets: the layout follows.
    const [first, second] = Array.from(doc.querySelectorAll('section'));
    first!.setAttribute('data-active', 'true');
    second!.setAttribute('data-active', 'false');
    const switched = adapterFromConfig(config).parse(doc);
    expect(switched.messages[0]!.text).toBe('where is my refund');
    expect(switched.composer).toBe(first!.querySelector('textarea'));
  });

  test('the other panes hidden (tab panels with the hidden attribute)', () => {
    const doc = htmlDocument(`
      <main class="panes">
        ${pane('hidden', 'where is my refund', 'Let me check.')}
        ${pane('', 'i feel awful today', 'I am sorry it is so hard.')}
      </main>`);
    const shown = doc.querySelector('section:not([hidden])')!;
    expect(shownPaneSelector(shown.querySelector('textarea')!, doc)).toBe(
      'section.conversation:not([hidden]) textarea.reply',
    );
  });

  test('not fired: alike panes with nothing marking the shown one, or the same state on all', () => {
    const unmarked = htmlDocument(`
      <main class="panes">
        ${pane('', 'where is my refund', 'Let me check.')}
        ${pane('', 'i feel awful today', 'I am sorry it is so hard.')}
      </main>`);
    const second = 'section:nth-child(2)';
    expect(
      teach(unmarked, `${second} .reply`, `${second} .log`, `${second} .msg--in`, `${second} .msg--out`),
    ).toEqual({ ok: false, problem: expect.stringMatching(/reply box/) });
    const allOpen = htmlDocument(`
      <main class="panes">
        ${pane('data-open="true"', 'where is my refund', 'Let me check.')}
        ${pane('data-open="true"', 'i feel awful today', 'I am sorry it is so hard.')}
      </main>`);
    expect(shownPaneSelector(allOpen.querySelector(`${second} textarea`)!, allOpen)).toBeNull();
  });

  test('not fired: one conversation on the page keeps plain selectors', () => {
    const doc = htmlDocument(`<main class="panes">${pane('data-active="true"', 'hi', 'Hello.')}</main>`);
    const config = taught(doc, '.reply', '.log', '.msg--in', '.msg--out');
    expect(config.composer).toBe('textarea.reply');
    expect(config.list).toBe('ol.log');
  });
});
