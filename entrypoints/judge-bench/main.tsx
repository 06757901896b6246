import { render } from 'preact';
import { App } from './App';
import '../../components/side-panel.css';

const root = document.getElementById('app');
if (!root) throw new Error('Attune: #app is missing from judge-bench.html');
render(<App />, root);
