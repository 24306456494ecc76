// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { builtInHostsIn } from '../../lib/page/shadow-hosts';
import { Probe } from './probe';

let probe: Probe | undefined;
afterEach(() => probe?.stop());

/** Runs a probe over the page until it gives a hint or finishes its pass: true for a hint. */
function probeOf(html: string, change?: () => void, prepare?: () => void): Promise<boolean> {
  document.body.innerHTML = html;
  prepare?.();
  return new Promise((resolve) => {
    let passes = 0;
    probe = new Probe({
      onHint: () => resolve(true),
      onShadowRoot: () => {},
      onDone: () => {
        passes += 1;
        if (change && passes === 1) change();
        else resolve(false);
      },
    });
    probe.start();
  });
}

/** Runs a whole pass: the blocks given as hinted (their ids), in order. */
function hintedBlocks(html: string): Promise<{ ids: string[]; probe: Probe }> {
  document.body.innerHTML = html;
  const ids: string[] = [];
  return new Promise((resolve) => {
    const current = new Probe({
      onHint: (block) => ids.push((block as Element).id || (block as Element).localName),
      onShadowRoot: () => {},
      onDone: () => resolve({ ids, probe: current }),
    });
    probe = current;
    current.start();
  });
}

const filler = (chars: number) => '<p>The weather was mild all week. </p>'.repeat(Math.ceil(chars / 34));

describe('Probe', () => {
  test('hints at a name, also split over inline elements', async () => {
    expect(await probeOf('<p>Yesterday Elon Musk said</p>')).toBe(true);
    expect(await probeOf('<p>Yesterday <a href="#">Open</a><b>AI</b> said</p>')).toBe(true);
  });

  test('gives no hint for a page without one, and finishes its pass', async () => {
    expect(await probeOf(`${filler(30_000)}<p>The musket and the muskrat</p>`)).toBe(false);
    expect(probe!.stats.done).toBe(true);
    expect(probe!.stats.chars).toBeGreaterThan(25_000);
  });

  test('finds a name far down a long page, and one across the cut between two tested chunks', async () => {
    expect(await probeOf(`${filler(50_000)}<p>Sam Altman</p>`)).toBe(true);
    for (let shift = 0; shift < 12; shift += 1) {
      expect(await probeOf(`<p>${'x'.repeat(8192 - 6 + shift)} DeepSeek</p>`)).toBe(true);
    }
  });

  test('finds a name split over two nodes on either side of a yield to the page, and the block it is in', async () => {
    // Every look at the clock finds the slice over: the pass yields after every 256th text node.
    let now = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      for (const before of [254, 255, 256]) {
        const { ids } = await hintedBlocks(`<p>${'<span>a</span>'.repeat(before)}</p><p id="x"><span>Open</span><b>AI</b> spoke</p>${filler(300)}`);
        expect(ids, `${before} nodes before`).toEqual(['x']);
      }
    } finally {
      clock.mockRestore();
    }
  });

  test('goes on after a hint: every block with one is given once, in document order, and no other', async () => {
    const { ids } = await hintedBlocks(
      `<p id="a">Elon <b>Musk</b> spoke, and Musk again.</p>${filler(20_000)}<div id="b">Then <i>OpenAI</i></div>` +
        `<p id="c">Nothing here.</p><li id="d">${'x '.repeat(4090)}Sam Altman</li><code>openai</code>`,
    );
    expect(ids).toEqual(['a', 'b', 'd']);
  });

  test('finish() hands over the changes it was told of and has not read, and ends the probe', async () => {
    const { ids, probe: done } = await hintedBlocks('<p id="a">Nothing here.</p>');
    expect(ids).toEqual([]);
    const added = document.createElement('p');
    added.textContent = 'Qwen';
    document.body.append(added);
    expect(done.finish()).toEqual([added]);
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done.finish()).toEqual([]);
  });

  test('ignores names in text the finder never reads', async () => {
    const unread = [
      '<script>var x = "Elon Musk";</script>',
      '<style>.musk{}</style>',
      '<code>import openai</code>',
      '<pre><code><span>OpenAI</span></code></pre>',
      '<div hidden><p>Sam Altman</p></div>',
      '<div contenteditable="true"><p>Sam Altman</p></div>',
      '<textarea>DeepSeek</textarea>',
      '<context-cards-card><p>Elon Musk</p></context-cards-card>',
    ];
    for (const html of unread) expect(await probeOf(`<p>Nothing here.</p>${html}<p>Or here.</p>`), html).toBe(false);
  });

  test('still hints after an unread name earlier in the same chunk', async () => {
    expect(await probeOf('<code>openai.chat()</code><p>Then Sam Altman spoke.</p>')).toBe(true);
  });

  test('reads text added to the page later', async () => {
    const added = probeOf('<p>Nothing yet.</p>', () => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Stargate was announced.';
      document.body.append(paragraph);
    });
    expect(await added).toBe(true);
  });

  test('reads the open shadow root of an empty built-in element added later, and leaves one there from the start to the finder script', async () => {
    const later = probeOf('<p>Nothing yet.</p>', () => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>Elon Musk</p>';
      document.body.append(host);
    });
    expect(await later).toBe(true);
    const attach = () => {
      document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Elon Musk</p>';
    };
    expect(await probeOf('<p>Nothing here.</p><div id="host"></div><span></span>', undefined, attach)).toBe(false);
    // What the session looks at once a page names one of the six: only the empty built-in element with a shadow root.
    expect(builtInHostsIn(document).map((host) => host.id)).toEqual(['host']);
  });

  test('reads the open shadow root of a custom element that has children of its own, and one added later', async () => {
    const attach = () => {
      document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Sam Altman</p><slot></slot>';
    };
    expect(await probeOf('<p>Nothing here.</p><news-card id="host"><span>light text</span></news-card>', undefined, attach)).toBe(true);
    const later = probeOf('<p>Nothing yet.</p>', () => {
      const host = document.createElement('news-card');
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>Qwen was released.</p>';
      document.body.append(host);
    });
    expect(await later).toBe(true);
  });
});
