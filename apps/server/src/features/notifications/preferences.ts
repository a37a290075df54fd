import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";

export interface Preferences {
  emailEnabled: boolean;
  immediateEnabled: boolean;
  digestEnabled: boolean;
  digestHour: number;
  reminderDays: number;
}

export const DEFAULT_PREFERENCES: Preferences = {
  emailEnabled: true,
  immediateEnabled: true,
  digestEnabled: true,
  digestHour: 7,
  reminderDays: 3,
};

/** A person's choices, the defaults where they made none. */
export async function preferencesOf(db: Kysely<Database>, userId: string): Promise<Preferences> {
  const row = await db
    .selectFrom("notification_preference")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return DEFAULT_PREFERENCES;
  return {
    emailEnabled: row.email_enabled,
    immediateEnabled: row.immediate_enabled,
    digestEnabled: row.digest_enabled,
    digestHour: row.digest_hour,
    reminderDays: row.reminder_days,
  };
}

/**
 * Where a person's e-mail goes: their account's address, or for a guardian the address in the
 * guardian register when the account has none.
 */
export async function emailOf(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("app_user as u")
    .leftJoin("guardian as g", "g.user_id", "u.id")
    .select(["u.email", "g.email as guardian_email"])
    .where("u.id", "=", userId)
    .where("u.active", "=", true)
    .executeTakeFirst();
  return row?.email ?? row?.guardian_email ?? null;
}
