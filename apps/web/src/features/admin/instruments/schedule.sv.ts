// Texts of the "Skattningsschema" page, part of the admin namespace (admin:schedule.*).
export const scheduleSv = {
  intro:
    "Här bestämmer ni när Kring föreslår skattningar i samordningsärenden och var gränsvärdena går. Ändringarna gäller direkt i alla pågående ärenden. Förvalen följer arbetssättet: SDQ före första nätverksmötet, vid avslut och minst var sjätte månad, ORS och SRS vid varje möte.",
  lastSaved: "Senast sparad {{date}} av {{name}}.",
  defaults: "Inställningarna har inte ändrats. Förvalen gäller.",
  sdq: {
    legend: "SDQ – styrkor och svårigheter",
    informants: "Vem fyller i SDQ",
    informantsHint:
      "Var och en får formuläret bara om det finns ett för barnets ålder. Barnet skattar själv från 11 år.",
    informant: { parent: "Vårdnadshavare", teacher: "Lärare", self: "Barnet självt" },
    beforeMeeting1: "SDQ före nätverksmöte 1",
    beforeMeeting1Hint: "Den första SDQ:n ska vara besvarad före det första nätverksmötet.",
    fallbackDays: "Dagar till första SDQ om nätverksmöte 1 inte är planerat",
    fallbackDaysHint: "Räknas från ansökan. Ett heltal från 0 till 365.",
    everyMonths: "Ny SDQ efter så här många månader",
    everyMonthsHint:
      "Från samma person, 1–36 månader. Lämna tomt om SDQ inte ska upprepas under ärendet.",
    atClosure: "SDQ vid avslut",
    atClosureHint: "Ärendet avslutas med en SDQ från var och en som fyller i.",
    closureWindow: "Dagar före avslut som räknas som avslutsmätning",
    closureWindowHint:
      "En SDQ som besvarats högst så här många dagar före avslutet räknas. Ett heltal från 0 till 180.",
  },
  session: {
    legend: "ORS och SRS vid möten",
    instruments: "Skattningar som barnet fyller i vid möten",
    instrumentsHint: "CORS och CSRS för barn 6–12 år, ORS och SRS från 13 år.",
    instrument: {
      ors: "ORS/CORS – hur barnet har haft det",
      srs: "SRS/CSRS – hur barnet upplevde mötet",
    },
    meetingKinds: "Vid vilka möten",
  },
  reminders: {
    legend: "Påminnelser",
    dueSoon: "Visa en skattning som snart aktuell så här många dagar i förväg",
    dueSoonHint: "Ett heltal från 0 till 60.",
  },
  thresholds: {
    legend: "Gränsvärden",
    intro: "Poäng över 0 och högst 40. Decimaler går bra, till exempel 6,6.",
    corsClinicalCutoff: "Klinisk gräns för CORS, barn 6–12 år",
    corsClinicalCutoffHint:
      "En CORS-summa under gränsen räknas som i det kliniska området. Förval 32 (Duncan m.fl. 2006).",
    orsYouthClinicalCutoff: "Klinisk gräns för ORS, ungdomar 13–17 år",
    orsYouthClinicalCutoffHint:
      "Gäller ORS från den som är under 18 år. Förval 28 (Duncan m.fl. 2006).",
    orsClinicalCutoff: "Klinisk gräns för ORS, vuxna",
    orsClinicalCutoffHint:
      "En ORS-summa under gränsen räknas som i det kliniska området. Förval 25, den publicerade gränsen för vuxna.",
    orsReliableChange: "Tillförlitlig förändring i ORS",
    orsReliableChangeHint:
      "Så många poängs förändring räknas som en verklig förbättring eller försämring. Förval 5.",
    srsAlertBelow: "Varningsgräns för SRS",
    srsAlertBelowHint:
      "En SRS-summa under gränsen visar att samarbetet med barnet behöver uppmärksammas. Förval 36.",
    sdqTotalImprovement: "Förbättring i SDQ:s totalpoäng",
    sdqTotalImprovementHint:
      "Så många poäng lägre totalpoäng (senaste mot första SDQ) räknas som förbättrat i styrgruppens nyckeltal. Förval 3.",
  },
  hints: {
    sdqBaselineFallbackDays: "Skriv ett heltal från 0 till 365.",
    sdqEveryMonths: "Skriv ett heltal från 1 till 36, eller lämna tomt.",
    sdqClosureWindowDays: "Skriv ett heltal från 0 till 180.",
    dueSoonDays: "Skriv ett heltal från 0 till 60.",
    corsClinicalCutoff: "Skriv ett tal över 0 och högst 40.",
    orsYouthClinicalCutoff: "Skriv ett tal över 0 och högst 40.",
    orsClinicalCutoff: "Skriv ett tal över 0 och högst 40.",
    orsReliableChange: "Skriv ett tal över 0 och högst 40.",
    srsAlertBelow: "Skriv ett tal över 0 och högst 40.",
    sdqTotalImprovement: "Skriv ett tal över 0 och högst 40.",
  },
  summary_one: "Rätta {{count}} uppgift innan du sparar:",
  summary_other: "Rätta {{count}} uppgifter innan du sparar:",
  save: "Spara inställningarna",
  saved: "Skattningsschemat är sparat.",
  conflict: {
    title: "Någon annan har sparat inställningarna",
    by: "{{name}} sparade {{date}}, medan du ändrade. Det här ändrades:",
    none: "Inga värden ändrades.",
    reload: "Hämta de sparade värdena",
    reloadHint: "Dina ändringar försvinner. Gör dem igen och spara.",
  },
  value: { yes: "ja", no: "nej", none: "ingen", empty: "inga" },
};
