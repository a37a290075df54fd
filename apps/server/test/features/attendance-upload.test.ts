import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makePersonalNumber } from "@kring/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AttendanceWorld, attendanceWorld } from "../attendance/attendance-world";
import { type Client, createTestApp, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
let w: AttendanceWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await attendanceWorld(t.db, t.app);
});
afterAll(() => t.close());

const csv = (school: string, lessons: number) =>
  [
    "personnummer;förnamn;efternamn;skolenhet;datum;lektion;schemalagda_minuter;giltig_frånvaro_minuter;ogiltig_frånvaro_minuter",
    ...Array.from(
      { length: lessons },
      (_, i) =>
        `${makePersonalNumber("2013-02-03", 412)};Ada;Uppladdad;${school};2025-09-01;${i + 1};60;0;0`,
    ),
  ].join("\n");

/** A file sent the way the web app sends it: the raw body, with the session's cookie and CSRF. */
const uploadAs = (client: Client, name: string, body: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/attendance/import-files?name=${encodeURIComponent(name)}`,
    headers: {
      cookie: client.cookie,
      "x-kring-csrf": client.csrf,
      "content-type": "application/octet-stream",
    },
    payload: Buffer.from(body),
  });

/** The uploaded files still in the upload folder (UPLOAD_DIR of createTestApp), by id. */
const onDisk = () => {
  const dir = path.join(os.tmpdir(), "kring-test-uploads");
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

async function finished(client: Client, id: string) {
  for (let i = 0; i < 200; i++) {
    const status = (await client.get(`/api/attendance/imports/${id}`)).json;
    if (status.status !== "running") return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the import did not finish");
}

describe("uploading files for an import", () => {
  it("streams the file to disk, imports it once, and removes it", async () => {
    const content = csv(w.schoolNames.a, 3);
    const up = await uploadAs(w.as.admin, "närvaro.csv", content);
    expect(up.statusCode).toBe(201);
    const { id, size } = up.json<{ id: string; size: number }>();
    expect(size).toBe(Buffer.byteLength(content));
    expect(onDisk()).toContain(id);
    const audited = await t.db
      .selectFrom("audit_event")
      .select(["action", "details"])
      .where("entity_id", "=", id)
      .execute();
    expect(audited).toEqual([
      { action: "attendance.upload", details: { bytes: Buffer.byteLength(content) } },
    ]);

    const started = await w.as.admin.post("/api/attendance/imports", {
      format: "csv",
      uploads: [id],
    });
    expect(started.status).toBe(202);
    const status = await finished(w.as.admin, started.json.id);
    expect(status).toMatchObject({ status: "succeeded", counts: { lessons: 3, pupils: 1 } });
    expect(onDisk()).not.toContain(id);

    const again = await w.as.admin.post("/api/attendance/imports", {
      format: "csv",
      uploads: [id],
    });
    expect(again.status).toBe(404);
  });

  it("lets only the administrator who uploaded a file import it", async () => {
    expect((await uploadAs(w.as.mentorA, "närvaro.csv", csv(w.schoolNames.a, 1))).statusCode).toBe(
      403,
    );
    const up = await uploadAs(w.as.admin, "närvaro.csv", csv(w.schoolNames.a, 2));
    const { id } = up.json<{ id: string }>();
    const otherAdmin = await loginAs(
      t.app,
      await w.tenant.addUser("admin2", [["admin", "administrator"]]),
    );
    const taken = await otherAdmin.post("/api/attendance/imports", {
      format: "csv",
      uploads: [id],
    });
    expect(taken.status).toBe(404);
    // The refused attempt took nothing: the uploader can still import the file.
    const started = await w.as.admin.post("/api/attendance/imports", {
      format: "csv",
      uploads: [id],
    });
    expect(started.status).toBe(202);
    expect(await finished(w.as.admin, started.json.id)).toMatchObject({ status: "succeeded" });
  });

  it("refuses an import with no files", async () => {
    const res = await w.as.admin.post("/api/attendance/imports", { format: "csv" });
    expect(res.status).toBe(400);
  });
});
