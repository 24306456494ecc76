// One bare pass over the page's text: what any whole-page annotator must at least do.
// The console line tells the benchmark (listening over CDP) that the pass is over.
(() => {
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes += 1;
    chars += node.data.length;
  }
  console.debug('cc-bench:done', textNodes, chars);
})();
