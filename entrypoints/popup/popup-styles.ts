/**
 * The popup's stylesheet, bundled into its script as text: a `<link>` would
 * be one more request, and every request of an extension page waits on the
 * browser while it opens the page (build/popup-startup.ts).
 */
import baseCss from '../../components/base.css?inline';
import cardCss from '../../components/card/card.css?inline';
import popupCss from '../../components/popup/popup.css?inline';
import searchCss from '../../components/search/search.css?inline';

/** Adds the popup's styles (the base first) to `doc` as one `<style>` element (before the first render). */
export function addPopupStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = [baseCss, cardCss, searchCss, popupCss].join('\n');
  doc.head.append(style);
}
