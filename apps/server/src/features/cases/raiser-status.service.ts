// "Mina förfrågningar": the raiser and the raising unit's principal follow the request they
// raised by its status only (registered, assessed, contact person, closed), never the case's
// content. The rule is `raised` in case-access.ts, checked at each request.
import { type Kysely, type SqlBool, sql } from "kysely";
import type { RaisedRequestStatus } from "@kring/contracts";
import type { CaseState } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { accessConditions } from "./case-access";
import { unassessed } from "./case-guard";

const statusOf = (stage: string): RaisedRequestStatus["status"] =>
  stage === "request"
    ? "registered"
    : stage === "assessment"
      ? "awaiting_assessment"
      : stage === "declined"
        ? "other_action"
        : stage === "closed"
          ? "closed"
          : "collaboration_case";

export async function myRequests(db: Kysely<Database>, actor: Actor) {
  if (actor.kind !== "professional") return [];
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("cases as c")
      .innerJoin("child", "child.id", "c.child_id")
      .innerJoin("unit", "unit.id", "c.raised_by_unit_id")
      .select([
        "c.id",
        "c.child_id",
        "c.version",
        "c.stage",
        "c.state",
        "c.requested_at",
        "c.raised_by_user_id",
        "child.given_name",
        "child.family_name",
        "unit.name as unit_name",
        sql<SqlBool>`exists (
          select 1 from consent k where k.case_id = c.id and k.valid_from <= now()
            and (k.valid_until is null or k.valid_until > now()) and k.withdrawn_at is null)`.as(
          "consent_in_force",
        ),
      ])
      .where("c.tenant_id", "=", actor.tenantId)
      .where(accessConditions(actor).raised)
      .orderBy("c.requested_at", "desc")
      .limit(200)
      .execute();
    const contacts = rows.length
      ? await trx
          .selectFrom("case_member as m")
          .innerJoin("app_user as u", "u.id", "m.user_id")
          .leftJoin("unit", "unit.id", "m.unit_id")
          .select(["m.case_id", "u.display_name", "unit.name as unit_name"])
          .where(
            "m.case_id",
            "in",
            rows.map((r) => r.id),
          )
          .where("m.role", "=", "contact_person")
          .where("m.left_at", "is", null)
          .execute()
      : [];
    for (const r of rows)
      await recordAudit(trx, actor, {
        action: "case.read_request_status",
        entityType: "case",
        entityId: r.id,
        childId: r.child_id,
      });
    return rows.map((r) => {
      const state = r.state as unknown as CaseState;
      const contact = contacts.find((c) => c.case_id === r.id);
      return {
        id: r.id,
        version: r.version,
        childName: `${r.given_name} ${r.family_name}`,
        requestedAt: r.requested_at.toISOString(),
        raisedByUnitName: r.unit_name,
        status: statusOf(r.stage),
        otherAction: state.declined
          ? {
              action: state.declined.otherAction,
              reason: state.declined.reason,
              on: state.declined.on,
            }
          : null,
        acceptedAsCase: state.accepted,
        contactPerson: contact ? { name: contact.display_name, unitName: contact.unit_name } : null,
        closedOn: state.closure?.on ?? null,
        maySend: r.stage === "request" && r.raised_by_user_id === actor.userId,
        mayComplete: r.raised_by_user_id === actor.userId && unassessed(r),
        consentInForce: !!r.consent_in_force,
      };
    });
  });
}
