import { sql } from "kysely";
import { registerRequest } from "../features/cases/cases.service";
import { demoActor } from "./demo-actor";
import { walk } from "./demo-case-walk";
import { DEMO_CASES, type DemoCase } from "./demo-cases.data";
import type { DemoContext } from "./seed-demo";

export async function seedDemoCases(
  ctx: DemoContext,
  specs: DemoCase[] = DEMO_CASES,
): Promise<number> {
  const { db, tenantId, unitIds } = ctx;
  const children = await db
    .selectFrom("child")
    .select(["id", "given_name"])
    .where("tenant_id", "=", tenantId)
    // Demo children are numbered by the serial of their personal number (see seed-demo-children).
    .orderBy(sql`substring(personal_number from 9 for 3)`)
    .execute();
  const as = (username: string) => demoActor(db, tenantId, username);
  const coordinatorA = await as("samordnare");
  const coordinatorB = await as("samordnare2");
  for (const spec of specs) {
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
              method: "oral" as const,
              meeting: "Samtal med familjen på skolan",
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
  return specs.length;
}
