import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it, vi } from "vitest";
import { wrapPGlite } from "../../src/platform/db/connect";
import {
  NOTICE_MS,
  applyRetention,
  publishPreview,
} from "../../src/features/retention/retention.service";
import { runKring } from "./run-cli";

// `kring audit verify` after retention pruned the start of the audit log: still intact, and a
// change to what is left is still found. The real CLI on its own embedded database.
vi.setConfig({ testTimeout: 240_000 });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-pruned-"));
const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const PARSERS = { 20: (v: string) => Number(v), 1082: (v: string) => v };

describe("kring audit verify after retention", () => {
  it("passes on a pruned chain and still finds an altered entry", async () => {
    const created = runKring(
      [
        "user",
        "create",
        "--tenant",
        "gallring",
        "--tenant-name",
        "Gallringskommun",
        "--username",
        "gallring.admin",
        "--name",
        "Gun Gallring",
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
    const handle = wrapPGlite(await PGlite.create({ dataDir, parsers: PARSERS }));
    const tenant = await handle.db.selectFrom("tenant").select("id").executeTakeFirstOrThrow();
    const before = await handle.db.selectFrom("audit_event").select("seq").execute();
    // Eleven years on, the ten-year rule prunes everything written today.
    const future = new Date(Date.now() + 11 * 366 * 24 * 3_600_000);
    await publishPreview(handle.db, tenant.id, future);
    const run = await applyRetention(handle.db, tenant.id, new Date(future.getTime() + NOTICE_MS), {
      uploadDir: dataDir,
    });
    expect(run.byRule.audit_entries).toBe(1);
    const left = await handle.db
      .selectFrom("audit_event")
      .select(["seq", "action"])
      .orderBy("seq")
      .execute();
    expect(left.map((e) => e.action)).toEqual(["audit.pruned", "retention.applied"]);
    expect(left[0]!.seq).toBe(before.length + 1);
    await handle.close();

    const verified = runKring(["audit", "verify"], { env });
    expect(verified.stdout).toMatch(/2 entries in 1 tenant chain\(s\): intact/);
    expect(verified.status).toBe(0);

    const db = await PGlite.create(dataDir);
    await db.exec(`set session_replication_role = replica;
      update audit_event set details = '{"groups": {}}' where action = 'retention.applied';`);
    await db.close();
    const broken = runKring(["audit", "verify"], { env });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/entry \d+: altered/);
  });
});
