/**
 * A generated English page of about five million characters of text: many paragraphs of varied
 * prose (a seeded generator, so every run sees the same page), headings, lists and inline markup,
 * a few mentions of the six names and a few look-alikes. It stands for the largest page the content
 * script must handle without a task over 16 ms.
 */

const WORDS = `the a of and to in that is was for on with as by at from it this be are were had have not but
or an which their one all would there been has more when who will no if out so said what up its about than
into them can only other new some could time these two may then do first any like now my over such our man
me even most made after also did many before must through back years where much your way well down should
because each just those people how too little state good very make world still own see men work long get
here between both life being under never day same another know while last might us great old year off come
since against go came right used take three city market report river council school village harbour railway
company engineer winter summer valley bridge museum letter garden library island station committee season
museum farmers weather mountain history journey account evidence question morning evening newspaper minister
budget figures industry research language village painting theatre orchestra hospital election coastline`.split(/\s+/);

const MENTIONS = [
  'OpenAI announced the Stargate project together with partners on Tuesday.',
  'Elon Musk said the plan was not funded, and Sam Altman disagreed in public.',
  'Shares fell after DeepSeek released a cheaper model; Alibaba answered with Qwen.',
  'Altman later wrote that OpenAI would keep building.',
];
const LOOK_ALIKES = [
  'The musket collection in Muskoka drew visitors all winter.',
  'A faint smell of musk hung over the old perfume shop.',
];

/** Mulberry32: a small seeded generator, so the page is the same on every run. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {() => number} random @param {number} count */
function sentence(random, count) {
  const words = [];
  for (let i = 0; i < count; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]);
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/**
 * @param {number} targetChars characters of text to reach (default five million)
 * @returns {{ html: string, chars: number, mentionSentences: number }}
 */
export function generatePage(targetChars = 5_000_000) {
  const random = seeded(20250205);
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Five million characters</title>',
    '<style>body{font:16px/1.5 serif;max-width:44em;margin:2em auto}</style></head><body><main>'];
  let chars = 0;
  let mentionSentences = 0;
  let paragraph = 0;
  const spread = Math.floor(targetChars / (MENTIONS.length + LOOK_ALIKES.length + 1));
  let nextSpecial = spread;
  let special = 0;
  while (chars < targetChars) {
    if (paragraph % 40 === 0) {
      const heading = sentence(random, 4 + Math.floor(random() * 5));
      parts.push(`<h2>${heading}</h2>`);
      chars += heading.length;
    }
    const sentences = [];
    const count = 3 + Math.floor(random() * 6);
    for (let i = 0; i < count; i++) sentences.push(sentence(random, 6 + Math.floor(random() * 18)));
    if (chars >= nextSpecial && special < MENTIONS.length + LOOK_ALIKES.length) {
      const line = special < MENTIONS.length ? MENTIONS[special] : LOOK_ALIKES[special - MENTIONS.length];
      if (special < MENTIONS.length) mentionSentences += 1;
      sentences.splice(1, 0, String(line));
      special += 1;
      nextSpecial += spread;
    }
    const text = sentences.join(' ');
    chars += text.length;
    // Some inline markup, as on real pages: a link and an emphasis every few paragraphs.
    const words = text.split(' ');
    if (paragraph % 3 === 0 && words.length > 8) words[4] = `<a href="#p${paragraph}">${words[4]}</a>`;
    if (paragraph % 5 === 0 && words.length > 12) words[9] = `<em>${words[9]}</em>`;
    parts.push(paragraph % 50 === 25 ? `<ul><li>${words.join(' ')}</li></ul>` : `<p id="p${paragraph}">${words.join(' ')}</p>`);
    paragraph += 1;
  }
  parts.push('</main></body></html>');
  return { html: parts.join('\n'), chars, mentionSentences };
}
