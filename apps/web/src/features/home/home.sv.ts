export const homeSv = {
  title: "Start",
  greeting: "Hej {{name}}!",
  tenant: "Du är inloggad i {{tenant}}.",
  memberships: {
    title: "Dina enheter och roller",
    intro:
      "Det du kan se och göra i Kring beror på vilka enheter du tillhör och vilken roll du har där.",
    none: "Du har ingen roll i någon enhet än. Be en administratör att lägga till dig.",
    unitKind: "Typ av verksamhet",
    role: "Din roll",
  },
  links: { title: "Gå vidare" },
  family: {
    guardian: "Du är inloggad som vårdnadshavare i {{tenant}}.",
    child: "Du är inloggad i {{tenant}}.",
    contact: "Har du frågor om stödet? Kontakta skolan eller den som är kontaktperson.",
  },
};
