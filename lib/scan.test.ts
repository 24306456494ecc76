import { describe, expect, it } from 'vitest';
import { scanText } from './scan';

/** Decided mentions as [entity, surface] pairs. */
const found = (text: string, context?: Parameters<typeof scanText>[1]): [string, string][] =>
  scanText(text, context).mentions.map((m) => [m.entity, text.slice(m.start, m.end)]);
const asked = (text: string): [string, string][] =>
  scanText(text).ambiguous.map((m) => [m.entity, text.slice(m.start, m.end)]);

describe('scanText finds', () => {
  it.each([
    ['any case', 'TESLA BOSS ELON MUSK BLASTS OPENAI', [['musk', 'ELON MUSK'], ['openai', 'OPENAI']]],
    ['possessives without the clitic', "Altman’s memo and Musk's reply to OpenAI", [['altman', 'Altman'], ['musk', 'Musk'], ['openai', 'OpenAI']]],
    ['German genitive and compounds', 'Musks Klage gegen OpenAIs Führung erreicht den OpenAI-Vorstand.', [['musk', 'Musks'], ['openai', 'OpenAIs'], ['openai', 'OpenAI']]],
    ['names before a German compound', 'Der DeepSeek-Effekt traf das Stargate-Vorhaben von OpenAI.', [['deepseek', 'DeepSeek'], ['stargate', 'Stargate'], ['openai', 'OpenAI']]],
    ['inflected Russian names', 'Суд отклонил иск Илона Маска против Сэма Альтмана.', [['musk', 'Илона Маска'], ['altman', 'Сэма Альтмана']]],
    ['inflected Ukrainian names', 'Розмова з Ілоном Маском і Семом Альтманом про ШІ.', [['musk', 'Ілоном Маском'], ['altman', 'Семом Альтманом']]],
    ['Chinese without spaces', '马斯克的公司和OpenAI的奥特曼都表态了。', [['musk', '马斯克'], ['openai', 'OpenAI'], ['altman', '奥特曼']]],
    ['Japanese surname with honorific', 'マスク氏はXへの投稿で反論した。', [['musk', 'マスク']]],
    ['Korean surname with particle', '머스크의 발언에 오픈AI가 반박했다.', [['musk', '머스크'], ['openai', '오픈AI']]],
    ['model versions', 'Compare DeepSeek-V3 with Deep Seek R1, Qwen 2.5 and Qwen3.', [['deepseek', 'DeepSeek-V3'], ['deepseek', 'Deep Seek R1'], ['qwen', 'Qwen 2.5'], ['qwen', 'Qwen3']]],
    ['model tiers, without size and variant suffixes', 'Qwen2.5-Max beat Qwen2.5-14B-Chat and DeepSeek-R1-Lite.', [['qwen', 'Qwen2.5-Max'], ['qwen', 'Qwen2.5'], ['deepseek', 'DeepSeek-R1']]],
    ['hashtags without #, handles with @', 'Thanks @sama and @OpenAI! #DeepSeek #Qwen3', [['altman', '@sama'], ['openai', '@OpenAI'], ['deepseek', 'DeepSeek'], ['qwen', 'Qwen3']]],
    ['full names across a line break, NBSP and double spaces', 'Sam\nAltman met Elon\u00a0Musk and Sam  Altman again.', [['altman', 'Sam\nAltman'], ['musk', 'Elon\u00a0Musk'], ['altman', 'Sam  Altman']]],
    ['project forms with their head word', 'Project Stargate grew into Stargate UAE and Stargate LLC, backed by SoftBank.', [['stargate', 'Project Stargate'], ['stargate', 'Stargate UAE'], ['stargate', 'Stargate LLC']]],
    ['a lowercase project word left out', 'OpenAI said the Stargate project needs more power plants.', [['openai', 'OpenAI'], ['stargate', 'Stargate']]],
    ['capitalised Open AI and openAI as the company', 'Open AI fired its CEO; openAI later rehired him.', [['openai', 'Open AI'], ['openai', 'openAI']]],
    ['Tongyi Qianwen and Chinese names of Qwen and DeepSeek', 'Tongyi Qianwen (通义千问) rivals 深度求索.', [['qwen', 'Tongyi Qianwen'], ['qwen', '通义千问'], ['deepseek', '深度求索']]],
    ['other scripts', 'إيلون ماسك و ஓபன்ஏஐ و सैम ऑल्टमैन', [['musk', 'إيلون ماسك'], ['openai', 'ஓபன்ஏஐ'], ['altman', 'सैम ऑल्टमैन']]],
    ['Tamil case endings inside the span', 'அவர் மஸ்க்கை சந்தித்தார், டெஸ்லா பற்றி பேசினார்.', [['musk', 'மஸ்க்கை']]],
    ['Polish and Czech inflection', 'Wywiad z Elonem Muskiem o Tesli; Altmanova firma OpenAI.', [['musk', 'Elonem Muskiem'], ['altman', 'Altmanova'], ['openai', 'OpenAI']]],
    ['names beside emoji and brackets', '🔥Altman🔥 [Stargate] {Qwen} at the OpenAI event', [['altman', 'Altman'], ['stargate', 'Stargate'], ['qwen', 'Qwen'], ['openai', 'OpenAI']]],
    ['Elon alone when the text names him in full', 'Elon Musk posted again. Later Elon deleted it.', [['musk', 'Elon Musk'], ['musk', 'Elon']]],
    ['a bare surname after the full name', 'Elon Musk opened the meeting. Musk then left early.', [['musk', 'Elon Musk'], ['musk', 'Musk']]],
    ['a Russian case that the word for mask shares, beside a preposition', 'Для Маска это второй иск за год.', [['musk', 'Маска']]],
    ['a Russian court as a cue for the person', 'Маску не понравилось решение суда.', [['musk', 'Маску']]],
    ['Stargate beside an amount of money in any language', 'Проект Stargate стоимостью 500 миллиардов долларов.', [['stargate', 'Stargate']]],
    ['Stargate in the Emirates', 'Le projet de Stargate aux Émirats arabes unis avance.', [['stargate', 'Stargate']]],
    ['a CJK cue with digits', 'スターゲート計画の総額は5000億ドルに上る。', [['stargate', 'スターゲート']]],
    ['a Chinese surname that reports speech', '奥特曼表示，公司将继续招聘。', [['altman', '奥特曼']]],
    ['Qwen in katakana and Hangul', 'アリババのクウェンと큐원 2.5', [['qwen', 'クウェン'], ['qwen', '큐원']]],
  ])('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('sorts mentions and keeps them apart', () => {
    const { mentions } = scanText('Qwen, DeepSeek and OpenAI; Sam Altman and Elon Musk.');
    mentions.slice(1).forEach((m, i) => expect(m.start).toBeGreaterThanOrEqual(mentions[i]?.end ?? 0));
  });

  it('uses names confirmed elsewhere on the page', () => {
    expect(found('Musk did not reply.', { knownEntities: ['musk'] })).toEqual([['musk', 'Musk']]);
    expect(found('Musk did not reply.', { excludedPeople: ['musk'] })).toEqual([]);
  });

  it('returns nothing for text without a candidate', () => {
    expect(scanText('A quiet page about gardening and bread.')).toEqual({ mentions: [], ambiguous: [] });
  });
});

describe('scanText rejects', () => {
  it.each([
    ['relatives who share the surname', 'Kimbal Musk runs restaurants and Errol Musk gave interviews.'],
    ['a bare surname after a relative is named', 'Justine Musk wrote a novel; Musk also gave talks on writing.'],
    ['a bare surname used for a woman', 'At the gala, Musk herself spoke about her modelling career.'],
    ['a woman even beside a cue', 'Annie Altman wrote again. Altman herself posted the thread.'],
    ['a place named after a surname', 'The Altman Plaza lobby and Musk Hall reopened.'],
    ['talk about the surname itself', 'Altman is a common Jewish surname of German origin.'],
    ['open AI as a kind of AI in katakana', 'オープンAIモデルの普及が進む。'],
    ['module names and import lists', 'import { OpenAI } from "openai";\nconst x = require(\'openai\');'],
    ['a member of a module', 'response = openai.ChatCompletion.create(model="gpt-4")'],
    ['API ids in prose', 'Use the model name deepseek-chat or install openai-python.'],
    ['pinned and bumped package versions', 'Pin openai==1.3.0, then bump openai from 1.3.0 to 1.4.0.'],
    ['musk scents named by colour or origin', 'Black Musk and Egyptian Musk by the same house.'],
    ['the family', "The Musks' holiday photos and the Musk family reunion."],
    ['Robert Altman and his films', 'Robert Altman’s M*A*S*H opened in 1970; Altman later made Short Cuts.'],
    ['the Altman Z-score', 'Analysts computed the Altman Z-score for the chain.'],
    ['Jack and Annie Altman', 'Jack Altman and Annie Altman spoke separately.'],
    ['a director in a list of directors', 'Great filmmakers: Kubrick, Altman, Hitchcock.'],
    ['the Stargate films and series', 'Stargate Atlantis and Stargate Universe followed the 1994 film.'],
    ['the stargate as a device', 'The team walked through the stargate into another galaxy.'],
    ['the remote-viewing programme', 'The CIA funded the Stargate Project to test psychic spies.'],
    ['the Norwegian producers', 'Stargate wrote hits for Rihanna and Ne-Yo.'],
    ['musk the scent and the animals', 'White musk, musk oil, a musk ox, a muskrat and a musket at Muskoka.'],
    ['MUSK on a perfume label', 'WHITE MUSK eau de parfum, 50 ml, a soft fragrance.'],
    ['Russian mask', 'Маска для лица и маской для сна.'],
    ['Japanese face mask', '電車ではマスクを着用しましょう。'],
    ['Korean musk perfume', '화이트 머스크 향수를 샀다.'],
    ['Ultraman', '孩子们喜欢奥特曼和怪兽的故事。'],
    ['open AI as a kind of AI', 'open AI models and Open AI research help everyone.'],
    ['deep-seeking', 'They were deep-seeking answers.'],
    ['URLs and e-mail', 'Write to help@openai.com or open https://qwen.ai/blog and deepseek.com.'],
    ['code', 'from openai import OpenAI\nclient = OpenAI()\nclass DeepSeek:'],
    ['backticks and model tags', 'Run `ollama run qwen2.5:14b` or pull deepseek-r1:70b locally.'],
    ['identifiers', 'Set OPENAI_API_KEY and call deepseek_client or use_qwen.'],
    ['repository ids', 'Download Qwen/Qwen2.5-7B-Instruct from the hub.'],
  ])('%s', (_rule, text) => {
    expect(found(text)).toEqual([]);
    expect(asked(text)).toEqual([]);
  });
});

describe('scanText asks', () => {
  it('about a bare capitalised surname with no cue either way', () => {
    expect(asked('Musk arrived late.')).toEqual([['musk', 'Musk']]);
    expect(found('Musk arrived late.')).toEqual([]);
  });

  it('about a capitalised Stargate with no cue either way', () => {
    expect(asked('Stargate is back.')).toEqual([['stargate', 'Stargate']]);
  });

  it('with a cue that says why', () => {
    const [candidate] = scanText('Altman waved.').ambiguous;
    expect(candidate?.cue).toBeTruthy();
  });
});
