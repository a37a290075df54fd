import type { Kysely } from "kysely";
import type { z } from "zod";
import type { AddMemberRequest, RegisterRequest } from "@kring/contracts";
import {
  computeDeadlines,
  createCase,
  deadlineFactsOf,
  stockholmDate,
  type CaseState,
} from "@kring/domain/cases";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, forbidden, notFound } from "../../platform/http/errors";
import { INTAKE_ROLES, accessConditions, caseVisibleTo } from "./case-access";
import { loadCaseDetail } from "./case-detail.repository";
import { guardCase, isCoordinator } from "./case-guard";
import { deadlineRulesOf } from "./case-rules.repository";
import { recordCaseEvent } from "./case-state.repository";
import { insertConsent } from "./consent.service";
import { unitCoveredByConsent } from "./consent.repository";

/** Anyone in a participating unit raises a need about a child; consent may come with it. */
export async function registerRequest(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof RegisterRequest>,
) {
  const membership = actor.memberships.find(
    (m) => m.unitId === input.raisedByUnitId && m.role !== "analyst",
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
    await recordCaseEvent(trx, actor, row.id, 1, "registered", "Förfrågan registrerad");
    await recordAudit(trx, actor, {
      action: "case.create",
      entityType: "case",
      entityId: row.id,
      childId: input.childId,
      details: { acute: input.acute, withConsent: !!input.consent },
    });
    return row.id;
  });
}

export async function getCase(db: Kysely<Database>, actor: Actor, caseId: string) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId);
    const detail = await loadCaseDetail(trx, actor.tenantId, guarded);
    await recordAudit(trx, actor, {
      action: "case.read",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      details: guarded.basis === "emergency" ? { emergency: true } : {},
    });
    return detail;
  });
}

/** The actor's cases, or (intake) the requests awaiting assessment, with the next deadline. */
export async function listCases(db: Kysely<Database>, actor: Actor, view: "mine" | "intake") {
  if (view === "intake" && !hasRole(actor, ...INTAKE_ROLES)) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const filter = view === "intake" ? accessConditions(actor).intake : caseVisibleTo(actor);
    const rows = await trx
      .selectFrom("cases as c")
      .innerJoin("child", "child.id", "c.child_id")
      .innerJoin("unit", "unit.id", "c.raised_by_unit_id")
      .select([
        "c.id",
        "c.stage",
        "c.acute",
        "c.requested_at",
        "c.state",
        "child.given_name",
        "child.family_name",
        "child.birth_date",
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
    const rules = await deadlineRulesOf(trx, actor.tenantId);
    const today = stockholmDate(new Date());
    await recordAudit(trx, actor, {
      action: `case.list_${view}`,
      entityType: "case",
      details: { caseIds: rows.map((r) => r.id) },
    });
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
        raisedByUnitName: r.unit_name,
        nextDeadline: open[0]
          ? { kind: open[0].kind, dueDate: open[0].dueDate, doneOn: null, status: open[0].status }
          : null,
        myRoles: roles.filter((x) => x.case_id === r.id).map((x) => x.role),
      };
    });
  });
}

/** Coordinators add the professionals who take part; their unit must be covered by consent. */
export async function addMember(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof AddMemberRequest>,
) {
  await db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId);
    if (!isCoordinator(guarded)) throw forbidden();
    const membership = await trx
      .selectFrom("membership")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("user_id", "=", input.userId)
      .where("unit_id", "=", input.unitId)
      .executeTakeFirst();
    if (!membership)
      throw badRequest(
        "not_in_unit",
        "Personen arbetar inte på den enheten.",
        "The person does not work in that unit.",
      );
    if (!(await unitCoveredByConsent(trx, caseId, input.unitId))) {
      throw new AppError(
        422,
        "consent_missing_for_unit",
        "Samtycket omfattar inte enheten. Registrera ett samtycke som omfattar enheten först.",
        "The consent does not cover the unit. Record a consent that covers it first.",
      );
    }
    await trx
      .insertInto("case_member")
      .values({
        tenant_id: actor.tenantId,
        case_id: caseId,
        role: input.role,
        user_id: input.userId,
        unit_id: input.unitId,
        appointed_by: actor.userId,
      })
      .execute();
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "member_added",
      "Deltagare tillagd i nätverket",
    );
    await recordAudit(trx, actor, {
      action: "case.member_add",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      details: { userId: input.userId, role: input.role },
    });
  });
}

export async function removeMember(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  memberId: string,
) {
  await db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId);
    if (!isCoordinator(guarded)) throw forbidden();
    const result = await trx
      .updateTable("case_member")
      .set({ left_at: new Date() })
      .where("id", "=", memberId)
      .where("case_id", "=", caseId)
      .where("left_at", "is", null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound("member");
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "member_removed",
      "Deltagare har lämnat nätverket",
    );
    await recordAudit(trx, actor, {
      action: "case.member_remove",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      details: { memberId },
    });
  });
}
