import type { Kysely } from "kysely";
import {
  NOTICE_MS,
  applyRetention,
  publishPreview,
} from "../../src/features/retention/retention.service";
import type { Database } from "../../src/platform/db/schema";
import { createTestTenant, type TestApp } from "../support/test-app";

// The tenant the retention tests work in: a school, an administrator, a mentor and a child, and
// cases of the child ended at a time the test chooses (retention*.test.ts).

export const HOUR = 3_600_000;
export const later = (d: Date, ms: number) => new Date(d.getTime() + ms);

export async function retentionWorld(t: TestApp) {
  const tenant = await createTestTenant(t.db);
  const school = await tenant.addUnit("school", "school");
  const admin = await tenant.addUser("admin", [["admin", "administrator"]]);
  const mentor = await tenant.addUser("mentor", [["school", "teacher_mentor"]]);
  const userId = async (username: string) =>
    (
      await t.db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", username)
        .executeTakeFirstOrThrow()
    ).id;
  const child = await t.db
    .insertInto("child")
    .values({
      tenant_id: tenant.tenantId,
      personal_number: `2014${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
      given_name: "Greta",
      family_name: "Gallringsdotter",
      birth_date: "2014-03-15",
      user_id: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const mentorId = await userId(mentor);
  const addCase = async (stage: "closed" | "declined" | "interventions", endedAt: Date) => {
    const c = await t.db
      .insertInto("cases")
      .values({
        tenant_id: tenant.tenantId,
        child_id: child.id,
        raised_by_user_id: mentorId,
        raised_by_unit_id: school,
        raised_by_role: "teacher_mentor",
        requested_at: endedAt,
        concern: "Greta är borta mycket.",
        stage,
        closed_at: stage === "interventions" ? null : endedAt,
        state: JSON.stringify({}),
        updated_at: endedAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("case_member")
      .values({
        tenant_id: tenant.tenantId,
        case_id: c.id,
        role: "coordinator_lead",
        user_id: mentorId,
        unit_id: school,
      })
      .execute();
    return c.id;
  };
  return { tenant, admin, mentorId, childId: child.id, addCase, school };
}

/** Publishes the preview at `at` and runs the night a notice period later. */
export async function previewThenRun(
  db: Kysely<Database>,
  deps: { uploadDir: string },
  tenantId: string,
  at: Date,
) {
  await publishPreview(db, tenantId, at);
  return applyRetention(db, tenantId, later(at, NOTICE_MS + HOUR), deps);
}
