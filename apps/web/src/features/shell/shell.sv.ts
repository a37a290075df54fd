export const shellSv = {
  nav: {
    label: "Huvudmeny",
    items: {
      home: { label: "Start", description: "Dina enheter och roller." },
      cases: {
        label: "Ärenden",
        description: "Barnen du arbetar med, var ärendena är och vad som ska göras.",
      },
      intake: { label: "Inkorg", description: "Förfrågningar som väntar på bedömning." },
      concern: {
        label: "När du känner oro",
        description: "Vad du gör när du är orolig för ett barn, steg för steg.",
      },
      earlySupport: {
        label: "Tidigt stöd",
        description: "Stöd till barn och familjer innan det finns ett ärende.",
      },
      childsBest: {
        label: "Barnets bästa",
        description: "Barn i ditt område med flera verksamheter runt sig men ingen plan.",
      },
      newRequest: {
        label: "Ny förfrågan",
        description: "Beskriv ett barns behov av stöd från flera håll.",
      },
      myRequests: {
        label: "Mina förfrågningar",
        description: "Förfrågningar du gjort: om de är bedömda och vem som är kontaktperson.",
      },
      handovers: {
        label: "Överlämningar",
        description: "Barns planer som ska lämnas över till dina enheter.",
      },
      attendance: {
        label: "Närvaro",
        description: "Elevernas närvaro, närvarotrappan och det den kräver av dig.",
      },
      offer: {
        label: "Insatser och aktiviteter",
        description: "Det kommunen, regionen, polisen och föreningar erbjuder barn och familjer.",
      },
      admin: {
        label: "Administration",
        description: "Lägg till enheter och användare, och ge användare roller i enheter.",
      },
      family: {
        label: "Planen",
        description: "Barnets plan: vem gör vad och när, nästa möte och vem ni kan kontakta.",
      },
      forms: { label: "Formulär", description: "Frågor från nätverket om hur barnet har det." },
      steering: {
        label: "Styrning",
        description:
          "Nyckeltal per område och period, mot styrgruppens mål. Inga enskilda ärenden.",
      },
      logReview: {
        label: "Logguppföljning",
        description:
          "Vem har gjort vad med ett barns uppgifter, och åtkomster värda en extra titt.",
      },
    },
  },
  header: {
    openMenu: "Öppna menyn",
    closeMenu: "Stäng menyn",
    account: "Ditt konto",
    logout: "Logga ut",
  },
};
