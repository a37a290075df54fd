import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../../../", import.meta.url).pathname;
const BIN = path.join(ROOT, "node_modules/.bin");

describe("the installed kring command", () => {
  it("is the package's bin, linked by npm install, and runs the CLI", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "apps/server/package.json"), "utf8"));
    expect(fs.existsSync(path.join(ROOT, "apps/server", pkg.bin.kring))).toBe(true);
    const answers = Array(25).fill(1);
    const result = spawnSync(path.join(BIN, "kring"), ["score", "sdq"], {
      input: JSON.stringify({ informant: "parent", answers }) + "\n",
      // As `npx kring` runs it: the project's own Node first on PATH.
      env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ emotional: 5, total: 20 });
  }, 120_000);
});
