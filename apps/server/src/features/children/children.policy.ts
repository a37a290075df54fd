import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { type Actor, careUnitIds, hasRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";
import { INTAKE_ROLES, accessConditions, caseVisibleTo } from "../cases/case-access";
import { stockholmDate } from "@kring/domain/cases";

/** Professionals look children up to raise a need; analysts and administrators do not. */
export function requireChildSearch(actor: Actor) {
  if (actor.kind !== "professional" || careUnitIds(actor).length === 0) throw forbidden();
}

const today = () => stockholmDate(new Date());

/**
 * Whom a professional finds by name, as a condition on `child as ch` (ADR 0016): the children
 * enrolled now at one of their units, and the children of a case where they are a network member
 * under consent in force. The intake roles receive requests from everywhere: null, the tenant.
 */
export function nameSearchScope(actor: Actor): Expression<SqlBool> | null {
  if (hasRole(actor, ...INTAKE_ROLES)) return null;
  const units = careUnitIds(actor);
  const enrolled = units.length
    ? sql<SqlBool>`exists (
        select 1 from child_unit cu
        where cu.child_id = ch.id and cu.tenant_id = ch.tenant_id
          and cu.unit_id in (${sql.join(units.map((u) => sql`${u}::uuid`))})
          and (cu.to_date is null or cu.to_date >= ${today()}))`
    : sql<SqlBool>`false`;
  // The network's children as one set from the actor's memberships (ADR 0033), not per child.
  return sql<SqlBool>`(${enrolled} or ch.id in (
    select c.child_id from cases c
    where c.tenant_id = ${actor.tenantId} and ${accessConditions(actor).network}))`;
}

/** Whether one child is within the actor's name-search scope (a number lookup tells more then). */
export async function inSearchScope(db: Kysely<Database>, actor: Actor, childId: string) {
  const scope = nameSearchScope(actor);
  if (!scope) return true;
  const row = await db
    .selectFrom("child as ch")
    .select("ch.id")
    .where("ch.id", "=", childId)
    .where(scope)
    .executeTakeFirst();
  return !!row;
}

/**
 * A child's record is open to staff of the child's current units, to anyone who can see one of
 * the child's cases, and to the intake roles, whose work is receiving needs about any child.
 * Of these children, the ones whose record the actor may open: one query for the whole set, so a
 * list or an overview costs the same whether it names one child or fifty.
 */
export async function visibleChildIds(
  db: Kysely<Database>,
  actor: Actor,
  childIds: readonly string[],
): Promise<Set<string>> {
  if (actor.kind !== "professional" || childIds.length === 0) return new Set();
  const scope = nameSearchScope(actor);
  if (!scope) return new Set(childIds);
  const rows = await db
    .selectFrom("child as ch")
    .select("ch.id")
    .where("ch.id", "in", [...new Set(childIds)])
    .where((eb) =>
      eb.or([
        scope,
        eb.exists(
          eb
            .selectFrom("cases as c")
            .select("c.id")
            .where("c.tenant_id", "=", actor.tenantId)
            .whereRef("c.child_id", "=", "ch.id")
            .where(caseVisibleTo(actor)),
        ),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Whether the actor may open this one child's record (the rule of visibleChildIds). */
export async function canSeeChild(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
): Promise<boolean> {
  return (await visibleChildIds(db, actor, [childId])).has(childId);
}
