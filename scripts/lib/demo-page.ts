import { article } from '../../data/index';
import type { Sentence } from '../../data/types';

/**
 * The project's own demo page: the bundled article in German with our English translation beside it,
 * then a few look-alikes that must stay unmarked. Built from data/, so it always matches the cards.
 */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function paragraphs(lang: 'de' | 'en'): string {
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of article.sentences) {
    byParagraph.set(sentence.paragraph, [...(byParagraph.get(sentence.paragraph) ?? []), sentence]);
  }
  return [...byParagraph.values()]
    .map((sentences) => `<p>${sentences.map((s) => escapeHtml(s[lang])).join(' ')}</p>`)
    .join('\n');
}

export function renderDemoPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Context Cards demo: ${escapeHtml(article.title.en)}</title>
<style>
  :root { color-scheme: light dark; font: 17px/1.6 Georgia, serif; }
  body { max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; }
  .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 2.5rem; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.1rem; color: GrayText; }
  aside { margin-top: 3rem; padding: 1rem 1.5rem; border: 1px dashed GrayText; }
</style>
</head>
<body>
<h1>${escapeHtml(article.title.en)}</h1>
<p>Rest the pointer on a marked name, or press <kbd>Alt+Shift+M</kbd> to go from name to name.</p>
<div class="columns">
<article lang="de"><h2>${escapeHtml(article.title.de)}</h2>
${paragraphs('de')}
</article>
<article lang="en"><h2>English translation</h2>
${paragraphs('en')}
</article>
</div>
<aside>
<h2>Look-alikes that get no card</h2>
<p>Kimbal Musk runs a restaurant group; Maye Musk wrote a memoir about modelling.</p>
<p>Robert Altman directed “Nashville” and “The Player”.</p>
<p>Stargate SG-1 ran for ten seasons on television.</p>
<p>The candle smells of white musk and cedar.</p>
</aside>
</body>
</html>
`;
}
