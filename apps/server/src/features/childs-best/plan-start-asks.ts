import { type Kysely, type Transaction, sql } from "kysely";
import type { z } from "zod";
import type { PlanStartAskInput, WorklistItem } from "@kring/contracts";
import { type Actor, NON_CARE_ROLES } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, conflict, notFound } from "../../platform/http/errors";
import { canSeeChild } from "../children/children.policy";
import { unitOptions } from "./child-units";
import { leadAreas } from "./lead-scope";
import { stockholmDate } from "@kring/domain/cases";

/**
 * The lead asks a unit to start the child's plan with the family (Kronoberg: the lead "ska vara
 * ytterst ansvarig för att en barnets plan upprättas vid behov"). Only for a child the lead may
 * see, and only a unit around the child. It waits in that unit's worklist until the unit raises
 * a request for the child.
 */
export async function askToStartPlan(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof PlanStartAskInput>,
) {
  return db.transaction().execute(async (trx) => {
    await leadAreas(trx, actor);
    if (!(await canSeeChild(trx, actor, input.childId))) throw notFound("child");
    const options = await unitOptions(trx, actor.tenantId, input.childId);
    if (!options.some((u) => u.id === input.unitId))
      throw badRequest(
        "unit_not_around_child",
        "Enheten finns inte runt barnet. Välj barnets skola, förskola eller en enhet som redan är med.",
        "The unit is not around the child. Choose the child's school, preschool or a unit already involved.",
      );
    const waiting = await trx
      .selectFrom("plan_start_ask")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", input.childId)
      .where("unit_id", "=", input.unitId)
      .where("done_at", "is", null)
      .executeTakeFirst();
    if (waiting)
      throw conflict(
        "Enheten har redan fått en fråga om att starta en plan för barnet.",
        "The unit has already been asked to start a plan for the child.",
      );
    const row = await trx
      .insertInto("plan_start_ask")
      .values({
        tenant_id: actor.tenantId,
        child_id: input.childId,
        unit_id: input.unitId,
        asked_by: actor.userId,
        note: input.note,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "childs_best.ask_plan",
      entityType: "plan_start_ask",
      entityId: row.id,
      childId: input.childId,
      details: { unitId: input.unitId },
    });
    return row.id;
  });
}

/**
 * The asks waiting in the actor's units: on the unit's principal, and in a unit without one
 * (child health care, a leisure centre) on everyone who works there with children.
 */
export async function planStartAskItems(
  trx: Transaction<Database>,
  actor: Actor,
): Promise<WorklistItem[]> {
  const care = actor.memberships.filter((m) => !NON_CARE_ROLES.includes(m.role));
  if (care.length === 0) return [];
  const principalUnits = care.filter((m) => m.role === "principal").map((m) => m.unitId);
  const units = [...new Set(care.map((m) => m.unitId))];
  const rows = await trx
    .selectFrom("plan_start_ask as a")
    .innerJoin("child as ch", "ch.id", "a.child_id")
    .innerJoin("app_user as by", "by.id", "a.asked_by")
    .select([
      "a.id",
      "a.child_id",
      "a.asked_at",
      "ch.given_name",
      "ch.family_name",
      "by.display_name",
    ])
    .where("a.tenant_id", "=", actor.tenantId)
    .where("a.done_at", "is", null)
    .where("a.unit_id", "in", units)
    .where((eb) =>
      eb.or([
        ...(principalUnits.length ? [eb("a.unit_id", "in", principalUnits)] : []),
        sql<boolean>`not exists (select 1 from membership pm where pm.tenant_id = a.tenant_id and pm.unit_id = a.unit_id and pm.role = 'principal')`,
      ]),
    )
    .orderBy("a.asked_at")
    .execute();
  return rows.map((r) => ({
    kind: "plan_start_ask" as const,
    caseId: null,
    childId: r.child_id,
    taskId: r.id,
    childName: `${r.given_name} ${r.family_name}`,
    title: `Starta en barnets plan (${r.display_name}, Barnets bästa)`,
    titleEn: `Start a child's plan (${r.display_name}, child's-best lead)`,
    dueDate: stockholmDate(r.asked_at),
    status: "upcoming" as const,
  }));
}

/** A request raised by the unit for the child answers the unit's asks (cases.service.ts). */
export async function answerPlanStartAsks(
  trx: Transaction<Database>,
  actor: Actor,
  childId: string,
  unitId: string,
) {
  await trx
    .updateTable("plan_start_ask")
    .set({ done_at: new Date(), done_by: actor.userId })
    .where("tenant_id", "=", actor.tenantId)
    .where("child_id", "=", childId)
    .where("unit_id", "=", unitId)
    .where("done_at", "is", null)
    .execute();
}
