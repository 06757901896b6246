import { render } from 'preact';
import { browser } from 'wxt/browser';
import { practice } from '../../lib/adapters/practice';
import { connectChatToPanel } from '../../lib/live/connect';
import { App, readOptions } from './App';
import '../../components/side-panel.css';
import '../../components/practice/practice.css';

const root = document.getElementById('app');
if (!root) throw new Error('Attune: #app is missing from practice.html');
render(<App options={readOptions(location.search)} />, root);

// The practice chat is read like any chat site (same adapter contract, same reader), so the side
// panel works here exactly as on a real platform. Extension pages get no content script: connect
// directly, with this tab's id so broadcasts from the panel can be told apart.
void browser.tabs
  .getCurrent()
  .then((tab) =>
    connectChatToPanel({
      adapter: practice,
      doc: document,
      signal: new AbortController().signal,
      ownTabId: tab?.id,
    }),
  )
  .catch((error: unknown) =>
    console.error('Attune: the practice chat could not connect to the panel', error),
  );
