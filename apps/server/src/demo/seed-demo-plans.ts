import { stockholmDate } from "@kring/domain/cases";
import type { PlanContent } from "@kring/domain/plans";
import { addConsent } from "../features/cases/consent.service";
import { createMeeting } from "../features/cases/meetings.service";
import { rescheduleMeeting } from "../features/cases/meeting-changes.service";
import { familyChildren } from "../features/family/family-access";
import { postFamilyComment } from "../features/family/family.service";
import { recordAgreement } from "../features/plans/plan-agreement.service";
import { action, agreeDemoPlan, demoContent, person, unit } from "./demo-plan-content";
import { proposeDraft, saveDraft, startDraft } from "../features/plans/plan-draft.service";
import { addActionNote, recordFollowUp } from "../features/plans/plan-follow-up.service";
import { decideHandover } from "../features/plans/plan-handover-decision.service";
import { proposeHandover } from "../features/plans/plan-handover.service";
import { demoActor } from "./demo-actor";
import { DEMO_CASES } from "./demo-cases.data";
import { officeHours } from "./office-hours";
import type { DemoContext } from "./seed-demo";

// Plans in every state, written through the real services: a draft being prepared (network
// meeting 1), one proposed to the family (network meeting 2), and one agreed, followed up,
// revised and handed over to another school (interventions). Every case from interventions on
// got its first version agreed on its way there (demo-case-walk.ts), as the process requires.

export async function seedDemoPlans(ctx: DemoContext) {
  const { db, tenantId } = ctx;
  const as = (username: string) => demoActor(db, tenantId, username);
  const coordinator = await as("samordnare");
  const today = stockholmDate(ctx.today);
  for (const spec of DEMO_CASES) {
    // The concern identifies the demo case, whichever child the case seeder gave it.
    const c = await db
      .selectFrom("cases")
      .select(["id", "child_id"])
      .where("tenant_id", "=", tenantId)
      .where("concern", "=", spec.concern)
      .executeTakeFirstOrThrow();
    const childId = c.child_id;
    const guardians = await db
      .selectFrom("child_guardian")
      .select("guardian_id")
      .where("child_id", "=", childId)
      .execute();
    const content = await demoContent(ctx, spec, today, c.id);
    const write = async (body: PlanContent) => {
      const started = await startDraft(db, coordinator, c.id);
      return saveDraft(db, coordinator, c.id, started, body);
    };
    const nurse = await as(`skolskoterska.${spec.area}`);
    const followUp = (level: "some_progress" | "good_progress", summary: string) =>
      recordFollowUp(db, nurse, c.id, {
        heldOn: today,
        summary,
        assessments: content.goals.map((g, i) => ({
          goalId: g.id,
          level: i === 0 ? level : "some_progress",
          comment: "",
        })),
        actions: [
          {
            actionId: "a-schema",
            status: "in_progress",
            note: "Schemat används sedan två veckor.",
          },
        ],
      });

    if (spec.stage === "network_meeting_1") {
      // Still being written: the legal parts are missing, and the family prepares for the meeting.
      await write({
        ...content,
        leadUnit: null,
        measuresByOthers: [],
        goals: content.goals.slice(0, 1),
      });
      const start = officeHours(5, 13, ctx.today);
      // The family is invited (each guardian sees their own invitation in the family view), and
      // the meeting has been moved a day: the invitations carry SEQUENCE 1 (issue 19.5).
      const { id: meetingId } = await createMeeting(db, coordinator, c.id, {
        kind: "network_meeting_2",
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
        place: "Centrala elevhälsan, rum 2",
        inviteeMemberIds: [],
        inviteFamily: true,
      });
      const moved = officeHours(6, 10, ctx.today);
      await rescheduleMeeting(db, coordinator, c.id, meetingId, {
        version: 1,
        startsAt: moved.toISOString(),
        endsAt: new Date(moved.getTime() + 90 * 60_000).toISOString(),
      });
      await familyComment(
        ctx,
        "vardnadshavare",
        childId,
        "Hen sover lite bättre sedan vi slutade med skärmar på kvällen. Vi vill prata om idrotten.",
      );
      await familyComment(
        ctx,
        "barn",
        childId,
        "Jag vill inte ha mattelektionen först på måndagar.",
      );
    }
    if (spec.stage === "network_meeting_2") {
      const revision = await write(content);
      await proposeDraft(db, coordinator, c.id, revision);
      // With two guardians, one has agreed at the meeting and the plan waits for the other.
      if (guardians.length > 1)
        await recordAgreement(db, coordinator, c.id, revision, [
          { kind: "guardian", guardianId: guardians[0]!.guardian_id },
        ]);
    }
    if (spec.stage === "interventions") {
      await followUp("some_progress", "Närvaron har ökat något. Sömnbedömningen är påbörjad.");
      await addActionNote(db, nurse, c.id, "a-somn", {
        status: "in_progress",
        note: "Första besöket på BUP är bokat.",
      });
      const revised = structuredClone(content);
      revised.goals[0]!.actions.push(
        action(
          "a-laxhjalp",
          "Läxhjälp på fritidsgården två kvällar i veckan",
          await unit(ctx, `${spec.area}-leisure`),
          await person(ctx, `fritid.${spec.area}`),
          today,
          10,
        ),
      );
      await agreeDemoPlan(ctx, coordinator, c.id, revised);
      const school = ctx.unitIds.get("ersboda-school")!;
      await addConsent(db, coordinator, c.id, {
        givenBy: guardians.map((g) => ({ kind: "guardian" as const, guardianId: g.guardian_id })),
        unitIds: [school],
        purpose: "Planen följer med vid flytt till Ersbodaskolan",
        method: "oral",
        meeting: "Uppföljningsmöte om flytten till Ersboda",
      });
      const handover = await proposeHandover(db, coordinator, c.id, {
        kind: "move",
        fromUnitId: ctx.unitIds.get(`${spec.area}-school`)!,
        toUnitId: school,
        note: "Familjen flyttar till Ersboda efter sommaren.",
      });
      await decideHandover(db, await as("rektor.ersboda"), handover, {
        decision: "accept",
        note: "Välkommen! Kontaktperson utses i EHT.",
      });
    }
  }
}

/** A comment from a family account, when the demo's family accounts belong to this child. */
async function familyComment(ctx: DemoContext, username: string, childId: string, body: string) {
  const actor = await demoActor(ctx.db, ctx.tenantId, username);
  const own = await ctx.db.transaction().execute((trx) => familyChildren(trx, actor));
  if (own.some((c) => c.id === childId)) await postFamilyComment(ctx.db, actor, childId, body);
}
