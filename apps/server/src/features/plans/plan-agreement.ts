import type { Transaction } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import {
  type AgreementParty,
  agreementBlockers,
  missingParties,
  requiredParties,
} from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest } from "../../platform/http/errors";
import type { CaseRow } from "../cases/case-guard";
import { consentRulesOf } from "../cases/consent-rules.repository";
import { applyAgreementToCase } from "./plan-case";
import { gapsProblem } from "./plan-problems";
import { type DraftRow, type PlanRow, latestVersion, syncActions } from "./plan.repository";

type Trx = Transaction<Database>;

export interface AgreementContext {
  caseRow: CaseRow;
  plan: PlanRow;
  draft: DraftRow;
}

/** The child's family as agreement parties, with names for the page and the record. */
export async function familyParties(trx: Trx, childId: string) {
  const child = await trx
    .selectFrom("child")
    .select(["tenant_id", "given_name", "family_name", "birth_date"])
    .where("id", "=", childId)
    .executeTakeFirstOrThrow();
  const guardians = await trx
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .select(["g.id", "g.given_name", "g.family_name", "g.user_id"])
    .where("cg.child_id", "=", childId)
    .where("cg.custody", "=", true)
    .orderBy("g.given_name")
    .execute();
  const nameOf = (p: AgreementParty) => {
    if (p.kind === "child") return `${child.given_name} ${child.family_name}`;
    const g = guardians.find((x) => x.id === p.guardianId);
    return g ? `${g.given_name} ${g.family_name}` : "";
  };
  // The child agrees from the age the tenant's consent rules let a child speak alone: one age
  // for consent, meeting invitations and the plan, set in one place.
  const { childAloneFromAge } = await consentRulesOf(trx, child.tenant_id);
  const required = requiredParties({
    guardianIds: guardians.map((g) => g.id),
    childBirthDate: child.birth_date,
    today: stockholmDate(new Date()),
    childAgreementAge: childAloneFromAge,
  });
  return {
    guardians,
    required,
    nameOf,
    named: (p: AgreementParty) => ({
      kind: p.kind,
      guardianId: p.kind === "guardian" ? p.guardianId : null,
      name: nameOf(p),
    }),
  };
}

export async function agreementsFor(trx: Trx, planId: string, revision: number) {
  return trx
    .selectFrom("plan_agreement")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("revision", "=", revision)
    .orderBy("recorded_at")
    .execute();
}

const asParty = (r: { party_kind: string; guardian_id: string | null }): AgreementParty =>
  r.party_kind === "guardian"
    ? { kind: "guardian", guardianId: r.guardian_id! }
    : { kind: "child" };

/**
 * Records agreement to the draft's current revision and, once everyone required has agreed,
 * turns it into the next immutable version and moves the case. The caller has checked access.
 */
export async function agree(
  trx: Trx,
  actor: Actor,
  ctx: AgreementContext,
  parties: AgreementParty[],
  via: "professional" | "family",
) {
  const gaps = agreementBlockers(ctx.draft.content);
  if (gaps.length) throw gapsProblem(gaps);
  const family = await familyParties(trx, ctx.caseRow.child_id);
  for (const p of parties)
    if (p.kind === "guardian" && !family.guardians.some((g) => g.id === p.guardianId))
      throw badRequest(
        "unknown_guardian",
        "Godkännandet måste komma från barnets vårdnadshavare.",
        "Agreement must come from the child's guardians.",
      );
  for (const p of parties)
    await trx
      .insertInto("plan_agreement")
      .values({
        tenant_id: actor.tenantId,
        plan_id: ctx.plan.id,
        revision: ctx.draft.revision,
        party_kind: p.kind,
        guardian_id: p.kind === "guardian" ? p.guardianId : null,
        via,
        recorded_by: actor.userId,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  const given = await agreementsFor(trx, ctx.plan.id, ctx.draft.revision);
  const missing = missingParties(family.required, given.map(asParty));
  await recordAudit(trx, actor, {
    action: "plan.agreement_record",
    entityType: "plan",
    entityId: ctx.plan.id,
    childId: ctx.caseRow.child_id,
    details: {
      caseId: ctx.caseRow.id,
      revision: ctx.draft.revision,
      parties: parties.map((p) => p.kind),
      via,
    },
  });
  if (missing.length)
    return { agreed: false, versionNumber: null, missing: missing.map(family.named) };
  const number = ((await latestVersion(trx, ctx.plan.id))?.number ?? 0) + 1;
  await trx
    .insertInto("plan_version")
    .values({
      tenant_id: actor.tenantId,
      plan_id: ctx.plan.id,
      number,
      content: JSON.stringify(ctx.draft.content),
      from_revision: ctx.draft.revision,
      agreed_on: stockholmDate(new Date()),
      agreement: JSON.stringify(
        given.map((g) => ({
          ...family.named(asParty(g)),
          via: g.via,
          at: g.recorded_at.toISOString(),
        })),
      ),
    })
    .execute();
  await trx.deleteFrom("plan_draft").where("plan_id", "=", ctx.plan.id).execute();
  await syncActions(trx, ctx.plan, ctx.draft.content);
  await applyAgreementToCase(trx, actor, ctx.caseRow, number);
  await recordAudit(trx, actor, {
    action: "plan.agree",
    entityType: "plan",
    entityId: ctx.plan.id,
    childId: ctx.caseRow.child_id,
    details: { caseId: ctx.caseRow.id, version: number, fromRevision: ctx.draft.revision },
  });
  return { agreed: true, versionNumber: number, missing: [] };
}
