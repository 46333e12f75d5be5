import { render } from 'preact';
import '../../components/settings/settings.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
