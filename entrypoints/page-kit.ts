/**
 * The code the content script needs only after its first task: the card UI
 * (components/card/card-kit.ts; the background spots the page's text, `backstory/spot`). Injected into every page at `document_end`,
 * before the content script (wxt.config.ts lists it), so that Chromium
 * compiles it in a task of its own: the content script's injection task is the
 * one task of ours no step size bounds. It only defines code and leaves it in
 * the isolated world: it reads and changes nothing on the page.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardKit } from '../components/card/card-kit';
import { providePageKit } from './content/page-kit-slot';

export default defineUnlistedScript(() => providePageKit({ card: cardKit }));
