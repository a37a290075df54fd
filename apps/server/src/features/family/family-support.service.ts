// "Vi vill ha stöd" (issue 19.3): a guardian with custody raises a request for their child from
// the family view. It is a case like any other, raised by the guardian's own account: it goes
// straight to assessment, with the guardian's digital consent (method 'digital', recorded by the
// guardian) naming the units of the intake roles, so the central coordinators and social
// secretaries find it in their queue; where the tenant's rules need every guardian with custody,
// only once the others have said yes too (family-support-consent.ts). The family view shows its
// status, never the case itself.
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { FamilySupportRequestInput } from "@kring/contracts";
import { type CaseStage, createCase, stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, forbidden } from "../../platform/http/errors";
import { INTAKE_ROLES } from "../cases/case-access";
import { recordCaseEvent } from "../cases/case-state.repository";
import { familyAudit } from "./family-actor";
import { guardFamilyChild } from "./family-access";
import { consentToFamilyRequest, FAMILY_REQUEST_PURPOSE } from "./family-support-consent";

type Trx = Transaction<Database>;

/** The units that receive requests: where the intake roles work, central coordinators first. */
async function intakeUnits(trx: Trx, tenantId: string) {
  const rows = await trx
    .selectFrom("membership as m")
    .innerJoin("unit", "unit.id", "m.unit_id")
    .select(["m.unit_id", "m.role", "unit.name"])
    .where("m.tenant_id", "=", tenantId)
    .where("m.role", "in", INTAKE_ROLES)
    .orderBy("unit.name")
    .execute();
  const first = rows.find((r) => r.role === "central_coordinator") ?? rows[0];
  return { raisedAt: first?.unit_id, all: [...new Set(rows.map((r) => r.unit_id))] };
}

const noIntake = () =>
  new AppError(
    409,
    "no_intake",
    "Kommunen tar inte emot förfrågningar i Kring ännu. Kontakta skolan eller socialtjänsten direkt.",
    "The municipality does not receive requests in Kring yet. Contact the school or social services directly.",
  );

export async function raiseFamilyRequest(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  input: z.infer<typeof FamilySupportRequestInput>,
) {
  // The child sees their own plan; a request for support is their guardians' to make.
  if (actor.kind !== "guardian") throw forbidden();
  return db.transaction().execute(async (trx) => {
    const child = await guardFamilyChild(trx, actor, childId);
    const units = await intakeUnits(trx, actor.tenantId);
    if (!units.raisedAt) throw noIntake();
    const state = { ...createCase({ requestedOn: stockholmDate(new Date()), acute: false }) };
    const submitted = { ...state, stage: "assessment" as CaseStage };
    const row = await trx
      .insertInto("cases")
      .values({
        tenant_id: actor.tenantId,
        child_id: childId,
        raised_by_user_id: actor.userId,
        raised_by_unit_id: units.raisedAt,
        raised_by_role: "guardian",
        requested_at: new Date(),
        concern: input.worry,
        tried_so_far: "",
        acute: false,
        stage: submitted.stage,
        state: JSON.stringify(submitted),
        version: 2,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const consent = await consentToFamilyRequest(
      trx,
      actor,
      row.id,
      childId,
      child.guardian_id!,
      units.all,
    );
    await trx
      .insertInto("family_request")
      .values({
        case_id: row.id,
        tenant_id: actor.tenantId,
        child_id: childId,
        guardian_id: child.guardian_id!,
        contact_way: input.contactWay,
        contact: input.contact,
        contact_time: input.contactTime || null,
      })
      .execute();
    await recordCaseEvent(trx, actor, row.id, 1, "registered", "Förfrågan från vårdnadshavare");
    await recordCaseEvent(trx, actor, row.id, 2, "submit", "Skickad till bedömning");
    await recordAudit(trx, actor, {
      action: "case.create",
      entityType: "case",
      entityId: row.id,
      childId,
      details: { acute: false, withConsent: consent === "given", fromFamily: true },
    });
    return { id: row.id, status: consent === "given" ? "received" : "awaiting_consent" } as const;
  });
}

// Before intake sees it, a request may wait for the other guardians' consent or have been refused.
const statusOf = (stage: string, accepted: boolean, question: string | undefined) =>
  question === "open"
    ? ("awaiting_consent" as const)
    : question === "refused"
      ? ("not_sent" as const)
      : stage === "declined"
        ? ("declined" as const)
        : stage === "closed"
          ? ("closed" as const)
          : stage === "assessment" && !accepted
            ? ("received" as const)
            : ("started" as const);

/** The family's requests for the child, with their status; both guardians see them. */
export async function familyRequests(db: Kysely<Database>, actor: Actor, childId: string) {
  return db.transaction().execute(async (trx) => {
    await guardFamilyChild(trx, actor, childId);
    const rows = await trx
      .selectFrom("family_request as f")
      .innerJoin("cases as c", "c.id", "f.case_id")
      .innerJoin("guardian as g", "g.id", "f.guardian_id")
      .select([
        "c.id",
        "c.requested_at",
        "c.concern",
        "c.stage",
        "c.state",
        "g.given_name",
        "g.family_name",
        "f.contact_way",
        "f.contact",
      ])
      .where("f.tenant_id", "=", actor.tenantId)
      .where("f.child_id", "=", childId)
      .orderBy("c.requested_at", "desc")
      .execute();
    // The consent question of a request that needed every guardian (none when one sufficed).
    const questions = rows.length
      ? await trx
          .selectFrom("consent_request")
          .select(["case_id", "status"])
          .where(
            "case_id",
            "in",
            rows.map((r) => r.id),
          )
          .where("purpose", "=", FAMILY_REQUEST_PURPOSE)
          .orderBy("asked_at", "desc")
          .execute()
      : [];
    await familyAudit(trx, actor, "family.requests_read", childId, { count: rows.length });
    return {
      mayRaise: actor.kind === "guardian",
      requests: rows.map((r) => ({
        id: r.id,
        requestedAt: r.requested_at.toISOString(),
        worry: r.concern,
        raisedBy: `${r.given_name} ${r.family_name}`,
        status: statusOf(
          r.stage,
          !!(r.state as { accepted?: boolean }).accepted,
          questions.find((q) => q.case_id === r.id)?.status,
        ),
        contactWay: r.contact_way,
        contact: r.contact,
      })),
    };
  });
}

/** How the family wants to be contacted, for the case page (the caller has checked access). */
export async function familyContactOf(db: Kysely<Database>, caseId: string) {
  const row = await db
    .selectFrom("family_request as f")
    .innerJoin("guardian as g", "g.id", "f.guardian_id")
    .select(["g.given_name", "g.family_name", "f.contact_way", "f.contact", "f.contact_time"])
    .where("f.case_id", "=", caseId)
    .executeTakeFirst();
  return row
    ? {
        guardianName: `${row.given_name} ${row.family_name}`,
        contactWay: row.contact_way,
        contact: row.contact,
        contactTime: row.contact_time,
      }
    : null;
}
