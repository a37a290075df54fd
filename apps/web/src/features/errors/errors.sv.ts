export const errorsSv = {
  notFound: {
    title: "Sidan finns inte",
    body: "Adressen kan vara felskriven, eller så har sidan flyttats.",
  },
  forbidden: {
    title: "Ingen behörighet",
    body: "Du har inte behörighet till den här sidan. Kontakta en administratör om du behöver den i ditt arbete.",
  },
  crash: {
    title: "Något gick fel",
    body: "Sidan kunde inte visas. Ladda om sidan och försök igen.",
    reload: "Ladda om sidan",
  },
  toStart: "Till startsidan",
};
