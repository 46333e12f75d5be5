import { render } from 'preact';
import '../../components/base.css';
import '../../components/settings/settings.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
