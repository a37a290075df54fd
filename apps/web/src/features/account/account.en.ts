import type { Messages } from "../../platform/i18n/messages";
import type { accountSv } from "./account.sv";

export const accountEn: Messages<typeof accountSv> = {
  page: { title: "My account" },
  steps: {
    second_factor: {
      title: "Two-step verification",
      intro: "Type the code your authenticator app shows right now, or one of your recovery codes.",
    },
    change_password: {
      title: "Choose a new password",
      intro:
        "An administrator has given you a temporary password. Choose your own before you go on.",
    },
    enrol_second_factor: {
      title: "Add two-step verification",
      intro:
        "Your account signs in with both your password and a code from an app on your phone. This holds for administrators, and for anyone whose app an administrator removed. Add the app before you go on.",
    },
    cancel: "Cancel and log out",
  },
  password: {
    title: "Change password",
    current: "Current password",
    new: "New password",
    rules:
      "At least 12 characters. Common passwords are refused, so is a word with digits after it. A few words in a row are easy to remember.",
    submit: "Change password",
    changed: "Your password is changed. You are logged out on other devices.",
    hints: {
      currentPassword: "Enter your current password.",
      newPassword: "The password needs at least 12 characters.",
    },
  },
  secondFactor: {
    title: "Two-step verification",
    intro:
      "With two-step verification you sign in with your password and a code from an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator).",
    start: "Add app",
    scan: "Scan the QR code with the app. If you cannot scan, type the key below into the app.",
    qrAlt: "QR code to scan with the authenticator app",
    secretLabel: "Key:",
    code: "Code from the app",
    codeHint: "Six digits, or a recovery code.",
    confirm: "Confirm",
    verify: "Continue",
    recoveryTitle: "Your recovery codes",
    recoveryIntro:
      "Keep the codes somewhere safe. Each can be used once if you do not have your phone. They are shown only now.",
    saved: "I have saved the codes",
    on: "Two-step verification is on.",
    enrolled: "Two-step verification is on.",
  },
};
