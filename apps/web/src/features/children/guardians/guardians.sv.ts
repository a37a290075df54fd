// The child's guardian page (ADR 0044): loaded with the page (usePageTexts).
export const guardiansSv = {
  title: "Vårdnadshavare för {{name}}",
  intro:
    "Här registrerar du barnets vårdnadshavare och andra vuxna runt barnet. Bara den som har vårdnaden lämnar samtycke, godkänner planen och ser barnet i familjevyn. Med personnummer loggar vårdnadshavaren in med e-legitimation första gången, utan att någon skapar ett konto.",
  custody: {
    joint: "Gemensam vårdnad",
    sole: "Ensam vårdnad",
    none: "Ingen vårdnadshavare med vårdnad är registrerad.",
  },
  list: "Vuxna runt barnet",
  hasCustody: "Har vårdnaden",
  noCustody: "Utan vårdnad",
  personalNumber: "Personnummer",
  noPersonalNumber: "Inget personnummer: kan inte logga in med e-legitimation.",
  phone: "Telefon",
  email: "E-post",
  account: "Har loggat in i familjevyn.",
  noAccount: "Loggar in med e-legitimation första gången.",
  edit: "Ändra",
  editLabel: "Ändra {{name}}",
  remove: "Ta bort",
  removeLabel: "Ta bort {{name}} från barnet",
  removeConfirm:
    "Ta bort {{name}} från barnet? Det som personen redan har gjort (till exempel ett samtycke) finns kvar.",
  removed: "{{name}} är borttagen från barnet.",
  saved: "Ändringarna för {{name}} är sparade.",
  added: "{{name}} är tillagd.",
  cancel: "Avbryt",
  save: "Spara",
  add: "Lägg till vuxen",
  addTitle: "Lägg till vårdnadshavare eller annan vuxen",
  form: {
    givenName: "Förnamn",
    familyName: "Efternamn",
    personalNumber: "Personnummer (frivilligt)",
    personalNumberHint: "ÅÅÅÅMMDD-NNNN. Behövs för inloggning med e-legitimation.",
    phone: "Telefon (frivilligt)",
    email: "E-post (frivilligt)",
    custody: "Har vårdnaden om barnet (vårdnadshavare)",
    custodyHint:
      "Kryssa ur för en förälder utan vårdnad eller en annan vuxen, till exempel familjehem eller god man.",
  },
  hints: {
    givenName: "Skriv förnamnet.",
    familyName: "Skriv efternamnet.",
    personalNumber: "Skriv ett giltigt personnummer med 12 siffror.",
    email: "Skriv en giltig e-postadress.",
  },
  find: {
    title: "Vårdnadshavare",
    intro:
      "Skriv barnets hela personnummer för att registrera eller ändra barnets vårdnadshavare. Du ser bara vårdnadshavarna, inget annat om barnet.",
    label: "Barnets personnummer",
    submit: "Visa vårdnadshavare",
    notFound: "Inget barn med det personnumret finns i Kring.",
  },
  manage: "Hantera vårdnadshavare",
};
