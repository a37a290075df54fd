import type { Kysely } from "kysely";
import type { Actor } from "../platform/auth/actor";
import type { Database } from "../platform/db/schema";

/** The demo's people act through the same services as real users, so demo data obeys every rule. */
export async function demoActor(
  db: Kysely<Database>,
  tenantId: string,
  username: string,
): Promise<Actor> {
  const user = await db
    .selectFrom("app_user")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  const memberships = await db
    .selectFrom("membership")
    .select(["unit_id", "role"])
    .where("user_id", "=", user.id)
    .execute();
  return {
    tenantId,
    userId: user.id,
    kind: user.kind,
    displayName: user.display_name,
    locale: user.locale,
    memberships: memberships.map((m) => ({ unitId: m.unit_id, role: m.role })),
  };
}
