/**
 * The card's host on the page: one `<backstory-ui>` element with an open
 * shadow root (WXT `createShadowRootUi`: the page's styles stay out, the
 * card's stay in), made and mounted the first time a card needs it, and
 * removed with the content script (the kit then paints nothing into it).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardKit } from '../components/card/card-kit';
import { UI_HOST_NAME } from '../page/element-kind';

/** Resolves to the element the card layer renders into, mounting the host on first call. */
export type CardHost = () => Promise<HTMLElement>;

/** A 0×0 layer above everything: the floating parts place themselves. */
const CONTAINER_STYLE =
  'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';

/** The host for `kit`'s card layer, ending with `ctx`. */
export function shadowCardHost(
  ctx: ContentScriptContext,
  kit: Pick<CardKit, 'css' | 'paint'>,
): CardHost {
  let container: Promise<HTMLElement> | undefined;
  return () =>
    (container ??= createShadowRootUi(ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: document.documentElement,
      append: 'last',
      css: kit.css,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => {
        container.style.cssText = CONTAINER_STYLE;
        return container;
      },
      onRemove: (container) => container && kit.paint(container, null),
    }).then((created) => {
      created.mount();
      return created.uiContainer;
    }));
}
