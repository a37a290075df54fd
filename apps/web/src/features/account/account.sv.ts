export const accountSv = {
  page: { title: "Mitt konto" },
  steps: {
    second_factor: {
      title: "Tvåstegsverifiering",
      intro: "Skriv koden som din autentiseringsapp visar just nu, eller en av dina reservkoder.",
    },
    change_password: {
      title: "Välj ett nytt lösenord",
      intro:
        "En administratör har gett dig ett tillfälligt lösenord. Välj ett eget innan du fortsätter.",
    },
    enrol_second_factor: {
      title: "Lägg till tvåstegsverifiering",
      intro:
        "Ditt konto loggar in med både lösenord och en kod från en app i telefonen. Det gäller administratörer, och den vars app en administratör har tagit bort. Lägg till appen innan du fortsätter.",
    },
    cancel: "Avbryt och logga ut",
  },
  password: {
    title: "Byt lösenord",
    current: "Nuvarande lösenord",
    new: "Nytt lösenord",
    rules:
      "Minst 12 tecken. Vanliga lösenord går inte, inte heller ett ord med siffror efter. Några ord i följd är lätta att minnas.",
    submit: "Byt lösenord",
    changed: "Ditt lösenord är bytt. Du är utloggad på andra enheter.",
    hints: {
      currentPassword: "Fyll i ditt nuvarande lösenord.",
      newPassword: "Lösenordet ska ha minst 12 tecken.",
    },
  },
  secondFactor: {
    title: "Tvåstegsverifiering",
    intro:
      "Med tvåstegsverifiering loggar du in med lösenordet och en kod från en autentiseringsapp i telefonen (till exempel Microsoft Authenticator eller Google Authenticator).",
    start: "Lägg till app",
    scan: "Skanna QR-koden med appen. Kan du inte skanna, skriv in nyckeln nedan i appen.",
    qrAlt: "QR-kod att skanna med autentiseringsappen",
    secretLabel: "Nyckel:",
    code: "Kod från appen",
    codeHint: "Sex siffror, eller en reservkod.",
    confirm: "Bekräfta",
    verify: "Fortsätt",
    recoveryTitle: "Dina reservkoder",
    recoveryIntro:
      "Spara koderna på ett säkert ställe. Varje kod kan användas en gång om du inte har telefonen. De visas bara nu.",
    saved: "Jag har sparat koderna",
    on: "Tvåstegsverifiering är på.",
    enrolled: "Tvåstegsverifiering är på.",
  },
};
