/**
 * Answers the content script's runtime messages (messaging/protocol.ts):
 * `backstory/mentions` (every linked mention, in document order),
 * `backstory/reveal` (scroll to and flash an entity's first mention) and
 * `backstory/command` (keyboard commands forwarded by the background).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  isContentRequest,
  type CommandName,
  type MentionsResponse,
  type RevealResponse,
} from '../../messaging/protocol';
import type { PageScanner } from '../../page/page-scanner';

export interface PageMessageHandlers {
  scanner: PageScanner;
  reveal: (entityId: string) => boolean;
  command: (command: CommandName) => void;
}

/** The `backstory/mentions` answer for the page as scanned so far. */
export function mentionsResponse(scanner: PageScanner): MentionsResponse {
  return {
    status: scanner.status,
    url: location.href,
    mentions: scanner.model.mentions().map(({ block, mention }) => ({
      entityId: mention.entityId,
      name: mention.name,
      kind: mention.kind,
      ...(mention.wikipedia !== undefined && { wikipedia: mention.wikipedia }),
      text: mention.text,
      rule: mention.rule,
      heading: block.heading,
    })),
    ...(scanner.pageDate && { pageDate: scanner.pageDate }),
  };
}

/** Listens for the page messages until the context ends. */
export function answerPageMessages(ctx: ContentScriptContext, handlers: PageMessageHandlers): void {
  const listener = (message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    switch (message.type) {
      case 'backstory/mentions':
        return Promise.resolve(mentionsResponse(handlers.scanner));
      case 'backstory/reveal':
        return Promise.resolve<RevealResponse>({ ok: handlers.reveal(message.entityId) });
      case 'backstory/command':
        handlers.command(message.command);
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
