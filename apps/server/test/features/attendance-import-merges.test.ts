import { randomUUID } from "node:crypto";
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

describe("a batch of many merges", () => {
  // Tiny stages and merges, so that a handful of lessons crosses every boundary a municipal
  // import does: reading on while a merge runs, one lesson in two merges, days written at the end.
  const lessonSizes = { chunk: 5, merge: 12, readAhead: 10 };
  const p2Pattern = (d: number, n: number) => ({
    valid: d === 2 && n === 0 ? 180 : 0,
    invalid: d === 3 && n === 1 ? 60 : 0,
  });

  it("sums the days as one merge would, the later of two records of a lesson counting", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const bundle = ss12000Bundle(
      w,
      [
        { key: "p1", school: "a", pattern: PRESENT },
        { key: "p2", school: "a", pattern: p2Pattern },
        { key: "p3", school: "b", pattern: PRESENT },
      ],
      DAYS,
    );
    const { attendances, ...rest } = bundle;
    // The first lesson again at the end of the batch, merged long after the first record:
    // the pupil was away all of it, with a valid reason.
    const first = attendances.data[0]!;
    const corrected = {
      ...first,
      attendanceMinutes: 0,
      validAbsenceMinutes: first.attendanceMinutes,
    };
    const lines = [...attendances.data, corrected].map((a) => JSON.stringify(a));
    const files = [
      fileInMemory("export.json", JSON.stringify(rest)),
      fileInMemory("attendances.jsonl", lines.join("\n")),
    ];
    const result = await importAttendance(t.db, system(w.tenantId), "ss12000", files, () => {}, {
      lessonSizes,
      evaluate: false,
    });
    expect(result.issues).toEqual([]);
    expect(result.status).toBe("succeeded");
    const lessons = await t.db
      .selectFrom("attendance_lesson")
      .selectAll()
      .where("tenant_id", "=", w.tenantId)
      .execute();
    expect(lessons).toHaveLength(60);
    expect(lessons.find((l) => l.external_id === first.id)).toMatchObject({
      present_minutes: 0,
      valid_minutes: first.attendanceMinutes,
    });
    const days = await t.db
      .selectFrom("attendance_day")
      .selectAll()
      .where("tenant_id", "=", w.tenantId)
      .execute();
    expect(days).toHaveLength(30);
    expect(days.every((d) => d.scheduled_minutes === 300)).toBe(true);
    const absent = days
      .filter((d) => d.valid_minutes > 0 || d.invalid_minutes > 0)
      .map((d) => [d.date, d.valid_minutes, d.invalid_minutes])
      .sort((x, y) => String(x[0]).localeCompare(String(y[0])) || Number(x[1]) - Number(y[1]));
    const firstDate = lessons.find((l) => l.external_id === first.id)!.date;
    expect(absent).toEqual(
      [
        [DAYS[2], 180, 0],
        [DAYS[3], 0, 60],
        [firstDate, first.attendanceMinutes, 0],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0])) || Number(x[1]) - Number(y[1])),
    );
    // Every pupil is marked for the next evaluation, over the whole term.
    const marks = await t.db
      .selectFrom("attendance_progress")
      .select(["marked_from", "marked_through"])
      .where("tenant_id", "=", w.tenantId)
      .execute();
    expect(marks).toHaveLength(3);
    expect(marks.every((m) => m.marked_from === DAYS[0] && m.marked_through === DAYS.at(-1))).toBe(
      true,
    );
  });

  it("sets aside a lesson of the last merge that names an unknown pupil, and merges the rest", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const bundle = ss12000Bundle(w, [{ key: "p", school: "a", pattern: PRESENT }], DAYS);
    const { attendances, ...rest } = bundle;
    const lines = attendances.data.map((a) => JSON.stringify(a));
    lines.push(
      JSON.stringify({ ...attendances.data[0], id: randomUUID(), student: { id: randomUUID() } }),
    );
    const files = [
      fileInMemory("export.json", JSON.stringify(rest)),
      fileInMemory("attendances.jsonl", lines.join("\n")),
    ];
    const result = await importAttendance(t.db, system(w.tenantId), "ss12000", files, () => {}, {
      lessonSizes,
    });
    expect(result.status).toBe("succeeded");
    expect(result.issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ["attendances.jsonl", lines.length, "unknown_pupil"],
    ]);
    expect(result.issueCount).toBe(1);
    const lessons = await t.db
      .selectFrom("attendance_lesson")
      .select("external_id")
      .where("tenant_id", "=", w.tenantId)
      .execute();
    expect(lessons).toHaveLength(attendances.data.length);
  });
});
