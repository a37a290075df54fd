import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRetentionNight } from "../../src/features/retention/retention-nightly";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { HOUR, retentionWorld } from "./retention-world";

// Retention as the administrator meets it (rules, tonight's preview) and the night claimed by one
// server. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.

let t: TestApp;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-retention-"));
const deps = { uploadDir };
beforeAll(async () => {
  t = await createTestApp({ UPLOAD_DIR: uploadDir });
});
afterAll(() => t.close());
const world = () => retentionWorld(t);

describe("retention for the administrator", () => {
  it("refuses a rule of 0 years with a clear message, and shows tonight's preview", async () => {
    const w = await world();
    const admin = await loginAs(t.app, w.admin);
    const zero = await admin.request("POST", "/api/admin/retention/rules/closed_case", {
      amount: 0,
    });
    expect(zero.status).toBe(400);
    expect(zero.json.message.sv).toMatch(/minst 1 år/);
    const mentor = await loginAs(
      t.app,
      (
        await t.db
          .selectFrom("app_user")
          .select("username")
          .where("id", "=", w.mentorId)
          .executeTakeFirstOrThrow()
      ).username,
    );
    expect((await mentor.get("/api/admin/retention")).status).toBe(403);
    await w.addCase("closed", new Date(Date.now() - 6 * 366 * 24 * HOUR));
    expect(
      (await admin.request("POST", "/api/admin/retention/rules/closed_case", { amount: 7 })).status,
    ).toBe(204);
    expect((await admin.get("/api/admin/retention")).json.preview).toEqual([]);
    expect(
      (await admin.request("POST", "/api/admin/retention/rules/closed_case", { amount: 3 })).status,
    ).toBe(204);
    const overview = (await admin.get("/api/admin/retention")).json;
    expect(overview.rules.find((r: { rule: string }) => r.rule === "closed_case")).toMatchObject({
      amount: 3,
      isDefault: false,
      defaultAmount: 5,
    });
    expect(overview.preview).toHaveLength(1);
    expect(overview.preview[0]).toMatchObject({ rule: "closed_case", itemCount: 1 });
    const archive = await t.app.inject({
      method: "GET",
      url: "/api/admin/retention/archive",
      headers: { cookie: admin.cookie },
    });
    expect(archive.statusCode).toBe(200);
    const body = archive.rawPayload.toString("latin1");
    expect(body).toContain("README.txt");
    expect(body).toContain("arenden/1/arende.json");
    expect(body).toContain("arenden/1/arende.pdf");
    expect(archive.rawPayload.length % 512).toBe(0);
  });

  it("runs the night once however many servers ask", async () => {
    const quiet = { info() {}, error() {} } as unknown as Parameters<typeof runRetentionNight>[1];
    const night = new Date("2031-02-03T03:30:00Z");
    const runs = await Promise.all([
      runRetentionNight(t.db, quiet, night, deps),
      runRetentionNight(t.db, quiet, night, deps),
    ]);
    expect(runs.filter(Boolean)).toHaveLength(1);
    expect(await runRetentionNight(t.db, quiet, night, deps)).toBe(false);
  });
});
