import type { Kysely } from "kysely";
import { DANDERYD_STAIRCASE } from "@kring/domain/attendance";
import type { Database } from "../apps/server/src/platform/db/schema";

/** The benchmark's municipality with Danderyd's staircase, and the system actor that imports. */
export async function createBenchTenant(db: Kysely<Database>) {
  const tenant = await db
    .insertInto("tenant")
    .values({ slug: "bench", name: "Benchkommun" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("organisation")
    .values({ tenant_id: tenant.id, name: "Benchkommun", kind: "municipality" })
    .execute();
  await db
    .insertInto("attendance_staircase")
    .values({
      tenant_id: tenant.id,
      unit_id: null,
      staircase: JSON.stringify(DANDERYD_STAIRCASE),
      updated_by: null,
    })
    .execute();
  return { tenantId: tenant.id, userId: null, system: "bench" };
}
