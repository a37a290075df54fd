import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runKring } from "./run-cli";

// `kring extract` against its own embedded database, as an operator would run it on the server.
vi.setConfig({ testTimeout: 240_000 });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-extract-"));
const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("kring extract", () => {
  it("writes a professional's register extract as JSON and PDF, and is audited", async () => {
    const created = runKring(
      [
        "user",
        "create",
        "--tenant",
        "utdrag",
        "--tenant-name",
        "Utdragskommun",
        "--username",
        "utdrag.admin",
        "--name",
        "Ulla Utdrag",
        "--password",
        "ett-langt-losenord",
        "--role",
        "administrator",
        "--unit",
        "Kansliet",
      ],
      { env },
    );
    expect(created.status).toBe(0);
    let db = await PGlite.create(dataDir);
    const user = (
      await db.query<{ id: string }>("select id from app_user where username = 'utdrag.admin'")
    ).rows[0]!;
    await db.close();

    const pdf = path.join(dataDir, "utdrag.pdf");
    const json = path.join(dataDir, "utdrag.json");
    const run = runKring(["extract", "--person", user.id, "--json", json, "--pdf", pdf], { env });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const extract = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(extract.subject).toEqual({ kind: "professional", id: user.id, name: "Ulla Utdrag" });
    expect(extract.sections.map((s: { section: string }) => s.section)).toContain("identity");
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");

    db = await PGlite.create(dataDir);
    const audited = await db.query<{ n: number }>(
      "select count(*)::int as n from audit_event where action = 'register_extract.create' and entity_id = $1",
      [user.id],
    );
    await db.close();
    expect(audited.rows[0]!.n).toBe(1);

    const unknown = runKring(["extract", "--child", "00000000-0000-4000-8000-000000000000"], {
      env,
    });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/No child with id/);
    const both = runKring(["extract", "--child", user.id, "--person", user.id], { env });
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/exactly one/);
  });
});
