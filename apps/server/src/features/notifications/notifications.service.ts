import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import type {
  NotificationPreferencesPatch,
  NotificationPreferencesResponse,
} from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { emailOf, preferencesOf } from "./preferences";

// The bell: a person reads and marks only their own notifications. They hold no personal data
// beyond ids in links (no names, no words), so reading them is not a read of a child's data;
// the page a link leads to checks and audits as always.

const SHOWN = 50;

export async function unreadCount(db: Kysely<Database>, actor: Actor) {
  const row = await db
    .selectFrom("notification")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", actor.userId)
    .where("tenant_id", "=", actor.tenantId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listNotifications(db: Kysely<Database>, actor: Actor) {
  const rows = await db
    .selectFrom("notification")
    .select(["id", "kind", "link", "due_date", "created_at", "read_at"])
    .where("user_id", "=", actor.userId)
    .where("tenant_id", "=", actor.tenantId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(SHOWN)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      link: r.link,
      dueDate: r.due_date,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
    })),
    unread: await unreadCount(db, actor),
  };
}

/** Marks the given notifications of mine read, or all of them; others' ids change nothing. */
export async function markRead(db: Kysely<Database>, actor: Actor, ids?: string[]) {
  let q = db
    .updateTable("notification")
    .set({ read_at: sql`now()` })
    .where("user_id", "=", actor.userId)
    .where("tenant_id", "=", actor.tenantId)
    .where("read_at", "is", null);
  if (ids) q = q.where("id", "in", ids);
  await q.execute();
  return { unread: await unreadCount(db, actor) };
}

type PreferencesOut = z.infer<typeof NotificationPreferencesResponse>;

export async function myPreferences(db: Kysely<Database>, actor: Actor): Promise<PreferencesOut> {
  return {
    kind: actor.kind,
    email: await emailOf(db, actor.userId),
    ...(await preferencesOf(db, actor.userId)),
  };
}

export async function updateMyPreferences(
  db: Kysely<Database>,
  actor: Actor,
  patch: z.infer<typeof NotificationPreferencesPatch>,
): Promise<PreferencesOut> {
  const { email, ...choices } = patch;
  await db.transaction().execute(async (trx) => {
    if (email !== undefined)
      await trx
        .updateTable("app_user")
        .set({ email })
        .where("id", "=", actor.userId)
        .where("tenant_id", "=", actor.tenantId)
        .execute();
    const current = await preferencesOf(trx, actor.userId);
    const next = { ...current, ...choices };
    const values = {
      email_enabled: next.emailEnabled,
      immediate_enabled: next.immediateEnabled,
      digest_enabled: next.digestEnabled,
      digest_hour: next.digestHour,
      reminder_days: next.reminderDays,
    };
    await trx
      .insertInto("notification_preference")
      .values({ user_id: actor.userId, tenant_id: actor.tenantId, ...values })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ ...values, updated_at: sql`now()` }))
      .execute();
    // What changed, never the address itself.
    await recordAudit(trx, actor, {
      action: "notification_preferences.update",
      entityType: "user",
      entityId: actor.userId,
      details: { fields: Object.keys(patch) },
    });
  });
  return myPreferences(db, actor);
}
