import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ChildDetail, ChildSearchHit, RegisterChildRequest } from "@kring/contracts";
import {
  ENROLMENT_UNIT_KINDS,
  isCompulsorySchoolAge,
  looksLikeIdentityNumber,
  parsePersonalIdentityNumber,
} from "@kring/domain";
import { stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../platform/http/errors";
import { whereaboutsVisible } from "./child-whereabouts";
import { addGuardian, guardiansOfChild } from "./guardians.repository";
import { mayManageGuardians } from "./guardians.policy";
import { canSeeChild, inSearchScope, nameSearchScope, requireChildSearch } from "./children.policy";
import {
  type ChildRow,
  findByName,
  findByPersonalNumber,
  toSummaries,
} from "./children.repository";

const invalidNumber = () =>
  badRequest(
    "invalid_personal_number",
    "Personnumret är inte giltigt (ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN eller ÅÅMMDD+NNNN, med rätt kontrollsiffra).",
    "The personal identity number is not valid (YYYYMMDD-NNNN, YYMMDD-NNNN or YYMMDD+NNNN, with a correct check digit).",
  );

/**
 * A query written as a number is a full personal identity number: anyone may learn that the
 * child exists (name, birth year) to raise a request, and more within their scope. Otherwise it
 * is parts of a name, found within the actor's scope only (ADR 0016). Each returned child gets
 * its own audit entry, so that the child's log shows who found them.
 */
export async function searchChildren(
  db: Kysely<Database>,
  actor: Actor,
  q: string,
): Promise<ChildSearchHit[]> {
  requireChildSearch(actor);
  const number = looksLikeIdentityNumber(q) ? parsePersonalIdentityNumber(q) : undefined;
  if (number === null) throw invalidNumber();
  return db.transaction().execute(async (trx) => {
    let hits: ChildSearchHit[];
    if (number) {
      const row = await findByPersonalNumber(trx, actor.tenantId, number.value);
      if (!row) hits = [];
      else if (await inSearchScope(trx, actor, row.id))
        hits = (await toSummaries(trx, actor, [row])).map((c) => ({ ...c, found: "full" }));
      else hits = [existenceOnly(row)];
    } else {
      const rows = await findByName(trx, actor.tenantId, q, nameSearchScope(actor));
      hits = (await toSummaries(trx, actor, rows)).map((c) => ({ ...c, found: "full" }));
    }
    const details = { byPersonalNumber: !!number, found: hits.length };
    if (hits.length === 0)
      await recordAudit(trx, actor, { action: "child.search", entityType: "child", details });
    for (const hit of hits) {
      await recordAudit(trx, actor, {
        action: "child.search",
        entityType: "child",
        entityId: hit.id,
        childId: hit.id,
        details: { ...details, shown: hit.found },
      });
    }
    return hits;
  });
}

const existenceOnly = (row: ChildRow): ChildSearchHit => ({
  found: "existence",
  id: row.id,
  givenName: row.given_name,
  familyName: row.family_name,
  birthYear: Number(row.birth_date.slice(0, 4)),
});

export async function getChild(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
): Promise<ChildDetail> {
  return db.transaction().execute(async (trx) => {
    const child = await trx
      .selectFrom("child")
      .selectAll()
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", childId)
      .executeTakeFirst();
    if (!child) throw notFound("child");
    if (!(await canSeeChild(trx, actor, childId))) throw forbidden();
    const hide = !(await whereaboutsVisible(trx, actor, [child])).has(childId);
    const [summary] = await toSummaries(trx, actor, [child]);
    // A guardian with protected identity of their own is shown as to a protected child.
    const seesProtected = (
      await whereaboutsVisible(trx, actor, [{ id: childId, protected_identity: true }])
    ).has(childId);
    const guardians = await guardiansOfChild(
      trx,
      childId,
      (g) => hide || (g.protected_identity && !seesProtected),
    );
    await recordAudit(trx, actor, {
      action: "child.read",
      entityType: "child",
      entityId: childId,
      childId,
    });
    return {
      ...summary!,
      address: hide ? null : child.address,
      postalCode: hide ? null : child.postal_code,
      city: hide ? null : child.city,
      phone: hide ? null : child.phone,
      contactHidden: hide,
      // The network needs who has custody and how to reach them, not their personal numbers.
      guardians: guardians.map(({ personalNumber: _n, hasAccount: _a, ...g }) => g),
      mayManageGuardians: mayManageGuardians(actor),
    };
  });
}

const unitRequired = () =>
  new AppError(
    422,
    "child_unit_required",
    "Välj barnets skola. Ett barn i skolåldern går i en skola, och den behövs för att välja samordnare som inte står barnet nära.",
    "Choose the child's school. A child of school age attends a school, and it is needed to choose coordinators who are not close to the child.",
  );

const unitOrReasonRequired = () =>
  new AppError(
    422,
    "child_unit_or_reason_required",
    "Välj barnets förskola eller skola, eller skriv varför ingen anges (till exempel att barnet inte går i förskola).",
    "Choose the child's preschool or school, or say why none is given (for example that the child does not attend preschool).",
  );

/**
 * The school or preschool a child registered by hand attends, checked against the tenant's units:
 * required at school age, otherwise a unit or a reason (issue 17: without it the coordinator rule
 * could not see who is close to the child).
 */
async function enrolmentUnit(
  trx: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof RegisterChildRequest>,
  birthDate: string,
) {
  if (!input.unitId) {
    if (isCompulsorySchoolAge(birthDate, stockholmDate(new Date()))) throw unitRequired();
    if (!input.noUnitReason) throw unitOrReasonRequired();
    return null;
  }
  const unit = await trx
    .selectFrom("unit")
    .select(["id", "kind"])
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", input.unitId)
    .executeTakeFirst();
  if (!unit || !(ENROLMENT_UNIT_KINDS as readonly string[]).includes(unit.kind))
    throw badRequest(
      "unknown_child_unit",
      "Välj en skola eller förskola i kommunen.",
      "Choose a school or preschool in the municipality.",
    );
  return unit.id;
}

/** A child not yet known (moved in, no school here yet) can be registered to raise a need. */
export async function registerChild(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof RegisterChildRequest>,
) {
  requireChildSearch(actor);
  const parsed = parsePersonalIdentityNumber(input.personalNumber);
  if (!parsed) throw invalidNumber();
  return db.transaction().execute(async (trx) => {
    const unitId = await enrolmentUnit(trx, actor, input, parsed.birthDate);
    const existing = await trx
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("personal_number", "=", parsed.value)
      .executeTakeFirst();
    if (existing)
      throw conflict(
        "Barnet finns redan. Sök på personnumret.",
        "The child already exists. Search by the number.",
        { childId: existing.id },
      );
    const row = await trx
      .insertInto("child")
      .values({
        tenant_id: actor.tenantId,
        personal_number: parsed.value,
        given_name: input.givenName,
        family_name: input.familyName,
        birth_date: parsed.birthDate,
        address: null,
        postal_code: null,
        city: null,
        phone: null,
        user_id: null,
        registered_by_user_id: actor.userId,
        no_unit_reason: unitId ? null : input.noUnitReason,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (unitId)
      await trx
        .insertInto("child_unit")
        .values({
          tenant_id: actor.tenantId,
          child_id: row.id,
          unit_id: unitId,
          from_date: stockholmDate(new Date()),
          to_date: null,
          school_year: null,
        })
        .execute();
    await recordAudit(trx, actor, {
      action: "child.create",
      entityType: "child",
      entityId: row.id,
      childId: row.id,
      details: { guardians: input.guardians.length, unitId },
    });
    for (const g of input.guardians) await addGuardian(trx, actor, row.id, g);
    const guardians = await guardiansOfChild(trx, row.id, () => false);
    const [summary] = await toSummaries(trx, actor, [row]);
    return {
      ...summary!,
      guardians: guardians.map(({ personalNumber: _n, hasAccount: _a, ...g }) => g),
    };
  });
}
