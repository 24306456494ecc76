import type { Article, Inferred } from './types';

/** Why the article is dated 2025; every date whose year the article leaves out carries it too. */
export const YEAR_INFERRED: Inferred = {
  inferred: true,
  reason: {
    en: 'The article states no year. It dates Musk’s bid to Monday, 10 February, reports a lawsuit of August 2024 as past and speaks of the start of the new Year of the Snake; 10 February 2025 was a Monday. Only an image file name on the page reads “2025Feb10”.',
    de: 'Der Artikel nennt kein Jahr. Er datiert Musks Angebot auf Montag, den 10. Februar, berichtet von einer Klage im August 2024 als vergangen und spricht vom Beginn des neuen Schlangenjahres; der 10. Februar 2025 war ein Montag. Nur ein Bilddateiname auf der Seite lautet „2025Feb10“.',
  },
};

/** The bundled German news article, sentence by sentence, exactly as written (image file names left out). */
export const article: Article = {
  lang: 'de',
  title: {
    en: 'Musk’s bid for OpenAI, Stargate and China’s AI “earthquakes”',
    de: 'Musks Angebot für OpenAI, Stargate und Chinas KI-„Erdbeben“',
  },
  sourceLine: {
    en: 'Bundled German news article, February 2025 (year inferred)',
    de: 'Mitgelieferter deutscher Nachrichtenartikel, Februar 2025 (Jahr erschlossen)',
  },
  published: { month: '2025-02', inferred: YEAR_INFERRED },
  sentences: [
    {
      id: 's01',
      paragraph: 0,
      de: 'Das Rennen im Bereich der künstlichen Intelligenz (KI) im Silicon Valley ist ebenso heiß wie der Technologiekrieg zwischen den USA und China nach dem „Erdbeben“ von DeepSeek.',
      en: 'The race in artificial intelligence (AI) in Silicon Valley is as heated as the technology war between the USA and China after DeepSeek’s “earthquake”.',
    },
    {
      id: 's02',
      paragraph: 0,
      de: 'Der reichste Milliardär der Welt, Elon Musk, hat gerade plötzlich darum gebeten, OpenAI (Inhaber der berühmten Chatbot-Plattform ChatGPT) für 97,4 Milliarden USD zu kaufen.',
      en: 'The world’s richest billionaire, Elon Musk, has just suddenly asked to buy OpenAI (owner of the famous chatbot platform ChatGPT) for 97.4 billion USD.',
    },
    {
      id: 's03',
      paragraph: 1,
      de: 'Das Angebot wurde am Montag (10. Februar) von einem Konsortium unter der Leitung von Elon Musk gemacht, zu dem neben dem südafrikanischen Milliardär auch dessen xAI-Unternehmen und eine Reihe weiterer großer Namen gehören, darunter der Risikokapitalgeber Valor Equity Partners, der Hollywood-Mogul Ari Emanuel und das Unternehmen 8VC des Palantir-Mitbegründers Joe Lonsdale.',
      en: 'The offer was made on Monday (10 February) by a consortium led by Elon Musk that, besides the South African billionaire, includes his company xAI and a number of other big names, among them the venture capital firm Valor Equity Partners, the Hollywood mogul Ari Emanuel and the company 8VC of Palantir co-founder Joe Lonsdale.',
    },
    {
      id: 's04',
      paragraph: 2,
      de: 'Der Milliardär Elon Musk sagte, das Ziel des Deals sei es, OpenAI wieder zu einer Open-Source-Plattform zu machen und der Menschheit zu nützen.',
      en: 'The billionaire Elon Musk said the aim of the deal was to make OpenAI an open-source platform again and to benefit humanity.',
    },
    {
      id: 's05',
      paragraph: 3,
      de: 'Der Kaufvorschlag kam, nachdem es zwischen Elon Musk und dem Mitbegründer und ehemaligen CEO von OpenAI, Sam Altman (1985), zu einem heftigen Streit über das von US-Präsident Donald Trump initiierte 500 Milliarden Dollar teure KI-Projekt Stargate gekommen war.',
      en: 'The purchase proposal came after a fierce dispute had broken out between Elon Musk and the co-founder and former CEO of OpenAI, Sam Altman (1985), over the 500 billion dollar AI project Stargate initiated by US President Donald Trump.',
    },
    {
      id: 's06',
      paragraph: 4,
      de: 'Elon Musk behauptet, dem Projekt fehle es an finanziellen Mitteln, während Sam Altman sagt, Musk kritisiere, weil er keinen Nutzen daraus ziehe.',
      en: 'Elon Musk claims the project lacks financial means, while Sam Altman says Musk criticises it because he gains no benefit from it.',
    },
    {
      id: 's07',
      paragraph: 5,
      de: 'Elon Musk und Sam Altman. Foto: NBC News',
      en: 'Elon Musk and Sam Altman. Photo: NBC News',
    },
    {
      id: 's08',
      paragraph: 6,
      de: 'Das Projekt zielt darauf ab, eine fortschrittliche KI-Infrastruktur in den USA aufzubauen, die von OpenAI betrieben wird.',
      en: 'The project aims to build an advanced AI infrastructure in the USA, which is operated by OpenAI.',
    },
    {
      id: 's09',
      paragraph: 6,
      de: 'Die Anfangsinvestition beträgt 100 Milliarden US-Dollar und soll innerhalb von vier Jahren auf 500 Milliarden US-Dollar erhöht werden.',
      en: 'The initial investment is 100 billion US dollars and is to be increased to 500 billion US dollars within four years.',
    },
    {
      id: 's10',
      paragraph: 7,
      de: 'SoftBank, OpenAI, Oracle und MGX sind die anfänglichen Finanzierungsorganisationen des Projekts.',
      en: 'SoftBank, OpenAI, Oracle and MGX are the project’s initial funding organisations.',
    },
    {
      id: 's11',
      paragraph: 7,
      de: 'Außerdem gibt es einige Technologiepartner wie ARM, Microsoft, Nvidia, …',
      en: 'There are also several technology partners such as ARM, Microsoft, Nvidia, …',
    },
    {
      id: 's12',
      paragraph: 7,
      de: 'Elon Musk beteiligt sich nicht an Stargate.',
      en: 'Elon Musk is not involved in Stargate.',
    },
    {
      id: 's13',
      paragraph: 8,
      de: 'Elon Musks Ankündigung, OpenAI zu kaufen, erfolgt vor dem Hintergrund einer schwierigen Beziehung zwischen dem Milliardär und OpenAI sowie CEO Sam Altman.',
      en: 'Elon Musk’s announcement that he will buy OpenAI comes against the background of a difficult relationship between the billionaire and OpenAI as well as CEO Sam Altman.',
    },
    {
      id: 's14',
      paragraph: 8,
      de: 'Elon Musk war einer der Mitbegründer und frühen Investoren von OpenAI, verließ das Unternehmen jedoch nach einem Machtkampf.',
      en: 'Elon Musk was one of the co-founders and early investors of OpenAI, but left the company after a power struggle.',
    },
    {
      id: 's15',
      paragraph: 8,
      de: 'Musk gründete sein eigenes xAI-Unternehmen, um direkt mit Altmans Unternehmen zu konkurrieren.',
      en: 'Musk founded his own company xAI to compete directly with Altman’s company.',
    },
    {
      id: 's16',
      paragraph: 9,
      de: 'Im August 2024 reichte Elon Musk vor einem Bundesgericht Klage gegen Altman ein und behauptete, er sei von Sam Altman getäuscht worden und habe ihn dazu verleitet, OpenAI (ein Unternehmen, das er 2015 mitgegründet hatte) mitzugründen.',
      en: 'In August 2024 Elon Musk sued Altman before a federal court, claiming that he had been deceived by Sam Altman and had been led into co-founding OpenAI (a company he had co-founded in 2015).',
    },
    {
      id: 's17',
      paragraph: 9,
      de: 'Musk warf OpenAI und CEO Altman vor, kommerzielle Interessen über das öffentliche Interesse zu stellen.',
      en: 'Musk accused OpenAI and CEO Altman of putting commercial interests above the public interest.',
    },
    {
      id: 's18',
      paragraph: 10,
      de: 'Als Reaktion auf das Übernahmeangebot von OpenAI konterte Sam Altman mit einem sarkastischen Tweet: „Nein danke, aber wir kaufen Twitter (jetzt X) für 9,74 Milliarden Dollar, wenn Sie wollen.“',
      en: 'In response to the takeover bid for OpenAI, Sam Altman hit back with a sarcastic tweet: “No thanks, but we will buy Twitter (now X) for 9.74 billion dollars if you want.”',
    },
    {
      id: 's19',
      paragraph: 11,
      de: 'Das soziale Netzwerk Twitter wurde 2022 von Elon Musk für 44 Milliarden Dollar übernommen und in X umbenannt.',
      en: 'The social network Twitter was taken over by Elon Musk in 2022 for 44 billion dollars and renamed X.',
    },
    {
      id: 's20',
      paragraph: 11,
      de: 'Derzeit beträgt die Kapitalisierung von X nur etwa 8 Milliarden Dollar.',
      en: 'X’s capitalisation is currently only about 8 billion dollars.',
    },
    {
      id: 's21',
      paragraph: 12,
      de: 'Elon Musk möchte OpenAI zu einem Zeitpunkt kaufen, an dem CEO Sam Altman mehrere große Deals unter einen Hut bringen muss, darunter das 500 Milliarden Dollar teure Stargate-Projekt.',
      en: 'Elon Musk wants to buy OpenAI at a time when CEO Sam Altman has to juggle several big deals, among them the 500 billion dollar Stargate project.',
    },
    {
      id: 's22',
      paragraph: 13,
      de: 'Laut Elon Musk ist es an der Zeit, dass OpenAI wieder zu einer Open-Source-Plattform wird, die sich auf Sicherheit zum Wohle der Menschheit konzentriert.',
      en: 'According to Elon Musk, it is time for OpenAI to become an open-source platform again, one that focuses on safety for the good of humanity.',
    },
    {
      id: 's23',
      paragraph: 14,
      de: 'OpenAI-CEO Sam Altman macht sich über die Twitter-Übernahme durch Elon Musk lustig. Foto: X',
      en: 'OpenAI CEO Sam Altman mocks the Twitter takeover by Elon Musk. Photo: X',
    },
    {
      id: 's24',
      paragraph: 15,
      de: 'Zuvor war es in der Technikwelt zu Beginn des neuen Schlangenjahres zu einer hitzigen Stimmung gekommen, als der chinesische Konzern DeepSeek das Modell Deep Seek R1 auf den Markt brachte und dies als ein neues „Erdbeben“ im KI-Dorf galt und mit dem „Sputnik-Moment“ verglichen wurde.',
      en: 'Before that, at the beginning of the new Year of the Snake, the mood in the tech world had become heated when the Chinese group DeepSeek brought the model Deep Seek R1 onto the market, which was regarded as a new “earthquake” in the AI village and compared to the “Sputnik moment”.',
    },
    {
      id: 's25',
      paragraph: 16,
      de: 'Bald darauf brachte auch Alibaba mit Alibaba Qwen den globalen KI-Markt in Aufruhr.',
      en: 'Soon afterwards Alibaba, too, threw the global AI market into turmoil with Alibaba Qwen.',
    },
    {
      id: 's26',
      paragraph: 16,
      de: 'Zwei chinesische KI-Modelle haben in den letzten zwei Wochen die Kapitalisierung amerikanischer Unternehmen um Billionen von Dollar „vernichtet“.',
      en: 'In the last two weeks, two Chinese AI models have “wiped out” trillions of dollars of the capitalisation of American companies.',
    },
    {
      id: 's27',
      paragraph: 17,
      de: 'DeepSeek basiert auf Open-Source-Code und hat sehr geringe Investitionskosten, die nur einen Bruchteil derjenigen der amerikanischen KI-Technologiegiganten betragen.',
      en: 'DeepSeek is based on open-source code and has very low investment costs, only a fraction of those of the American AI technology giants.',
    },
    {
      id: 's28',
      paragraph: 17,
      de: 'Gleichzeitig können Benutzer weltweit Funktionen anpassen und erweitern.',
      en: 'At the same time, users worldwide can adapt and extend functions.',
    },
    {
      id: 's29',
      paragraph: 17,
      de: 'DeepSeek beschleunigt nicht nur die Verbreitung, sondern übt auch Druck auf große Unternehmen aus, Monopolstrategien in Betracht zu ziehen.',
      en: 'DeepSeek not only accelerates the spread but also puts pressure on large companies to consider monopoly strategies.',
    },
    {
      id: 's30',
      paragraph: 18,
      de: 'Das Angebot von Elon Musk erschwert auch die Pläne von OpenAI, zu einem gewinnorientierten Modell überzugehen.',
      en: 'Elon Musk’s offer also complicates OpenAI’s plans to move to a for-profit model.',
    },
    {
      id: 's31',
      paragraph: 19,
      de: 'Das DeepSeek-Erdbeben zeigt, dass Länder und Unternehmen ohne Ressourcenvorteile dennoch auf dem KI-Markt konkurrieren können.',
      en: 'The DeepSeek earthquake shows that countries and companies without resource advantages can still compete in the AI market.',
    },
    {
      id: 's32',
      paragraph: 19,
      de: 'Dies ist auch eine Warnung an große Unternehmen, die auf finanzielle Stärke und exklusive Technologie angewiesen sind.',
      en: 'It is also a warning to large companies that rely on financial strength and exclusive technology.',
    },
    {
      id: 's33',
      paragraph: 19,
      de: 'DeepSeek eröffnet kleinen und mittleren Unternehmen die Möglichkeit, kostengünstiger auf KI-Technologie zuzugreifen.',
      en: 'DeepSeek opens up the possibility for small and medium-sized companies to access AI technology at lower cost.',
    },
    {
      id: 's34',
      paragraph: 20,
      de: 'Zwei „Erdbeben“ im neuen Jahr: China sorgt für Aufsehen, Amerika erwacht.',
      en: 'Two “earthquakes” in the new year: China causes a stir, America wakes up.',
    },
    {
      id: 's35',
      paragraph: 20,
      de: 'Der weltweite Technologiemarkt wurde zu Beginn des neuen Jahres nach der Einführung zweier künstlicher Intelligenz (KI)-Plattformen, DeepSeek und Alibaba Qwen aus China, erschüttert.',
      en: 'At the beginning of the new year, the global technology market was shaken by the launch of two artificial intelligence (AI) platforms from China, DeepSeek and Alibaba Qwen.',
    },
    {
      id: 's36',
      paragraph: 20,
      de: 'Dadurch verlor die Marktkapitalisierung der US-Unternehmen Billionen von Dollar, und die Großen suchen verzweifelt nach Lösungen.',
      en: 'As a result, the market capitalisation of US companies lost trillions of dollars, and the big players are desperately looking for solutions.',
    },
  ],
};
