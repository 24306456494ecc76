import { browser } from 'wxt/browser';
import { ChildReportsRequest, FrameGoneMessage, FrameReportMessage, type ChildReport } from '../../lib/messages';
import { onContentMessage } from './content-messages';
import { getTabMentions, removeFrame, removeTab, setFrameReport } from './tab-mentions';

/**
 * Each frame's content script reports its mentions; the top frame asks for its child frames' reports to
 * answer `page-summary` for the whole tab.
 */
export function startFrameReports(): () => void {
  const stops = [
    onContentMessage(FrameReportMessage, (report, { tabId, frameId }) => setFrameReport(tabId, frameId, report)),
    onContentMessage(FrameGoneMessage, (_, { tabId, frameId }) => removeFrame(tabId, frameId)),
    onContentMessage(ChildReportsRequest, async (_, { tabId }): Promise<ChildReport[]> => {
      const frames = await getTabMentions(tabId);
      return frames.filter((frame) => frame.frameId !== 0);
    }),
  ];
  // A document that goes away says so (`frame-gone` on pagehide); a closed tab takes all its frames.
  const onRemoved = (tabId: number) => void removeTab(tabId);
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => {
    stops.forEach((stop) => stop());
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}

// By hand: open e2e/fixtures/iframe.html, then in the service worker console:
// `chrome.tabs.query({active: true}).then(([t]) => chrome.tabs.sendMessage(t.id, {type: 'page-summary'}, {frameId: 0}))`.
