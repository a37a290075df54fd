import type { Kysely } from "kysely";
import type { ChildRelations, PersonFacts } from "@kring/domain/cases";
import type { ProfessionalRole, UnitKind } from "@kring/domain";
import type { Database } from "../../platform/db/schema";

/** The child's everyday professionals and units, which make someone too close to coordinate. */
export async function childRelations(
  db: Kysely<Database>,
  tenantId: string,
  childId: string,
): Promise<ChildRelations> {
  const [professionals, units] = await Promise.all([
    db
      .selectFrom("child_professional")
      .select(["user_id", "relation"])
      .where("tenant_id", "=", tenantId)
      .where("child_id", "=", childId)
      .execute(),
    db
      .selectFrom("child_unit")
      .select("unit_id")
      .where("tenant_id", "=", tenantId)
      .where("child_id", "=", childId)
      .where("to_date", "is", null)
      .execute(),
  ]);
  return {
    socialSecretaryIds: professionals
      .filter((p) => p.relation === "social_secretary")
      .map((p) => p.user_id),
    mentorIds: professionals.filter((p) => p.relation === "mentor").map((p) => p.user_id),
    currentUnitIds: units.map((u) => u.unit_id),
  };
}

/**
 * The child's relations as the coordinator rule sees them for one case: the child's own, plus the
 * person and unit that raised the request, who are as close (a child registered with no school
 * would otherwise let the raiser coordinate; issue 17).
 */
export async function caseRelations(
  db: Kysely<Database>,
  tenantId: string,
  row: { child_id: string; raised_by_user_id: string; raised_by_unit_id: string },
): Promise<ChildRelations> {
  return {
    ...(await childRelations(db, tenantId, row.child_id)),
    raiserIds: [row.raised_by_user_id],
    raisingUnitIds: [row.raised_by_unit_id],
  };
}

/** Facts about professionals (their memberships with unit kinds), keyed by user id. */
export async function peopleFacts(
  db: Kysely<Database>,
  tenantId: string,
  userIds: string[],
): Promise<Record<string, PersonFacts>> {
  if (userIds.length === 0) return {};
  const users = await db
    .selectFrom("app_user")
    .select(["id", "kind"])
    .where("tenant_id", "=", tenantId)
    .where("id", "in", userIds)
    .execute();
  const memberships = await db
    .selectFrom("membership as m")
    .innerJoin("unit", "unit.id", "m.unit_id")
    .select(["m.user_id", "m.unit_id", "m.role", "unit.kind"])
    .where("m.tenant_id", "=", tenantId)
    .where("m.user_id", "in", userIds)
    .execute();
  return Object.fromEntries(
    users.map((u) => [
      u.id,
      {
        personId: u.id,
        kind: u.kind === "professional" ? "professional" : "private",
        memberships: memberships
          .filter((m) => m.user_id === u.id)
          .map((m) => ({
            unitId: m.unit_id,
            unitKind: m.kind as UnitKind,
            role: m.role as ProfessionalRole,
          })),
      } satisfies PersonFacts,
    ]),
  );
}
