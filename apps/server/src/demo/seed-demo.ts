import type { Kysely } from "kysely";
import type { Database } from "../platform/db/schema";
import { recordAudit } from "../platform/audit/audit";
import { hashPassword } from "../platform/auth/password";
import { createTenant, findTenant } from "../features/organisation/tenant";
import {
  DEMO_AREAS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_UNITS,
  DEMO_USERS,
  type DemoOrganisation,
} from "./demo-structure";
import { seedDemoAttendance } from "./seed-demo-attendance";
import { seedDemoCases } from "./seed-demo-cases";
import { seedDemoConsentRequest } from "./seed-demo-consent";
import { seedDemoExperience } from "./seed-demo-experience";
import { seedDemoOutcomeHistory } from "./seed-demo-outcome-history";
import { seedDemoInstruments } from "./seed-demo-instruments";
import { seedDemoLogReview } from "./seed-demo-log-review";
import { seedDemoOffer } from "./seed-demo-offer";
import { seedDemoOnboarding } from "./seed-demo-onboarding";
import { seedDemoPlans } from "./seed-demo-plans";
import { seedDemoEarlySupport } from "./seed-demo-early-support";
import { seedDemoRetention } from "./seed-demo-retention";
import { seedDemoSignIn } from "./seed-demo-sign-in";
import { DEMO_CHILD_COUNT, seedDemoChildren } from "./seed-demo-children";

export interface DemoContext {
  db: Kysely<Database>;
  tenantId: string;
  unitIds: Map<string, string>;
  userIds: Map<string, string>;
  today: Date;
}

/** Fills an empty database with the fictional municipality. Returns false if it already exists. */
export async function seedDemo(db: Kysely<Database>, today = new Date()): Promise<boolean> {
  if (await findTenant(db, DEMO_TENANT.slug)) return false;
  const tenant = await createTenant(db, DEMO_TENANT);
  const tenantId = tenant.id;
  // The demo signs administrators in with the password alone, so that anyone can try it; a real
  // tenant keeps the default and has its administrators enrol a second factor (README).
  await db
    .updateTable("tenant")
    .set({ require_admin_mfa: false })
    .where("id", "=", tenantId)
    .execute();
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const ctx = await db.transaction().execute(async (trx) => {
    const organisationIds = new Map<DemoOrganisation, string>();
    for (const [key, o] of Object.entries(DEMO_ORGANISATIONS)) {
      const row = await trx
        .insertInto("organisation")
        .values({ tenant_id: tenantId, name: o.name, kind: o.kind })
        .returning("id")
        .executeTakeFirstOrThrow();
      organisationIds.set(key as DemoOrganisation, row.id);
    }
    const municipality = { id: organisationIds.get("municipality")! };
    const areaIds = new Map<string, string>();
    for (const name of DEMO_AREAS) {
      const area = await trx
        .insertInto("area")
        .values({ tenant_id: tenantId, organisation_id: municipality.id, name })
        .returning("id")
        .executeTakeFirstOrThrow();
      areaIds.set(name, area.id);
    }
    const unitIds = new Map<string, string>();
    for (const u of DEMO_UNITS) {
      const unit = await trx
        .insertInto("unit")
        .values({
          tenant_id: tenantId,
          organisation_id: organisationIds.get(u.organisation ?? "municipality")!,
          area_id: u.area ? areaIds.get(u.area)! : null,
          name: u.name,
          kind: u.kind,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      unitIds.set(u.key, unit.id);
    }
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const user = await trx
        .insertInto("app_user")
        .values({
          tenant_id: tenantId,
          username: u.username,
          display_name: u.displayName,
          email: `${u.username}@kringby.example`,
          kind: "professional",
          password_hash: passwordHash,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      userIds.set(u.username, user.id);
      for (const [unitKey, role] of u.memberships) {
        await trx
          .insertInto("membership")
          .values({ tenant_id: tenantId, user_id: user.id, unit_id: unitIds.get(unitKey)!, role })
          .execute();
      }
    }
    return { db: trx, tenantId, unitIds, userIds, today };
  });

  await db.transaction().execute(async (trx) => {
    await seedDemoChildren({ ...ctx, db: trx }, passwordHash);
  });
  // The joint offer first: the cases' plans choose an action from it.
  await seedDemoOffer({ ...ctx, db });
  // Cases go through the services, each step in its own transaction as in real use.
  const cases = await seedDemoCases({ ...ctx, db });
  await seedDemoInstruments({ ...ctx, db });
  await seedDemoPlans({ ...ctx, db });
  await seedDemoAttendance({ ...ctx, db });
  await seedDemoConsentRequest({ ...ctx, db });
  await seedDemoOnboarding({ ...ctx, db });
  await seedDemoRetention({ ...ctx, db });
  await seedDemoLogReview({ ...ctx, db });
  await seedDemoSignIn({ ...ctx, db });
  await seedDemoEarlySupport({ ...ctx, db });
  await seedDemoExperience({ ...ctx, db });
  await seedDemoOutcomeHistory({ ...ctx, db });
  await db.transaction().execute(async (trx) => {
    await recordAudit(
      trx,
      { tenantId, userId: null, system: "demo" },
      {
        action: "demo.seed",
        entityType: "tenant",
        entityId: tenantId,
        details: {
          users: DEMO_USERS.length,
          units: DEMO_UNITS.length,
          children: DEMO_CHILD_COUNT,
          cases,
        },
      },
    );
  });
  return true;
}
