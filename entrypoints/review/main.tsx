import { render } from 'preact';
import { App } from './App';
import '../../components/side-panel.css';
import '../../components/review/review.css';
import '../../components/review/review-session.css';
// Last: the printed report overrides the screen's rules.
import '../../components/review/review-print.css';

const root = document.getElementById('app');
if (!root) throw new Error('Attune: #app is missing from review.html');
render(<App />, root);
