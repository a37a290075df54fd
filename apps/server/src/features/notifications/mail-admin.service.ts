import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import type { MailSettingsBody, MailSettingsResponse } from "@kring/contracts";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { smtpSettingsOf } from "./mail-settings";
import { deliver, describeMailError } from "./mailer";
import { testMail } from "./mail-texts";

// The administrator's side of e-mail: the tenant's SMTP server, the state of the outbox (what is
// waiting and why the server refused it) and a test message sent at once, so a wrong setting is
// found while the administrator is still on the page.

/** A message that has failed this often shows as failing: something needs the administrator. */
const FAILING_AFTER = 2;

export async function mailSettings(
  db: Kysely<Database>,
  actor: Actor,
): Promise<z.infer<typeof MailSettingsResponse>> {
  requireRole(actor, "administrator");
  const s = await db
    .selectFrom("tenant_settings")
    .select(["smtp_host", "smtp_port", "smtp_security", "smtp_user", "smtp_password", "mail_from"])
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirst();
  const counts = await db
    .selectFrom("mail_outbox")
    .select([
      sql<number>`count(*) filter (where status <> 'sent')`.as("queued"),
      sql<number>`count(*) filter (where status <> 'sent' and attempts >= ${FAILING_AFTER})`.as(
        "failing",
      ),
      sql<number>`count(*) filter (where status = 'sent' and sent_at > now() - interval '1 day')`.as(
        "sent_today",
      ),
    ])
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom("mail_outbox")
    .select(["last_error", "claimed_at"])
    .where("tenant_id", "=", actor.tenantId)
    .where("status", "<>", "sent")
    .where("last_error", "is not", null)
    .orderBy("claimed_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return {
    host: s?.smtp_host ?? null,
    port: s?.smtp_port ?? null,
    security: s?.smtp_security ?? null,
    user: s?.smtp_user ?? null,
    passwordSet: !!s?.smtp_password,
    from: s?.mail_from ?? null,
    outbox: {
      queued: Number(counts.queued),
      failing: Number(counts.failing),
      sentToday: Number(counts.sent_today),
      lastError: last?.last_error ?? null,
      lastErrorAt: last?.claimed_at?.toISOString() ?? null,
    },
  };
}

export async function updateMailSettings(
  db: Kysely<Database>,
  actor: Actor,
  body: z.infer<typeof MailSettingsBody>,
) {
  requireRole(actor, "administrator");
  const values = {
    smtp_host: body.host,
    smtp_port: body.port,
    smtp_security: body.security,
    smtp_user: body.user || null,
    mail_from: body.from,
    ...(body.password !== undefined ? { smtp_password: body.password || null } : {}),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("tenant_settings")
      .values({ tenant_id: actor.tenantId, deadline_rules: "{}", ...values })
      .onConflict((oc) => oc.column("tenant_id").doUpdateSet(values))
      .execute();
    // The new settings apply to what waits: try it at once rather than after the backoff.
    await trx
      .updateTable("mail_outbox")
      .set({ next_attempt_at: sql`now()` })
      .where("tenant_id", "=", actor.tenantId)
      .where("status", "=", "queued")
      .execute();
    await recordAudit(trx, actor, {
      action: "mail_settings.update",
      entityType: "tenant",
      entityId: actor.tenantId,
      details: { host: body.host, passwordChanged: body.password !== undefined },
    });
  });
  return mailSettings(db, actor);
}

/** Everything waiting is tried at the next look. */
export async function retryQueuedMail(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "administrator");
  await db
    .updateTable("mail_outbox")
    .set({ next_attempt_at: sql`now()` })
    .where("tenant_id", "=", actor.tenantId)
    .where("status", "=", "queued")
    .execute();
  return mailSettings(db, actor);
}

/** Sends a test message now, outside the outbox, and says what the server answered. */
export async function sendTestMail(
  db: Kysely<Database>,
  actor: Actor,
  to: string,
  mailDir: string,
) {
  requireRole(actor, "administrator");
  const smtp = await smtpSettingsOf(db, actor.tenantId);
  const via = smtp ? ("smtp" as const) : ("folder" as const);
  let error: string | null = null;
  try {
    await deliver(
      { id: crypto.randomUUID(), to, attachments: [], ...testMail(actor.locale) },
      smtp,
      mailDir,
    );
  } catch (err) {
    error = describeMailError(err);
  }
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: "mail_settings.test",
      entityType: "tenant",
      entityId: actor.tenantId,
      details: { via, ok: error === null },
    }),
  );
  return { ok: error === null, via, error };
}
