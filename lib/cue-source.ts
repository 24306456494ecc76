/**
 * The words around an ambiguous name that tell its sense, compiled at build time (scripts/compile-matcher.mjs
 * writes them into lib/matcher.generated.ts with the alias pattern): no page splits these lists or tests
 * their entries. lib/scan.ts turns the compiled arrays into sets on first use.
 */
import type { EntityId } from '../data/types';

/*
 * Words around an ambiguous name that tell which sense it has, in the languages the finder covers.
 * Entries are "|"-separated: a word or phrase (case and hyphens ignored), a stem ending in "*", or a CJK
 * string matched anywhere. The second list of each is case-sensitive (AI, KI, CEO, GW, on X...).
 */
/** Words of talk about a surname itself: '"Altman" is a common surname'. */
const SURNAME_TALK =
  'surname|surnames|last name|family name|nachname*|familienname*|apellido*|nom de famille|noms de famille|' +
  'cognome|sobrenome|фамилия|фамилии|фамилию|прізвище|姓氏|苗字';
/** Verbs of saying and reporting that a Chinese or Japanese text uses for a person, never for Ultraman or a mask. */
const PERSON_SPEECH = '表示|透露|指出|声称|聲稱|回应|回應|接受采访|接受採訪|发文|發文|坦言|述べ|語った|発言|明らかにした|によると';
const TECH: CueList = [
  'openai|chatgpt|gpt*|deepseek|qwen|alibaba|anthropic|claude|gemini|google|microsoft|nvidia|xai|grok|tesla|spacex|' +
    'starlink|neuralink|twitter|tweet*|retweet*|doge|chatbot*|artificial intelligence|künstliche intelligenz|' +
    'künstlichen intelligenz|künstlicher intelligenz|intelligence artificielle|inteligencia artificial|' +
    'intelligenza artificiale|inteligência artificial|sztucznej inteligencji|umělé inteligence|интеллект*|інтелект*|' +
    'billionaire*|milliardär*|milliardaire*|multimillonario*|miliardario|bilionário|miliarder*|миллиардер*|мільярдер*|' +
    'chief executive|tech|startup*|start up*|silicon valley|trump*|трамп*|white house|weißen haus|weiße haus|' +
    'maison blanche|casa blanca|белый дом|белого дома|білий дім|білого дому|lawsuit*|sued|sues|suing|klage|verklagt|' +
    'procès|poursuit|demanda|demandó|иск|иске|иском|позов*|суд|суда|суду|суде|судом|судья|судьи|суддя|судді|investor*|inversor*|investisseur*|инвестор*|funding|' +
    'valuation|bewertung|valorisation|valoración|softbank|oracle|semiconductor*|chip|chips|gpu|gpus|posted|boss|' +
    'founder|gründer|fondateur|fundador|основател*|засновник*|ceo|' +
    '人工智能|人工知能|인공지능|生成AI|生成式|大模型|语言模型|首席执行官|执行长|執行長|总裁|總裁|社長|최고경영자|特朗普|川普|' +
    'トランプ|트럼프|白宫|白宮|ホワイトハウス|백악관|推特|特斯拉|テスラ|테슬라|スペースX|스페이스X|ツイッター|트위터|亿万富翁|' +
    '億万長者|억만장자|首富|富豪|起诉|起訴|提訴|소송|投资|投資|투자|估值|CEO|ChatGPT|OpenAI',
  'AI|A I|KI|IA|ИИ|ШІ|AGI|LLM|LLMs|CTO|on X|auf X|sur X|en X|em X|su X|op X|на X|в X|X Corp|X com',
];
const MUSK_LIFE: CueList = [
  'cybertruck|starship|paypal|zip2|boring company|richest|reichste*|plus riche|más rico|богатейш*|самый богатый|' +
    'найбагатш*|тесл*|твиттер*|تسلا|تويتر|טסלה|טוויטר|टेस्ला|ट्विटर|டெஸ்லா|เทสลา|' +
    PERSON_SPEECH,
  '',
];
const MUSK_OTHER: CueList = [
  'perfume*|fragrance*|scent*|cologne*|candle*|aroma*|odor*|odour*|smell*|incense|sandalwood|amber|ambergris|' +
    'vanilla|jasmine|oud|patchouli|deer|ox|oxen|animal|animals|gland*|base note*|top note*|heart note*|basisnote*|' +
    'kopfnote*|note de fond|duft*|parfum*|moschus*|kerze*|musc|senteur*|almizcle*|perfumería|fragancia*|мускус*|' +
    'духи|духов|аромат*|запах*|парфюм*|парфум*|для лица|на лице|на лицо|для сна|для обличчя|на обличчі|медицинск*|медичн*|защитн*|захисн*|карнавальн*|' +
    'маскарад*|косметич*|тканев*|увлажн*|глинян*|надел*|носить|противогаз*|عطر*|عطور|بخور|عود|น้ำหอม|กลิ่น|' +
    '香水|麝香|香氛|香味|香り|フレグランス|향수|향기|향이|향은|향을|향의|아로마|着用|花粉|感染|不織布|装着|顔|ウイルス|' +
    '風邪|予防|使い捨て|ガーゼ|フェイス|パック|美容|口罩|' +
    SURNAME_TALK,
  '',
];
const STARGATE_VENTURE: CueList = [
  'mgx|abilene|masayoshi son|son masayoshi|ellison|crusoe|data center*|data centre*|datacenter*|datacentre*|' +
    'rechenzentr*|centre de données|centres de données|centro de datos|centros de datos|дата центр*|ЦОД*|' +
    'gigawatt*|megawatt*|compute|computing|infrastructure*|infrastruktur*|infraestructura*|инфраструктур*|' +
    'інфраструктур*|joint venture|coentreprise|empresa conjunta|supercomput*|500 billion|500 milliards|' +
    '500 milliarden|500 mrd|500 mil millones|investment*|investissement*|inversión|inversiones|investition*|' +
    'инвестиц*|інвестиц*|billion|billions|milliard*|miliard*|mil millones|bilhões|bilhão|миллиард*|мільярд*|' +
    'tỷ|miliar|milyar*|emirates|emirat*|émirats|emiratos|abu dhabi|abou dhabi|оаэ|' +
    '亿|億|억 달러|억달러|项目|專案|計画|프로젝트|阿联酋|阿聯酋|アラブ首長国連邦|아랍에미리트|' +
    '数据中心|數據中心|資料中心|算力|软银|軟銀|甲骨文|孙正义|孫正義|5000亿|5000億|データセンター|ソフトバンク|オラクル|' +
    '데이터센터|데이터 센터|소프트뱅크|오라클|손정의|5000억|5,000억',
  'GW|MW|UAE',
];
const STARGATE_OTHER: CueList = [
  'sg 1|sg1|atlantis|universe|continuum|ark of truth|emmerich|devlin|kurt russell|james spader|' +
    'richard dean anderson|amanda tapping|michael shanks|teal|goa|jaffa|wormhole*|wurmloch*|trou de ver|' +
    'agujero de gusano|червоточин*|cheyenne mountain|mgm|film|films|movie|movies|cinema|kino|spielfilm|' +
    'fernsehserie|serie|serien|series|série|séries|season|seasons|staffel*|saison|saisons|temporada*|episode*|' +
    'épisode*|episodio*|franchise|franquicia|sci fi|science fiction|television|fernsehen|télévision|televisión|' +
    'tv show|фильм*|сериал*|кино|сезон*|звёздные врата|звездные врата|зоряна брама|actor|actors|actress|dvd|' +
    'blu ray|reboot|spin off|spinoff|remote viewing|remote viewer*|psychic*|paranormal|parapsycholog*|' +
    'fort meade|ingo swann|puthoff|mcmoneagle|grill flame|sun streak|center lane|hellseh*|fernwahrnehmung|' +
    'экстрасенс*|паранормальн*|espionage|cold war|kalten krieg|guerre froide|guerra fría|холодной войны|' +
    'declassified|rihanna|beyoncé|beyonce|ne yo|katy perry|mikkel|hermansen|tor erik|producer|producers|' +
    'production duo|produzent*|producteur*|productor*|продюсер*|songwrit*|grammy*|hit single*|billboard|album|' +
    'albums|song|songs|' +
    '电影|電影|电视剧|電視劇|剧集|劇集|美剧|科幻|影集|亚特兰蒂斯|亞特蘭提斯|映画|ドラマ|シリーズ|アトランティス|영화|드라마|' +
    '시리즈|시즌|아틀란티스|《|『|中情局|中央情报局|中央情報局|超能力|特异功能|遥视|遙視|원격 투시|초능력|制作人|' +
    'プロデューサー|프로듀서',
  'CIA|DIA|ESP|SRI|ЦРУ|TV|SF|Targ|1994',
];
const ALTMAN_LIFE: CueList = [
  'y combinator|worldcoin|world network|loopt|helion|oklo|nadella|brockman|sutskever|murati|board|' +
    'superintelligence|superintelligenz|' +
    PERSON_SPEECH,
  'YC',
];
const ALTMAN_OTHER: CueList = [
  'director*|filmmaker*|film|films|movie|movies|cinema|hollywood|nashville|short cuts|the player|gosford park|' +
    'mccabe|popeye|prairie home|the long goodbye|regisseur*|filmemacher*|réalisat*|cinéaste*|cineasta*|режисс*|' +
    'режисер*|z score*|z wert*|bankrupt*|insolven*|distress*|default risk|credit risk|faillite|quiebra|' +
    'банкротств*|scorsese|coppola|kubrick|spielberg|cassavetes|ashby|hitchcock|oscar|oscars|cannes|syllabus|' +
    '导演|導演|監督|감독|破产|破産|파산|特摄|特攝|英雄|超人|怪兽|怪獸|圆谷|圓谷|迪迦|赛罗|賽羅|光之巨人|变身|變身|' +
    '咸蛋|动画|動畫|玩具|卡牌|泰罗|赛文|奥特之父|奥特兄弟|光之国|ウルトラマン|' +
    SURNAME_TALK,
  '',
];

/** Cues with a character of a script written without spaces ("5000億", "데이터 센터") are found anywhere. */
const UNSPACED_CUE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}《『]/u;
const phraseKey = (s: string): string => s.replace(/[-\s]+/g, ' ').trim();

type CueList = readonly [caseless: string, caseSensitive: string];

/** One sense's cues, as plain arrays (JSON): words and phrases lower case, `cased` as written. */
export interface CompiledCueSet {
  readonly words: readonly string[];
  readonly cased: readonly string[];
  /** Stems by their first two characters (a stem is at least two long): a word is tried only against the stems it could start with. */
  readonly stems: readonly (readonly [prefix: string, stems: readonly string[]])[];
  readonly unspaced: readonly string[];
  /** The first words of the phrases of more than one word. */
  readonly phraseStarts: readonly string[];
}

export type CompiledCues = Readonly<Partial<Record<EntityId, { readonly entity: CompiledCueSet; readonly other: CompiledCueSet }>>>;

function cueSet(...lists: CueList[]): CompiledCueSet {
  const words = new Set<string>();
  const cased = new Set<string>();
  const stems = new Map<string, string[]>();
  const unspaced: string[] = [];
  for (const [caseless, caseSensitive] of lists) {
    for (const entry of caseless.split('|')) {
      if (UNSPACED_CUE.test(entry)) unspaced.push(entry);
      else if (entry.endsWith('*') && !entry.includes(' ')) {
        const stem = entry.slice(0, -1).toLowerCase();
        if (stem.length < 2) throw new Error(`cue stem "${entry}" is shorter than two characters`);
        const prefix = stem.slice(0, 2);
        stems.set(prefix, [...(stems.get(prefix) ?? []), stem]);
      } else if (entry.endsWith('*')) for (const end of ['', 's']) words.add(phraseKey(entry.slice(0, -1).toLowerCase() + end));
      else words.add(phraseKey(entry.toLowerCase()));
    }
    for (const entry of caseSensitive.split('|').filter(Boolean)) cased.add(phraseKey(entry));
  }
  const phraseStarts = new Set<string>();
  for (const phrase of [...words, ...cased]) if (phrase.includes(' ')) phraseStarts.add(phrase.slice(0, phrase.indexOf(' ')));
  return { words: [...words], cased: [...cased], stems: [...stems], unspaced, phraseStarts: [...phraseStarts] };
}

/** The cues of the three entities whose names have other senses. */
export function compileCues(): CompiledCues {
  return {
    musk: { entity: cueSet(TECH, MUSK_LIFE), other: cueSet(MUSK_OTHER) },
    altman: { entity: cueSet(TECH, ALTMAN_LIFE), other: cueSet(ALTMAN_OTHER) },
    stargate: { entity: cueSet(TECH, STARGATE_VENTURE), other: cueSet(STARGATE_OTHER) },
  };
}
