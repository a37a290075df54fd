import type { Generated } from "kysely";
import type { CreatedAt, JsonArray, Timestamp, UpdatedAt } from "../schema";

// Notifications and the e-mail outbox (migration 7000, ADR 0032).

export type NotificationKind =
  | "acute_request"
  | "same_day_notice"
  | "emergency_access"
  | "deadline_reminder"
  | "form_reminder"
  | "family_news";

export interface NotificationTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  kind: NotificationKind;
  dedupe_key: string;
  link: string;
  due_date: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface NotificationPreferenceTable {
  user_id: string;
  tenant_id: string;
  email_enabled: Generated<boolean>;
  immediate_enabled: Generated<boolean>;
  digest_enabled: Generated<boolean>;
  digest_hour: Generated<number>;
  reminder_days: Generated<number>;
  updated_at: UpdatedAt;
}

export interface MailOutboxTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string | null;
  dedupe_key: string;
  to_address: string;
  subject: string;
  body_text: string;
  attachments: JsonArray;
  status: Generated<"queued" | "sending" | "sent">;
  attempts: Generated<number>;
  next_attempt_at: UpdatedAt;
  claimed_by: string | null;
  claimed_at: Timestamp | null;
  sent_at: Timestamp | null;
  last_error: string | null;
  created_at: CreatedAt;
}

export interface NotificationsTables {
  notification: NotificationTable;
  notification_preference: NotificationPreferenceTable;
  mail_outbox: MailOutboxTable;
}
