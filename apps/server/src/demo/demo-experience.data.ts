// Reflections for the demo's experience log: what worked and what got in the way, in the words
// a network might use at closure, never naming a child, a family or a member of staff.

/** The themes each closure names, in turn: "väntetider" and "samverkan" recur most. */
export const THEME_PATTERNS: string[][] = [
  ["väntetider", "samverkan"],
  ["väntetider", "samverkan"],
  ["väntetider", "skolans anpassningar"],
  ["samverkan", "övergångar"],
  ["väntetider", "samverkan"],
  ["väntetider", "samverkan", "delaktighet"],
];

export const REFLECTION_TEXTS: { whatWorked: string; whatGotInTheWay: string }[] = [
  {
    whatWorked: "Ett gemensamt nätverksmöte tidigt, där skolan och socialtjänsten hörde samma sak.",
    whatGotInTheWay: "Väntan på en första tid hos BUP tog nästan tre månader.",
  },
  {
    whatWorked: "En kontaktperson i skolan som familjen kunde ringa direkt.",
    whatGotInTheWay: "Elevhälsans psykolog hade lång kö och utredningen drog ut på tiden.",
  },
  {
    whatWorked: "Mentorn och specialpedagogen gjorde anpassningarna tillsammans med eleven.",
    whatGotInTheWay:
      "Anpassningarna kom först efter flera veckors frånvaro; vi väntade på utredningen.",
  },
  {
    whatWorked: "Överlämningen till högstadiet planerades i god tid med den nya skolan.",
    whatGotInTheWay: "Fritidsgården kom in sent i nätverket, först vid uppföljningen.",
  },
  {
    whatWorked: "Socialtjänsten och skolan delade ansvaret för insatserna i planen.",
    whatGotInTheWay: "Byten av handläggare gjorde att familjen fick berätta allt flera gånger.",
  },
  {
    whatWorked: "Barnet var med på mötena och fick säga vad som hjälpte.",
    whatGotInTheWay: "Det dröjde innan vi fick en gemensam mötestid som passade alla verksamheter.",
  },
  {
    whatWorked: "Täta korta avstämningar mellan elevhälsan och vårdnadshavarna.",
    whatGotInTheWay: "Vårdcentralen svarade inte på remissen förrän efter påminnelser.",
  },
  {
    whatWorked: "Planen var kort och alla visste vem som gjorde vad till när.",
    whatGotInTheWay: "Skolskjutsen fungerade inte under hösten och frånvaron ökade igen.",
  },
];

/** The steering group's conclusions, the first due within a week for its owner. */
export const DEMO_CONCLUSIONS = [
  {
    themes: ["väntetider"],
    area: null,
    saw: "Vi såg att väntetiden till BUP och till elevhälsans psykolog tas upp i nästan varje avslut, i alla fyra områden.",
    decided:
      "Vi beslutar att elevhälsan och BUP inför en gemensam konsultationstid varannan vecka.",
    followUp: "Följs upp med väntetiderna och vårens reflektioner på styrgruppens möte.",
    owner: "samordnare",
    inDays: 5,
  },
  {
    themes: ["samverkan", "övergångar"],
    area: "Mariehem",
    saw: "Vi såg att nätverken fungerar bäst när fritidsgården är med från första nätverksmötet.",
    decided: "Vi beslutar att fritidsgården bjuds in till nätverksmöte 1 i Mariehem.",
    followUp: "Rektorn redovisar hur många nätverk fritidsgården varit med i.",
    owner: "rektor.mariehem",
    inDays: 75,
  },
];
