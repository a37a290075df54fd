import type { Messages } from "../../platform/i18n/messages";
import type { shellSv } from "./shell.sv";

export const shellEn: Messages<typeof shellSv> = {
  nav: {
    label: "Main menu",
    items: {
      home: { label: "Home", description: "Your units and roles." },
      admin: {
        label: "Administration",
        description: "Add units and users, and give users roles in units.",
      },
    },
  },
  header: {
    openMenu: "Open the menu",
    closeMenu: "Close the menu",
    account: "Your account",
    logout: "Log out",
  },
};
