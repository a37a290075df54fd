import type { Kysely } from "kysely";
import type { AdminUser } from "@kring/contracts";
import type { Database } from "../../platform/db/schema";
import { userKeyOf, waitingUserKeys } from "../../platform/auth/login-throttle";

export async function listUsers(
  db: Kysely<Database>,
  tenantId: string,
  q: string | undefined,
  ids?: string[],
): Promise<AdminUser[]> {
  let query = db
    .selectFrom("app_user")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("display_name")
    .limit(500);
  if (q) {
    const like = `%${q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["display_name"]), "like", like),
        eb(eb.fn("lower", ["username"]), "like", like),
      ]),
    );
  }
  if (ids)
    query = query.where("id", "in", ids.length ? ids : ["00000000-0000-0000-0000-000000000000"]);
  const users = await query.execute();
  const memberships = users.length
    ? await db
        .selectFrom("membership as m")
        .innerJoin("unit", "unit.id", "m.unit_id")
        .select(["m.id", "m.user_id", "m.unit_id", "m.role", "unit.name"])
        .where("m.tenant_id", "=", tenantId)
        .where(
          "m.user_id",
          "in",
          users.map((u) => u.id),
        )
        .orderBy("unit.name")
        .execute()
    : [];
  // "Locked" now means: sign-in from some address must wait after failed attempts (ADR 0014).
  const waiting = await waitingUserKeys(
    db,
    users.map((u) => u.username),
  );
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    kind: u.kind,
    active: u.active,
    locked: waiting.has(userKeyOf(u.username)),
    secondFactor: !!u.totp_confirmed_at,
    mustEnrolSecondFactor: u.must_enrol_second_factor,
    mustChangePassword: u.must_change_password,
    hsaId: u.hsa_id,
    eppn: u.eppn,
    memberships: memberships
      .filter((m) => m.user_id === u.id)
      .map((m) => ({
        id: m.id,
        unitId: m.unit_id,
        unitName: m.name,
        role: m.role as AdminUser["memberships"][number]["role"],
      })),
  }));
}
