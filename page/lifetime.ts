/**
 * The slice of WXT's content script context that page/ needs: every listener
 * and timer goes through it, so all of them end when the extension updates or
 * unloads. `ContentScriptContext` satisfies it as is.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  setTimeout(handler: () => void, ms?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  onInvalidated(callback: () => void): () => void;
}
