import type { Kysely } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import type { NotificationKind } from "../../platform/db/tables/notifications";
import { familyMail, immediateMail } from "./mail-texts";
import { enqueueMail } from "./outbox";
import { emailOf, preferencesOf } from "./preferences";

export interface NewNotification {
  tenantId: string;
  userId: string;
  kind: NotificationKind;
  /** Names the event for this person; the same key notifies once, from any server. */
  dedupeKey: string;
  /** The web path it leads to, e.g. /cases/…; read there under that page's access rule. */
  link: string;
  dueDate?: string | null;
  /** Send an e-mail at once too (if the person wants them and has an address). */
  email: boolean;
}

/** Puts it in the person's bell and, when asked and wanted, in the outbox. True when new. */
export async function notify(
  db: Kysely<Database>,
  publicUrl: string,
  n: NewNotification,
): Promise<boolean> {
  const row = await db
    .insertInto("notification")
    .values({
      tenant_id: n.tenantId,
      user_id: n.userId,
      kind: n.kind,
      dedupe_key: n.dedupeKey,
      link: n.link,
      due_date: n.dueDate ?? null,
    })
    .onConflict((oc) => oc.columns(["user_id", "dedupe_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!row || !n.email) return row !== undefined;
  const prefs = await preferencesOf(db, n.userId);
  if (!prefs.emailEnabled || !prefs.immediateEnabled) return true;
  const to = await emailOf(db, n.userId);
  const user = await db
    .selectFrom("app_user")
    .select(["kind", "locale"])
    .where("id", "=", n.userId)
    .executeTakeFirstOrThrow();
  if (!to) return true;
  const url = `${publicUrl}${n.link}`;
  // A family gets the one e-mail that says nothing but that something is new (ADR 0032).
  const text =
    user.kind === "professional" && n.kind !== "family_news"
      ? immediateMail(n.kind, user.locale, url, n.dueDate ?? null)
      : familyMail(user.locale, `${publicUrl}/family`);
  await enqueueMail(db, {
    tenantId: n.tenantId,
    userId: n.userId,
    dedupeKey: `${n.userId}:${n.dedupeKey}`,
    to,
    ...text,
  });
  return true;
}

/** Someone as the access rules see them, for producers that read on their behalf. */
export async function actorOfUser(
  db: Kysely<Database>,
  userId: string,
): Promise<Actor | undefined> {
  const user = await db
    .selectFrom("app_user")
    .select(["id", "tenant_id", "kind", "display_name", "locale"])
    .where("id", "=", userId)
    .where("active", "=", true)
    .executeTakeFirst();
  if (!user) return undefined;
  const memberships = await db
    .selectFrom("membership")
    .select(["unit_id", "role"])
    .where("user_id", "=", user.id)
    .where("tenant_id", "=", user.tenant_id)
    .execute();
  return {
    tenantId: user.tenant_id,
    userId: user.id,
    kind: user.kind,
    displayName: user.display_name,
    locale: user.locale,
    memberships: memberships.map((m) => ({ unitId: m.unit_id, role: m.role })),
  };
}
