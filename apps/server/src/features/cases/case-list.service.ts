import type { Kysely } from "kysely";
import {
  type CaseState,
  computeDeadlines,
  deadlineFactsOf,
  stockholmDate,
} from "@kring/domain/cases";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";
import { whereaboutsVisible } from "../children/child-whereabouts";
import { INTAKE_ROLES, accessConditions, caseVisibleTo } from "./case-access";
import { deadlineRulesOf } from "./case-rules.repository";

/** The actor's cases, or (intake) the requests awaiting assessment, with the next deadline. */
export async function listCases(db: Kysely<Database>, actor: Actor, view: "mine" | "intake") {
  if (view === "intake" && !hasRole(actor, ...INTAKE_ROLES)) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const filter = view === "intake" ? accessConditions(actor).intakeQueue : caseVisibleTo(actor);
    const rows = await trx
      .selectFrom("cases as c")
      .innerJoin("child", "child.id", "c.child_id")
      .innerJoin("unit", "unit.id", "c.raised_by_unit_id")
      .select([
        "c.id",
        "c.child_id",
        "c.stage",
        "c.acute",
        "c.requested_at",
        "c.state",
        "c.child_id",
        "child.given_name",
        "child.family_name",
        "child.birth_date",
        "child.protected_identity",
        "unit.name as unit_name",
      ])
      .where("c.tenant_id", "=", actor.tenantId)
      .where(filter)
      .orderBy("c.acute", "desc")
      .orderBy("c.requested_at", "desc")
      .limit(500)
      .execute();
    const roles = rows.length
      ? await trx
          .selectFrom("case_member")
          .select(["case_id", "role"])
          .where("user_id", "=", actor.userId)
          .where("left_at", "is", null)
          .where(
            "case_id",
            "in",
            rows.map((r) => r.id),
          )
          .execute()
      : [];
    // The raising unit tells where a protected child goes to school (ADR 0016).
    const shown = await whereaboutsVisible(
      trx,
      actor,
      rows.map((r) => ({ id: r.child_id, protected_identity: r.protected_identity })),
    );
    const rules = await deadlineRulesOf(trx, actor.tenantId);
    const today = stockholmDate(new Date());
    // One entry per child shown, naming only that child's cases: an entry never names another
    // child's case in its details (ADR 0020).
    const casesOf = new Map<string, string[]>();
    for (const r of rows) casesOf.set(r.child_id, [...(casesOf.get(r.child_id) ?? []), r.id]);
    const entry = { action: `case.list_${view}`, entityType: "case" };
    if (casesOf.size === 0) await recordAudit(trx, actor, { ...entry, details: { caseIds: [] } });
    for (const [childId, caseIds] of casesOf)
      await recordAudit(trx, actor, { ...entry, childId, details: { caseIds } });
    return rows.map((r) => {
      const open = computeDeadlines(
        deadlineFactsOf(r.state as unknown as CaseState),
        rules,
        today,
      ).filter((d) => d.status !== "done");
      return {
        id: r.id,
        childName: `${r.given_name} ${r.family_name}`,
        childBirthDate: r.birth_date,
        stage: r.stage,
        acute: r.acute,
        requestedAt: r.requested_at.toISOString(),
        raisedByUnitName: shown.has(r.child_id) ? r.unit_name : null,
        nextDeadline: open[0]
          ? { kind: open[0].kind, dueDate: open[0].dueDate, doneOn: null, status: open[0].status }
          : null,
        myRoles: roles.filter((x) => x.case_id === r.id).map((x) => x.role),
      };
    });
  });
}
