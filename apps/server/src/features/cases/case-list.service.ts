import type { Kysely } from "kysely";
import {
  type CaseState,
  computeDeadlines,
  deadlineFactsOf,
  stockholmDate,
} from "@kring/domain/cases";
import { CaseListQuery } from "@kring/contracts";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";
import { whereaboutsVisible } from "../children/child-whereabouts";
import { INTAKE_ROLES, accessConditions, caseVisibleTo } from "./case-access";
import { deadlineRulesOf } from "./case-rules.repository";
import { ORDER, after, decodeCursor, encodeCursor, positionAt } from "./case-list-page";

/**
 * One page of the actor's cases, or (intake) of the requests awaiting assessment, with the next
 * deadline. The access rule is the one filter (case-access.ts); the page is a keyset on the
 * sort's keys (case-list-page.ts), so a page costs the same wherever in the list it is.
 */
export async function listCases(
  db: Kysely<Database>,
  actor: Actor,
  view: "mine" | "intake",
  query: CaseListQuery = CaseListQuery.parse({}),
) {
  if (view === "intake" && !hasRole(actor, ...INTAKE_ROLES)) throw forbidden();
  const from = query.cursor ? decodeCursor(query.cursor, query.sort) : null;
  return db.transaction().execute(async (trx) => {
    const filter = view === "intake" ? accessConditions(actor).intakeQueue : caseVisibleTo(actor);
    const base = trx
      .selectFrom("cases as c")
      .innerJoin("child", "child.id", "c.child_id")
      .innerJoin("unit", "unit.id", "c.raised_by_unit_id")
      .where("c.tenant_id", "=", actor.tenantId)
      .where(filter)
      .$if(!!query.stage, (q) => q.where("c.stage", "=", query.stage!))
      .$if(!!query.area, (q) => q.where("unit.area_id", "=", query.area!))
      .$if(!!query.acute, (q) => q.where("c.acute", "=", query.acute === "true"));
    let page = base
      .select([
        "c.id",
        "c.child_id",
        "c.stage",
        "c.acute",
        "c.requested_at",
        positionAt.as("position_at"),
        "c.state",
        "child.given_name",
        "child.family_name",
        "child.birth_date",
        "child.protected_identity",
        "unit.name as unit_name",
      ])
      .$if(!!from, (q) => q.where(after(from!)))
      // One more than the page: whether there is a next page, without counting.
      .limit(query.limit + 1);
    for (const o of ORDER[query.sort]) page = page.orderBy(o.column, o.desc ? "desc" : "asc");
    const fetched = await page.execute();
    const rows = fetched.slice(0, query.limit);
    const last = rows.at(-1);
    const nextCursor =
      fetched.length > query.limit && last
        ? encodeCursor({ sort: query.sort, acute: last.acute, at: last.position_at, id: last.id })
        : null;
    const { total } = await base
      .select((eb) => eb.fn.countAll<string>().as("total"))
      .executeTakeFirstOrThrow();
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
    const cases = rows.map((r) => {
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
    return { cases, total: Number(total), nextCursor };
  });
}
