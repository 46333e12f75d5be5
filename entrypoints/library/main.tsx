import { render } from 'preact';
import '../../components/base.css';
import '../../components/card/card.css';
import '../../components/search/search.css';
import '../../components/library/library.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
