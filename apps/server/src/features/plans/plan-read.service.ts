import type { Kysely, Transaction } from "kysely";
import { type PlanContent, agreementBlockers, diffPlans } from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";
import { type GuardedCase, guardCase } from "../cases/case-guard";
import { agreementsFor, familyParties } from "./plan-agreement";
import { actionTracks, familyComments, followUps, versionBody } from "./plan-detail.repository";
import { listHandovers } from "./plan-handover.repository";
import { toGapBody } from "./plan-problems";
import { planRights } from "./plan.policy";
import { type PlanRow, findPlan, latestVersion, lockDraft } from "./plan.repository";

type Trx = Transaction<Database>;

const audit = (
  trx: Trx,
  actor: Actor,
  g: GuardedCase,
  action: string,
  planId: string | null,
  details = {},
) =>
  recordAudit(trx, actor, {
    action,
    entityType: "plan",
    entityId: planId,
    childId: g.row.child_id,
    details: {
      caseId: g.row.id,
      ...details,
      ...(g.basis === "emergency" ? { emergency: true } : {}),
    },
  });

/** Everything about a case's plan that the professional page shows. */
export async function getPlanDetail(db: Kysely<Database>, actor: Actor, caseId: string) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const plan = await findPlan(trx, actor.tenantId, caseId);
    const child = await trx
      .selectFrom("child")
      .select(["given_name", "family_name"])
      .where("id", "=", guarded.row.child_id)
      .executeTakeFirstOrThrow();
    const base = {
      caseId,
      caseVersion: guarded.row.version,
      childName: `${child.given_name} ${child.family_name}`,
      may: planRights(guarded),
    };
    await audit(trx, actor, guarded, "plan.read", plan?.id ?? null);
    if (!plan)
      return {
        ...base,
        draft: null,
        current: null,
        versions: [],
        actions: [],
        followUps: [],
        familyComments: [],
        handovers: [],
      };
    const current = await latestVersion(trx, plan.id);
    const versions = await trx
      .selectFrom("plan_version")
      .select(["number", "agreed_on"])
      .where("plan_id", "=", plan.id)
      .orderBy("number")
      .execute();
    return {
      ...base,
      draft: await draftBody(trx, plan),
      current: current ? versionBody(current) : null,
      versions: versions.map((v) => ({ number: v.number, agreedOn: v.agreed_on })),
      actions: await actionTracks(trx, plan.id),
      followUps: await followUps(trx, plan.id),
      familyComments: await familyComments(trx, plan.id),
      handovers: (await listHandovers(trx, actor.tenantId, { planId: plan.id })).map(
        ({ childId: _c, ...h }) => h,
      ),
    };
  });
}

export async function draftBody(trx: Trx, plan: PlanRow) {
  const draft = await lockDraft(trx, plan.id);
  if (!draft) return null;
  const family = await familyParties(trx, plan.child_id);
  const given = await agreementsFor(trx, plan.id, draft.revision);
  return {
    revision: draft.revision,
    status: draft.status,
    basedOnVersion: draft.based_on_version,
    content: draft.content,
    gaps: agreementBlockers(draft.content).map(toGapBody),
    savedAt: draft.rev.saved_at.toISOString(),
    savedBy: draft.rev.saved_by_name,
    requiredParties: family.required.map(family.named),
    familyMembers: [
      ...family.guardians.map((g) => family.named({ kind: "guardian", guardianId: g.id })),
      family.named({ kind: "child" }),
    ],
    agreements: given.map((g) => ({
      ...family.named(
        g.party_kind === "guardian"
          ? { kind: "guardian", guardianId: g.guardian_id! }
          : { kind: "child" },
      ),
      via: g.via,
      at: g.recorded_at.toISOString(),
    })),
  };
}

/** Two agreed versions side by side, with what changed from the first to the second. */
export async function compareVersions(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  a: number,
  b: number,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const plan = await findPlan(trx, actor.tenantId, caseId);
    if (!plan) throw notFound("plan");
    const rows = await trx
      .selectFrom("plan_version")
      .selectAll()
      .where("plan_id", "=", plan.id)
      .where("number", "in", [a, b])
      .execute();
    const va = rows.find((r) => r.number === a);
    const vb = rows.find((r) => r.number === b);
    if (!va || !vb) throw notFound("plan version");
    await audit(trx, actor, guarded, "plan.compare", plan.id, { versions: [a, b] });
    return {
      a: versionBody(va),
      b: versionBody(vb),
      changes: diffPlans(
        va.content as unknown as PlanContent,
        vb.content as unknown as PlanContent,
      ),
    };
  });
}
