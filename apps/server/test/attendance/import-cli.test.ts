import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makePersonalNumber } from "@kring/domain";
import { afterAll, describe, expect, it } from "vitest";
import * as b from "../../src/features/attendance/import/ss12000/ss12000-builders";
import { runKring } from "../cli/run-cli";
import { schoolDays } from "./attendance-world";

// `kring import ss12000 <folder>` as an operator runs it, on its own embedded database.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-import-"));
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kring-ss12000-"));
const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(folder, { recursive: true, force: true });
});

function writeExport(invalidLine?: number) {
  const school = b.ss12000Id("school", 1);
  const pupils = [0, 1, 2].map((i) => b.ss12000Id("pupil", i));
  const page = (data: unknown[]) => JSON.stringify({ data, pageToken: null });
  fs.writeFileSync(
    path.join(folder, "organisations.json"),
    page([b.schoolUnit(school, "Kringskolan")]),
  );
  fs.writeFileSync(
    path.join(folder, "persons.json"),
    page(
      pupils.map((id, i) =>
        b.person({
          id,
          givenName: `Elev${i}`,
          familyName: "Cli",
          civicNo: makePersonalNumber("2012-01-20", 200 + i),
          enrolment: { schoolId: school, schoolYear: 7, startDate: "2025-08-15" },
        }),
      ),
    ),
  );
  const days = schoolDays("2025-09-01", 5);
  fs.writeFileSync(
    path.join(folder, "calendarEvents.json"),
    page(days.map((d) => b.calendarEvent(b.ss12000Id("event", d), d, 8, 300))),
  );
  const lines = days.flatMap((d) =>
    pupils.map((p, i) =>
      JSON.stringify(
        b.attendance(b.ss12000Id("attendance", `${d}|${i}`), b.ss12000Id("event", d), p, {
          present: 300,
          valid: 0,
          invalid: 0,
        }),
      ),
    ),
  );
  if (invalidLine)
    lines[invalidLine - 1] = lines[invalidLine - 1]!.replace('"isReported":true,', "");
  fs.writeFileSync(path.join(folder, "attendances.jsonl"), `${lines.join("\n")}\n`);
}

describe("kring import ss12000", () => {
  it("imports a folder with a progress bar, changes nothing the second time, and sets a bad record aside", () => {
    const admin = runKring(
      [
        "user",
        "create",
        "--tenant",
        "cli",
        "--tenant-name",
        "Clikommun",
        "--username",
        "cli.admin",
        "--name",
        "Admin",
        "--password",
        "ett-langt-losenord",
        "--role",
        "administrator",
        "--unit",
        "Kansliet",
      ],
      { env },
    );
    expect(admin.status).toBe(0);
    writeExport();
    const first = runKring(["import", "ss12000", folder], { env });
    expect(first.stderr).toMatch(/\[#+\] 100 %/);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).counts).toMatchObject({
      schools: 1,
      pupils: 3,
      calendarEvents: 5,
      lessons: 15,
    });

    const again = runKring(["import", "ss12000", folder], { env });
    const counts = JSON.parse(again.stdout).counts as Record<string, number>;
    expect(Object.entries(counts).filter(([k, v]) => k !== "rows" && v !== 0)).toEqual([]);

    writeExport(4);
    const bad = runKring(["import", "ss12000", folder], { env });
    expect(bad.status).toBe(0);
    expect(bad.stderr).toContain("attendances.jsonl: line 4: isReported: is required");
    expect(bad.stderr).toContain("1 record(s) set aside (listed above); the rest was imported.");
    expect(JSON.parse(bad.stdout).setAside).toHaveLength(1);

    const evaluated = runKring(["attendance", "evaluate", "--full"], { env });
    expect(evaluated.status).toBe(0);
    expect(JSON.parse(evaluated.stdout)).toMatchObject({ mode: "full" });
  }, 300_000);

  it("speaks Swedish when the locale is Swedish, and refuses a batch with a file that is not JSON", () => {
    writeExport(4);
    fs.writeFileSync(path.join(folder, "groups.json"), "{ inte json");
    const broken = runKring(["import", "ss12000", folder], {
      env: { ...env, LANG: "sv_SE.UTF-8" },
    });
    fs.rmSync(path.join(folder, "groups.json"));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("groups.json: inte giltig JSON");
    expect(broken.stderr).toContain("attendances.jsonl: rad 4: isReported: ");
    expect(broken.stderr).toContain("Inget importerades: omgången har 2 problem.");
  }, 300_000);
});
