import { sql } from "kysely";
import type { InstrumentAnswers, SendInstrumentRequest } from "@kring/contracts";
import { ACTIVE_STAGES, addDays, stockholmDate } from "@kring/domain/cases";
import {
  ORS_ITEM_KEYS,
  SDQ_FORMS,
  SRS_ITEM_KEYS,
  sdqVersionFor,
  sessionVersionFor,
} from "@kring/domain/instruments";
import type { Actor } from "../platform/auth/actor";
import { addMember } from "../features/cases/case-members.service";
import { submitInCase } from "../features/instruments/case-instruments.service";
import { submitFamily } from "../features/instruments/family.service";
import { sendRequest } from "../features/instruments/send.service";
import { recordGrades, recordYear3 } from "../features/outcomes/school-outcomes.service";
import { demoActor } from "./demo-actor";
import { DEMO_CASES, type DemoCase } from "./demo-cases.data";
import { type Random, seededRandom } from "./random";
import type { DemoContext } from "./seed-demo";
import { DEMO_FAMILY_ACCOUNTS } from "./seed-demo-children";

// Outcome measurements over time in four demo cases, through the real services: the coordinator
// sends each form, the respondent answers, and the demo then dates it back to when it was taken.
// Families with accounts answer in the family view; otherwise the documenting coordinator
// transcribes a paper form. The demo tenant loads no licensed wording: forms show placeholders.

/** Per stage: SDQ rounds [days ago, difficulty 0-1] and sessions [days ago, ORS total]. */
// prettier-ignore
const HISTORY: Record<string, { sdq: [number, number][]; sessions: [number, number][] }> = {
  evaluation: {
    sdq: [[186, 0.8], [95, 0.55], [12, 0.3]],
    sessions: [[180, 15.5], [150, 17], [120, 22.6], [90, 24.2], [60, 30.1], [30, 33.4]],
  },
  interventions: { sdq: [[66, 0.7], [3, 0.5]], sessions: [[60, 18], [35, 21.4], [10, 23.5]] },
  network_meeting_2: { sdq: [[20, 0.65]], sessions: [[14, 19]] },
  network_meeting_1: { sdq: [[10, 0.6]], sessions: [] },
};

/**
 * 25 ticks whose expected score per item is 2 × level (stochastic rounding), so a falling level
 * gives a falling total; prosocial and reversed items run the other way.
 */
function sdqTicks(level: number, rnd: Random): (0 | 1 | 2)[] {
  return SDQ_FORMS.items.map((item) => {
    const good = item.scale === "prosocial" || item.reversed;
    const mean = (good ? 1 - level : level) * 2;
    return Math.min(2, Math.floor(mean + rnd.next())) as 0 | 1 | 2;
  });
}

function vasItems(keys: readonly string[], total: number, rnd: Random) {
  return Object.fromEntries(
    keys.map((k) => {
      const mark = total / keys.length + rnd.next() - 0.5;
      return [k, Math.max(0, Math.min(10, Math.round(mark * 10) / 10))];
    }),
  );
}

interface Measured {
  ctx: DemoContext;
  caseId: string;
  coordinator: Actor;
  /** Who answers as each informant, and as whom they are addressed. */
  respondents: Record<"parent" | "teacher" | "self", { actor: Actor; to: Respondent }>;
}
type Respondent = SendInstrumentRequest["respondent"];

/** Sends one form; when answers are given they are submitted and dated back `daysAgo`. */
async function measure(
  m: Measured,
  form: Pick<SendInstrumentRequest, "instrument" | "informant" | "version" | "occasion">,
  answered: { answers: unknown; daysAgo: number } | null,
) {
  const { actor, to } = m.respondents[form.informant];
  const today = stockholmDate(m.ctx.today);
  const id = await sendRequest(m.ctx.db, m.coordinator, m.caseId, {
    ...form,
    respondent: to,
    dueDate: addDays(today, answered ? -answered.daysAgo : 5),
    meetingId: null,
  });
  if (!answered) return;
  const answers = answered.answers as InstrumentAnswers;
  const daysAgo = answered.daysAgo;
  if (to.kind === "professional") await submitInCase(m.ctx.db, actor, m.caseId, id, answers);
  else await submitFamily(m.ctx.db, actor, id, answers);
  await sql`update instrument_request set requested_at = now() - make_interval(days => ${daysAgo + 5})
    where id = ${id}`.execute(m.ctx.db);
  await sql`update instrument_response set submitted_at = now() - make_interval(days => ${daysAgo})
    where request_id = ${id}`.execute(m.ctx.db);
}

type Cast = Awaited<ReturnType<typeof newCast>>;
/** Each case's respondents once; the mentor joins the network to answer the teacher's SDQ. */
async function castOf(
  ctx: DemoContext,
  spec: DemoCase,
  coordinator: Actor,
  casts: Map<string, Cast>,
) {
  const cached = casts.get(spec.concern);
  if (cached) return cached;
  const cast = await newCast(ctx, spec, coordinator);
  casts.set(spec.concern, cast);
  return cast;
}

async function newCast(ctx: DemoContext, spec: DemoCase, coordinator: Actor) {
  const as = (username: string) => demoActor(ctx.db, ctx.tenantId, username);
  const c = await ctx.db
    .selectFrom("cases as c")
    .innerJoin("child", "child.id", "c.child_id")
    .leftJoin("app_user as cu", "cu.id", "child.user_id")
    .select(["c.id", "c.child_id", "child.birth_date", "cu.username as child_username"])
    .where("c.tenant_id", "=", ctx.tenantId)
    .where("c.concern", "=", spec.concern)
    .executeTakeFirstOrThrow();
  const guardian = await ctx.db
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .innerJoin("app_user as u", "u.id", "g.user_id")
    .select(["g.id", "u.username"])
    .where("cg.child_id", "=", c.child_id)
    .executeTakeFirst();
  const mentor = await as(`mentor.${spec.area}`);
  await addMember(ctx.db, coordinator, c.id, {
    role: "participant",
    userId: mentor.userId,
    unitId: ctx.unitIds.get(`${spec.area}-school`)!,
  });
  const transcriber = await as("samordnare2");
  const professional = (actor: Actor) => ({
    actor,
    to: { kind: "professional" as const, userId: actor.userId },
  });
  const respondents: Measured["respondents"] = {
    teacher: professional(mentor),
    parent: guardian
      ? { actor: await as(guardian.username), to: { kind: "guardian", guardianId: guardian.id } }
      : professional(transcriber),
    self: c.child_username
      ? { actor: await as(c.child_username), to: { kind: "child" } }
      : professional(transcriber),
  };
  return { c, m: { ctx, caseId: c.id, coordinator, respondents } };
}

export async function seedDemoInstruments(ctx: DemoContext) {
  const rnd = seededRandom(3);
  const coordinator = await demoActor(ctx.db, ctx.tenantId, "samordnare");
  const today = stockholmDate(ctx.today);
  const casts = new Map<string, Cast>();
  for (const spec of DEMO_CASES.filter((s) => HISTORY[s.stage])) {
    const history = HISTORY[spec.stage]!;
    const { c, m } = await castOf(ctx, spec, coordinator, casts);
    for (const [round, [daysAgo, level]] of history.sdq.entries()) {
      for (const informant of ["parent", "teacher", "self"] as const) {
        const version = sdqVersionFor(informant, c.birth_date, addDays(today, -daysAgo));
        if (!version) continue;
        const impact = (informant === "teacher" ? [1, 1, 0] : [1, 0, 1, 1, 0]).map((v) =>
          level > 0.5 ? v + 1 : v,
        );
        // The overall answer follows how hard things are: minor to severe difficulties.
        const difficulties = level > 0.5 ? 2 : 1;
        const answers = {
          form: `sdq-${informant}`,
          answers: sdqTicks(level, rnd),
          difficulties,
          noDifficulties: false,
          impact,
        };
        const occasion = round === 0 ? "baseline" : "periodic";
        const form = { instrument: "sdq" as const, informant, version, occasion } as const;
        await measure(m, form, { answers, daysAgo });
      }
    }
    for (const [daysAgo, orsTotal] of history.sessions) {
      for (const instrument of ["ors", "srs"] as const) {
        const version = sessionVersionFor(instrument, c.birth_date, addDays(today, -daysAgo));
        if (!version) continue;
        const keys = instrument === "srs" ? SRS_ITEM_KEYS : ORS_ITEM_KEYS[version as "ORS"];
        // The alliance starts shaky (SRS under 36) and settles as the work goes on.
        const total = instrument === "ors" ? orsTotal : Math.min(39.6, 32 + orsTotal / 5);
        const answers = { form: version.toLowerCase(), items: vasItems(keys, total, rnd) };
        const form = { instrument, informant: "self", version, occasion: "extra" } as const;
        await measure(m, form, { answers, daysAgo });
      }
    }
    await schoolOutcomes(ctx, coordinator, c.child_id);
  }
  await familyForms(ctx, coordinator, casts);
}

/**
 * Open forms for the demo family (README: vardnadshavare, barn) to fill in, when their child
 * has a running case: the guardian's SDQ, and the child's own SDQ and ORS if old enough.
 */
async function familyForms(ctx: DemoContext, coordinator: Actor, casts: Map<string, Cast>) {
  const running = await ctx.db
    .selectFrom("guardian as g")
    .innerJoin("app_user as u", "u.id", "g.user_id")
    .innerJoin("child_guardian as cg", "cg.guardian_id", "g.id")
    .innerJoin("cases", "cases.child_id", "cg.child_id")
    .select("cases.concern")
    .where("u.username", "=", DEMO_FAMILY_ACCOUNTS[0].username)
    .where("cases.stage", "in", ACTIVE_STAGES)
    .executeTakeFirst();
  const spec = DEMO_CASES.find((s) => s.concern === running?.concern);
  if (!spec) return;
  const { c, m } = await castOf(ctx, spec, coordinator, casts);
  const today = stockholmDate(ctx.today);
  for (const informant of ["parent", "self"] as const) {
    const version = sdqVersionFor(informant, c.birth_date, today);
    if (version && m.respondents[informant].to.kind !== "professional")
      await measure(m, { instrument: "sdq", informant, version, occasion: "periodic" }, null);
  }
  const ors = sessionVersionFor("ors", c.birth_date, today);
  if (ors && m.respondents.self.to.kind === "child")
    await measure(
      m,
      { instrument: "ors", informant: "self", version: ors, occasion: "extra" },
      null,
    );
}

/** Last school year's grades (from year 6) and the year-3 tests, as the school reported them. */
async function schoolOutcomes(ctx: DemoContext, coordinator: Actor, childId: string) {
  const unit = await ctx.db
    .selectFrom("child_unit")
    .select("school_year")
    .where("child_id", "=", childId)
    .where("to_date", "is", null)
    .executeTakeFirst();
  const autumn = ctx.today.getUTCMonth() >= 7;
  const spring = ctx.today.getUTCFullYear() - (autumn ? 0 : 1);
  const lastYear = (unit?.school_year ?? 0) - (autumn ? 1 : 0);
  const subjects = ["MA", "SV", "EN", "IDH", "BI"] as const;
  const grades = (g: ("C" | "D" | "E" | "F")[]) =>
    subjects.map((subject, i) => ({ subject, grade: g[i]! }));
  if (lastYear >= 6) {
    await recordGrades(ctx.db, coordinator, childId, {
      term: `HT${spring - 1}`,
      schoolYear: lastYear,
      grades: grades(["F", "E", "D", "C", "E"]),
    });
    await recordGrades(ctx.db, coordinator, childId, {
      term: `VT${spring}`,
      schoolYear: lastYear,
      grades: grades(["E", "E", "C", "C", "D"]),
    });
  }
  if (lastYear >= 3)
    await recordYear3(ctx.db, coordinator, childId, {
      term: `VT${spring - (lastYear - 3)}`,
      results: [
        { area: "reading", result: "met" },
        { area: "writing", result: "not_met" },
        { area: "mathematics", result: "met" },
      ],
    });
}
