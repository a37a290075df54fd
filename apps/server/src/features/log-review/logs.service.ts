import { parsePersonalNumber } from "@kring/domain";
import { type Kysely, type SqlBool, type Transaction, sql } from "kysely";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { logEntries } from "./log-entries";
import { reviewPeriod } from "./review-period";
import { chainAudit } from "../../platform/audit/audit-chainer";

type Trx = Transaction<Database>;
/** Entries on screen; the CSV export holds up to EXPORT_LIMIT. */
export const SCREEN_LIMIT = 2000;
export const EXPORT_LIMIT = 200_000;

export const REVIEW_ROLES = ["log_reviewer", "administrator"];

const unknownChild = () =>
  new AppError(
    404,
    "unknown_person",
    "Det finns inget barn med det personnumret i kommunen. Kontrollera numret (12 siffror).",
    "There is no child with that personal identity number in the municipality. Check the number (12 digits).",
  );
const unknownUser = () =>
  new AppError(
    404,
    "unknown_person",
    "Det finns ingen användare med det användarnamnet i kommunen.",
    "There is no user with that username in the municipality.",
  );

async function childByNumber(trx: Trx, tenantId: string, personalNumber: string) {
  const parsed = parsePersonalNumber(personalNumber);
  if (!parsed) throw unknownChild();
  const child = await trx
    .selectFrom("child")
    .select(["id", "given_name", "family_name", "protected_identity"])
    .where("tenant_id", "=", tenantId)
    .where("personal_number", "=", parsed.value)
    .executeTakeFirst();
  if (!child) throw unknownChild();
  return child;
}

/** Everything done with one child's data in the period: who, when, what, on which basis. */
export async function childLog(
  db: Kysely<Database>,
  actor: Actor,
  input: { personalNumber: string; from: string; to: string },
  limit = SCREEN_LIMIT,
) {
  requireRole(actor, ...REVIEW_ROLES);
  const period = reviewPeriod(input);
  // Entries are named by their place in the chain: place what is still waiting (ADR 0043).
  await chainAudit(db, { tenantId: actor.tenantId });
  return db.transaction().execute(async (trx) => {
    const child = await childByNumber(trx, actor.tenantId, input.personalNumber);
    const { rows, truncated } = await logEntries(
      trx,
      actor.tenantId,
      period,
      sql<SqlBool>`e.child_id = ${child.id}`,
      limit,
    );
    // The review reads about the child: that is itself in the child's log.
    await recordAudit(trx, actor, {
      action: "log_review.child",
      entityType: "audit_log",
      childId: child.id,
      details: { from: input.from, to: input.to, entries: rows.length },
    });
    return {
      subject: {
        name: `${child.given_name} ${child.family_name}`,
        protectedIdentity: child.protected_identity,
      },
      entries: rows,
      truncated,
    };
  });
}

/** Everything one person did in the period, about any child or none. */
export async function userLog(
  db: Kysely<Database>,
  actor: Actor,
  input: { username: string; from: string; to: string },
  limit = SCREEN_LIMIT,
) {
  requireRole(actor, ...REVIEW_ROLES);
  const period = reviewPeriod(input);
  // Entries are named by their place in the chain: place what is still waiting (ADR 0043).
  await chainAudit(db, { tenantId: actor.tenantId });
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("app_user")
      .select(["id", "display_name"])
      .where("tenant_id", "=", actor.tenantId)
      .where(sql<SqlBool>`lower(username) = lower(${input.username.trim()})`)
      .executeTakeFirst();
    if (!user) throw unknownUser();
    const { rows, truncated } = await logEntries(
      trx,
      actor.tenantId,
      period,
      sql<SqlBool>`e.actor_user_id = ${user.id}`,
      limit,
    );
    // The answer names the children the person read about: one entry per child (ADR 0003).
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "log_review.user",
        entityType: "audit_log",
        entityId: user.id,
        details: { from: input.from, to: input.to, entries: rows.length },
      },
      rows.map((r) => r.childId),
    );
    return {
      subject: { name: user.display_name, protectedIdentity: false },
      entries: rows,
      truncated,
    };
  });
}
