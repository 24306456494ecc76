// mark.min.js (copied from node_modules/mark.js at run time) defines the global `Mark`.
// The console line tells the benchmark (listening over CDP) that marking is over.
/* global Mark */
(() => {
  const names = /Elon Musk|Musk|Sam Altman|Altman|OpenAI|Stargate|DeepSeek|Qwen/gim;
  new Mark(document.body ?? document.documentElement).markRegExp(names, {
    done: (marked) => console.debug('cc-bench:done', marked),
  });
})();
