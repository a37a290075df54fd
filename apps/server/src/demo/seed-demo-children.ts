import { makePersonalNumber } from "@kring/domain";
import type { DemoContext } from "./seed-demo";
import { DEMO_AREAS } from "./demo-structure";
import {
  FAMILY_NAMES,
  GIVEN_NAMES_ADULT,
  GIVEN_NAMES_CHILD,
  STREETS,
  seededRandom,
} from "./random";

export const DEMO_CHILD_COUNT = 60;

/** Guardians who can log in to the family view (username, child index). */
export const DEMO_FAMILY_ACCOUNTS = [
  { username: "vardnadshavare", childIndex: 0 },
  { username: "vardnadshavare2", childIndex: 1 },
] as const;
export const DEMO_CHILD_ACCOUNTS = [{ username: "barn", childIndex: 0 }] as const;

function isoDate(d: Date) {
  return d.toISOString().slice(0, 10);
}

/**
 * Sixty fictional children, aged 2-16, each with one or two guardians and a current preschool
 * or school in one of the areas. Personal numbers are Luhn-valid with serials in the 9xx range.
 */
export async function seedDemoChildren(ctx: DemoContext, passwordHash: string): Promise<number> {
  const rnd = seededRandom(20261125);
  const { db, tenantId } = ctx;
  const year = ctx.today.getUTCFullYear();
  for (let i = 0; i < DEMO_CHILD_COUNT; i++) {
    const age = i === 0 ? 12 : rnd.int(2, 16);
    const birth = new Date(Date.UTC(year - age - 1, rnd.int(0, 11), rnd.int(1, 28)));
    const birthDate = isoDate(birth);
    const family = rnd.pick(FAMILY_NAMES);
    const areaIndex = i % DEMO_AREAS.length;
    const areaKey = DEMO_AREAS[areaIndex]!.toLowerCase();
    const protectedIdentity = i === 7 || i === 33;
    const childAccount = DEMO_CHILD_ACCOUNTS.find((a) => a.childIndex === i);
    const childUser = childAccount
      ? await db
          .insertInto("app_user")
          .values({
            tenant_id: tenantId,
            username: childAccount.username,
            display_name: "",
            kind: "child",
            password_hash: passwordHash,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      : null;
    const givenName = rnd.pick(GIVEN_NAMES_CHILD);
    if (childUser) {
      await db
        .updateTable("app_user")
        .set({ display_name: givenName })
        .where("id", "=", childUser.id)
        .execute();
    }
    const child = await db
      .insertInto("child")
      .values({
        tenant_id: tenantId,
        personal_number: makePersonalNumber(birthDate, 900 + (i % 90), i === 21),
        given_name: givenName,
        family_name: family,
        birth_date: birthDate,
        protected_identity: protectedIdentity,
        address: `${rnd.pick(STREETS)} ${rnd.int(1, 60)}`,
        postal_code: `90${rnd.int(100, 799)}`,
        city: "Kringby",
        phone: `070-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
        user_id: childUser?.id ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const guardianCount = rnd.chance(0.75) ? 2 : 1;
    for (let g = 0; g < guardianCount; g++) {
      const account = g === 0 ? DEMO_FAMILY_ACCOUNTS.find((a) => a.childIndex === i) : undefined;
      const given = rnd.pick(GIVEN_NAMES_ADULT);
      const user = account
        ? await db
            .insertInto("app_user")
            .values({
              tenant_id: tenantId,
              username: account.username,
              display_name: `${given} ${family}`,
              kind: "guardian",
              password_hash: passwordHash,
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        : null;
      const gBirth = isoDate(
        new Date(Date.UTC(year - rnd.int(28, 50), rnd.int(0, 11), rnd.int(1, 28))),
      );
      const guardian = await db
        .insertInto("guardian")
        .values({
          tenant_id: tenantId,
          personal_number: makePersonalNumber(gBirth, 900 + rnd.int(0, 99)),
          given_name: given,
          family_name: family,
          phone: `070-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
          email: `${given.toLowerCase()}.${i}@familj.example`,
          address: null,
          protected_identity: protectedIdentity,
          user_id: user?.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("child_guardian")
        .values({ tenant_id: tenantId, child_id: child.id, guardian_id: guardian.id })
        .execute();
    }
    // Preschool until six, then school; school year from age.
    const unitKey = age < 6 ? `${areaKey}-preschool` : `${areaKey}-school`;
    await db
      .insertInto("child_unit")
      .values({
        tenant_id: tenantId,
        child_id: child.id,
        unit_id: ctx.unitIds.get(unitKey)!,
        // The current school year started in August.
        from_date: `${ctx.today.getUTCMonth() >= 7 ? year : year - 1}-08-15`,
        to_date: null,
        school_year: age < 6 ? null : Math.min(age - 6, 9),
      })
      .execute();
  }
  return DEMO_CHILD_COUNT;
}
