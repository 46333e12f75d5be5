import { render } from 'preact';
import '../../components/card/card.css';
import '../../components/search/search.css';
import '../../components/popup/popup.css';
import { App } from './App';

performance.mark('backstory:popup-modules');
render(<App />, document.getElementById('app')!);
