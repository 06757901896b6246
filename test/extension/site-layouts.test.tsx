import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { SiteLayouts } from '../../components/SiteLayouts';
import type { SiteConfig } from '../../models/site-config';

afterEach(() => {
  document.body.innerHTML = '';
});

const layout = (origin: string, own: SiteConfig['own']): SiteConfig => ({
  origin,
  composer: '#reply',
  list: '.messages',
  message: '.post',
  own,
  createdAt: 0,
});

test('each taught layout says how it tells your messages from the client’s', () => {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <SiteLayouts
      layouts={[
        layout('https://a.example', { selector: '.is-out' }),
        layout('https://b.example', { side: 'right' }),
        layout('https://c.example', { sender: '.post-author', nameHash: '0123abcd' }),
      ]}
      onDelete={() => undefined}
      onExport={() => undefined}
      onImport={() => undefined}
    />,
    root,
  );
  const rows = Array.from(root.querySelectorAll('li')).map((li) =>
    li.textContent?.replace(/\s+/g, ' ').trim(),
  );
  expect(rows).toEqual([
    'https://a.example · yours are marked .is-out Delete',
    'https://b.example · yours sit on the right Delete',
    'https://c.example · yours carry your name (.post-author) Delete',
  ]);
  // The hash is not shown: it means nothing to a reader.
  expect(root.textContent).not.toContain('0123abcd');
});
