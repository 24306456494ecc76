import { YEAR_INFERRED } from './article';
import type { TimelineEvent } from './types';

/** The dated events the article reports, oldest first, each as precise as the article allows. */
export const timeline: readonly TimelineEvent[] = [
  {
    id: 'openai-founded',
    when: '2015',
    whenAsWritten: '2015',
    text: {
      en: 'OpenAI is co-founded; Elon Musk is one of its co-founders and early investors.',
      de: 'OpenAI wird mitgegründet; Elon Musk ist einer der Mitbegründer und frühen Investoren.',
    },
    entities: ['openai', 'musk'],
    sources: ['s14', 's16'],
  },
  {
    id: 'twitter-bought',
    when: '2022',
    whenAsWritten: '2022',
    text: {
      en: 'Elon Musk takes over Twitter for $44 billion and renames it X.',
      de: 'Elon Musk übernimmt Twitter für 44 Milliarden Dollar und benennt es in X um.',
    },
    entities: ['musk'],
    sources: ['s19'],
  },
  {
    id: 'musk-sues-altman',
    when: '2024-08',
    whenAsWritten: 'Im August 2024',
    text: {
      en: 'Musk sues Altman in a federal court, claiming Altman deceived him.',
      de: 'Musk verklagt Altman vor einem Bundesgericht und behauptet, Altman habe ihn getäuscht.',
    },
    entities: ['musk', 'altman', 'openai'],
    sources: ['s16', 's17'],
  },
  {
    id: 'stargate',
    when: '2025',
    whenAsWritten: 'kein Datum genannt',
    inferred: {
      inferred: true,
      reason: {
        en: 'The article gives no date. It presents Stargate as a current project of US President Donald Trump, fought over by Musk and Altman just before the bid of 10 February; so the year is taken to be the article’s, and the month is unknown.',
        de: 'Der Artikel nennt kein Datum. Er stellt Stargate als aktuelles Projekt von US-Präsident Donald Trump dar, über das Musk und Altman kurz vor dem Angebot vom 10. Februar stritten; daher wird das Jahr des Artikels angenommen, der Monat ist unbekannt.',
      },
    },
    text: {
      en: 'US President Donald Trump initiates Stargate, a $500 billion AI project operated by OpenAI; Musk and Altman later clash over it.',
      de: 'US-Präsident Donald Trump initiiert Stargate, ein 500 Milliarden Dollar teures KI-Projekt, das OpenAI betreibt; Musk und Altman streiten später darüber.',
    },
    entities: ['stargate', 'openai', 'musk', 'altman'],
    sources: ['s05', 's08'],
  },
  {
    id: 'deepseek-r1',
    when: '2025-01',
    whenAsWritten: 'zu Beginn des neuen Schlangenjahres',
    inferred: {
      inferred: true,
      reason: {
        en: 'The article says only “at the start of the new Year of the Snake”; that year began in late January 2025.',
        de: 'Der Artikel sagt nur „zu Beginn des neuen Schlangenjahres“; dieses begann Ende Januar 2025.',
      },
    },
    text: {
      en: 'DeepSeek releases its model R1, seen as a new “earthquake” in the AI village and compared to the “Sputnik moment”.',
      de: 'DeepSeek bringt sein Modell R1 heraus, das als neues „Erdbeben“ im KI-Dorf gilt und mit dem „Sputnik-Moment“ verglichen wird.',
    },
    entities: ['deepseek'],
    sources: ['s24'],
  },
  {
    id: 'qwen-launch',
    when: '2025',
    whenAsWritten: 'Bald darauf',
    inferred: {
      inferred: true,
      reason: {
        en: 'The article says only “soon afterwards”, i.e. after DeepSeek R1, and that both Chinese models hit US companies within the last two weeks; it gives no date.',
        de: 'Der Artikel sagt nur „bald darauf“, also nach DeepSeek R1, und dass beide chinesischen Modelle US-Unternehmen in den letzten zwei Wochen trafen; ein Datum nennt er nicht.',
      },
    },
    text: {
      en: 'Alibaba throws the global AI market into turmoil with Alibaba Qwen; with DeepSeek, US companies lose trillions of dollars in market capitalisation.',
      de: 'Alibaba bringt mit Alibaba Qwen den globalen KI-Markt in Aufruhr; mit DeepSeek verlieren US-Unternehmen Billionen von Dollar an Marktkapitalisierung.',
    },
    entities: ['qwen', 'deepseek'],
    sources: ['s25', 's26', 's36'],
  },
  {
    id: 'musk-bid',
    when: '2025-02-10',
    whenAsWritten: 'am Montag (10. Februar)',
    inferred: YEAR_INFERRED,
    text: {
      en: 'A consortium led by Elon Musk offers $97.4 billion to buy OpenAI.',
      de: 'Ein Konsortium unter der Leitung von Elon Musk bietet 97,4 Milliarden US-Dollar für OpenAI.',
    },
    entities: ['musk', 'openai'],
    sources: ['s02', 's03'],
  },
  {
    id: 'altman-reply',
    when: '2025-02',
    whenAsWritten: 'Als Reaktion auf das Übernahmeangebot',
    inferred: {
      inferred: true,
      reason: {
        en: 'The article dates the tweet only as a reaction to the bid of Monday, 10 February; the day is unknown and the year is inferred.',
        de: 'Der Artikel datiert den Tweet nur als Reaktion auf das Angebot vom Montag, dem 10. Februar; der Tag ist unbekannt, das Jahr erschlossen.',
      },
    },
    text: {
      en: 'Sam Altman answers with a sarcastic tweet, offering to buy Twitter (now X) for $9.74 billion.',
      de: 'Sam Altman antwortet mit einem sarkastischen Tweet und bietet an, Twitter (jetzt X) für 9,74 Milliarden Dollar zu kaufen.',
    },
    entities: ['altman', 'musk', 'openai'],
    sources: ['s18', 's23'],
  },
];
