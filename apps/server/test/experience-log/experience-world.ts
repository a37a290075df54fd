import { type CaseState, type Reflection, createCase } from "@kring/domain/cases";
import type { TestApp } from "../support/test-app";
import { type CaseWorld, caseWorld } from "../support/case-fixture";
import { loginAs } from "../support/test-app";

/**
 * The case world with its school in an area "Norr", an analyst, a steering group for the whole
 * municipality, and a way to store closed cases with a reflection straight in the database (the
 * experience log reads stored states, not the process that made them).
 */
export async function experienceWorld(t: TestApp) {
  const w: CaseWorld = await caseWorld(t.db, t.app);
  const area = await t.db
    .insertInto("area")
    .values({
      tenant_id: w.tenant.tenantId,
      organisation_id: w.tenant.organisationId,
      name: "Norr",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .updateTable("unit")
    .set({ area_id: area.id })
    .where("id", "=", w.units.school)
    .execute();
  const admin = await loginAs(t.app, await w.tenant.addUser("adm", [["admin", "administrator"]]));
  const styr = await loginAs(t.app, await w.tenant.addUser("styr", [["admin", "steering_group"]]));
  const owner = await w.tenant.addUser("owner.rektor", [["school", "principal"]]);
  const ownerId = (
    await t.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", owner)
      .executeTakeFirstOrThrow()
  ).id;

  /** A case closed on `on` with the reflection given (or evaluated then); returns its id. */
  const addClosed = async (
    on: string,
    reflection: Reflection,
    at: "closure" | "evaluation" = "closure",
  ) => {
    const base = createCase({ requestedOn: "2025-09-01", acute: false });
    const evaluation = {
      goals: "partly" as const,
      familyView: "Bättre.",
      childView: "Bra.",
      on,
      atMeeting: true,
    };
    const state: CaseState =
      at === "closure"
        ? { ...base, stage: "closed", closure: { reason: "family_declined", reflection, on } }
        : { ...base, stage: "evaluation", evaluations: [{ ...evaluation, reflection }] };
    const row = await t.db
      .insertInto("cases")
      .values({
        tenant_id: w.tenant.tenantId,
        child_id: w.childId,
        raised_by_user_id: w.ids.mentor,
        raised_by_unit_id: w.units.school,
        raised_by_role: "teacher_mentor",
        requested_at: new Date("2025-09-01T09:00:00Z"),
        concern: "Oro",
        acute: false,
        stage: state.stage,
        state: JSON.stringify(state),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  };
  return {
    ...w,
    areaId: area.id,
    admin,
    styr,
    owner: await loginAs(t.app, owner),
    ownerId,
    addClosed,
  };
}
export type ExperienceWorld = Awaited<ReturnType<typeof experienceWorld>>;
