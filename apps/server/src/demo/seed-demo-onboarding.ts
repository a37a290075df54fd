import { makePersonalNumber } from "@kring/domain";
import { addChildGuardian } from "../features/children/guardians.service";
import { demoActor } from "./demo-actor";
import { DEMO_FAMILY_ACCOUNTS } from "./seed-demo-children";
import type { DemoContext } from "./seed-demo";

/**
 * Family onboarding in the demo (ADR 0038): the children's guardians have custody (joint where
 * there are two), and the child of `vardnadshavare` also has a father without custody, added by
 * the administrator on the child's guardian page. He is shown to the network as "utan vårdnad",
 * is not asked for consent or agreement, and cannot sign in to the child.
 */
export async function seedDemoOnboarding(ctx: DemoContext) {
  const { db, tenantId } = ctx;
  const child = await db
    .selectFrom("guardian as g")
    .innerJoin("app_user as u", "u.id", "g.user_id")
    .innerJoin("child_guardian as cg", "cg.guardian_id", "g.id")
    .innerJoin("child", "child.id", "cg.child_id")
    .select(["child.id", "child.family_name"])
    .where("u.username", "=", DEMO_FAMILY_ACCOUNTS[0].username)
    .where("g.tenant_id", "=", tenantId)
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
}
