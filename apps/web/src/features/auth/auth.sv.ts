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
};
