/** Full-width ASCII (ＯｐｅｎＡＩ) as plain ASCII. */
export const foldWidth = (s: string): string =>
  s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Lookup key of an alias or a matched text: case, width, spaces and name dots ignored. */
export const keyOf = (s: string): string => foldWidth(s).toLowerCase().replace(/[\s\u00a0·・‧•･]+/g, '');
