import type { CaseEventInput } from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../platform/auth/actor";
import { applyCaseEvent } from "../features/cases/case-events.service";
import { addMember } from "../features/cases/case-members.service";
import { addNetworkMapEntry } from "../features/cases/network-map.service";
import { createMeeting, updateMeeting } from "../features/cases/meetings.service";
import { recordFollowUp } from "../features/plans/plan-follow-up.service";
import { type DemoCase, PATH } from "./demo-cases.data";
import { agreeDemoPlan, demoContent } from "./demo-plan-content";
import { officeHours } from "./office-hours";
import type { DemoContext } from "./seed-demo";

export interface Cast {
  mentor: Actor;
  coordinatorA: Actor;
  coordinatorB: Actor;
  principal: Actor;
  nurse: Actor;
}

/** Takes a registered case through the real process steps up to its demo stage. */
export async function walk(ctx: DemoContext, caseId: string, spec: DemoCase, cast: Cast) {
  const { db } = ctx;
  const reached = (stage: (typeof PATH)[number]) =>
    PATH.indexOf(stage) <= PATH.indexOf(spec.stage as (typeof PATH)[number]);
  const version = async () =>
    (
      await db
        .selectFrom("cases")
        .select("version")
        .where("id", "=", caseId)
        .executeTakeFirstOrThrow()
    ).version;
  const event = async (actor: Actor, e: CaseEventInput) =>
    applyCaseEvent(db, actor, caseId, { version: await version(), event: e });
  const meeting = async (
    kind: "pre_meeting" | "network_meeting_1" | "network_meeting_2" | "evaluation",
    decision: string,
    childVoice: string,
    // The coordinators run the process meetings; the contact person the follow-up (ADR 0026).
    [planner, keeper] = [cast.coordinatorA, cast.coordinatorB],
  ) => {
    const members = await db
      .selectFrom("case_member")
      .select("id")
      .where("case_id", "=", caseId)
      .where("left_at", "is", null)
      .execute();
    // Held on the last weekday before today, in the morning.
    const start = officeHours(-1, 9);
    const { id } = await createMeeting(db, planner, caseId, {
      kind,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
      place: "Centrala elevhälsan, rum 2",
      videoLink: null,
      inviteeMemberIds: members.map((m) => m.id),
    });
    await updateMeeting(db, keeper, caseId, id, {
      version: 1,
      minutes: "Alla deltagare presenterade sig och sin roll.",
      decisions: [decision],
      childVoice,
      status: "held",
    });
  };

  if (spec.stage === "authority_action") {
    // The raiser follows the request by its status only; intake records the authority action.
    await event(cast.mentor, { type: "submit" });
    await event(cast.coordinatorA, {
      type: "record_authority_action",
      kind: "report_of_concern",
      note: "Orosanmälan till socialtjänsten gjord av rektor och mentor.",
      closesCase: false,
    });
    return;
  }
  if (spec.stage === "request") return;
  await event(cast.mentor, { type: "submit" });
  if (spec.stage === "declined") {
    await event(cast.coordinatorA, {
      type: "decline",
      otherAction: "Stöd inom skolan: extra anpassningar och samtal med kurator",
      reason: "Behoven kan mötas inom skolans elevhälsa.",
    });
    return;
  }
  if (spec.stage === "assessment") return;
  await event(cast.coordinatorA, { type: "accept" });
  await event(cast.coordinatorA, {
    type: "appoint_coordinators",
    leadUserId: cast.coordinatorA.userId,
    documentingUserId: cast.coordinatorB.userId,
  });
  if (!reached("first_contact")) return;
  await event(cast.coordinatorA, { type: "record_first_contact" });
  if (!reached("pre_meeting")) return;
  await event(cast.coordinatorA, {
    type: "appoint_spokesperson",
    name: "Lena Berg",
    relation: "Moster",
  });
  await addNetworkMapEntry(db, cast.coordinatorA, caseId, {
    network: "private",
    sector: "family",
    name: "Mamma och pappa",
    relation: "vårdnadshavare",
    closeness: 1,
    unitId: null,
  });
  await addNetworkMapEntry(db, cast.coordinatorA, caseId, {
    network: "private",
    sector: "relatives",
    name: "Lena Berg",
    relation: "moster, språkrör",
    closeness: 1,
    unitId: null,
  });
  await addNetworkMapEntry(db, cast.coordinatorA, caseId, {
    network: "private",
    sector: "leisure",
    name: "Fotbollstränaren",
    relation: "tränare",
    closeness: 2,
    unitId: null,
  });
  await addNetworkMapEntry(db, cast.coordinatorA, caseId, {
    network: "professional",
    sector: "school",
    name: cast.mentor.displayName,
    relation: "mentor",
    closeness: 1,
    unitId: null,
  });
  await addNetworkMapEntry(db, cast.coordinatorA, caseId, {
    network: "professional",
    sector: "health",
    name: "BUP Kringland",
    relation: "utredning pågår",
    closeness: 3,
    unitId: null,
  });
  await meeting(
    "pre_meeting",
    "Syftet är att barnet ska komma tillbaka till skolan och må bättre.",
    "Jag vill att det ska bli lugnare hemma.",
  );
  if (!reached("network_meeting_1")) return;
  await meeting(
    "network_meeting_1",
    "Var och en tar med förslag på vad de kan bidra med till nästa möte.",
    "Jag vill ha någon att prata med i skolan.",
  );
  // The principal joins the network after network meeting 1 and appoints the contact person
  // from within it (the raising unit's principal otherwise sees the request's status only); a
  // case left at network meeting 1 shows the appointment waiting in the principal's worklist.
  await addMember(db, cast.coordinatorA, caseId, {
    role: "participant",
    userId: cast.principal.userId,
    unitId: cast.principal.memberships[0]!.unitId,
  });
  if (!reached("network_meeting_2")) return;
  await event(cast.principal, {
    type: "appoint_contact_person",
    userId: cast.nurse.userId,
    unitId: ctx.unitIds.get(`${spec.area}-eht`)!,
  });
  await meeting(
    "network_meeting_2",
    "Handlingsplan med tre mål antagen; skolsköterskan är kontaktperson.",
    "Jag vill kunna vara med på idrotten igen.",
  );
  if (!reached("interventions")) return;
  // The plan is agreed as networks do it: written, then agreed by the family (the case's
  // `agree_plan` step follows from the agreement, never on its own).
  const content = await demoContent(ctx, spec, stockholmDate(ctx.today), caseId);
  await agreeDemoPlan(ctx, cast.coordinatorA, caseId, content);
  if (!reached("evaluation")) return;
  // The contact person leads the follow-up (Västbas steps 8-10): EHT, evaluation, closure.
  await event(cast.nurse, { type: "record_eht_review" });
  // The demo walks its cases in one day, so the evaluation starts early and says why.
  await event(cast.nurse, {
    type: "start_evaluation",
    earlyReason: "Familjen bad om en tidig utvärdering inför skolbytet till hösten.",
  });
  if (!reached("closed")) return;
  await meeting(
    "evaluation",
    "Målen är nådda; ärendet avslutas med överlämning till elevhälsan.",
    "Jag går till skolan varje dag nu och orkar vara med på idrotten.",
    [cast.nurse, cast.nurse],
  );
  await recordFollowUp(db, cast.nurse, caseId, {
    heldOn: stockholmDate(ctx.today),
    summary: "Alla mål är nådda.",
    assessments: content.goals.map((g) => ({ goalId: g.id, level: "achieved", comment: "" })),
    actions: [],
  });
  await event(cast.nurse, {
    type: "record_evaluation",
    evaluation: {
      goals: "met",
      familyView:
        "Vi har fått det stöd vi behövde och vet vart vi vänder oss om det blir svårt igen.",
      childView: "Jag går till skolan varje dag nu och orkar vara med på idrotten.",
    },
  });
  await event(cast.nurse, {
    type: "close",
    reason: "goals_met",
    earlyReason: "Målen är nådda och familjen vill avsluta; elevhälsan följer barnet vidare.",
    reflection: {
      whatWorked: "Ett gemensamt möte med alla runt barnet och en tydlig kontaktperson i skolan.",
      whatGotInTheWay: "Väntetiden till BUP och att socialtjänstens handläggare byttes två gånger.",
    },
  });
}
