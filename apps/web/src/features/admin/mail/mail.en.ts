import type { mailAdminSv } from "./mail.sv";

export const mailAdminEn: typeof mailAdminSv = {
  intro:
    "Kring sends e-mail through the municipality's mail server (SMTP): notifications, reminders and digests. The e-mails never say whom they are about. What cannot be sent stays queued and goes when the server answers.",
  noServerTitle: "No mail server is set",
  noServer:
    "E-mails are written to a folder on the server (DATA_DIR/outbox-mail) instead of being sent. Fill in the server below to send for real.",
  state: "{{queued}} messages wait to be sent. {{sent}} sent in the last day.",
  failingTitle_one: "{{count}} message could not be sent",
  failingTitle_other: "{{count}} messages could not be sent",
  failing:
    "They stay queued and are sent automatically when the server takes them. The server last answered:",
  retry: "Try sending again now",
  server: "Mail server",
  host: "Server (host name)",
  hostHelp: "For example smtp.municipality.se. Leave empty to write e-mails to a folder (demo).",
  port: "Port",
  portHelp: "Usually 587 (STARTTLS) or 465 (TLS).",
  security: "Encryption",
  securities: {
    starttls: "STARTTLS (required)",
    tls: "TLS from the start",
    none: "None (testing only)",
  },
  user: "User name",
  password: "Password",
  passwordSet: "A password is saved. Fill in a new one only to change it.",
  passwordNone: "No password is saved.",
  from: "Sender address",
  save: "Save",
  saved: "The e-mail settings are saved.",
  test: "Send a test message",
  testTo: "To",
  sendTest: "Send test message",
  testSent: "The test message is sent. The server accepted it.",
  testFolder: "No server is set: the test message was written to the folder on the server.",
  testFailed: "The test message could not be sent",
};
