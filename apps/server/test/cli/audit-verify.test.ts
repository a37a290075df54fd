import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runKring } from "./run-cli";

// The CLI against its own embedded database in a temporary folder, as an operator would run it.
// Each step starts the real CLI (and an embedded database): slow on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-cli-"));
const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("kring user create and audit verify", () => {
  it("creates the first administrator, then finds a row changed by hand", async () => {
    const created = runKring(
      [
        "user",
        "create",
        "--tenant",
        "ovning",
        "--tenant-name",
        "Övningskommun",
        "--username",
        "forsta.admin",
        "--name",
        "Första Admin",
        "--password",
        "ett-langt-losenord",
        "--role",
        "administrator",
        "--unit",
        "Kommunledningen",
      ],
      { env },
    );
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/User forsta\.admin created/);

    const intact = runKring(["audit", "verify"], { env });
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/intact/);

    const db = await PGlite.create(dataDir);
    await db.exec(`alter table audit_event disable trigger audit_event_no_change;
      update audit_event set action = 'user.delete' where seq = 2;
      alter table audit_event enable trigger audit_event_no_change;`);
    await db.close();

    const broken = runKring(["audit", "verify"], { env });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/entry 2: altered/);
  });

  it("explains each command with --help", () => {
    for (const command of [
      [],
      ["serve"],
      ["migrate"],
      ["seed"],
      ["user", "create"],
      ["audit", "verify"],
      ["score", "sdq"],
    ]) {
      const help = runKring([...command, "--help"], { env });
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/Usage: kring/);
    }
  });

  it("refuses a short password with a clear message", () => {
    const res = runKring(
      ["user", "create", "--username", "x", "--name", "X", "--password", "kort"],
      { env },
    );
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/at least 10 characters/);
  });
});
