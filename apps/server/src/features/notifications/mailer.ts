import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { SmtpSettings } from "./mail-settings";

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** One e-mail as the outbox holds it. */
export interface OutgoingMail {
  /** The outbox row's id: the Message-ID, so a receiver can tell a resent copy from a new one. */
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments: MailAttachment[];
}

/** Gives up on a server that does not answer, so a bad host fails in seconds, not minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

function smtpTransport(s: SmtpSettings) {
  return nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.security === "tls",
    requireTLS: s.security === "starttls",
    ignoreTLS: s.security === "none",
    ...(s.user ? { auth: { user: s.user, pass: s.password ?? "" } } : {}),
    ...TIMEOUTS,
  });
}

const messageId = (id: string, from: string) => `<${id}@${from.split("@")[1] ?? "kring"}>`;

/**
 * Sends one message: through the tenant's SMTP server, or, with none set (the demo), as an .eml
 * file in `mailDir`. Throws what the server answered when it refuses or cannot be reached.
 */
export async function deliver(
  mail: OutgoingMail,
  smtp: SmtpSettings | null,
  mailDir: string,
): Promise<"smtp" | "folder"> {
  const from = smtp?.from ?? "kring@localhost";
  const message = {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: messageId(mail.id, from),
    attachments: mail.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
  };
  if (!smtp) {
    const eml = await nodemailer
      .createTransport({ streamTransport: true, buffer: true, newline: "unix" })
      .sendMail(message);
    await fs.mkdir(mailDir, { recursive: true });
    await fs.writeFile(path.join(mailDir, `${mail.id}.eml`), eml.message as Buffer);
    return "folder";
  }
  const transport = smtpTransport(smtp);
  try {
    await transport.sendMail(message);
    return "smtp";
  } finally {
    transport.close();
  }
}

/**
 * What went wrong, in words an administrator can act on, without the message's content: the
 * server's reply (e.g. "550 5.7.1 Relaying denied") or the connection's error.
 */
export function describeMailError(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
  // The server's own words, after what they mean for the administrator: Kring keeps trying.
  if (e.responseCode && e.response)
    return `${
      e.responseCode >= 500
        ? "E-postservern vägrade ta emot meddelandet (kontrollera avsändaradressen och att Kring får skicka genom servern)"
        : "E-postservern kunde inte ta emot meddelandet just nu"
    }; Kring försöker igen. Serverns svar: SMTP ${e.response}`.slice(0, 500);
  const reasons: Record<string, string> = {
    ECONNREFUSED: "Servern tar inte emot anslutningar på den porten (ECONNREFUSED)",
    ENOTFOUND: "Servern finns inte (värdnamnet kunde inte slås upp, ENOTFOUND)",
    EAI_AGAIN: "Värdnamnet kunde inte slås upp just nu (EAI_AGAIN)",
    ETIMEDOUT: "Servern svarade inte i tid (ETIMEDOUT)",
    EAUTH: "Servern godtog inte användarnamn och lösenord (EAUTH)",
    ESOCKET: "Anslutningen bröts eller TLS misslyckades (ESOCKET)",
    ECONNECTION: "Anslutningen till servern misslyckades (ECONNECTION)",
  };
  const known = e.code ? reasons[e.code] : undefined;
  return (known ? `${known}: ${e.message ?? ""}` : (e.message ?? String(err))).slice(0, 500);
}
