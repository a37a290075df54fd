import type { Transaction } from "kysely";
import { type HandoverKind, enrolmentChange } from "@kring/domain/plans";
import { addDays, stockholmDate } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";

type Trx = Transaction<Database>;

interface AcceptedHandover {
  tenantId: string;
  childId: string;
  kind: HandoverKind;
  fromUnitId: string;
  toUnitId: string;
}

/**
 * Makes the receiving unit the child's current unit when it is one the child attends, so that
 * its principal and mentors find the child and the sending school's lists no longer show them.
 * Past enrolments are closed with an end date, never deleted: the history stays intact.
 */
export async function moveEnrolment(trx: Trx, h: AcceptedHandover) {
  const units = await trx
    .selectFrom("unit")
    .select(["id", "kind"])
    .where("id", "in", [h.fromUnitId, h.toUnitId])
    .execute();
  const kindOf = (id: string) => units.find((u) => u.id === id)?.kind ?? "other";
  const change = enrolmentChange(kindOf(h.fromUnitId), kindOf(h.toUnitId));
  if (!change.enrolTo) return { enrolled: false };
  const today = stockholmDate(new Date());
  const current = (unitId: string) =>
    trx
      .selectFrom("child_unit")
      .select(["id", "school_year"])
      .where("tenant_id", "=", h.tenantId)
      .where("child_id", "=", h.childId)
      .where("unit_id", "=", unitId)
      .where((eb) => eb.or([eb("to_date", "is", null), eb("to_date", ">=", today)]))
      .executeTakeFirst();
  const from = await current(h.fromUnitId);
  if (change.endFrom && from)
    await trx
      .updateTable("child_unit")
      .set({ to_date: addDays(today, -1) })
      .where("id", "=", from.id)
      .execute();
  if (!(await current(h.toUnitId)))
    await trx
      .insertInto("child_unit")
      .values({
        tenant_id: h.tenantId,
        child_id: h.childId,
        unit_id: h.toUnitId,
        from_date: today,
        // A change of school keeps the school year; a new school stage starts its own count.
        school_year:
          h.kind === "unit_change" || h.kind === "move" ? (from?.school_year ?? null) : null,
      })
      .execute();
  return { enrolled: true };
}
