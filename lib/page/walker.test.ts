// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { MAX_PASSAGE, OWN_UI_TAG, positionAt, walkPassages, type Passage } from './walker';

function passagesOf(html: string): { texts: string[]; shadowRoots: number } {
  document.body.innerHTML = html;
  const texts: string[] = [];
  let shadowRoots = 0;
  const queue: Node[] = [document.body];
  while (queue.length) {
    for (const item of walkPassages(queue.shift()!)) {
      if ('passage' in item) texts.push(item.passage.text);
      else {
        shadowRoots += 1;
        queue.push(item.shadowRoot);
      }
    }
  }
  return { texts, shadowRoots };
}

describe('walkPassages', () => {
  test('a name split across inline elements of one block is one passage', () => {
    expect(passagesOf('<p>Elon <b>Musk</b> bid for <a href="#">Open<i>AI</i></a>.</p>').texts).toEqual([
      'Elon Musk bid for OpenAI.',
    ]);
  });

  test('blocks are separate passages, and a nested block interrupts its parent', () => {
    expect(passagesOf('<div>Elon <p>Sam Altman</p> Musk</div><li>Qwen</li>').texts).toEqual([
      'Elon ',
      'Sam Altman',
      ' Musk',
      'Qwen',
    ]);
  });

  test('skips code, form fields, scripts, hidden and editable subtrees and our own UI', () => {
    const html = [
      '<p>Kept OpenAI</p>',
      '<script>var openai = 1</script><style>.musk{}</style><noscript>Musk</noscript>',
      '<template><p>Musk</p></template><textarea>Musk</textarea><select><option>Musk</option></select>',
      '<p>call <code>openai.create()</code> now</p><kbd>Musk</kbd><samp>Musk</samp>',
      '<div hidden><p>Musk</p></div><div contenteditable="true"><p>Musk</p></div>',
      `<${OWN_UI_TAG}><p>Musk</p></${OWN_UI_TAG}><span data-context-cards>Musk</span>`,
    ].join('');
    expect(passagesOf(html).texts).toEqual(['Kept OpenAI', 'call ', ' now']);
  });

  test('a line break inside a block stays in the passage as a newline', () => {
    expect(passagesOf('<p>Elon<br>Musk</p>').texts).toEqual(['Elon\nMusk']);
  });

  test('enters open shadow roots', () => {
    document.body.innerHTML = '<p>Before</p><div id="host"></div><p>After</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside <b>DeepSeek</b></p>';
    const texts: string[] = [];
    const queue: Node[] = [document.body];
    while (queue.length) {
      for (const item of walkPassages(queue.shift()!)) {
        if ('passage' in item) texts.push(item.passage.text);
        else queue.push(item.shadowRoot);
      }
    }
    expect(texts).toContain('Inside DeepSeek');
    expect(texts).toContain('Before');
  });

  test('a huge text node is cut into passages at line or sentence ends, none over the cap', () => {
    const sentence = 'Sam Altman leads OpenAI. ';
    const text = sentence.repeat(Math.ceil((MAX_PASSAGE * 2.5) / sentence.length));
    document.body.innerHTML = '<p></p>';
    document.querySelector('p')!.textContent = text;
    const passages: Passage[] = [];
    for (const item of walkPassages(document.body)) if ('passage' in item) passages.push(item.passage);
    expect(passages.length).toBeGreaterThanOrEqual(3);
    expect(passages.every((passage) => passage.text.length <= MAX_PASSAGE)).toBe(true);
    expect(passages.map((passage) => passage.text).join('')).toBe(text);
    expect(passages.every((passage) => passage.text.endsWith('. '))).toBe(true);
  });

  test('positionAt maps passage offsets back to the text nodes', () => {
    document.body.innerHTML = '<p>Elon <b>Musk</b></p>';
    const [item] = [...walkPassages(document.body)];
    const passage = (item as { passage: Passage }).passage;
    const start = positionAt(passage, 0)!;
    const end = positionAt(passage, 9, true)!;
    expect([start.node.data, start.offset]).toEqual(['Elon ', 0]);
    expect([end.node.data, end.offset]).toEqual(['Musk', 4]);
  });
});
