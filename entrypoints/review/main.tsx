import { render } from 'preact';
import { App } from './App';
import '../../components/side-panel.css';
import '../../components/review/review.css';

const root = document.getElementById('app');
if (!root) throw new Error('Attune: #app is missing from review.html');
render(<App />, root);
