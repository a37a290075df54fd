import { sql } from "kysely";
import type { CaseEventInput } from "@kring/contracts";
import type { Actor } from "../platform/auth/actor";
import { applyCaseEvent } from "../features/cases/case-events.service";
import { registerRequest } from "../features/cases/cases.service";
import { addNetworkMapEntry } from "../features/cases/network-map.service";
import { createMeeting, updateMeeting } from "../features/cases/meetings.service";
import { demoActor } from "./demo-actor";
import type { DemoContext } from "./seed-demo";

// How far each demo case has come. Each walks the real process up to its stage.
const PATH = [
  "request",
  "assessment",
  "coordinators_appointed",
  "first_contact",
  "pre_meeting",
  "network_meeting_1",
  "network_meeting_2",
  "interventions",
  "evaluation",
  "closed",
] as const;
type DemoStage = (typeof PATH)[number] | "declined" | "authority_action";

interface DemoCase {
  childIndex: number;
  area: string;
  stage: DemoStage;
  acute?: boolean;
  daysAgo: number;
  concern: string;
}

export const DEMO_CASES: DemoCase[] = [
  {
    childIndex: 4,
    area: "mariehem",
    stage: "request",
    daysAgo: 1,
    concern: "Eleven har varit frånvarande mycket senaste månaden och verkar orolig.",
  },
  {
    childIndex: 8,
    area: "mariehem",
    stage: "assessment",
    daysAgo: 2,
    concern: "Vårdnadshavarna ber om hjälp; barnet har svårt att komma till skolan på morgnarna.",
  },
  {
    childIndex: 12,
    area: "mariehem",
    stage: "assessment",
    acute: true,
    daysAgo: 0,
    concern: "Barnet berättar om våld i hemmet. Akut.",
  },
  {
    childIndex: 1,
    area: "ersboda",
    stage: "declined",
    daysAgo: 12,
    concern: "Konflikter på rasterna och utbrott i klassrummet.",
  },
  {
    childIndex: 5,
    area: "ersboda",
    stage: "coordinators_appointed",
    daysAgo: 9,
    concern: "Oro för barnets mående och sömn; skolarbetet har stannat av.",
  },
  {
    childIndex: 9,
    area: "ersboda",
    stage: "first_contact",
    daysAgo: 14,
    concern: "Barnet isolerar sig och har slutat med fotbollen.",
  },
  {
    childIndex: 2,
    area: "holmsund",
    stage: "pre_meeting",
    daysAgo: 18,
    concern: "Hög frånvaro och familjen har flyttat in nyligen.",
  },
  {
    childIndex: 0,
    area: "mariehem",
    stage: "network_meeting_1",
    daysAgo: 24,
    concern: "Alva har hög frånvaro, sover dåligt och familjen behöver stöd från flera håll.",
  },
  {
    childIndex: 6,
    area: "holmsund",
    stage: "network_meeting_2",
    daysAgo: 35,
    concern: "Svårigheter med koncentration och kamratrelationer.",
  },
  {
    childIndex: 3,
    area: "teg",
    stage: "interventions",
    daysAgo: 80,
    concern: "Barnet har en neuropsykiatrisk diagnos och stödet behöver samordnas.",
  },
  {
    childIndex: 10,
    area: "teg",
    stage: "evaluation",
    daysAgo: 200,
    concern: "Långvarig skolfrånvaro och oro i familjen.",
  },
  {
    childIndex: 14,
    area: "holmsund",
    stage: "closed",
    daysAgo: 230,
    concern: "Oro för nedstämdhet efter föräldrarnas separation.",
  },
  {
    childIndex: 13,
    area: "teg",
    stage: "authority_action",
    daysAgo: 20,
    concern: "Misstanke om att barnet far illa.",
  },
];

export async function seedDemoCases(ctx: DemoContext): Promise<number> {
  const { db, tenantId, unitIds } = ctx;
  const children = await db
    .selectFrom("child")
    .select(["id", "given_name"])
    .where("tenant_id", "=", tenantId)
    .orderBy("created_at")
    .execute();
  const as = (username: string) => demoActor(db, tenantId, username);
  const coordinatorA = await as("samordnare");
  const coordinatorB = await as("samordnare2");
  for (const spec of DEMO_CASES) {
    const child = children[spec.childIndex]!;
    const mentor = await as(`mentor.${spec.area}`);
    await db
      .insertInto("child_professional")
      .values({
        tenant_id: tenantId,
        child_id: child.id,
        user_id: mentor.userId,
        relation: "mentor",
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const school = unitIds.get(`${spec.area}-school`)!;
    const consentUnits = [
      school,
      unitIds.get(`${spec.area}-eht`)!,
      unitIds.get("central-eht")!,
      unitIds.get("ifo")!,
      unitIds.get("bup")!,
    ];
    const guardians = await db
      .selectFrom("child_guardian")
      .select("guardian_id")
      .where("child_id", "=", child.id)
      .execute();
    const caseId = await registerRequest(db, mentor, {
      childId: child.id,
      raisedByUnitId: school,
      concern: spec.concern,
      triedSoFar: "Samtal med eleven och vårdnadshavarna; extra anpassningar i klassrummet.",
      acute: spec.acute ?? false,
      involvedUnitIds: [unitIds.get(`${spec.area}-eht`)!],
      consent:
        spec.stage === "request"
          ? null
          : {
              givenBy: [
                ...guardians.map((g) => ({ kind: "guardian" as const, guardianId: g.guardian_id })),
                { kind: "child" as const },
              ],
              unitIds: consentUnits,
              purpose: `Samordnat stöd runt ${child.given_name} i skola, elevhälsa, socialtjänst och BUP`,
            },
    });
    // Dates as if the need was raised some days ago, so deadlines show as they would in real life.
    await sql`update cases set requested_at = now() - make_interval(days => ${spec.daysAgo}),
      state = jsonb_set(state, '{requestedOn}', to_jsonb(to_char(now() - make_interval(days => ${spec.daysAgo}), 'YYYY-MM-DD')))
      where id = ${caseId}`.execute(db);
    await walk(ctx, caseId, spec, {
      mentor,
      coordinatorA,
      coordinatorB,
      principal: await as(`rektor.${spec.area}`),
      nurse: await as(`skolskoterska.${spec.area}`),
    });
  }
  return DEMO_CASES.length;
}

interface Cast {
  mentor: Actor;
  coordinatorA: Actor;
  coordinatorB: Actor;
  principal: Actor;
  nurse: Actor;
}

async function walk(ctx: DemoContext, caseId: string, spec: DemoCase, cast: Cast) {
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
    kind: "pre_meeting" | "network_meeting_1" | "network_meeting_2",
    decision: string,
    childVoice: string,
  ) => {
    const members = await db
      .selectFrom("case_member")
      .select("id")
      .where("case_id", "=", caseId)
      .where("left_at", "is", null)
      .execute();
    const start = new Date(Date.now() - 86_400_000);
    const id = await createMeeting(db, cast.coordinatorA, caseId, {
      kind,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
      place: "Centrala elevhälsan, rum 2",
      videoLink: null,
      inviteeMemberIds: members.map((m) => m.id),
    });
    await updateMeeting(db, cast.coordinatorB, caseId, id, {
      version: 1,
      minutes: "Alla deltagare presenterade sig och sin roll.",
      decisions: [decision],
      childVoice,
      status: "held",
    });
  };

  if (spec.stage === "authority_action") {
    await event(cast.mentor, {
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
  await event(cast.coordinatorA, { type: "agree_plan" });
  if (!reached("evaluation")) return;
  await event(cast.nurse, { type: "record_eht_review" });
  await event(cast.coordinatorA, { type: "start_evaluation" });
  if (!reached("closed")) return;
  await event(cast.coordinatorA, {
    type: "close",
    reason: "goals_met",
    reflection: {
      whatWorked: "Ett gemensamt möte med alla runt barnet och en tydlig kontaktperson i skolan.",
      whatGotInTheWay: "Väntetiden till BUP och att socialtjänstens handläggare byttes två gånger.",
    },
  });
}
