import type { Kysely } from "kysely";
import type { z } from "zod";
import type { RegisterRequest } from "@kring/contracts";
import { createCase, stockholmDate } from "@kring/domain/cases";
import { type Actor, NON_CARE_ROLES } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, forbidden } from "../../platform/http/errors";
import { loadCaseDetail } from "./case-detail.repository";
import { guardCase } from "./case-guard";
import { recordCaseEvent } from "./case-state.repository";
import { insertConsent } from "./consent.service";
import { markTakeoverOpened } from "./takeover-worklist";
import { linkEarlySupportToRequest } from "../early-support/early-support-request";
import { answerPlanStartAsks } from "../childs-best/plan-start-asks";

/** Anyone in a participating unit raises a need about a child; consent may come with it. */
export async function registerRequest(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof RegisterRequest>,
) {
  // Raised in a professional role: an administrator does not raise (and so see) a request.
  const membership = actor.memberships.find(
    (m) => m.unitId === input.raisedByUnitId && !NON_CARE_ROLES.includes(m.role),
  );
  if (actor.kind !== "professional" || !membership) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const child = await trx
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", input.childId)
      .executeTakeFirst();
    if (!child)
      throw badRequest("unknown_child", "Barnet finns inte.", "The child does not exist.");
    const state = createCase({ requestedOn: stockholmDate(new Date()), acute: input.acute });
    const row = await trx
      .insertInto("cases")
      .values({
        tenant_id: actor.tenantId,
        child_id: input.childId,
        raised_by_user_id: actor.userId,
        raised_by_unit_id: input.raisedByUnitId,
        raised_by_role: membership.role,
        requested_at: new Date(),
        concern: input.concern,
        tried_so_far: input.triedSoFar,
        acute: input.acute,
        stage: state.stage,
        state: JSON.stringify(state),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const involved = [...new Set(input.involvedUnitIds)];
    if (involved.length) {
      const known = await trx
        .selectFrom("unit")
        .select("id")
        .where("tenant_id", "=", actor.tenantId)
        .where("id", "in", involved)
        .execute();
      if (known.length !== involved.length)
        throw badRequest(
          "unknown_reference",
          "En av enheterna finns inte.",
          "One of the units does not exist.",
        );
      await trx
        .insertInto("case_involved_unit")
        .values(
          involved.map((unitId) => ({
            tenant_id: actor.tenantId,
            case_id: row.id,
            unit_id: unitId,
          })),
        )
        .execute();
    }
    if (input.consent) await insertConsent(trx, actor, row.id, input.childId, input.consent);
    if (input.earlySupport)
      await linkEarlySupportToRequest(trx, actor, input.earlySupport, row.id, input.childId);
    await answerPlanStartAsks(trx, actor, input.childId, input.raisedByUnitId);
    await recordCaseEvent(trx, actor, row.id, 1, "registered", "Förfrågan registrerad");
    await recordAudit(trx, actor, {
      action: "case.create",
      entityType: "case",
      entityId: row.id,
      childId: input.childId,
      details: {
        acute: input.acute,
        withConsent: !!input.consent,
        ...(input.earlySupport ? { fromEarlySupport: input.earlySupport.contactId } : {}),
      },
    });
    return row.id;
  });
}

export async function getCase(db: Kysely<Database>, actor: Actor, caseId: string) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const detail = await loadCaseDetail(trx, actor, guarded);
    if (guarded.basis === "network") await markTakeoverOpened(trx, actor, caseId);
    await recordAudit(trx, actor, {
      action: "case.read",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      // The basis is kept for the access-log review (issue #21): on which ground it was read.
      details: {
        basis: guarded.basis,
        ...(guarded.basis === "emergency" ? { emergency: true } : {}),
      },
    });
    return detail;
  });
}
