export const authSv = {
  login: {
    title: "Logga in",
    intro:
      "Kring är verktyget för samordnat stöd runt barnet. Logga in med ditt användarnamn och lösenord.",
    username: "Användarnamn",
    password: "Lösenord",
    submit: "Logga in",
    sessionEnded: "Du har blivit utloggad. Logga in igen för att fortsätta.",
    hints: { username: "Fyll i ditt användarnamn.", password: "Fyll i ditt lösenord." },
  },
  loggedOut: "Du är utloggad.",
  providers: {
    staff: "Logga in med {{name}}",
    family: "Logga in med e-legitimation",
    familyHint: "Vårdnadshavare och barn loggar in med BankID eller Freja eID.",
    or: "eller med användarnamn och lösenord",
  },
  refused: {
    title: "Du kunde inte loggas in",
    unknown_person:
      "Inloggningen lyckades, men Kring känner inte igen dig. Det kan bero på att du ännu inte är registrerad som vårdnadshavare eller anställd här.",
    inactive_account: "Ditt konto i Kring är avstängt.",
    provider_disabled: "Den här inloggningen är inte påslagen.",
    provider_unreachable: "Inloggningstjänsten svarar inte just nu. Försök igen om en stund.",
    no_key: "Inloggningstjänsten skickade inte det som behövs för att känna igen dig.",
    failed: "Inloggningen avbröts eller kunde inte kontrolleras. Försök igen.",
    expired: "Inloggningen tog för lång tid eller startades i en annan webbläsare. Försök igen.",
    // Why a SAML answer was refused (`&saml=<reason>`, features/sign-in/saml/saml-response.ts).
    saml: {
      signature:
        "Inloggningen godtogs inte: svaret från identitetsleverantören var inte signerat med dess certifikat.",
      expired: "Inloggningen har gått ut eller gäller inte ännu. Börja om från inloggningssidan.",
      audience: "Inloggningen godtogs inte: svaret var inte avsett för Kring.",
      destination: "Inloggningen godtogs inte: svaret var skickat till en annan adress.",
      unsolicited:
        "Inloggningen godtogs inte: den startades inte från Kring. Börja om från inloggningssidan.",
      replayed:
        "Inloggningen har redan använts eller tagit för lång tid. Börja om från inloggningssidan.",
      cancelled: "Inloggningen avbröts hos identitetsleverantören.",
      invalid: "Inloggningssvaret från identitetsleverantören gick inte att läsa.",
    },
    contact: "Kontakta",
    back: "Tillbaka till inloggningen",
  },
};
