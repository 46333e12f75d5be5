/**
 * The card UI's code (components/card/card-kit.ts), injected into every page
 * at `document_end`, before the content script (wxt.config.ts lists it). It
 * only defines the code and leaves it in the isolated world: it reads and
 * changes nothing on the page.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardKit } from '../components/card/card-kit';
import { provideCardKit } from './content/card-kit-slot';

export default defineUnlistedScript(() => provideCardKit(cardKit));
