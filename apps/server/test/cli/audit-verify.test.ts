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

  it("prints anchors, and with them finds a removed head and a removed tail", async () => {
    const anchor = runKring(["audit", "anchor"], { env });
    expect(anchor.status).toBe(0);
    const lines = anchor.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    // The tenant, the administrator and their role: one entry each.
    const anchored = JSON.parse(lines[0]!) as { auditAnchor: { seq: number; hash: string } };
    expect(anchored).toMatchObject({
      auditAnchor: { seq: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const anchorFile = path.join(dataDir, "anchors.jsonl");
    fs.writeFileSync(anchorFile, `not an anchor, a log line\n${anchor.stdout}`);

    const db = await PGlite.create(dataDir);
    await db.exec(`set session_replication_role = replica;
      delete from audit_event where seq >= 2; delete from audit_head;`);
    await db.close();

    const withAnchor = runKring(["audit", "verify", "--anchor", anchorFile], { env });
    expect(withAnchor.status).toBe(1);
    expect(withAnchor.stdout).toMatch(/entry 1: head_missing/);
    expect(withAnchor.stdout).toMatch(/entry 3: anchor_mismatch/);
    expect(withAnchor.stdout).toMatch(/1 anchor\(s\): 2 problem\(s\)/);
  });

  it("explains each command with --help", () => {
    for (const command of [
      [],
      ["serve"],
      ["migrate"],
      ["seed"],
      ["user", "create"],
      ["audit", "verify"],
      ["audit", "anchor"],
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
    expect(res.stderr).toMatch(/at least 12 characters/);
    const common = runKring(
      ["user", "create", "--username", "x", "--name", "X", "--password", "Sommar2026!!"],
      { env },
    );
    expect(common.status).toBe(1);
    expect(common.stderr).toMatch(/too easy to guess/);
  });
});
