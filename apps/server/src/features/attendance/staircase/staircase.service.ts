import type { Kysely } from "kysely";
import {
  DANDERYD_STAIRCASE,
  ESKILSTUNA_STAIRCASE,
  type Staircase,
  validateStaircase,
} from "@kring/domain/attendance";
import { stockholmDate } from "@kring/domain/cases";
import { type Actor, requireRole } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { AppError, badRequest } from "../../../platform/http/errors";
import { evaluateAttendance } from "../evaluation/evaluation.service";
import { previewCounts } from "./staircase-preview";

export const STAIRCASE_PRESETS: readonly Staircase[] = [DANDERYD_STAIRCASE, ESKILSTUNA_STAIRCASE];

/** A staircase from an administrator, checked by the domain's rules; every issue is returned. */
function checked(input: unknown): Staircase {
  const result = validateStaircase(input);
  if (result.ok) return result.staircase;
  throw new AppError(
    422,
    "invalid_staircase",
    "Närvarotrappan är inte giltig. Se fälten som är markerade.",
    "The staircase is not valid. See the marked fields.",
    { issues: result.issues },
  );
}

async function requireSchool(db: Kysely<Database>, tenantId: string, unitId: string | null) {
  if (unitId === null) return;
  const unit = await db
    .selectFrom("unit")
    .select("kind")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", unitId)
    .executeTakeFirst();
  if (unit?.kind !== "school") {
    throw badRequest("not_a_school", "Enheten är ingen skola.", "The unit is not a school.");
  }
}

export async function listStaircases(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "administrator");
  const rows = await db
    .selectFrom("attendance_staircase as s")
    .leftJoin("unit as u", "u.id", "s.unit_id")
    .select(["s.unit_id", "u.name as unit_name", "s.staircase", "s.version", "s.updated_at"])
    .where("s.tenant_id", "=", actor.tenantId)
    .orderBy("u.name", "asc")
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    unitName: r.unit_name,
    staircase: r.staircase as unknown as Staircase,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  }));
}

/** Saves the tenant's (unitId null) or a school's staircase and evaluates every pupil again. */
export async function saveStaircase(
  db: Kysely<Database>,
  actor: Actor,
  input: { unitId: string | null; staircase: unknown },
) {
  requireRole(actor, "administrator");
  const staircase = checked(input.staircase);
  await requireSchool(db, actor.tenantId, input.unitId);
  const version = await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("attendance_staircase")
      .select(["id", "version"])
      .where("tenant_id", "=", actor.tenantId)
      .where((eb) =>
        input.unitId === null ? eb("unit_id", "is", null) : eb("unit_id", "=", input.unitId),
      )
      .forUpdate()
      .executeTakeFirst();
    const values = { staircase: JSON.stringify(staircase), updated_by: actor.userId };
    const saved = existing
      ? await trx
          .updateTable("attendance_staircase")
          .set({ ...values, version: existing.version + 1, updated_at: new Date() })
          .where("id", "=", existing.id)
          .returning("version")
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto("attendance_staircase")
          .values({ ...values, tenant_id: actor.tenantId, unit_id: input.unitId })
          .returning("version")
          .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "attendance.staircase_save",
      entityType: "attendance_staircase",
      entityId: input.unitId,
      details: { version: saved.version, steps: staircase.steps.length, name: staircase.name },
    });
    return saved.version;
  });
  // A new version makes every pupil's stored place stale: evaluate the whole term again.
  const evaluation = await evaluateAttendance(db, actor, { mode: "full" });
  return { version, evaluation };
}

/** How pupils would stand under a draft staircase, next to where they stand now. */
export async function previewStaircase(
  db: Kysely<Database>,
  actor: Actor,
  input: { unitId: string | null; staircase: unknown },
) {
  requireRole(actor, "administrator");
  const staircase = checked(input.staircase);
  await requireSchool(db, actor.tenantId, input.unitId);
  const counts = await previewCounts(
    db,
    actor.tenantId,
    input.unitId,
    staircase,
    stockholmDate(new Date()),
  );
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: "attendance.staircase_preview",
      entityType: "attendance_staircase",
      entityId: input.unitId,
      details: { pupils: counts.pupils },
    }),
  );
  return counts;
}
