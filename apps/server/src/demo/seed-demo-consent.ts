import { applyCaseEvent } from "../features/cases/case-events.service";
import { registerRequest } from "../features/cases/cases.service";
import { askFamilyForConsent } from "../features/cases/consent-requests.service";
import { demoActor } from "./demo-actor";
import { DEMO_FAMILY_ACCOUNTS } from "./seed-demo-children";
import type { DemoContext } from "./seed-demo";

/**
 * A new request waiting for the guardian's digital consent (ADR 0020): the mentor in Ersboda
 * raised it for the child of `vardnadshavare2` and sent it, and asked the family to consent in
 * the family view. Until the guardian answers, intake cannot see it; once they give it, it is in
 * the central coordinators' queue.
 */
export async function seedDemoConsentRequest(ctx: DemoContext) {
  const { db, tenantId, unitIds } = ctx;
  const account = DEMO_FAMILY_ACCOUNTS[1];
  const child = await db
    .selectFrom("guardian as g")
    .innerJoin("app_user as u", "u.id", "g.user_id")
    .innerJoin("child_guardian as cg", "cg.guardian_id", "g.id")
    .innerJoin("child", "child.id", "cg.child_id")
    .select(["child.id", "child.given_name"])
    .where("u.username", "=", account.username)
    .where("g.tenant_id", "=", tenantId)
    .executeTakeFirstOrThrow();
  const mentor = await demoActor(db, tenantId, "mentor.ersboda");
  const school = unitIds.get("ersboda-school")!;
  const caseId = await registerRequest(db, mentor, {
    childId: child.id,
    raisedByUnitId: school,
    concern: `${child.given_name} har varit mycket borta från skolan de senaste veckorna och säger att det gör ont i magen på morgnarna.`,
    triedSoFar: "Samtal med eleven och hemmet; anpassat schema på förmiddagarna.",
    acute: false,
    involvedUnitIds: [unitIds.get("ersboda-eht")!],
    consent: null,
  });
  await applyCaseEvent(db, mentor, caseId, { version: 1, event: { type: "submit" } });
  await askFamilyForConsent(db, mentor, caseId, {
    unitIds: [school, unitIds.get("ersboda-eht")!, unitIds.get("central-eht")!],
    purpose: `Samordnat stöd runt ${child.given_name} från skolan, elevhälsan och centrala elevhälsan`,
    validUntil: null,
  });
}
