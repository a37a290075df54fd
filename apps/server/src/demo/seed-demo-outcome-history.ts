import { sql } from "kysely";
import type { InstrumentAnswers } from "@kring/contracts";
import {
  type CaseState,
  type DeclineReason,
  addDays,
  createCase,
  stockholmDate,
} from "@kring/domain/cases";
import { ORS_ITEM_KEYS, SDQ_FORMS, SRS_ITEM_KEYS } from "@kring/domain/instruments";
import { DEFAULT_THRESHOLDS } from "../features/instruments/instrument-settings";
import type { FormIdentity } from "../features/instruments/instrument-forms";
import { scoreAnswers } from "../features/instruments/scoring";
import { DEMO_AREAS } from "./demo-structure";
import type { DemoContext } from "./seed-demo";
import { insertClosedHistoryCase, walkedPlan } from "./demo-history";

// History for the steering group's outcome figures (issue 20), in every area: twelve closed
// cases of about fourteen months each, measured as HLT asks (SDQ before network meeting 1, after
// six months and at closure; CORS and CSRS at meetings), seven whose SDQ and CORS improved and
// five whose did not; ten requests found not to be collaboration cases, with reasons; and
// leaving grades for the children. Sized so the figures clear the small-count rule (five or
// more on each side) for the current term, in every area, so that no small area hides the
// others' figures by complementary suppression. Stored directly, like the experience history:
// their networks have long left them, and the scores are the domain's.

const CASES = 12;
const IMPROVED = 7;

/** SDQ ticks whose total difficulties score is `total` (0-30): non-reversed difficulty items. */
function sdqTicks(total: number): (0 | 1 | 2)[] {
  let left = total;
  return SDQ_FORMS.items.map((item) => {
    if (item.scale === "prosocial") return 2;
    if (item.reversed) return 2; // scored 0: the positively worded item is certainly true
    const tick = Math.min(2, left) as 0 | 1 | 2;
    left -= tick;
    return tick;
  });
}

/** The four marks of a VAS form, even, summing to about `total`. */
const vas = <K extends string>(keys: readonly K[], total: number) =>
  Object.fromEntries(keys.map((k) => [k, Math.round((total / keys.length) * 10) / 10])) as Record<
    K,
    number
  >;

export async function seedDemoOutcomeHistory(ctx: DemoContext) {
  const { db, tenantId, unitIds, userIds } = ctx;
  const today = stockholmDate(ctx.today);
  const children = await db
    .selectFrom("child")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .orderBy(sql`substring(personal_number from 9 for 3)`)
    .execute();
  const walked = await walkedPlan(db, tenantId);

  for (const [a, area] of DEMO_AREAS.entries()) {
    const key = area.toLowerCase();
    const mentor = userIds.get(`mentor.${key}`)!;
    const measure = async (
      caseId: string,
      childId: string,
      form: FormIdentity,
      answers: InstrumentAnswers,
      on: string,
    ) => {
      const request = await db
        .insertInto("instrument_request")
        .values({
          tenant_id: tenantId,
          case_id: caseId,
          child_id: childId,
          ...form,
          respondent_kind: "professional",
          respondent_user_id: mentor,
          occasion: form.instrument === "sdq" ? "periodic" : "meeting",
          due_date: on,
          status: "submitted",
          requested_by: mentor,
          requested_at: new Date(`${on}T07:00:00Z`),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("instrument_response")
        .values({
          tenant_id: tenantId,
          request_id: request.id,
          answers: JSON.stringify(answers),
          scores: JSON.stringify(scoreAnswers(form, answers, DEFAULT_THRESHOLDS, 10)),
          submitted_by: mentor,
          submitted_at: new Date(`${on}T10:00:00Z`),
        })
        .execute();
    };
    const sdq = (caseId: string, childId: string, total: number, on: string) =>
      measure(
        caseId,
        childId,
        { instrument: "sdq", informant: "parent", version: "4-17" },
        {
          form: "sdq-parent",
          answers: sdqTicks(total),
          noDifficulties: false,
          difficulties: 2,
          impact: [1, 1, 0, 1, 0],
        },
        on,
      );

    for (let i = 0; i < CASES; i++) {
      const improved = i < IMPROVED;
      const closedOn = addDays(today, -(4 + i * 6 + a));
      const requestedOn = addDays(closedOn, -420);
      const nm1 = addDays(requestedOn, 14);
      const state: CaseState = {
        ...createCase({ requestedOn, acute: false }),
        stage: "closed",
        accepted: true,
        firstContactOn: addDays(requestedOn, 4),
        planAgreedOn: addDays(requestedOn, 28),
        planVersion: 1,
        meetings: [
          { kind: "network_meeting_1", heldOn: nm1 },
          { kind: "network_meeting_2", heldOn: addDays(requestedOn, 28) },
          { kind: "evaluation", heldOn: closedOn },
        ],
        lastEvaluationOn: closedOn,
        evaluations: [
          {
            goals: improved ? "met" : "partly",
            familyView: "",
            childView: "",
            on: closedOn,
            atMeeting: true,
          },
        ],
        closure: {
          reason: improved ? "goals_met" : "family_declined",
          on: closedOn,
          earlyReason: "Familjen och nätverket är överens om att avsluta.",
        },
      };
      const childId = children[(8 + a * CASES + i) % children.length]!.id;
      const id = await insertClosedHistoryCase(db, {
        tenantId,
        childId,
        mentorId: mentor,
        schoolId: unitIds.get(`${key}-school`)!,
        concern: "Oro för mående och skolgång (avslutat ärende).",
        lastDecision: "Avslutat",
        state,
        walked,
      });
      // SDQ before meeting 1, at six months (the last five cases missed it) and at closure.
      await sdq(id, childId, improved ? 21 : 18, addDays(nm1, -3));
      if (i < CASES - 5) await sdq(id, childId, improved ? 16 : 18, addDays(nm1, 180));
      await sdq(id, childId, improved ? 12 : 17, addDays(closedOn, -2));
      // CORS and CSRS at the first and the evaluation meeting.
      for (const [on, ors, srs] of [
        [nm1, 18, 34],
        [closedOn, improved ? 27 : 20, improved ? 37 : 33],
      ] as const) {
        await measure(
          id,
          childId,
          { instrument: "ors", informant: "self", version: "CORS" },
          { form: "cors", items: vas(ORS_ITEM_KEYS.CORS, ors) },
          on,
        );
        await measure(
          id,
          childId,
          { instrument: "srs", informant: "self", version: "CSRS" },
          {
            form: "csrs",
            items: vas(SRS_ITEM_KEYS, srs),
          },
          on,
        );
      }
      // Leaving grades of the spring term before: a dash in mathematics for the last five.
      const term = `VT${Number(today.slice(0, 4)) - (today.slice(5) > "06-30" ? 0 : 1)}`;
      for (const subject of ["SV", "MA", "EN", "SH"])
        await db
          .insertInto("school_grade")
          .values({
            tenant_id: tenantId,
            child_id: childId,
            term,
            school_year: 9,
            subject,
            grade: i >= IMPROVED && subject === "MA" ? "-" : improved ? "C" : "E",
            recorded_by: mentor,
          })
          .onConflict((oc) => oc.columns(["child_id", "term", "subject"]).doNothing())
          .execute();
    }

    // Ten requests in the last weeks that intake found not to be collaboration cases.
    const reasons: DeclineReason[] = ["single_organisation", "authority_action"];
    for (let i = 0; i < 10; i++) {
      const requestedOn = addDays(today, -(6 + i * 3 + a));
      const state: CaseState = {
        ...createCase({ requestedOn, acute: false }),
        stage: "declined",
        declined: {
          otherAction:
            i % 2 === 0 ? "Stöd inom elevhälsan." : "Socialtjänsten utreder efter orosanmälan.",
          reason: i % 2 === 0 ? "Behoven kan mötas inom skolan." : "Socialtjänsten tar vid.",
          reasonCode: reasons[i % 2]!,
          on: addDays(requestedOn, 2),
        },
      };
      await db
        .insertInto("cases")
        .values({
          tenant_id: tenantId,
          child_id: children[(a * 10 + i) % children.length]!.id,
          raised_by_user_id: mentor,
          raised_by_unit_id: unitIds.get(`${key}-school`)!,
          raised_by_role: "teacher_mentor",
          requested_at: new Date(`${requestedOn}T08:00:00Z`),
          concern: "Oro för skolgången (bedömd som inte samverkansärende).",
          acute: false,
          stage: "declined",
          last_decision: "Inte samverkansärende",
          state: JSON.stringify(state),
        })
        .execute();
    }
  }
}
