/**
 * A Mattermost page (the markup of test/fixtures/mattermost/long.html, post for post) holding a
 * very long conversation, for the read benchmarks: `count` posts of several paragraphs each, the
 * client and the counselor taking turns, and an empty channel reply box.
 */
const SENTENCES = [
  'I keep telling myself it will be different this week, and then the same thing happens again.',
  "Honestly I don't see why everyone makes such a big deal about it, it's not like I'm hurting anyone.",
  'My sister says I should talk to someone, but she has no idea what it is like to be me right now.',
  'It sounds like part of you wants things to change, and part of you is tired of being told what to do.',
  'Some nights are easier than others; the weekends are the hardest, when there is nothing to do.',
  'What would a good week look like for you, if it went the way you wanted it to go?',
  'I tried cutting down once and it lasted about three days before work got stressful again.',
  "You've been carrying a lot on your own, and it makes sense that you feel worn out by it.",
];

/** Three paragraphs of about 110 words, different for every post. */
function postText(index: number): string[] {
  const paragraph = (offset: number) =>
    Array.from({ length: 3 }, (_, k) => SENTENCES[(index * 7 + offset * 3 + k) % SENTENCES.length]!).join(
      ' ',
    );
  return [0, 1, 2].map((offset) => `${paragraph(offset)} (${index + 1}.${offset + 1})`);
}

/** One post, as post_component.tsx renders it: header with name and time, body with the text. */
export function postHtml(index: number, paragraphs: readonly string[] = postText(index)): string {
  const id = `p${index.toString(36).padStart(6, '0')}bench`;
  const own = index % 2 === 1;
  const name = own ? 'robin.volunteer' : 'sam.r';
  const minutes = String(index % 60).padStart(2, '0');
  const hours = String(8 + (Math.floor(index / 60) % 12)).padStart(2, '0');
  return `<div role="listitem" id="post_${id}" data-testid="postView" tabindex="0" class="a11y__section post other--root${own ? ' current--user' : ''}">
  <div role="application" class="post__content" data-testid="postContent">
    <div class="post__img"><div class="status-wrapper"><span class="profile-icon"><img class="Avatar Avatar-md" alt="${name} profile image" src="data:," /></span></div></div>
    <div>
      <div class="post__header">
        <div class="col col__name"><button aria-label="${name}" class="user-popover style--none">${name}</button></div>
        <div class="col d-flex align-items-center"><a href="#" class="post__permalink"><time datetime="2026-11-21T${hours}:${minutes}:00.000" class="post__time">${hours}:${minutes}</time></a></div>
        <div class="col post-menu"></div>
      </div>
      <div class="post__body" id="${id}_message">
        <div class="AutoHeight"><div><div class="post-message post-message--collapsed"><div class="post-message__text-container">
          <div id="postMessageText_${id}" class="post-message__text" dir="auto" tabindex="0">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>
        </div></div></div></div>
        <div class="post__body-reactions-acks"></div>
      </div>
    </div>
  </div>
</div>`;
}

export function longChatPage(count: number): string {
  const posts = Array.from({ length: count }, (_, i) => postHtml(i)).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8" /><title>sam.r - Helpline Mattermost</title>
<style>
  body { margin: 0; font: 14px/1.4 sans-serif; }
  .post-list-holder-by-time { height: 640px; overflow: hidden auto; }
  .post { display: flex; gap: 8px; padding: 6px 12px; }
  .post__header { display: flex; gap: 8px; }
  .Avatar { width: 32px; height: 32px; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style></head>
<body>
  <div id="root" class="channel-view"><div id="channel_view" class="channel-view">
    <div id="app-content" class="app__content">
      <div id="channel-header" class="channel-header"><h2 class="channel-header__top">sam.r</h2></div>
      <div aria-label="message list main region" class="a11y__region">
        <div class="post-list-holder-by-time"><div class="post-list__table">
          <div id="postListContent" class="post-list__content">
            <span class="sr-only" aria-live="polite"></span>
            <div class="post-list__dynamic">
${posts}
            </div>
          </div>
        </div></div>
      </div>
      <form id="create_post" data-testid="create-post" class="center" onsubmit="return false;">
        <div id="advancedTextEditorCell">
          <textarea id="post_textbox" data-testid="post_textbox" aria-label="write to sam.r" placeholder="Write to sam.r"></textarea>
        </div>
      </form>
    </div>
  </div></div>
</body>
</html>`;
}
