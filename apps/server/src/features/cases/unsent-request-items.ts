import type { Transaction } from "kysely";
import type { z } from "zod";
import type { WorklistItem } from "@kring/contracts";
import {
  type CaseState,
  type CivilDate,
  computeDeadlines,
  deadlineFactsOf,
} from "@kring/domain/cases";
import { type Actor, hasRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { INTAKE_ROLES } from "./case-access";
import { deadlineRulesOf } from "./case-rules.repository";

type Trx = Transaction<Database>;

// The clock of a request starts when it is registered, not when it is sent: the family is to be
// contacted within the tenant's first-contact time either way. A request that stays unsent is
// the raiser's task; once its contact deadline has passed, the intake roles are told as well.

async function unsentRequests(trx: Trx, actor: Actor, today: CivilDate) {
  const rows = await trx
    .selectFrom("cases as c")
    .innerJoin("child", "child.id", "c.child_id")
    .innerJoin("unit", "unit.id", "c.raised_by_unit_id")
    .innerJoin("app_user as u", "u.id", "c.raised_by_user_id")
    .select([
      "c.id",
      "c.state",
      "c.raised_by_user_id",
      "child.given_name",
      "child.family_name",
      "unit.name as unit_name",
      "u.display_name as raiser_name",
    ])
    .where("c.tenant_id", "=", actor.tenantId)
    .where("c.stage", "=", "request")
    .execute();
  const rules = await deadlineRulesOf(trx, actor.tenantId);
  return rows.flatMap((r) => {
    const contact = computeDeadlines(
      deadlineFactsOf(r.state as unknown as CaseState),
      rules,
      today,
    ).find((d) => d.kind === "first_contact");
    return contact && contact.status !== "done" ? [{ ...r, contact }] : [];
  });
}

/**
 * Worklist items for requests not yet sent to assessment: the raiser's own, with the child's
 * name, from the day they are due soon; and for the intake roles every one whose contact
 * deadline has passed. The intake roles see no child: without consent the request is not
 * theirs to read, so the item names the raiser and the unit to call.
 */
export async function unsentRequestItems(
  trx: Trx,
  actor: Actor,
  today: CivilDate,
): Promise<z.infer<typeof WorklistItem>[]> {
  const intake = hasRole(actor, ...INTAKE_ROLES);
  return (await unsentRequests(trx, actor, today)).flatMap((r): z.infer<typeof WorklistItem>[] => {
    const { dueDate, status } = r.contact;
    if (r.raised_by_user_id === actor.userId && status !== "upcoming")
      return [
        {
          // The raiser follows the request under "Mina förfrågningar", not on the case page.
          kind: "raised_request" as const,
          caseId: r.id,
          childName: `${r.given_name} ${r.family_name}`,
          title: "Skicka förfrågan till bedömning: familjen ska kontaktas",
          titleEn: "Send the request for assessment: the family is to be contacted",
          dueDate,
          status,
        },
      ];
    if (intake && status === "overdue")
      return [
        {
          kind: "unsent_request" as const,
          caseId: null,
          childName: null,
          title: `Förfrågan från ${r.raiser_name} (${r.unit_name}) har inte skickats till bedömning`,
          titleEn: `A request from ${r.raiser_name} (${r.unit_name}) has not been sent for assessment`,
          dueDate,
          status,
        },
      ];
    return [];
  });
}
