export const caseActionsSv = {
  none: "Det finns inga steg att ta just nu.",
  plan: {
    write: {
      hint: "Nästa steg är att skriva planen och låta vårdnadshavarna (och barnet) godkänna den. Ärendet går vidare när en version är godkänd.",
      link: "Skriv och godkänn planen",
    },
    revise: {
      hint: "Ska arbetet fortsätta? Revidera planen och låt familjen godkänna den nya versionen, eller avsluta ärendet.",
      link: "Revidera planen",
    },
  },
  notSubmitted:
    "Förfrågan är inte skickad än. Skicka den till bedömning när samtycket omfattar dem som ska bedöma den.",
  planMeeting: "Planera {{meeting}}",
  holdMeeting: "Öppna {{meeting}}",
  done: "Klart: {{step}}.",
  noLongerPossible: "Steget ”{{step}}” går inte att ta längre. Se ärendet som det är nu.",
  choose: "Välj …",
  explain: {
    submit:
      "Förfrågan skickas till centrala elevhälsan och socialtjänsten för bedömning. De ser den bara om samtycket omfattar deras enhet.",
    accept: "Förfrågan blir ett samverkansärende. Nästa steg är att utse två koordinatorer.",
    decline:
      "Förfrågan blir inte ett samverkansärende. Skriv vad som görs i stället och varför. Den som gjorde förfrågan ser beslutet.",
    appoint_coordinators:
      "Koordinator 1 leder processen och koordinator 2 dokumenterar. De ska stå fria från barnet: inte barnets mentor eller socialsekreterare, och inte personal där barnet går.",
    record_first_contact:
      "När kontaktades barnet och familjen? Det ska ske inom 7 dagar, samma dag om det är akut.",
    appoint_spokesperson:
      "Språkröret står nära barnet, har vårdnadshavarnas förtroende och för fram barnets röst. Hen kommer från barnets privata nätverk.",
    appoint_contact_person:
      "Rektor utser kontaktpersonen från elevhälsoteamet. Kontaktpersonen följer handlingsplanen och tar upp ärendet i elevhälsoteamet.",
    record_eht_review: "När togs ärendet upp i elevhälsoteamet (EHT)?",
    start_evaluation:
      "Utvärderingen görs efter sex månader. Den är ett eget steg: planera utvärderingsmötet och registrera utvärderingen från det.",
    record_evaluation:
      "Vad kom ni fram till på utvärderingsmötet? Hur långt nåddes målen, och vad säger familjen och barnet?",
    close:
      "Ärendet avslutas. Berätta vad som fungerade och vad i vår egen organisation som stod i vägen. Styrgruppen lär av svaren i erfarenhetsloggen.",
    record_authority_action:
      "Till exempel en orosanmälan eller en utredning hos socialtjänsten. Det kan ske när som helst i processen.",
  },
  decline: {
    otherAction: "Vad görs i stället?",
    otherActionHint: "Till exempel stöd inom skolan eller en utredning hos socialtjänsten.",
    reasonCode: "Skäl",
    reason: "Varför blir det inte ett samverkansärende?",
  },
  date: { label: "Datum", hint: "I dag, eller den dag det hände." },
  spokesperson: {
    name: "Namn",
    relation: "Relation till barnet",
    relationHint: "Till exempel moster, tränare eller granne.",
    email: "E-post",
  },
  coordinators: {
    leadHint: "Välj koordinator 1.",
    documentingHint: "Välj koordinator 2.",
  },
  contactPerson: {
    legend: "Kontaktperson",
    unitHint: "Välj ett elevhälsoteam.",
    userHint: "Välj en person i elevhälsoteamet.",
  },
  reflection: {
    intro: "Lärdomar till styrgruppen",
    whatWorked: "Vad fungerade?",
    whatGotInTheWay: "Vad i vår egen organisation stod i vägen?",
    noNamesTitle: "Svaren går till styrgruppen utan namn",
    noNames:
      "Styrgruppen läser svaren i erfarenhetsloggen utan barnets namn och utan ärende. Skriv inte namn på barnet, familjen eller personal, och inget annat som pekar ut någon.",
    themes: "Vilka teman handlar det om?",
    organisation: "Vilken organisation gäller det främst?",
    noOrganisation: "Ingen särskild",
  },
  evaluation: {
    intro: "Utvärdering",
    goals: "Har målen nåtts?",
    outcome: {
      met: "Ja, målen är uppnådda",
      partly: "Delvis",
      not_met: "Nej, målen är inte uppnådda",
    },
    eachGoal: "Hur långt nåddes varje mål?",
    goalN: "Mål {{n}}: {{text}}",
    goalOutcome: {
      met: "Uppnått",
      partly: "Delvis uppnått",
      not_met: "Inte uppnått",
    },
    familyView: "Familjens syn",
    childView: "Barnets syn",
    childViewHint: "Med barnets egna ord, så långt det går.",
    dueOn: "Utvärderingen ska göras senast {{date}}.",
    earlyTitle: "Utvärderingen är inte aktuell än",
    early: "Det är mer än en månad kvar till utvärderingen. Skriv varför den görs redan nu.",
    earlyReason: "Varför görs utvärderingen redan nu?",
  },
  closeCheck: {
    openGoalsTitle: "Mål som inte är uppnådda",
    openGoals:
      "De här målen var inte uppnådda vid den senaste uppföljningen, så ”Målen uppnådda” kan inte anges:",
    earlyTitle: "Före den minsta uppföljningstiden",
    early: "Barnet ska följas till och med {{date}}. Avslutas ärendet nu sker det i förtid.",
    earlyReason: "Varför avslutas ärendet i förtid?",
    measurementTitle: "Avslutande skattning saknas",
    measurement:
      "Den avslutande SDQ-skattningen saknas från: {{informants}}. Skicka den och invänta svaret, eller skriv varför den inte görs.",
    closingOrs:
      "Barnets avslutande {{version}} saknas: skattningsschemat tar den vid utvärderings- och avslutsmötet. Låt barnet fylla i den, eller skriv varför den inte görs.",
    measurementSkipReason: "Varför görs ingen avslutande skattning?",
  },
  close: { reason: "Skäl att avsluta", note: "Anteckning" },
  authority: {
    kind: "Vad har hänt?",
    note: "Anteckning",
    noteHint: "Kort om vad som har gjorts och av vem.",
    closesCase: "Samverkansärendet avslutas",
  },
  hints: {
    event: {
      otherAction: "Skriv vad som görs i stället.",
      reason: "Ange skälet.",
      name: "Skriv språkrörets namn.",
      relation: "Skriv relationen till barnet.",
      email: "Skriv en giltig e-postadress, eller lämna fältet tomt.",
      on: "Skriv ett datum som inte ligger i framtiden.",
      note: "Skriv en anteckning.",
      earlyReason: "Skriv varför.",
      measurementSkipReason: "Skriv varför den avslutande skattningen inte görs.",
      evaluation: {
        goals: "Välj hur långt målen nåddes.",
        familyView: "Skriv familjens syn.",
        childView: "Skriv barnets syn.",
      },
      reflection: {
        whatWorked: "Skriv vad som fungerade.",
        whatGotInTheWay: "Skriv vad som stod i vägen.",
      },
    },
  },
};
