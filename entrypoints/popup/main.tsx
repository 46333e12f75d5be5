// First import: sends the tab's mentions request before the rest is evaluated.
import { firstAsks } from './first-asks-sent';
import { render } from 'preact';
import { App } from './App';
import { addPopupStyles } from './popup-styles';

addPopupStyles(document);
performance.mark('backstory:popup-modules');
render(<App asks={firstAsks} />, document.getElementById('app')!);
