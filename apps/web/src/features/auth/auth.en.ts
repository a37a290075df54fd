import type { Messages } from "../../platform/i18n/messages";
import type { authSv } from "./auth.sv";

export const authEn: Messages<typeof authSv> = {
  login: {
    title: "Log in",
    intro:
      "Kring is the tool for coordinated support around a child. Log in with your username and password.",
    username: "Username",
    password: "Password",
    submit: "Log in",
    sessionEnded: "You have been logged out. Log in again to continue.",
    hints: { username: "Enter your username.", password: "Enter your password." },
  },
  loggedOut: "You are logged out.",
};
