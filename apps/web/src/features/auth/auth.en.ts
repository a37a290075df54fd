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
  providers: {
    staff: "Log in with {{name}}",
    family: "Log in with e-ID",
    familyHint: "Guardians and children log in with BankID or Freja eID.",
    or: "or with username and password",
  },
  refused: {
    title: "You could not be logged in",
    unknown_person:
      "You signed in, but Kring does not recognise you. You may not yet be registered as a guardian or an employee here.",
    inactive_account: "Your account in Kring is disabled.",
    provider_disabled: "This way of logging in is not switched on.",
    provider_unreachable: "The identity provider does not answer right now. Try again shortly.",
    no_key: "The identity provider did not send what is needed to recognise you.",
    failed: "The login was cancelled or could not be verified. Try again.",
    expired: "The login took too long or was started in another browser. Try again.",
    // Why a SAML answer was refused (`&saml=<reason>`, features/sign-in/saml/saml-response.ts).
    saml: {
      signature:
        "The sign-in was not accepted: the identity provider's answer was not signed with its certificate.",
      expired: "The sign-in has expired or is not valid yet. Start again from the sign-in page.",
      audience: "The sign-in was not accepted: the answer was not meant for Kring.",
      destination: "The sign-in was not accepted: the answer was sent to another address.",
      unsolicited:
        "The sign-in was not accepted: it was not started from Kring. Start again from the sign-in page.",
      replayed:
        "The sign-in has already been used or took too long. Start again from the sign-in page.",
      cancelled: "The sign-in was cancelled at the identity provider.",
      invalid: "The identity provider's sign-in answer could not be read.",
    },
    contact: "Contact",
    back: "Back to login",
  },
};
