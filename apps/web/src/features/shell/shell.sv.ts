export const shellSv = {
  nav: {
    label: "Huvudmeny",
    items: {
      home: { label: "Start", description: "Dina enheter och roller." },
      admin: {
        label: "Administration",
        description: "Lägg till enheter och användare, och ge användare roller i enheter.",
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
