import { z } from "zod";
import { Email, FreeText, Int, RawText, Text, atLeastOneField } from "./input";

// Notifications (issue 19.4, ADR 0032): the bell, a person's e-mail choices, the SMTP server.

export const NotificationKind = z.enum([
  "acute_request",
  "same_day_notice",
  "emergency_access",
  "deadline_reminder",
  "form_reminder",
  "family_news",
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** One thing new for me: no names, the web words the kind and the link leads to the page. */
export const Notification = z.object({
  id: z.uuid(),
  kind: NotificationKind,
  link: z.string(),
  dueDate: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const NotificationsResponse = z.object({
  items: z.array(Notification),
  unread: z.number().int(),
});
export const UnreadCountResponse = z.object({ unread: z.number().int() });
export const MarkReadBody = z.object({
  /** The notifications to mark read; absent: all of mine. */
  ids: z.array(z.uuid()).min(1).max(500).optional(),
});

export const NotificationPreferences = z.object({
  email: Email.nullable(),
  emailEnabled: z.boolean(),
  immediateEnabled: z.boolean(),
  digestEnabled: z.boolean(),
  digestHour: Int(0, 23),
  reminderDays: Int(0, 30),
});
export const NotificationPreferencesResponse = NotificationPreferences.extend({
  /** Families get no digest: their e-mails only say that something is new. */
  kind: z.enum(["professional", "guardian", "child"]),
});
export const NotificationPreferencesPatch = atLeastOneField(
  z.object({
    email: z
      .union([Email, z.literal("").transform(() => null)])
      .nullable()
      .optional(),
    emailEnabled: z.boolean().optional(),
    immediateEnabled: z.boolean().optional(),
    digestEnabled: z.boolean().optional(),
    digestHour: Int(0, 23).optional(),
    reminderDays: Int(0, 30).optional(),
  }),
);

export const SmtpSecurity = z.enum(["tls", "starttls", "none"]);
/** Host names as written in DNS or an address; nothing that could break a URL or a header. */
const Host = Text(253).regex(/^[A-Za-z0-9.:[\]-]+$/, "a host name or an address");

export const MailSettingsResponse = z.object({
  /** Null: no SMTP server, e-mails are written to a folder (demo). */
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  security: SmtpSecurity.nullable(),
  user: z.string().nullable(),
  passwordSet: z.boolean(),
  from: z.string().nullable(),
  outbox: z.object({
    queued: z.number().int(),
    failing: z.number().int(),
    sentToday: z.number().int(),
    /** The latest refusal or connection error of a message still queued, for the administrator. */
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
  }),
});
export const MailSettingsBody = z.object({
  host: Host.nullable(),
  port: Int(1, 65535).nullable(),
  security: SmtpSecurity.nullable(),
  user: FreeText(254).nullable(),
  /** Absent: keep the stored password; "": remove it. */
  password: RawText(500).optional(),
  from: Email.nullable(),
});
export const MailTestBody = z.object({ to: Email });
export const MailTestResponse = z.object({
  ok: z.boolean(),
  /** Where it went: the SMTP server, or the demo folder when none is set. */
  via: z.enum(["smtp", "folder"]),
  error: z.string().nullable(),
});
