import type { Settings } from '../../lib/settings';
import type { MentionRecord } from './mention-store';
import { markCss, WRAP_CLASS, type Marks } from './marks';
import { OWN_ATTRIBUTE } from '../../lib/page/walker';

/**
 * The fallback where CSS Custom Highlights are missing: each text node of a mention is split at the
 * mention's edges and its middle wrapped in a span. Removing the mark puts the text back in the
 * original node, so the page ends up with exactly the nodes it had.
 */
interface Wrap {
  readonly span: HTMLElement;
  /** The page's original node, which kept the text before the mention. */
  readonly original: Text;
  readonly middle: Text;
  readonly after: Text | undefined;
}

export function createWrapMarks(onDomChange: (change: () => void) => void): Marks {
  const wraps = new Map<MentionRecord, Wrap[]>();
  const style = document.createElement('style');
  style.setAttribute(OWN_ATTRIBUTE, '');
  let css = '';

  const wrapPiece = (node: Text, start: number, end: number, entity: string): Wrap | undefined => {
    if (!node.parentNode || start >= end) return undefined;
    const middle = start > 0 ? node.splitText(start) : node;
    const after = end - start < middle.length ? middle.splitText(end - start) : undefined;
    const span = document.createElement('span');
    span.className = WRAP_CLASS;
    span.setAttribute(OWN_ATTRIBUTE, entity);
    middle.before(span);
    span.append(middle);
    return { span, original: node, middle, after };
  };

  const unwrap = (wrap: Wrap): void => {
    const { span, original, middle, after } = wrap;
    if (!span.parentNode) return;
    span.replaceWith(middle);
    if (middle !== original && original.parentNode === middle.parentNode && original.nextSibling === middle) {
      original.appendData(middle.data);
      middle.remove();
    }
    if (after && after.parentNode === original.parentNode && original.nextSibling === after) {
      original.appendData(after.data);
      after.remove();
    } else if (after && middle === original && after.parentNode === middle.parentNode && middle.nextSibling === after) {
      middle.appendData(after.data);
      after.remove();
    }
  };

  return {
    add(record) {
      if (wraps.has(record)) return;
      onDomChange(() => {
        const pieces: Wrap[] = [];
        // Later pieces first: splitting a node must not move the offsets of the pieces still to wrap.
        for (const node of [...record.nodes].reverse()) {
          const start = node === record.range.startContainer ? record.range.startOffset : 0;
          const end = node === record.range.endContainer ? record.range.endOffset : node.length;
          const wrap = wrapPiece(node, start, end, record.entity);
          if (wrap) pieces.push(wrap);
        }
        wraps.set(record, pieces);
      });
    },
    remove(record) {
      const pieces = wraps.get(record);
      if (!pieces) return;
      wraps.delete(record);
      onDomChange(() => pieces.forEach(unwrap));
    },
    setStyle(settings) {
      css = markCss(settings, `span.${WRAP_CLASS}[${OWN_ATTRIBUTE}]`);
      style.textContent = css;
      onDomChange(() => {
        if (!style.isConnected) (document.head ?? document.documentElement).append(style);
      });
    },
    adopt(root) {
      if (root.querySelector(`style[${OWN_ATTRIBUTE}]`)) return;
      const copy = document.createElement('style');
      copy.setAttribute(OWN_ATTRIBUTE, '');
      copy.textContent = css;
      onDomChange(() => root.append(copy));
    },
    ensureStyle() {},
    find(node) {
      const span = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)) ?? null;
      if (!span?.classList.contains(WRAP_CLASS)) return undefined;
      for (const [record, pieces] of wraps) if (pieces.some((wrap) => wrap.span === span)) return record;
      return undefined;
    },
    clear() {
      const all = [...wraps.values()];
      wraps.clear();
      onDomChange(() => {
        all.forEach((pieces) => pieces.forEach(unwrap));
        style.remove();
      });
    },
  };
}
