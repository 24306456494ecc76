import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * A paragraph naming each of the six once, which `/named/` puts at the top of a corpus page's body: the
 * corpus pages themselves name none of them in their text, so this is how the finder, the marks and the
 * card script are measured and tested on real pages. The class only lets tests find it again.
 */
export const NAMED_PARAGRAPH_CLASS = 'cc-inserted-names';
export const NAMED_PARAGRAPH_TEXT =
  'Elon Musk offered $97.4 billion for OpenAI, and Sam Altman said no; the Stargate project, DeepSeek and Qwen were the other news of the week.';
const NAMED_PARAGRAPH = `<p class="${NAMED_PARAGRAPH_CLASS}">${NAMED_PARAGRAPH_TEXT}</p>`;

/** @param {string} html */
function withNames(html) {
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return `${NAMED_PARAGRAPH}${html}`;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}${NAMED_PARAGRAPH}${html.slice(at)}`;
}

/**
 * Serves the saved corpus pages (and any generated ones) from 127.0.0.1 only, with
 * `Content-Security-Policy: script-src 'none'` so the pages' own scripts never run; extension
 * content scripts are not bound by a page's CSP. Everything else answers 404 at once, so a page
 * never waits for its missing images, styles or frames.
 *
 * @param {{ pagesDir?: string, namedPagesDir?: string, generated?: Record<string, string> }} options
 *   `pagesDir`: folder of `*.html` served under `/pages/`; `namedPagesDir`: the same pages with the six names put in by
 *   ../shared/corpus/named-pages.mjs (four paragraphs each), served as they are under `/named-pages/`;
 *   `generated`: extra pages by path (`/gen/x.html`).
 */
export async function startCorpusServer({ pagesDir, namedPagesDir, generated = {} } = {}) {
  const names = pagesDir ? (await fs.readdir(pagesDir)).filter((name) => name.endsWith('.html')).sort() : [];
  const known = new Set(names);
  const namedKnown = new Set(namedPagesDir ? (await fs.readdir(namedPagesDir)).filter((name) => name.endsWith('.html')) : []);
  const server = http.createServer((request, response) => {
    void answer(request.url ?? '/', response);
  });

  /** @param {string} url @param {http.ServerResponse} response */
  async function answer(url, response) {
    const pathname = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname);
    const headers = {
      'Content-Security-Policy': "script-src 'none'",
      'Cache-Control': 'no-store',
    };
    let body;
    if (pathname.startsWith('/pages/') && known.has(pathname.slice('/pages/'.length)) && pagesDir) {
      body = await fs.readFile(path.join(pagesDir, pathname.slice('/pages/'.length)));
    } else if (pathname.startsWith('/named/') && known.has(pathname.slice('/named/'.length)) && pagesDir) {
      // Read and written byte for byte (latin1), whatever the page's own encoding: the paragraph is ASCII.
      body = Buffer.from(withNames(await fs.readFile(path.join(pagesDir, pathname.slice('/named/'.length)), 'latin1')), 'latin1');
    } else if (pathname.startsWith('/named-pages/') && namedKnown.has(pathname.slice('/named-pages/'.length)) && namedPagesDir) {
      body = await fs.readFile(path.join(namedPagesDir, pathname.slice('/named-pages/'.length)));
    } else if (Object.hasOwn(generated, pathname)) {
      body = generated[pathname];
    }
    if (body === undefined) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not here');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(body);
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('corpus server: no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    /** The corpus pages' file names, sorted. */
    pages: names,
    /** @param {string} name a corpus file name */
    pageUrl: (name) => `${origin}/pages/${encodeURIComponent(name)}`,
    /** @param {string} name a corpus file name: the page with the six names at the top of its body */
    namedUrl: (name) => `${origin}/named/${encodeURIComponent(name)}`,
    /** @param {string} name a corpus file name: the page made by named-pages.mjs (four paragraphs naming the six put between its own) */
    namedPageUrl: (name) => `${origin}/named-pages/${encodeURIComponent(name)}`,
    /** @param {string} pathname a key of `generated` */
    generatedUrl: (pathname) => `${origin}${pathname}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}
