export const notificationsSv = {
  bell: {
    label: "Notiser",
    unread_one: " oläst",
    unread_other: " olästa",
  },
  page: {
    title: "Notiser",
    intro: "Det som är nytt för dig. Öppna en notis för att se mer där det hör hemma.",
    none: "Inga notiser.",
    markRead: "Markera som läst",
    markAllRead: "Markera alla som lästa",
    allRead: "Alla notiser är markerade som lästa.",
    markedRead: "Notisen är markerad som läst.",
    open: "Öppna",
    unread: "Oläst",
    due: "Datum: {{date}}",
    settings: "Inställningar för e-post",
  },
  kinds: {
    acute_request: "En akut förfrågan väntar på bedömning",
    same_day_notice: "Ogiltig frånvaro i dag: vårdnadshavare ska meddelas samma dag",
    emergency_access: "Någon har använt nödåtkomst till ett av dina ärenden",
    deadline_reminder: "En tidsfrist i ett av dina ärenden närmar sig",
    form_reminder: "Ett formulär väntar på dina svar",
    family_news: "Du har något nytt i Kring",
  },
  preferences: {
    title: "Inställningar för notiser",
    intro:
      "Notiser visas alltid här i Kring. Välj vad du också vill få med e-post. E-posten säger aldrig vem det gäller: logga in för att se det.",
    familyIntro:
      "Notiser visas alltid här i Kring. Med e-post får du bara veta att det finns något nytt; logga in för att se vad.",
    email: "E-postadress",
    emailHelp: "Lämna tomt om du inte vill få e-post.",
    emailEnabled: "Skicka e-post till mig",
    immediateEnabled:
      "Direkt när något brådskar (akuta förfrågningar, frånvaro samma dag, nödåtkomst)",
    familyImmediate: "När det finns något nytt för mig",
    digestEnabled: "En sammanfattning av mina uppgifter varje dag",
    digestHour: "Klockslag för sammanfattningen",
    reminderDays: "Påminn mig så många dagar före en tidsfrist eller ett formulärs sista dag",
    reminderHelp: "0 betyder inga påminnelser.",
    save: "Spara",
    saved: "Inställningarna är sparade.",
  },
};
