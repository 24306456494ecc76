import type * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { parseMessage } from '../../lib/messages';

/** The frame a content-script message came from. */
export interface FrameSender {
  readonly tabId: number;
  readonly frameId: number;
  /** The address of the sending frame's document. */
  readonly url: string | undefined;
}

/**
 * Registers a handler for one kind of message from our own content scripts. Messages from anyone else,
 * without a tab, or not matching the schema are ignored (and get no answer).
 */
export function onContentMessage<TSchema extends v.GenericSchema>(
  schema: TSchema,
  handler: (message: v.InferOutput<TSchema>, sender: FrameSender) => Promise<unknown> | unknown,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    const parsed = parseMessage(schema, message);
    if (parsed === undefined) return undefined;
    return Promise.resolve(handler(parsed, { tabId: sender.tab.id, frameId: sender.frameId ?? 0, url: sender.url }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
