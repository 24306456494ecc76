import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RouteMentionRequest } from '../../lib/messages';
import { onContentMessage } from './content-messages';

const request = { type: 'route-mention', id: '3:1', focus: true };
const noResponse = () => undefined;

function sender(overrides: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId: 2, url: 'https://example.com/', ...overrides };
}

describe('messages from content scripts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a valid message from our own content script reaches the handler with its tab and frame, and gets its answer', async () => {
    const handler = vi.fn(() => 'routed');
    onContentMessage(RouteMentionRequest, handler);
    expect(await fakeBrowser.runtime.onMessage.trigger(request, sender(), noResponse)).toEqual(['routed']);
    expect(handler).toHaveBeenCalledWith(request, { tabId: 7, frameId: 2, url: 'https://example.com/' });
  });

  it.each([
    ['another extension', request, sender({ id: 'someone-else' })],
    ['a sender without a tab (a popup or another extension page)', request, sender({ tab: undefined })],
    ['a message of another type', { type: 'tab-counts' }, sender()],
    ['a malformed message', { type: 'route-mention', id: 3, focus: 'yes' }, sender()],
    ['a message with an overlong id', { ...request, id: 'x'.repeat(65) }, sender()],
  ])('%s gets no answer and reaches no handler', async (_label, message, from) => {
    const handler = vi.fn(() => 'routed');
    onContentMessage(RouteMentionRequest, handler);
    expect(await fakeBrowser.runtime.onMessage.trigger(message, from, noResponse)).toEqual([undefined]);
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops listening when told to', async () => {
    const handler = vi.fn(() => 'routed');
    onContentMessage(RouteMentionRequest, handler)();
    expect(await fakeBrowser.runtime.onMessage.trigger(request, sender(), noResponse)).toEqual([]);
    expect(handler).not.toHaveBeenCalled();
  });
});
