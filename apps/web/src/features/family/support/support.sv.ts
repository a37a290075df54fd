// "Vi vill ha stöd" in the family view (issue 19.3): loaded with the section (usePageTexts).
export const familySupportSv = {
  title: "Vi vill ha stöd",
  intro:
    "Oroar ni er för {{name}}? Berätta med egna ord. Centrala elevhälsan och socialtjänsten läser det och hör av sig. Ni behöver inte veta vem som kan hjälpa.",
  open: "Be om stöd",
  worry: "Vad oroar ni er för?",
  worryHint: "Till exempel: hur det går i skolan, hur barnet mår, vad ni redan har provat.",
  contactWay: "Hur vill ni bli kontaktade?",
  phone: "Telefon",
  email: "E-post",
  contactPhone: "Ert telefonnummer",
  contactEmail: "Er e-postadress",
  contactTime: "När passar det bäst? (frivilligt)",
  contactTimeHint: "Till exempel: efter klockan 16.",
  consent:
    "Jag samtycker till att centrala elevhälsan och socialtjänsten läser vår förfrågan och bedömer vilket stöd som kan hjälpa.",
  consentHint: "Utan samtycke kan förfrågan inte skickas. Ni kan ta tillbaka samtycket senare.",
  send: "Skicka",
  cancel: "Avbryt",
  sent: "Tack! Er förfrågan är skickad. Kommunen hör av sig.",
  sentWaiting:
    "Tack! Kommunen behöver samtycke från alla vårdnadshavare. Förfrågan skickas när den andra vårdnadshavaren har sagt ja i sin familjevy.",
  earlier: "Era förfrågningar",
  sentOn: "Skickad {{date}} av {{name}}",
  status: {
    awaiting_consent: "Väntar på samtycke från den andra vårdnadshavaren",
    not_sent: "Inte skickad – alla vårdnadshavare samtyckte inte",
    received: "Mottagen – väntar på bedömning",
    started: "Stöd startar – någon hör av sig",
    declined: "Bedömd – ingen samverkan just nu",
    closed: "Avslutad",
  },
  hints: {
    worry: "Skriv med några ord vad ni oroar er för (minst 10 tecken).",
    contact: "Skriv ett telefonnummer eller en e-postadress.",
    consent: "Kryssa i samtycket för att kunna skicka.",
  },
};
