// Appointments a case is waiting for, on the worklist of whoever makes them (issue 17.6): the
// principal in the network gets "Utse kontaktperson för …" once network meeting 1 is held, the
// coordinators "Utse språkrör för …" from the first contact, so that no one first learns of it
// from a refused step. The same domain rule (openDuties) decides both the item and the gate.
import { type Transaction, sql } from "kysely";
import {
  type CaseDuty,
  type CaseState,
  openDuties,
  resolveProcessRules,
} from "@kring/domain/cases";
import type { WorklistItem } from "@kring/contracts";
import { type Actor, hasRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { caseVisibleTo } from "./case-access";

const COORDINATOR_ROLES = ["coordinator_lead", "coordinator_documenting"];

const TITLES: Record<CaseDuty, (child: string) => { sv: string; en: string }> = {
  appoint_contact_person: (child) => ({
    sv: `Utse kontaktperson för ${child}`,
    en: `Appoint a contact person for ${child}`,
  }),
  appoint_spokesperson: (child) => ({
    sv: `Utse språkrör för ${child}`,
    en: `Appoint a spokesperson for ${child}`,
  }),
};

export async function caseDutyItems(
  trx: Transaction<Database>,
  actor: Actor,
): Promise<WorklistItem[]> {
  if (actor.kind !== "professional") return [];
  const rows = await trx
    .selectFrom("case_member as m")
    .innerJoin("cases as c", "c.id", "m.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .select([
      "c.id",
      "c.state",
      "child.given_name",
      "child.family_name",
      sql<string[]>`array_agg(m.role)`.as("roles"),
      // Whether someone in the network is a principal: if not, the coordinators appoint.
      sql<boolean>`exists (select 1 from case_member pm join membership ms on ms.user_id = pm.user_id
        where pm.case_id = c.id and pm.left_at is null and ms.role = 'principal'
          and ms.tenant_id = c.tenant_id)`.as("has_principal"),
    ])
    .where("m.user_id", "=", actor.userId)
    .where("m.left_at", "is", null)
    .where("c.tenant_id", "=", actor.tenantId)
    .where("c.stage", "in", [
      "first_contact",
      "pre_meeting",
      "network_meeting_1",
      "network_meeting_2",
    ])
    .where(caseVisibleTo(actor))
    .groupBy(["c.id", "c.state", "child.given_name", "child.family_name"])
    .execute();
  const rules = resolveProcessRules();
  const principal = hasRole(actor, "principal");
  const items: WorklistItem[] = [];
  for (const r of rows) {
    const coordinator = r.roles.some((role) => COORDINATOR_ROLES.includes(role));
    const state = r.state as unknown as CaseState;
    for (const duty of openDuties(state, rules)) {
      const mine =
        duty === "appoint_contact_person"
          ? principal || (coordinator && !r.has_principal)
          : coordinator;
      if (!mine) continue;
      const child = `${r.given_name} ${r.family_name}`;
      const title = TITLES[duty](child);
      items.push({
        kind: "case_duty",
        caseId: r.id,
        childName: child,
        title: title.sv,
        titleEn: title.en,
        dueDate: null,
        // Once network meeting 2 is held the plan waits for the contact person: it is pressing.
        status: state.stage === "network_meeting_2" ? "due_soon" : null,
      });
    }
  }
  return items;
}
