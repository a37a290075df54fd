import { type Kysely, type Transaction, sql } from "kysely";
import type { ChildsBestOverview } from "@kring/contracts";
import { HANDOVER_KIND_LABELS } from "@kring/domain/plans";
import { addDays, stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { caseVisibleTo } from "../cases/case-access";
import { visibleChildIds } from "../children/children.policy";
import { involvedUnitsSql, unitOptionsByChild } from "./child-units";
import { type LeadArea, bornAfter, leadAreas } from "./lead-scope";

/** Kronoberg's trigger: a plan is needed when several actors are around the child. */
export const SEVERAL_UNITS = 2;
const PLAN_DUE_DAYS = 14;
const SCHOOL_STAGE_HANDOVERS = ["preschool_to_school", "school_to_upper_secondary"];

type ChildRow = { id: string; given_name: string; family_name: string; birth_date: string };
const nameOf = (r: Pick<ChildRow, "given_name" | "family_name">) =>
  `${r.given_name} ${r.family_name}`;
const day = (d: Date | string) => (typeof d === "string" ? d : d.toISOString().slice(0, 10));

/** A child 0-18 of the area: enrolled now at one of its units (from BVC to upper secondary). */
const inArea = (area: LeadArea, today: string) => sql<boolean>`(ch.birth_date > ${bornAfter(today)}
  and exists (select 1 from child_unit cu join unit au on au.id = cu.unit_id
    where cu.child_id = ch.id and au.area_id = ${area.id}
      and (cu.to_date is null or cu.to_date >= ${today})))`;

/**
 * The lead's overview per area (ADR 0041): names only of the children the lead may see by the
 * access rules (ADR 0016: their own units' children, their networks' children); the rest counted.
 */
export async function childsBestOverview(
  db: Kysely<Database>,
  actor: Actor,
  areaId?: string,
): Promise<ChildsBestOverview> {
  return db.transaction().execute(async (trx) => {
    const today = stockholmDate(new Date());
    const named: string[] = [];
    // The open asks are the tenant's, the same for every area: read once.
    const asks = await trx
      .selectFrom("plan_start_ask as a")
      .innerJoin("unit as u", "u.id", "a.unit_id")
      .select(["a.child_id", "u.name"])
      .where("a.tenant_id", "=", actor.tenantId)
      .where("a.done_at", "is", null)
      .execute();
    const areas = [];
    for (const area of await leadAreas(trx, actor, areaId))
      areas.push(await areaOverview(trx, actor, area, today, asks, named));
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "childs_best.overview",
        entityType: "childs_best",
        details: { areas: areas.length },
      },
      named,
    );
    return { areas };
  });
}

async function areaOverview(
  trx: Transaction<Database>,
  actor: Actor,
  area: LeadArea,
  today: string,
  asks: { child_id: string; name: string }[],
  named: string[],
) {
  const t = actor.tenantId;
  const several = await sql<
    ChildRow & { n: number; early: boolean; request: boolean; protected_identity: boolean }
  >`
    select ch.id, ch.given_name, ch.family_name, ch.birth_date::text as birth_date, ch.protected_identity,
      i.n::int as n,
      exists (select 1 from early_support_contact e where e.child_id = ch.id and e.status = 'open') as early,
      exists (select 1 from cases c where c.child_id = ch.id and c.stage not in ('closed', 'declined')) as request
    from child ch
    join (select child_id, count(distinct unit_id) as n from (${involvedUnitsSql(t)}) x group by child_id) i
      on i.child_id = ch.id
    where ch.tenant_id = ${t} and i.n >= ${SEVERAL_UNITS} and ${inArea(area, today)}
      and not exists (select 1 from plan p join plan_version v on v.plan_id = p.id
        join cases c on c.id = p.case_id
        where p.child_id = ch.id and c.stage not in ('closed', 'declined'))
    order by ch.family_name, ch.given_name`.execute(trx);
  const due = await sql<ChildRow & { case_id: string; due: string; case_visible: boolean }>`
    select c.id as case_id, ch.id, ch.given_name, ch.family_name, min(a.follow_up_date)::text as due,
      ${caseVisibleTo(actor)} as case_visible
    from plan_action a join plan p on p.id = a.plan_id join cases c on c.id = p.case_id
    join child ch on ch.id = c.child_id
    where a.tenant_id = ${t} and a.in_current_version and a.status in ('planned', 'in_progress')
      and a.follow_up_date <= ${addDays(today, PLAN_DUE_DAYS)} and c.stage not in ('closed', 'declined')
      and ${inArea(area, today)}
    group by c.id, ch.id, ch.given_name, ch.family_name order by due`.execute(trx);
  const handovers = await sql<ChildRow & { kind: string; to_unit: string; proposed_at: Date }>`
    select ch.id, ch.given_name, ch.family_name, h.kind, tu.name as to_unit, h.proposed_at
    from plan_handover h join plan p on p.id = h.plan_id join child ch on ch.id = p.child_id
    join unit tu on tu.id = h.to_unit_id
    where h.tenant_id = ${t} and h.status = 'proposed'
      and h.kind in (${sql.join(SCHOOL_STAGE_HANDOVERS)})
      and (${inArea(area, today)} or tu.area_id = ${area.id})
    order by h.proposed_at`.execute(trx);
  // Which of the listed children the lead may see by name: one check for the whole area.
  const sees = await visibleChildIds(trx, actor, [
    ...several.rows.map((r) => r.id),
    ...due.rows.map((r) => r.id),
    ...handovers.rows.map((r) => r.id),
  ]);
  named.push(...sees);
  const severalSeen = several.rows.filter((r) => sees.has(r.id));
  // A protected child's units would tell where the child is (ADR 0016): no choice offered.
  const units = await unitOptionsByChild(
    trx,
    t,
    severalSeen.filter((r) => !r.protected_identity).map((r) => r.id),
  );
  const severalNamed = severalSeen.map((r) => ({
    childId: r.id,
    childName: nameOf(r),
    birthYear: Number(r.birth_date.slice(0, 4)),
    units: units.get(r.id) ?? [],
    involvedCount: r.n,
    earlySupport: r.early,
    request: r.request,
    askedUnitName: asks.find((a) => a.child_id === r.id)?.name ?? null,
  }));
  const dueNamed = due.rows
    .filter((r) => sees.has(r.id))
    .map((r) => ({
      caseId: r.case_visible ? r.case_id : null,
      childName: nameOf(r),
      dueOn: r.due,
    }));
  const handoversNamed = handovers.rows
    .filter((r) => sees.has(r.id))
    .map((r) => ({
      childName: nameOf(r),
      kind: HANDOVER_KIND_LABELS[r.kind as keyof typeof HANDOVER_KIND_LABELS]?.sv ?? r.kind,
      toUnitName: r.to_unit,
      proposedOn: day(r.proposed_at),
    }));
  return {
    areaId: area.id,
    areaName: area.name,
    severalWithoutPlan: {
      named: severalNamed,
      hiddenCount: several.rows.length - severalNamed.length,
    },
    plansDue: { named: dueNamed, hiddenCount: due.rows.length - dueNamed.length },
    handovers: {
      named: handoversNamed,
      hiddenCount: handovers.rows.length - handoversNamed.length,
    },
  };
}
