import { render } from 'preact';
import '../../components/card/card.css';
import '../../components/search/search.css';
import '../../components/popup/popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
