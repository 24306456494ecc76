/**
 * A regular expression built the first time it is asked for. V8 checks every regex literal while it
 * compiles a script, even one inside a function that never runs, and a Unicode property escape (`\p{L}`,
 * `\p{sc=Han}`) makes that check build a set from the Unicode tables: the finder's thirty-odd such
 * literals were about half of its compile, a long task in a fresh renderer. Built from a string on first
 * use, each pattern costs the slice that first needs it, once.
 */
export function lazyRegExp(source: string, flags = ''): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
