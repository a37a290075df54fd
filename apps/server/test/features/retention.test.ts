import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/platform/db/schema";
import {
  NOTICE_MS,
  applyRetention,
  publishPreview,
  readPreview,
} from "../../src/features/retention/retention.service";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { HOUR, later, previewThenRun, retentionWorld } from "./retention-world";

// Each retention rule with the clock in the test's hand: the service takes "now", so a run can
// happen ten years from today. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.

let t: TestApp;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-retention-"));
const deps = { uploadDir };
beforeAll(async () => {
  t = await createTestApp({ UPLOAD_DIR: uploadDir });
});
afterAll(() => t.close());

const world = () => retentionWorld(t);

const exists = async (db: Kysely<Database>, table: "cases", id: string) =>
  (await db.selectFrom(table).select("id").where("id", "=", id).executeTakeFirst()) !== undefined;

describe("retention rules", () => {
  it("removes a closed case five years after closure, only once it has been in the preview", async () => {
    const w = await world();
    const now = new Date("2026-12-07T12:00:00Z");
    const old = await w.addCase("closed", new Date("2021-06-01T10:00:00Z"));
    const recent = await w.addCase("closed", new Date("2022-06-01T10:00:00Z"));
    const open = await w.addCase("interventions", new Date("2015-01-01T10:00:00Z"));
    // A run with no published preview removes nothing: it only publishes.
    const first = await applyRetention(t.db, w.tenant.tenantId, now, deps);
    expect(first.groups).toBe(0);
    expect(await exists(t.db, "cases", old)).toBe(true);
    const preview = await readPreview(t.db, w.tenant.tenantId);
    expect(preview.map((p) => [p.rule, p.itemKey])).toEqual([["closed_case", old]]);
    // Within the notice period nothing goes either.
    expect((await applyRetention(t.db, w.tenant.tenantId, later(now, 2 * HOUR), deps)).groups).toBe(
      0,
    );
    const run = await applyRetention(t.db, w.tenant.tenantId, later(now, NOTICE_MS + HOUR), deps);
    expect(run.byRule).toEqual({ closed_case: 1 });
    expect(await exists(t.db, "cases", old)).toBe(false);
    expect(await exists(t.db, "cases", recent)).toBe(true);
    expect(await exists(t.db, "cases", open)).toBe(true);
    const members = await t.db
      .selectFrom("case_member")
      .select("id")
      .where("case_id", "=", old)
      .execute();
    expect(members).toEqual([]);
    // The record says what went, without the child, the case's id or its text.
    const records = await t.db
      .selectFrom("retention_record")
      .selectAll()
      .where("tenant_id", "=", w.tenant.tenantId)
      .execute();
    expect(records).toHaveLength(1);
    const text = JSON.stringify(records);
    for (const personal of [old, w.childId, "Greta", "Gallringsdotter", "borta"])
      expect(text).not.toContain(personal);
    expect(records[0]).toMatchObject({
      rule: "closed_case",
      description: "Ärende avslutat 2021-06-01",
    });
    expect(records[0]!.removed).toMatchObject({ cases: 1, case_member: 1 });
  });

  it("keeps a case under legal hold, also one placed after the preview", async () => {
    const w = await world();
    const now = new Date("2026-12-07T12:00:00Z");
    const held = await w.addCase("closed", new Date("2020-01-10T10:00:00Z"));
    await publishPreview(t.db, w.tenant.tenantId, now);
    expect((await readPreview(t.db, w.tenant.tenantId)).map((p) => p.itemKey)).toEqual([held]);
    const admin = await loginAs(t.app, w.admin);
    expect(
      (
        await admin.request("POST", `/api/admin/retention/holds/${held}`, {
          reason: "Tvist i förvaltningsrätten",
        })
      ).status,
    ).toBe(204);
    const run = await applyRetention(t.db, w.tenant.tenantId, later(now, NOTICE_MS + HOUR), deps);
    expect(run.groups).toBe(0);
    expect(await exists(t.db, "cases", held)).toBe(true);
    expect(await readPreview(t.db, w.tenant.tenantId)).toEqual([]);
    // Lifted: back in the preview, with a new notice period.
    expect((await admin.del(`/api/admin/retention/holds/${held}`)).status).toBe(204);
    const liftedAt = new Date();
    expect((await readPreview(t.db, w.tenant.tenantId)).map((p) => p.itemKey)).toEqual([held]);
    expect(
      (await applyRetention(t.db, w.tenant.tenantId, later(liftedAt, HOUR), deps)).groups,
    ).toBe(0);
  });

  it("removes declined requests two years after the decision", async () => {
    const w = await world();
    const now = new Date("2026-12-07T12:00:00Z");
    const old = await w.addCase("declined", new Date("2024-11-01T10:00:00Z"));
    const young = await w.addCase("declined", new Date("2025-01-01T10:00:00Z"));
    const run = await previewThenRun(t.db, deps, w.tenant.tenantId, now);
    expect(run.byRule).toEqual({ declined_request: 1 });
    expect(await exists(t.db, "cases", old)).toBe(false);
    expect(await exists(t.db, "cases", young)).toBe(true);
  });

  it("removes attendance lessons and days two years after their term ended", async () => {
    const w = await world();
    const now = new Date("2026-12-07T12:00:00Z");
    const lesson = (date: string) => ({
      tenant_id: w.tenant.tenantId,
      external_id: randomUUID(),
      child_id: w.childId,
      date,
      scheduled_minutes: 40,
      present_minutes: 0,
      valid_minutes: 0,
      invalid_minutes: 40,
    });
    await t.db
      .insertInto("attendance_lesson")
      .values([lesson("2024-05-02"), lesson("2024-09-10"), lesson("2026-09-01")])
      .execute();
    const day = (date: string) => ({
      tenant_id: w.tenant.tenantId,
      child_id: w.childId,
      date,
      scheduled_minutes: 40,
      present_minutes: 0,
      valid_minutes: 0,
      invalid_minutes: 40,
    });
    await t.db
      .insertInto("attendance_day")
      .values([day("2024-05-02"), day("2024-09-10")])
      .execute();
    const run = await previewThenRun(t.db, deps, w.tenant.tenantId, now);
    // Spring 2024 ended 2024-06-30, more than two years ago; autumn 2024 ends 2024-12-31.
    expect(run.byRule).toEqual({ attendance_lessons: 1 });
    const left = await t.db
      .selectFrom("attendance_lesson")
      .select("date")
      .where("child_id", "=", w.childId)
      .orderBy("date")
      .execute();
    expect(left.map((l) => l.date)).toEqual(["2024-09-10", "2026-09-01"]);
    const days = await t.db
      .selectFrom("attendance_day")
      .select("date")
      .where("child_id", "=", w.childId)
      .execute();
    expect(days.map((d) => d.date)).toEqual(["2024-09-10"]);
  });

  it("removes sessions a week after their last use", async () => {
    const w = await world();
    const now = new Date("2026-12-07T12:00:00Z");
    const mk = (lastSeen: string) => ({
      id: randomUUID(),
      tenant_id: w.tenant.tenantId,
      user_id: w.mentorId,
      csrf_token: "x",
      created_at: lastSeen,
      last_seen_at: lastSeen,
    });
    const old = mk("2026-11-20T08:00:00Z");
    const fresh = mk("2026-12-06T08:00:00Z");
    await t.db.insertInto("user_session").values([old, fresh]).execute();
    const run = await previewThenRun(t.db, deps, w.tenant.tenantId, now);
    expect(run.byRule).toEqual({ expired_sessions: 1 });
    const left = await t.db
      .selectFrom("user_session")
      .select("id")
      .where("user_id", "=", w.mentorId)
      .execute();
    expect(left.map((s) => s.id)).toEqual([fresh.id]);
  });

  it("removes a leisure participation with its attendance two years after it ended", async () => {
    const w = await world();
    const now = new Date("2026-12-07T12:00:00Z");
    const entry = await t.db
      .insertInto("offer_entry")
      .values({
        tenant_id: w.tenant.tenantId,
        unit_id: w.school,
        name: "Läxhjälp",
        kind: "group",
        leisure: true,
        age_from: null,
        age_to: null,
        needs: "[]",
        area_id: null,
        updated_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const join = (ended: string | null) =>
      t.db
        .insertInto("offer_participant")
        .values({
          tenant_id: w.tenant.tenantId,
          entry_id: entry.id,
          child_id: w.childId,
          consent_given_by: "Vårdnadshavare",
          consent_method: "oral",
          consent_on: "2024-01-10",
          enrolled_by: w.mentorId,
          ended_on: ended,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
    const old = await join("2024-06-01");
    const current = await join(null);
    const session = await t.db
      .insertInto("offer_session")
      .values({
        tenant_id: w.tenant.tenantId,
        entry_id: entry.id,
        held_on: "2024-05-01",
        starts_at: "15:00",
        ends_at: "16:00",
        created_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("offer_attendance")
      .values(
        [old, current].map((p) => ({
          session_id: session.id,
          participant_id: p.id,
          tenant_id: w.tenant.tenantId,
          child_id: w.childId,
          present: true,
          recorded_by: null,
        })),
      )
      .execute();
    const run = await previewThenRun(t.db, deps, w.tenant.tenantId, now);
    expect(run.byRule).toEqual({ leisure_participation: 1 });
    const left = await t.db
      .selectFrom("offer_participant")
      .select("id")
      .where("entry_id", "=", entry.id)
      .execute();
    expect(left).toEqual([{ id: current.id }]);
    const marks = await t.db
      .selectFrom("offer_attendance")
      .select("participant_id")
      .where("session_id", "=", session.id)
      .execute();
    expect(marks).toEqual([{ participant_id: current.id }]);
  });

  it("removes uploaded import files (and their file) and import reports after 30 days", async () => {
    const w = await world();
    const now = new Date("2026-12-07T12:00:00Z");
    const adminId = (
      await t.db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", w.admin)
        .executeTakeFirstOrThrow()
    ).id;
    const file = randomUUID();
    fs.writeFileSync(path.join(uploadDir, file), "elev;datum\n");
    await t.db
      .insertInto("attendance_upload")
      .values({
        id: randomUUID(),
        tenant_id: w.tenant.tenantId,
        user_id: adminId,
        name: "vt.csv",
        size: 10,
        file,
        saved_at: "2026-10-01T08:00:00Z",
      })
      .execute();
    await t.db
      .insertInto("attendance_import_job")
      .values({
        id: randomUUID(),
        tenant_id: w.tenant.tenantId,
        started_by: adminId,
        format: "csv",
        status: "succeeded",
        progress: JSON.stringify({}),
        counts: null,
        issues: JSON.stringify([]),
        notes: null,
        evaluation: null,
        started_at: "2026-10-01T08:00:00Z",
        updated_at: "2026-10-01T08:05:00Z",
      })
      .execute();
    const run = await previewThenRun(t.db, deps, w.tenant.tenantId, now);
    expect(run.byRule).toEqual({ import_files: 1 });
    expect(fs.existsSync(path.join(uploadDir, file))).toBe(false);
    const jobs = await t.db
      .selectFrom("attendance_import_job")
      .select("id")
      .where("tenant_id", "=", w.tenant.tenantId)
      .execute();
    expect(jobs).toEqual([]);
  });
});
