import { sql } from "kysely";
import {
  type CaseState,
  type Reflection,
  addDays,
  createCase,
  stockholmDate,
} from "@kring/domain/cases";
import { themesOf } from "../features/experience-log/themes.service";
import { DEMO_AREAS } from "./demo-structure";
import { DEMO_CONCLUSIONS, REFLECTION_TEXTS, THEME_PATTERNS } from "./demo-experience.data";
import type { DemoContext } from "./seed-demo";
import { insertClosedHistoryCase, walkedPlan } from "./demo-history";

// The experience log's demo (issue 20.3): a year of closed cases in every area with themed
// reflections, so that "väntetider" and "samverkan" show per term while rarer themes stay
// hidden under the small-count rule, and two conclusions of the steering group. The history's
// cases are stored closed (their network has long left them), with the dates of a case that
// went the whole way, so the steering figures count them as they would any other.

const PER_AREA = 12;

export async function seedDemoExperience(ctx: DemoContext) {
  const { db, tenantId, unitIds, userIds } = ctx;
  const today = stockholmDate(ctx.today);
  const themes = await themesOf(db, tenantId);
  const theme = (name: string) => themes.find((t) => t.name === name)!.id;
  const organisations = await db
    .selectFrom("organisation")
    .select(["id", "name"])
    .where("tenant_id", "=", tenantId)
    .execute();
  const municipality = organisations.find((o) => o.name === "Kringby kommun")!.id;
  const region = organisations.find((o) => o.name === "Region Kringland")!.id;
  const children = await db
    .selectFrom("child")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .orderBy(sql`substring(personal_number from 9 for 3)`)
    .execute();

  // The cases walked to closure by the demo name their themes too.
  const walked = await db
    .selectFrom("cases")
    .select(["id", "state"])
    .where("tenant_id", "=", tenantId)
    .where("stage", "=", "closed")
    .execute();
  for (const c of walked) {
    const state = c.state as unknown as CaseState;
    if (!state.closure?.reflection) continue;
    const reflection: Reflection = {
      ...state.closure.reflection,
      themeIds: [theme("väntetider"), theme("samverkan")],
      organisationId: region,
    };
    const next = { ...state, closure: { ...state.closure, reflection } };
    await db
      .updateTable("cases")
      .set({ state: JSON.stringify(next) })
      .where("id", "=", c.id)
      .execute();
  }

  const planContent = await walkedPlan(db, tenantId);

  let n = 0;
  for (const [a, area] of DEMO_AREAS.entries()) {
    const key = area.toLowerCase();
    for (let i = 0; i < PER_AREA; i++, n++) {
      const closedOn = addDays(today, -(20 + i * 26 + a * 3));
      const requestedOn = addDays(closedOn, -(190 + (n % 5) * 20));
      const late = n % 4 === 0;
      const text = REFLECTION_TEXTS[(i + a) % REFLECTION_TEXTS.length]!;
      const reflection: Reflection = {
        ...text,
        themeIds: THEME_PATTERNS[i % THEME_PATTERNS.length]!.map(theme),
        organisationId: i % 3 === 0 ? region : municipality,
      };
      const state: CaseState = {
        ...createCase({ requestedOn, acute: false }),
        stage: "closed",
        accepted: true,
        firstContactOn: addDays(requestedOn, late ? 10 : 3),
        planAgreedOn: addDays(requestedOn, late ? 41 : 26),
        planVersion: 1,
        meetings: [
          { kind: "network_meeting_1", heldOn: addDays(requestedOn, late ? 30 : 14) },
          { kind: "network_meeting_2", heldOn: addDays(requestedOn, late ? 41 : 26) },
          { kind: "evaluation", heldOn: closedOn },
        ],
        lastEvaluationOn: closedOn,
        evaluations: [
          {
            goals: "met",
            familyView: "Vi har fått det stöd vi behövde.",
            childView: "Det känns bättre i skolan nu.",
            on: closedOn,
            atMeeting: true,
          },
        ],
        closure: {
          reason: "goals_met",
          reflection,
          on: closedOn,
          earlyReason: "Målen är nådda och familjen vill avsluta; elevhälsan följer vidare.",
        },
      };
      const childId = children[33 + (n % 27)]!.id;
      await insertClosedHistoryCase(db, {
        tenantId,
        childId,
        mentorId: userIds.get(`mentor.${key}`)!,
        schoolId: unitIds.get(`${key}-school`)!,
        concern: "Oro för frånvaro och mående (avslutat ärende).",
        lastDecision: "Avslutat: målen nådda",
        state,
        walked: planContent,
      });
    }
  }

  const areas = await db
    .selectFrom("area")
    .select(["id", "name"])
    .where("tenant_id", "=", tenantId)
    .execute();
  for (const c of DEMO_CONCLUSIONS)
    await db
      .insertInto("steering_conclusion")
      .values({
        tenant_id: tenantId,
        area_id: c.area ? areas.find((x) => x.name === c.area)!.id : null,
        theme_ids: JSON.stringify(c.themes.map(theme)),
        saw: c.saw,
        decided: c.decided,
        follow_up: c.followUp,
        owner_user_id: userIds.get(c.owner)!,
        follow_up_on: addDays(today, c.inDays),
        created_by_user_id: userIds.get("styrgrupp")!,
      })
      .execute();
}
