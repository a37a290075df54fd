import { type Kysely, sql } from "kysely";
import { PROCESS_NAME } from "../../platform/background/claim";
import type { Database } from "../../platform/db/schema";
import { smtpSettingsOf } from "./mail-settings";
import { type MailAttachment, deliver, describeMailError } from "./mailer";

// The e-mail outbox (ADR 0032). Every e-mail is a row first; the job claims due rows with
// FOR UPDATE SKIP LOCKED in a short transaction of its own, sends each outside any transaction,
// and marks it sent or queued again with a later attempt. So two servers never take the same row,
// a slow SMTP server holds no lock, and a refusal loses nothing.

export interface QueuedMail {
  tenantId: string;
  userId: string | null;
  /** Names what caused it: the same key is queued once per tenant, however often it is asked. */
  dedupeKey: string;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** Queues an e-mail; false when one with the same key already was. */
export async function enqueueMail(db: Kysely<Database>, mail: QueuedMail): Promise<boolean> {
  const row = await db
    .insertInto("mail_outbox")
    .values({
      tenant_id: mail.tenantId,
      user_id: mail.userId,
      dedupe_key: mail.dedupeKey,
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      attachments: JSON.stringify(mail.attachments ?? []),
    })
    .onConflict((oc) => oc.columns(["tenant_id", "dedupe_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Waits before the next attempt: 1, 2, 4 … minutes, at most an hour; it never gives up. */
export const backoffSeconds = (attempts: number) => Math.min(60 * 2 ** (attempts - 1), 3600);

/**
 * A row left "sending" this long by a server that died mid-send is queued again. It may have
 * gone out just before: the copy carries the same Message-ID (ADR 0032).
 */
const SENDING_LEASE_SECONDS = 10 * 60;

type Claimed = {
  id: string;
  tenant_id: string;
  to_address: string;
  subject: string;
  body_text: string;
  attachments: unknown[];
  attempts: number;
};

/** Takes up to `limit` due messages for this process; no other process gets them. */
export async function claimDue(db: Kysely<Database>, limit: number): Promise<Claimed[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom("mail_outbox")
      .select("id")
      .where((eb) =>
        eb.or([
          eb.and([eb("status", "=", "queued"), eb("next_attempt_at", "<=", sql<Date>`now()`)]),
          eb.and([
            eb("status", "=", "sending"),
            eb(
              "claimed_at",
              "<",
              sql<Date>`now() - make_interval(secs => ${SENDING_LEASE_SECONDS})`,
            ),
          ]),
        ]),
      )
      .orderBy("next_attempt_at")
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return trx
      .updateTable("mail_outbox")
      .set({
        status: "sending",
        claimed_by: PROCESS_NAME,
        claimed_at: sql`now()`,
        attempts: sql`attempts + 1`,
      })
      .where(
        "id",
        "in",
        due.map((d) => d.id),
      )
      .returning([
        "id",
        "tenant_id",
        "to_address",
        "subject",
        "body_text",
        "attachments",
        "attempts",
      ])
      .execute();
  });
}

export interface OutboxRun {
  sent: number;
  failed: number;
}

/**
 * Sends what is due, a batch at a time, until nothing is. `log` gets ids and error codes only:
 * an address or an SMTP reply may name a person.
 */
export async function workOutbox(
  db: Kysely<Database>,
  mailDir: string,
  log?: { warn(obj: object, msg: string): void },
  batch = 20,
): Promise<OutboxRun> {
  const run = { sent: 0, failed: 0 };
  for (;;) {
    const claimed = await claimDue(db, batch);
    if (claimed.length === 0) return run;
    const settings = new Map<string, Awaited<ReturnType<typeof smtpSettingsOf>>>();
    for (const m of claimed) {
      if (!settings.has(m.tenant_id))
        settings.set(m.tenant_id, await smtpSettingsOf(db, m.tenant_id));
      try {
        await deliver(
          {
            id: m.id,
            to: m.to_address,
            subject: m.subject,
            text: m.body_text,
            attachments: m.attachments as MailAttachment[],
          },
          settings.get(m.tenant_id) ?? null,
          mailDir,
        );
        await db
          .updateTable("mail_outbox")
          .set({ status: "sent", sent_at: sql`now()`, last_error: null })
          .where("id", "=", m.id)
          .execute();
        run.sent++;
      } catch (err) {
        run.failed++;
        const code = (err as { code?: string; responseCode?: number }) ?? {};
        log?.warn(
          { outboxId: m.id, attempts: m.attempts, code: code.code, smtp: code.responseCode },
          "e-mail not sent; queued again",
        );
        await db
          .updateTable("mail_outbox")
          .set({
            status: "queued",
            last_error: describeMailError(err),
            next_attempt_at: sql`now() + make_interval(secs => ${backoffSeconds(m.attempts)})`,
          })
          .where("id", "=", m.id)
          .execute();
      }
    }
    // A failing server is tried again at the next look, not in this loop.
    if (run.failed > 0) return run;
  }
}
