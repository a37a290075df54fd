import type { Kysely, Transaction } from "kysely";
import {
  describePlanChanges,
  FAMILY_CONTACT_ROLES,
  FAMILY_ROLE_TEXT,
  missingParties,
  type PlanContent,
} from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { agreementsFor, familyParties } from "../plans/plan-agreement";
import { actionTracks, familyComments, followUps } from "../plans/plan-detail.repository";
import { caseContacts } from "../plans/plan-export.repository";
import { latestVersion, lockDraft, type PlanRow } from "../plans/plan.repository";
import { type FamilyChild, familyCaseEnded, familyPlanOf, guardFamilyChild } from "./family-access";
import { familyAudit, partyOf, viewerOf } from "./family-actor";
import { familyMeetings } from "./family-meetings";
import { familyPlan } from "./family-view";

type Trx = Transaction<Database>;

/** The plan, who does what and when, the next meeting, who to contact, and own comments. */
export async function familyView(db: Kysely<Database>, actor: Actor, childId: string) {
  return db.transaction().execute(async (trx) => {
    const child = await guardFamilyChild(trx, actor, childId);
    const plan = await familyPlanOf(trx, actor.tenantId, childId);
    await familyAudit(trx, actor, "family.plan_read", childId, { planId: plan?.id ?? null });
    const base = {
      viewer: viewerOf(actor),
      child: { id: child.id, givenName: child.given_name },
      meetings: await familyMeetings(trx, actor, child),
    };
    if (!plan)
      return {
        ...base,
        readOnly: false,
        plan: null,
        proposal: null,
        nextMeeting: null,
        contacts: [],
        comments: [],
      };
    const version = await latestVersion(trx, plan.id);
    // A closed or declined case: the family reads the plan and their comments, and is asked for
    // nothing (no agreement, no comment before a meeting).
    const readOnly = await familyCaseEnded(trx, plan.case_id);
    return {
      ...base,
      readOnly,
      plan: version
        ? familyPlan(
            version.content as unknown as PlanContent,
            { versionNumber: version.number, agreedOn: version.agreed_on },
            await actionTracks(trx, plan.id),
            await followUps(trx, plan.id),
          )
        : null,
      proposal: readOnly ? null : await proposal(trx, actor, child, plan, version?.content ?? null),
      nextMeeting: await nextMeeting(trx, plan.case_id),
      contacts: (await caseContacts(trx, plan.case_id))
        .filter((c) => FAMILY_CONTACT_ROLES.includes(c.role))
        .map((c) => ({
          role: c.role,
          roleText: FAMILY_ROLE_TEXT[c.role] ?? "",
          name: c.name,
          organisation: c.unitName,
          email: c.email,
        })),
      comments: await familyComments(trx, plan.id, actor.userId),
    };
  });
}

async function proposal(
  trx: Trx,
  actor: Actor,
  child: FamilyChild,
  plan: PlanRow,
  agreed: unknown,
) {
  const draft = await lockDraft(trx, plan.id);
  if (!draft || draft.status !== "proposed") return null;
  const family = await familyParties(trx, plan.child_id);
  const given = (await agreementsFor(trx, plan.id, draft.revision)).map((g) =>
    g.party_kind === "guardian"
      ? { kind: "guardian" as const, guardianId: g.guardian_id! }
      : { kind: "child" as const },
  );
  const me = partyOf(actor, child);
  return {
    revision: draft.revision,
    plan: familyPlan(draft.content, { versionNumber: draft.based_on_version + 1, agreedOn: null }),
    // What is new or changed since the version in force, so the family sees what they agree to.
    changes: agreed
      ? describePlanChanges(agreed as PlanContent, draft.content, { family: true })
      : [],
    waitingFor: missingParties(family.required, given).map(family.nameOf),
    iHaveAgreed: given.some(
      (g) =>
        g.kind === me.kind && (g.kind === "child" || g.guardianId === (me as typeof g).guardianId),
    ),
  };
}

async function nextMeeting(trx: Trx, caseId: string) {
  const m = await trx
    .selectFrom("meeting")
    .select(["starts_at", "ends_at", "place", "video_link"])
    .where("case_id", "=", caseId)
    .where("status", "=", "planned")
    .where("starts_at", ">", new Date())
    .orderBy("starts_at")
    .limit(1)
    .executeTakeFirst();
  return m
    ? {
        startsAt: m.starts_at.toISOString(),
        endsAt: m.ends_at.toISOString(),
        place: m.place,
        digital: !!m.video_link,
      }
    : null;
}
