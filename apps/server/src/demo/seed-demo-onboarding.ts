import { makePersonalNumber } from "@kring/domain";
import { addChildGuardian } from "../features/children/guardians.service";
import { raiseFamilyRequest } from "../features/family/family-support.service";
import { demoActor } from "./demo-actor";
import { DEMO_FAMILY_ACCOUNTS } from "./seed-demo-children";
import type { DemoContext } from "./seed-demo";

/**
 * Family onboarding in the demo (ADR 0044): the children's guardians have custody (joint where
 * there are two), and one child also has a father without custody, added by
 * the administrator on the child's guardian page. He is shown to the network as "utan vårdnad",
 * is not asked for consent or agreement, and cannot sign in to the child. The guardian
 * `vardnadshavare2` has also asked for support in the family view ("Vi vill ha stöd"): the
 * request waits in the intake queue with their consent.
 */
export async function seedDemoOnboarding(ctx: DemoContext) {
  const { db, tenantId } = ctx;
  // The third demo child (serial 902), one no demo test walks a case for.
  const child = await db
    .selectFrom("child")
    .select(["id", "family_name"])
    .where("tenant_id", "=", tenantId)
    .where("personal_number", "like", "________902_")
    .executeTakeFirstOrThrow();
  const admin = await demoActor(db, tenantId, "admin");
  await addChildGuardian(db, admin, child.id, {
    givenName: "Johan",
    familyName: child.family_name,
    personalNumber: makePersonalNumber("1979-06-14", 991),
    phone: "070-412 55 10",
    email: null,
    custody: false,
  });
  const family2 = await demoActor(db, tenantId, DEMO_FAMILY_ACCOUNTS[1].username);
  const [child2] = await db
    .selectFrom("guardian as g")
    .innerJoin("child_guardian as cg", "cg.guardian_id", "g.id")
    .select("cg.child_id")
    .where("g.user_id", "=", family2.userId)
    .execute();
  await raiseFamilyRequest(db, family2, child2!.child_id, {
    worry:
      "Vi är oroliga för att vårt barn sover dåligt och är ledsen efter skolan. Vi vet inte vem vi ska prata med.",
    contactWay: "phone",
    contact: "070-318 22 41",
    contactTime: "Efter klockan 16 på vardagar",
    consent: true,
  });
}
