import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { makePersonalNumber } from "@kring/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileInMemory } from "../../src/features/attendance/import/import-files";
import { importAttendance } from "../../src/features/attendance/import/import.service";
import {
  PRESENT,
  attendanceWorld,
  schoolDays,
  ss12000Bundle,
} from "../attendance/attendance-world";
import { createTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const system = (tenantId: string) => ({ tenantId, userId: null, system: "test" });
const DAYS = schoolDays("2025-09-01", 10);

/** Every row an import writes, to compare before and after a re-import. */
async function snapshot(tenantId: string) {
  const tables = [
    "attendance_lesson",
    "attendance_day",
    "attendance_group_member",
    "attendance_group_mentor",
    "attendance_calendar_event",
    "attendance_external_ref",
  ] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    out[table] = await t.db
      .selectFrom(table)
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .execute();
  }
  out.child = await t.db
    .selectFrom("child")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("personal_number")
    .execute();
  out.guardian = await t.db
    .selectFrom("guardian")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("given_name")
    .execute();
  return out;
}

describe("SS 12000 import", () => {
  it("imports pupils, guardians, classes, mentors and lessons, summed per day", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const pupils = [
      { key: "p1", school: "a" as const, pattern: PRESENT },
      {
        key: "p2",
        school: "a" as const,
        pattern: (d: number, n: number) => ({
          valid: d === 2 && n === 0 ? 180 : 0,
          invalid: d === 3 && n === 1 ? 60 : 0,
        }),
      },
      { key: "p3", school: "b" as const, pattern: PRESENT },
    ];
    const file = fileInMemory("export.json", JSON.stringify(ss12000Bundle(w, pupils, DAYS)));
    const result = await importAttendance(t.db, system(w.tenantId), "ss12000", [file]);
    expect(result.issues).toEqual([]);
    expect(result.status).toBe("succeeded");
    expect(result.counts).toMatchObject({
      pupils: 3,
      guardians: 6,
      staff: 2,
      groups: 2,
      mentors: 2,
      calendarEvents: 20,
      lessons: 60,
    });
    const days = await t.db
      .selectFrom("attendance_day")
      .selectAll()
      .where("tenant_id", "=", w.tenantId)
      .execute();
    expect(days).toHaveLength(30);
    const p2 = days
      .filter((d) => d.valid_minutes > 0 || d.invalid_minutes > 0)
      .sort((x, y) => x.date.localeCompare(y.date));
    expect(
      p2.map((d) => [d.date, d.scheduled_minutes, d.valid_minutes, d.invalid_minutes]),
    ).toEqual([
      [DAYS[2], 300, 180, 0],
      [DAYS[3], 300, 0, 60],
    ]);

    const before = await snapshot(w.tenantId);
    const again = await importAttendance(t.db, system(w.tenantId), "ss12000", [file]);
    expect(again.status).toBe("succeeded");
    expect(Object.entries(again.counts).filter(([k, v]) => k !== "rows" && v !== 0)).toEqual([]);
    expect(await snapshot(w.tenantId)).toEqual(before);
  });

  it("a corrected lesson replaces its own minutes in the day", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const absent = (d: number, n: number) => ({ valid: 0, invalid: d === 0 && n === 0 ? 180 : 0 });
    const first = ss12000Bundle(w, [{ key: "p", school: "a", pattern: absent }], DAYS);
    await importAttendance(t.db, system(w.tenantId), "ss12000", [
      fileInMemory("export.json", JSON.stringify(first)),
    ]);
    // The guardian called in later: the same lesson is now valid absence.
    const corrected = ss12000Bundle(
      w,
      [{ key: "p", school: "a", pattern: (d, n) => ({ valid: absent(d, n).invalid, invalid: 0 }) }],
      DAYS,
    );
    const result = await importAttendance(t.db, system(w.tenantId), "ss12000", [
      fileInMemory("export.json", JSON.stringify(corrected)),
    ]);
    expect(result.counts.lessons).toBe(1);
    const day = await t.db
      .selectFrom("attendance_day")
      .selectAll()
      .where("tenant_id", "=", w.tenantId)
      .where("date", "=", DAYS[0]!)
      .executeTakeFirstOrThrow();
    expect(day).toMatchObject({ scheduled_minutes: 300, valid_minutes: 180, invalid_minutes: 0 });
  });

  it("sets a bad record aside with file, line and reason, and imports the rest", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const bundle = ss12000Bundle(w, [{ key: "p", school: "a", pattern: PRESENT }], DAYS);
    const lines = bundle.attendances.data.map((a) => JSON.stringify(a));
    lines[3] = JSON.stringify({ ...bundle.attendances.data[3], invalidAbsenceMinutes: "ten" });
    lines[7] = JSON.stringify({ ...bundle.attendances.data[7], student: { id: randomUUID() } });
    const { attendances: _, ...rest } = bundle;
    const files = [
      fileInMemory("export.json", JSON.stringify(rest)),
      fileInMemory("attendances.jsonl", lines.join("\n")),
    ];
    const result = await importAttendance(t.db, system(w.tenantId), "ss12000", files);
    expect(result.status).toBe("succeeded");
    expect(result.issues.map((i) => [i.file, i.line, i.path, i.code])).toEqual([
      ["attendances.jsonl", 4, null, "schema"],
      ["attendances.jsonl", 8, "student", "unknown_pupil"],
    ]);
    expect(result.issues[0]!.messageSv).toBe("invalidAbsenceMinutes: måste vara ett heltal");
    expect(result.counts.lessons).toBe(lines.length - 2);
    const log = await t.db
      .selectFrom("attendance_import")
      .selectAll()
      .where("tenant_id", "=", w.tenantId)
      .execute();
    expect(log.map((l) => l.status)).toEqual(["succeeded"]);
  });

  it("refuses the whole batch for a fault of the batch itself: a file that is not JSON", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const bundle = ss12000Bundle(w, [{ key: "p", school: "a", pattern: PRESENT }], DAYS);
    const result = await importAttendance(t.db, system(w.tenantId), "ss12000", [
      fileInMemory("export.json", JSON.stringify(bundle)),
      fileInMemory("groups.json", "{ not json"),
    ]);
    expect(result.status).toBe("failed");
    expect(result.issues.map((i) => [i.file, i.code])).toEqual([["groups.json", "invalid_json"]]);
    for (const table of ["child", "attendance_lesson", "attendance_day"] as const) {
      const rows = await t.db
        .selectFrom(table)
        .select("tenant_id")
        .where("tenant_id", "=", w.tenantId)
        .execute();
      expect(rows, table).toEqual([]);
    }
  });
});

describe("CSV import", () => {
  it("reads Excel's UTF-8 with BOM and semicolons, and a second run changes nothing", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const header =
      "Personnummer;Förnamn;Efternamn;Skolenhet;Klass;Mentor;Datum;Lektion;Schemalagda minuter;Närvaro minuter;Giltig frånvaro minuter;Ogiltig frånvaro minuter";
    const pnr = makePersonalNumber("2013-02-03", 321);
    const rows = DAYS.slice(0, 3).map(
      (d, i) =>
        `${pnr};"Saga";"Öberg; jr";${w.schoolNames.a};6A;${w.names.mentorA};${d};1;300;;0;${i === 1 ? 40 : 0}`,
    );
    const content = `\uFEFF${[header, ...rows].join("\r\n")}\r\n`;
    const file = () => fileInMemory("närvaro.csv", content);
    const result = await importAttendance(t.db, system(w.tenantId), "csv", [file()]);
    expect(result.issues).toEqual([]);
    expect(result.counts).toMatchObject({
      pupils: 1,
      enrolments: 1,
      groups: 1,
      mentors: 1,
      lessons: 3,
    });
    const child = await t.db
      .selectFrom("child")
      .selectAll()
      .where("tenant_id", "=", w.tenantId)
      .executeTakeFirstOrThrow();
    expect([child.given_name, child.family_name]).toEqual(["Saga", "Öberg; jr"]);
    const days = await t.db
      .selectFrom("attendance_day")
      .selectAll()
      .where("child_id", "=", child.id)
      .orderBy("date")
      .execute();
    expect(days.map((d) => [d.present_minutes, d.invalid_minutes])).toEqual([
      [300, 0],
      [260, 40],
      [300, 0],
    ]);
    const again = await importAttendance(t.db, system(w.tenantId), "csv", [file()]);
    expect(Object.entries(again.counts).filter(([k, v]) => k !== "rows" && v !== 0)).toEqual([]);
  });

  it("imports the example in docs/attendance-import.md as it stands", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const docs = fs.readFileSync(new URL("../../../../docs/attendance-import.md", import.meta.url));
    const example = /```csv\n([\s\S]*?)```/.exec(docs.toString("utf8"))![1]!;
    // The example's school and mentor, as this tenant names them.
    const content = example
      .replaceAll("Mariehemskolan", w.schoolNames.a)
      .replaceAll("mentor.mariehem", w.names.mentorA);
    const result = await importAttendance(t.db, system(w.tenantId), "csv", [
      fileInMemory("exempel.csv", content),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.counts).toMatchObject({ pupils: 1, mentors: 1, lessons: 2 });
  });

  it("names the line and column of a bad CSV row", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const pnr = makePersonalNumber("2013-02-03", 322);
    const content = [
      "personnummer;förnamn;efternamn;skolenhet;datum;schemalagda_minuter;giltig_frånvaro_minuter;ogiltig_frånvaro_minuter",
      `${pnr};A;B;${w.schoolNames.a};2025-09-01;300;0;0`,
      `${pnr};A;B;Okänd skola;2025-09-02;300;0;0`,
      `${pnr};A;B;${w.schoolNames.a};2025-09-31;300;0;0`,
    ].join("\n");
    const result = await importAttendance(t.db, system(w.tenantId), "csv", [
      fileInMemory("a.csv", content),
    ]);
    expect(result.issues.map((i) => [i.line, i.path, i.code])).toEqual([
      [3, "skolenhet", "unknown_school"],
      [4, "datum", "invalid_date"],
    ]);
    // The bad lines are set aside, the good one is imported.
    expect(result.status).toBe("succeeded");
    expect(result.counts).toMatchObject({ pupils: 1, lessons: 1 });
  });
});
