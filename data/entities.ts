import { YEAR_INFERRED } from './article';
import type { Entity, EntityId, Figure } from './types';

const BID: Figure = { kind: 'money', amount: 97.4e9, currency: 'USD' };
const BID_DATE: Figure = { kind: 'date', iso: '2025-02-10', inferred: YEAR_INFERRED };
const STARGATE_COST: Figure = { kind: 'money', amount: 500e9, currency: 'USD' };
const TRILLIONS_LOST: Figure = { kind: 'money-magnitude', magnitude: 'trillions', currency: 'USD' };

/** The six entities with what the bundled article says about them, and nothing from elsewhere. */
export const entities: Readonly<Record<EntityId, Entity>> = {
  musk: {
    id: 'musk',
    name: 'Elon Musk',
    kind: 'person',
    summary: {
      en: 'The world’s richest billionaire, per the article: a co-founder of OpenAI who left it and now leads a $97.4 billion bid to buy it.',
      de: 'Laut Artikel der reichste Milliardär der Welt: Mitbegründer von OpenAI, der das Unternehmen verließ und es nun für 97,4 Milliarden US-Dollar kaufen will.',
    },
    summarySources: ['s02', 's03', 's14'],
    facts: [
      {
        id: 'musk-bid',
        text: {
          en: 'On Monday, 10 February, a consortium led by Musk offered $97.4 billion to buy OpenAI; it includes his company xAI, Valor Equity Partners, Ari Emanuel and Joe Lonsdale’s 8VC.',
          de: 'Am Montag, dem 10. Februar, bot ein von Musk geführtes Konsortium 97,4 Milliarden US-Dollar für OpenAI; dazu gehören sein Unternehmen xAI, Valor Equity Partners, Ari Emanuel und 8VC von Joe Lonsdale.',
        },
        figures: [BID, BID_DATE],
        sources: ['s02', 's03'],
      },
      {
        id: 'musk-aim',
        text: {
          en: 'He says the deal is meant to make OpenAI an open-source platform again, focused on safety for the good of humanity.',
          de: 'Er sagt, der Deal solle OpenAI wieder zu einer Open-Source-Plattform machen, die sich auf Sicherheit zum Wohle der Menschheit konzentriert.',
        },
        figures: [],
        sources: ['s04', 's22'],
      },
      {
        id: 'musk-openai-cofounder',
        text: {
          en: 'Co-founded OpenAI in 2015 and was an early investor, but left after a power struggle and founded xAI to compete with it directly.',
          de: 'Gründete OpenAI 2015 mit und war früher Investor, verließ das Unternehmen aber nach einem Machtkampf und gründete xAI, um direkt mit ihm zu konkurrieren.',
        },
        figures: [{ kind: 'year', year: 2015 }],
        sources: ['s14', 's15', 's16'],
      },
      {
        id: 'musk-lawsuit',
        text: {
          en: 'In August 2024 he sued Altman in a federal court, claiming Altman had deceived him; he accuses OpenAI and Altman of putting commercial interests above the public interest.',
          de: 'Im August 2024 verklagte er Altman vor einem Bundesgericht, weil dieser ihn getäuscht habe; er wirft OpenAI und Altman vor, kommerzielle Interessen über das öffentliche Interesse zu stellen.',
        },
        figures: [{ kind: 'year', year: 2024 }],
        sources: ['s16', 's17'],
      },
      {
        id: 'musk-stargate',
        text: {
          en: 'Not involved in Stargate, which he says lacks funding; his fierce dispute with Altman over the project came before the bid.',
          de: 'An Stargate nicht beteiligt; er behauptet, dem Projekt fehle es an Geld. Sein heftiger Streit mit Altman darüber ging dem Angebot voraus.',
        },
        figures: [],
        sources: ['s05', 's06', 's12'],
      },
      {
        id: 'musk-twitter',
        text: {
          en: 'Bought Twitter in 2022 for $44 billion and renamed it X; X is now valued at only about $8 billion.',
          de: 'Übernahm Twitter 2022 für 44 Milliarden Dollar und benannte es in X um; X ist heute nur etwa 8 Milliarden Dollar wert.',
        },
        figures: [
          { kind: 'year', year: 2022 },
          { kind: 'money', amount: 44e9, currency: 'USD' },
          { kind: 'money', amount: 8e9, currency: 'USD', approximate: true },
        ],
        sources: ['s19', 's20'],
      },
    ],
  },
  altman: {
    id: 'altman',
    name: 'Sam Altman',
    kind: 'person',
    summary: {
      en: 'Co-founder of OpenAI, mostly called its CEO in the article but once its former CEO, who mocked Musk’s bid with a sarcastic tweet.',
      de: 'Mitbegründer von OpenAI, im Artikel meist dessen CEO, einmal ehemaliger CEO genannt, der Musks Angebot mit einem sarkastischen Tweet verspottete.',
    },
    summarySources: ['s05', 's13', 's18'],
    facts: [
      {
        id: 'altman-role',
        text: {
          en: 'Co-founder of OpenAI; the article calls him its CEO, but in one place its former CEO.',
          de: 'Mitbegründer von OpenAI; der Artikel nennt ihn dessen CEO, an einer Stelle aber ehemaligen CEO.',
        },
        figures: [],
        sources: ['s05', 's13', 's17', 's21', 's23'],
        caveat: {
          en: 'The article contradicts itself: one sentence calls him “co-founder and former CEO of OpenAI”, while later sentences and a photo caption call him “CEO” and “OpenAI CEO”.',
          de: 'Der Artikel widerspricht sich: Ein Satz nennt ihn „Mitbegründer und ehemaligen CEO von OpenAI“, spätere Sätze und eine Bildunterschrift nennen ihn „CEO“ und „OpenAI-CEO“.',
        },
      },
      {
        id: 'altman-tweet',
        text: {
          en: 'Answered Musk’s bid with a sarcastic tweet: “No thanks, but we will buy Twitter (now X) for $9.74 billion if you want.”',
          de: 'Konterte Musks Angebot mit einem sarkastischen Tweet: „Nein danke, aber wir kaufen Twitter (jetzt X) für 9,74 Milliarden Dollar, wenn Sie wollen.“',
        },
        figures: [{ kind: 'money', amount: 9.74e9, currency: 'USD' }],
        sources: ['s18', 's23'],
      },
      {
        id: 'altman-stargate-dispute',
        text: {
          en: 'Had a fierce dispute with Musk over Stargate before the bid; he says Musk criticises the project because he gains nothing from it.',
          de: 'Hatte vor dem Angebot einen heftigen Streit mit Musk über Stargate; er sagt, Musk kritisiere das Projekt, weil er keinen Nutzen daraus ziehe.',
        },
        figures: [],
        sources: ['s05', 's06'],
      },
      {
        id: 'altman-deals',
        text: {
          en: 'Has to juggle several big deals, among them the $500 billion Stargate project.',
          de: 'Muss mehrere große Deals unter einen Hut bringen, darunter das 500 Milliarden Dollar teure Stargate-Projekt.',
        },
        figures: [STARGATE_COST],
        sources: ['s21'],
      },
      {
        id: 'altman-lawsuit',
        text: {
          en: 'Sued by Musk in August 2024, who claims Altman deceived him and accuses him and OpenAI of putting commercial interests above the public interest.',
          de: 'Im August 2024 von Musk verklagt, der behauptet, Altman habe ihn getäuscht, und ihm und OpenAI vorwirft, kommerzielle Interessen über das öffentliche Interesse zu stellen.',
        },
        figures: [{ kind: 'year', year: 2024 }],
        sources: ['s16', 's17'],
      },
      {
        id: 'altman-born',
        text: {
          en: 'Born in 1985, going by the year the article puts in brackets after his name.',
          de: 'Jahrgang 1985, nach der Jahreszahl, die der Artikel in Klammern hinter seinen Namen setzt.',
        },
        figures: [{ kind: 'year', year: 1985 }],
        sources: ['s05'],
      },
    ],
  },
  openai: {
    id: 'openai',
    name: 'OpenAI',
    kind: 'company',
    summary: {
      en: 'Owner of ChatGPT and operator of the Stargate AI project; target of Musk’s $97.4 billion takeover bid.',
      de: 'Inhaber von ChatGPT und Betreiber des KI-Projekts Stargate; Ziel von Musks Übernahmeangebot über 97,4 Milliarden US-Dollar.',
    },
    summarySources: ['s02', 's08'],
    facts: [
      {
        id: 'openai-bid',
        text: {
          en: 'Target of a $97.4 billion takeover bid made on Monday, 10 February, by a consortium led by Elon Musk.',
          de: 'Ziel eines Übernahmeangebots über 97,4 Milliarden US-Dollar, das ein Konsortium unter der Leitung von Elon Musk am Montag, dem 10. Februar, machte.',
        },
        figures: [BID, BID_DATE],
        sources: ['s02', 's03'],
      },
      {
        id: 'openai-chatgpt',
        text: {
          en: 'Owner of the famous chatbot platform ChatGPT.',
          de: 'Inhaber der berühmten Chatbot-Plattform ChatGPT.',
        },
        figures: [],
        sources: ['s02'],
      },
      {
        id: 'openai-stargate',
        text: {
          en: 'Operates the Stargate AI infrastructure project and is one of its initial funders, with SoftBank, Oracle and MGX.',
          de: 'Betreibt das KI-Infrastrukturprojekt Stargate und gehört mit SoftBank, Oracle und MGX zu dessen anfänglichen Geldgebern.',
        },
        figures: [],
        sources: ['s08', 's10'],
      },
      {
        id: 'openai-founded',
        text: {
          en: 'Co-founded in 2015; Elon Musk was one of its co-founders and early investors but left after a power struggle.',
          de: '2015 mitgegründet; Elon Musk war einer der Mitbegründer und frühen Investoren, verließ das Unternehmen aber nach einem Machtkampf.',
        },
        figures: [{ kind: 'year', year: 2015 }],
        sources: ['s14', 's16'],
      },
      {
        id: 'openai-for-profit',
        text: {
          en: 'Musk’s offer complicates its plans to move to a for-profit model.',
          de: 'Musks Angebot erschwert seine Pläne, zu einem gewinnorientierten Modell überzugehen.',
        },
        figures: [],
        sources: ['s30'],
      },
      {
        id: 'openai-open-source',
        text: {
          en: 'Musk wants it to become an open-source platform again, focused on safety for the good of humanity.',
          de: 'Musk will, dass es wieder eine Open-Source-Plattform wird, die sich auf Sicherheit zum Wohle der Menschheit konzentriert.',
        },
        figures: [],
        sources: ['s04', 's22'],
      },
    ],
  },
  stargate: {
    id: 'stargate',
    name: 'Stargate',
    kind: 'project',
    summary: {
      en: 'A $500 billion AI infrastructure project in the USA, initiated by US President Donald Trump and operated by OpenAI.',
      de: 'Ein 500 Milliarden Dollar teures KI-Infrastrukturprojekt in den USA, von US-Präsident Donald Trump initiiert und von OpenAI betrieben.',
    },
    summarySources: ['s05', 's08'],
    facts: [
      {
        id: 'stargate-cost',
        text: {
          en: 'A $500 billion AI project initiated by US President Donald Trump.',
          de: 'Ein 500 Milliarden Dollar teures KI-Projekt, initiiert von US-Präsident Donald Trump.',
        },
        figures: [STARGATE_COST],
        sources: ['s05', 's21'],
      },
      {
        id: 'stargate-aim',
        text: {
          en: 'Aims to build an advanced AI infrastructure in the USA, operated by OpenAI.',
          de: 'Soll eine fortschrittliche KI-Infrastruktur in den USA aufbauen, die von OpenAI betrieben wird.',
        },
        figures: [],
        sources: ['s08'],
      },
      {
        id: 'stargate-investment',
        text: {
          en: 'The initial investment is $100 billion and is to rise to $500 billion within four years.',
          de: 'Die Anfangsinvestition beträgt 100 Milliarden US-Dollar und soll innerhalb von vier Jahren auf 500 Milliarden US-Dollar steigen.',
        },
        figures: [{ kind: 'money', amount: 100e9, currency: 'USD' }, STARGATE_COST, { kind: 'duration', years: 4 }],
        sources: ['s09'],
      },
      {
        id: 'stargate-funders',
        text: {
          en: 'SoftBank, OpenAI, Oracle and MGX are its initial funders; its technology partners include ARM, Microsoft and Nvidia.',
          de: 'SoftBank, OpenAI, Oracle und MGX sind die anfänglichen Geldgeber; zu den Technologiepartnern gehören ARM, Microsoft und Nvidia.',
        },
        figures: [],
        sources: ['s10', 's11'],
      },
      {
        id: 'stargate-musk',
        text: {
          en: 'Elon Musk is not involved; he claims the project lacks funding, while Sam Altman says Musk criticises it because he gains nothing from it.',
          de: 'Elon Musk ist nicht beteiligt; er behauptet, dem Projekt fehle es an Geld, während Sam Altman sagt, Musk kritisiere es, weil er keinen Nutzen daraus ziehe.',
        },
        figures: [],
        sources: ['s06', 's12'],
      },
    ],
  },
  deepseek: {
    id: 'deepseek',
    name: 'DeepSeek',
    kind: 'company',
    summary: {
      en: 'Chinese group whose model R1 set off an AI “earthquake” at the start of the Year of the Snake, at a fraction of the costs of the American AI giants.',
      de: 'Chinesischer Konzern, dessen Modell R1 zu Beginn des Schlangenjahres ein KI-„Erdbeben“ auslöste, zu einem Bruchteil der Kosten der amerikanischen KI-Giganten.',
    },
    summarySources: ['s24', 's27'],
    facts: [
      {
        id: 'deepseek-r1',
        text: {
          en: 'Released the model R1 (the article writes “Deep Seek R1”) at the start of the new Year of the Snake; it was seen as a new “earthquake” in the AI village and compared to the “Sputnik moment”.',
          de: 'Brachte zu Beginn des neuen Schlangenjahres das Modell R1 (im Artikel „Deep Seek R1“) heraus; es galt als neues „Erdbeben“ im KI-Dorf und wurde mit dem „Sputnik-Moment“ verglichen.',
        },
        figures: [],
        sources: ['s24'],
      },
      {
        id: 'deepseek-market',
        text: {
          en: 'Together with Alibaba Qwen, it wiped trillions of dollars off the market capitalisation of US companies within two weeks, according to the article.',
          de: 'Zusammen mit Alibaba Qwen hat es laut Artikel binnen zwei Wochen Billionen von Dollar an Marktkapitalisierung amerikanischer Unternehmen „vernichtet“.',
        },
        figures: [TRILLIONS_LOST],
        sources: ['s26', 's35', 's36'],
      },
      {
        id: 'deepseek-cost',
        text: {
          en: 'Based on open-source code, with very low investment costs, only a fraction of those of the American AI giants; users worldwide can adapt and extend functions.',
          de: 'Basiert auf Open-Source-Code und hat sehr geringe Investitionskosten, nur einen Bruchteil derer der amerikanischen KI-Giganten; Benutzer weltweit können Funktionen anpassen und erweitern.',
        },
        figures: [],
        sources: ['s27', 's28'],
      },
      {
        id: 'deepseek-competition',
        text: {
          en: 'Shows that countries and companies without resource advantages can still compete in the AI market, and gives small and medium-sized companies cheaper access to AI.',
          de: 'Zeigt, dass Länder und Unternehmen ohne Ressourcenvorteile dennoch auf dem KI-Markt konkurrieren können, und eröffnet kleinen und mittleren Unternehmen einen kostengünstigeren Zugang zu KI.',
        },
        figures: [],
        sources: ['s31', 's33'],
      },
      {
        id: 'deepseek-pressure',
        text: {
          en: 'Accelerates the spread and puts pressure on large companies to consider monopoly strategies; a warning to those relying on financial strength and exclusive technology.',
          de: 'Beschleunigt die Verbreitung und übt Druck auf große Unternehmen aus, Monopolstrategien in Betracht zu ziehen; eine Warnung an jene, die auf finanzielle Stärke und exklusive Technologie setzen.',
        },
        figures: [],
        sources: ['s29', 's32'],
      },
    ],
  },
  qwen: {
    id: 'qwen',
    name: 'Qwen',
    kind: 'model',
    summary: {
      en: 'Alibaba’s AI model which, soon after DeepSeek, shook the global AI market as China’s second AI “earthquake”.',
      de: 'Das KI-Modell von Alibaba, das kurz nach DeepSeek als Chinas zweites KI-„Erdbeben“ den globalen KI-Markt erschütterte.',
    },
    summarySources: ['s25', 's34', 's35'],
    facts: [
      {
        id: 'qwen-launch',
        text: {
          en: 'Alibaba’s AI model, called “Alibaba Qwen” in the article; soon after DeepSeek R1 it threw the global AI market into turmoil.',
          de: 'Das KI-Modell von Alibaba, im Artikel „Alibaba Qwen“ genannt; kurz nach DeepSeek R1 brachte es den globalen KI-Markt in Aufruhr.',
        },
        figures: [],
        sources: ['s25'],
      },
      {
        id: 'qwen-market',
        text: {
          en: 'With DeepSeek, one of the two Chinese AI models that, according to the article, cost US companies dearly in market value within two weeks; the article puts no figure on Qwen’s own share.',
          de: 'Mit DeepSeek eines der zwei chinesischen KI-Modelle, die laut Artikel amerikanische Unternehmen binnen zwei Wochen viel Marktkapitalisierung gekostet haben; einen Betrag für Qwen allein nennt der Artikel nicht.',
        },
        figures: [],
        sources: ['s26', 's35', 's36'],
      },
      {
        id: 'qwen-earthquake',
        text: {
          en: 'The article counts its launch and DeepSeek’s as the two Chinese “earthquakes” of the new year that shook the world technology market: “China causes a stir, America wakes up.”',
          de: 'Der Artikel zählt seine Einführung und die von DeepSeek als die zwei chinesischen „Erdbeben“ des neuen Jahres, die den weltweiten Technologiemarkt erschütterten: „China sorgt für Aufsehen, Amerika erwacht.“',
        },
        figures: [],
        sources: ['s34', 's35'],
      },
    ],
  },
};
