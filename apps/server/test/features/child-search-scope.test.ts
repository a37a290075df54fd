import fc from "fast-check";
import { makePersonalNumber } from "@kring/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/platform/auth/actor";
import { searchChildren } from "../../src/features/children/children.service";
import { createTestApp, createTestTenant, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// A generated world: three units, children enrolled (now or formerly) at one of them, the
// searcher's memberships, and cases where the searcher is (or was) a network member, with or
// without consent in force naming the unit they represent.
const UNITS = 3;
const world = fc.record({
  memberships: fc.uniqueArray(
    fc.record({
      unit: fc.nat(UNITS - 1),
      role: fc.constantFrom("teacher_mentor", "school_nurse", "analyst"),
    }),
    { maxLength: 3, selector: (m) => m.unit },
  ),
  children: fc.array(
    fc.record({
      enrolment: fc.option(fc.record({ unit: fc.nat(UNITS - 1), ended: fc.boolean() })),
      case: fc.option(
        fc.record({
          memberUnit: fc.nat(UNITS - 1),
          left: fc.boolean(),
          consentUnits: fc.uniqueArray(fc.nat(UNITS - 1), { maxLength: UNITS }),
          withdrawn: fc.boolean(),
        }),
      ),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});
type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

/** The rule of ADR 0016, written plainly: enrolled now at a unit of theirs, or network with consent. */
function expectedInScope(w: World, child: World["children"][number]): boolean {
  // An analyst's membership gives no sight of a child, neither enrolled nor in a network (ADR 0020).
  const working = w.memberships.filter((m) => m.role !== "analyst").map((m) => m.unit);
  const enrolled =
    !!child.enrolment && !child.enrolment.ended && working.includes(child.enrolment.unit);
  const c = child.case;
  const network =
    !!c &&
    !c.left &&
    !c.withdrawn &&
    working.includes(c.memberUnit) &&
    c.consentUnits.includes(c.memberUnit);
  return enrolled || network;
}

async function build(w: World) {
  const tenant = await createTestTenant(t.db);
  const units: string[] = [];
  for (let i = 0; i < UNITS; i++) units.push(await tenant.addUnit(`u${i}`, "school"));
  const username = await tenant.addUser(
    "searcher",
    w.memberships.map((m) => [`u${m.unit}`, m.role]),
  );
  const user = await t.db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    tenantId: tenant.tenantId,
    userId: user.id,
    kind: "professional",
    displayName: "searcher",
    locale: "sv",
    memberships: w.memberships.map((m) => ({ unitId: units[m.unit]!, role: m.role })),
  };
  const childIds: string[] = [];
  for (const [i, c] of w.children.entries()) {
    const child = await t.db
      .insertInto("child")
      .values({
        tenant_id: tenant.tenantId,
        personal_number: makePersonalNumber("2013-02-03", i),
        given_name: "Scope",
        family_name: `Värld${i}`,
        birth_date: "2013-02-03",
        address: null,
        postal_code: null,
        city: null,
        phone: null,
        user_id: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    childIds.push(child.id);
    if (c.enrolment)
      await t.db
        .insertInto("child_unit")
        .values({
          tenant_id: tenant.tenantId,
          child_id: child.id,
          unit_id: units[c.enrolment.unit]!,
          from_date: "2024-08-15",
          to_date: c.enrolment.ended ? "2025-06-10" : null,
          school_year: 5,
        })
        .execute();
    if (!c.case) continue;
    const kase = await t.db
      .insertInto("cases")
      .values({
        tenant_id: tenant.tenantId,
        child_id: child.id,
        raised_by_user_id: user.id,
        raised_by_unit_id: units[c.case.memberUnit]!,
        raised_by_role: "teacher_mentor",
        requested_at: new Date(),
        concern: "Generated",
        stage: "network",
        closed_at: null,
        last_decision: null,
        state: JSON.stringify({}),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("case_member")
      .values({
        tenant_id: tenant.tenantId,
        case_id: kase.id,
        role: "participant",
        user_id: user.id,
        unit_id: units[c.case.memberUnit]!,
        person_name: null,
        relation: null,
        email: null,
        appointed_by: null,
        left_at: c.case.left ? new Date(Date.now() - 60_000) : null,
      })
      .execute();
    const consent = await t.db
      .insertInto("consent")
      .values({
        tenant_id: tenant.tenantId,
        child_id: child.id,
        case_id: kase.id,
        purpose: "Generated",
        given_by: JSON.stringify([{ kind: "child" }]),
        valid_from: new Date(Date.now() - 3_600_000),
        valid_until: null,
        withdrawn_at: c.case.withdrawn ? new Date(Date.now() - 60_000) : null,
        withdrawn_reason: null,
        document_id: null,
        recorded_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const u of c.case.consentUnits)
      await t.db
        .insertInto("consent_unit")
        .values({ tenant_id: tenant.tenantId, consent_id: consent.id, unit_id: units[u]! })
        .execute();
  }
  return { actor, childIds };
}

describe("the search scope (property)", () => {
  it("a name search returns exactly the children of the scope, never one outside it", async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        if (w.memberships.every((m) => m.role === "analyst")) return; // analysts may not search
        const { actor, childIds } = await build(w);
        const found = (await searchChildren(t.db, actor, "Scope")).map((c) => c.id).sort();
        const expected = childIds.filter((_, i) => expectedInScope(w, w.children[i]!)).sort();
        expect(found).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
