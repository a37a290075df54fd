import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";
import { recordAudit } from "../../platform/audit/audit";

export async function findTenant(db: Kysely<Database>, slug?: string) {
  const tenants = await db.selectFrom("tenant").selectAll().orderBy("created_at").execute();
  return slug
    ? tenants.find((t) => t.slug === slug)
    : tenants.length === 1
      ? tenants[0]
      : undefined;
}

export async function createTenant(db: Kysely<Database>, input: { slug: string; name: string }) {
  return db.transaction().execute(async (trx) => {
    const tenant = await trx
      .insertInto("tenant")
      .values(input)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      { tenantId: tenant.id, userId: null, system: "setup" },
      {
        action: "tenant.create",
        entityType: "tenant",
        entityId: tenant.id,
      },
    );
    return tenant;
  });
}
