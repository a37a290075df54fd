import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runKring } from "./run-cli";

// `kring steering report` against its own embedded database, as a script would run it.
vi.setConfig({ testTimeout: 240_000 });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-steering-"));
const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("kring steering report", () => {
  it("prints exactly period and groups as JSON, and CSV with BOM and semicolons", () => {
    const created = runKring(
      [
        "user",
        "create",
        "--tenant",
        "styr",
        "--tenant-name",
        "Styrkommun",
        "--username",
        "a.admin",
        "--name",
        "A Admin",
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

    const json = runKring(["steering", "report", "--from", "2026-01-01", "--to", "2026-06-30"], {
      env,
    });
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(Object.keys(report)).toEqual(["period", "groups"]);
    expect(report.period).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(report.groups.map((g: { area: string | null }) => g.area)).toEqual([null]);
    const contact = report.groups[0].indicators.find(
      (i: { id: string }) => i.id === "contact_within_deadline",
    );
    expect(contact).toEqual({
      id: "contact_within_deadline",
      numerator: 0,
      denominator: 0,
      value: null,
      suppressed: false,
    });
    // The outcome indicators and snapshots of issue 20 are in the report too.
    const ids = report.groups[0].indicators.map((i: { id: string }) => i.id);
    for (const id of [
      "sdq_every_6_months",
      "sdq_total_improved",
      "sdq_left_abnormal",
      "ors_reliable_improvement",
      "srs_satisfied",
      "school_results",
      "school_results_year3",
      "open_stage_interventions",
      "declined_reason_other",
    ])
      expect(ids).toContain(id);

    const csv = runKring(
      ["steering", "report", "--from", "2026-01-01", "--to", "2026-06-30", "--format", "csv"],
      { env },
    );
    expect(csv.status).toBe(0);
    expect(
      csv.stdout.startsWith(
        "\uFEFFfrom;to;area;indicator;numerator;denominator;value;suppressed\r\n",
      ),
    ).toBe(true);
    expect(csv.stdout).toContain("2026-01-01;2026-06-30;;contact_within_deadline;0;0;;false");

    const reversed = runKring(
      ["steering", "report", "--from", "2026-07-01", "--to", "2026-06-30"],
      { env },
    );
    expect(reversed.status).toBe(1);
    expect(reversed.stderr).toMatch(/start is after its end/);
  });
});
