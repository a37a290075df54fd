import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESKILSTUNA_STAIRCASE } from "@kring/domain/attendance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesAt } from "../../src/features/attendance/import/import-files";
import { importAttendance } from "../../src/features/attendance/import/import.service";
import { saveStaircase } from "../../src/features/attendance/staircase/staircase.service";
import {
  actorOf,
  attendanceWorld,
  PRESENT,
  type PupilSpec,
  schoolDays,
  ss12000Bundle,
} from "../attendance/attendance-world";
import { createTestApp, type TestApp } from "../support/test-app";

// An SS 12000 export folder as a vendor writes it: one file per entity of the standard, also
// those Kring does not read, a newly arrived pupil with a temporary number, a pupil who has died,
// and records the standard's schema allows but no school has (ADR 0028).

let t: TestApp;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kring-vendor-"));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const system = (tenantId: string) => ({ tenantId, userId: null, system: "test" });
const DAYS = schoolDays("2025-09-01", 30);
const truant = (d: number, n: number) => ({ valid: 0, invalid: d >= 2 ? [180, 120][n]! : 0 });
type Json = Record<string, any>;

describe("an SS 12000 folder as a vendor exports it", () => {
  it("imports a TF pupil, sets bad records aside, ignores unused entities and drops a dead pupil from the staircase", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: ESKILSTUNA_STAIRCASE });
    const pupils: PupilSpec[] = [
      { key: "tf", school: "a", pattern: PRESENT },
      { key: "dead", school: "a", pattern: truant },
      { key: "badnumber", school: "a", pattern: PRESENT },
      { key: "minutes", school: "a", pattern: PRESENT },
      { key: "truant", school: "a", pattern: truant },
    ];
    const bundle = ss12000Bundle(w, pupils, DAYS) as Record<string, { data: Json[] }>;
    const persons = bundle.persons!.data;
    Object.assign(persons[0]!, { civicNo: { value: "20130101TF01" }, birthDate: "2013-01-01" });
    persons[2]!.personStatus = "Avliden";
    persons[4]!.civicNo = { value: "201305101234" }; // wrong check digit
    const attendances = bundle.attendances!.data;
    const ofPupil = (i: number) => attendances.filter((a) => a.student.id === persons[2 * i]!.id);
    // The "minutes" pupil: -5 minutes, and 100 + 100 minutes of absence in a 120-minute lesson.
    Object.assign(ofPupil(3)[0]!, { invalidAbsenceMinutes: -5 });
    Object.assign(ofPupil(3)[1]!, { validAbsenceMinutes: 100, invalidAbsenceMinutes: 100 });
    for (const [entity, { data }] of Object.entries(bundle)) {
      fs.writeFileSync(path.join(folder, `${entity}.json`), JSON.stringify({ data }));
    }
    const unused = ["placements", "attendanceEvents", "programmes", "grades", "activities"];
    for (const entity of unused) {
      fs.writeFileSync(path.join(folder, `${entity}.json`), JSON.stringify({ data: [] }));
    }

    const result = await importAttendance(t.db, system(w.tenantId), "ss12000", filesAt(folder));
    expect(result.status).toBe("succeeded");
    const badPupilLessons = ofPupil(2).length;
    const at = (a: Json) => `data[${attendances.indexOf(a)}]`;
    const setAside = result.issues.map((i) => [i.file, i.path, i.code]);
    expect(setAside.filter(([, , code]) => code !== "unknown_pupil")).toEqual([
      ["persons.json", "data[4].civicNo.value", "invalid_personal_number"],
      ["attendances.json", `${at(ofPupil(3)[0]!)}.invalidAbsenceMinutes`, "invalid_minutes"],
      ["attendances.json", `${at(ofPupil(3)[1]!)}.invalidAbsenceMinutes`, "absence_over_schedule"],
    ]);
    // Every attendance of the pupil set aside is set aside too, with its reason.
    expect(setAside.filter(([, , code]) => code === "unknown_pupil")).toEqual(
      ofPupil(2).map((a) => ["attendances.json", `${at(a)}.student`, "unknown_pupil"]),
    );
    expect(result.issueCount).toBe(1 + badPupilLessons + 2);
    expect(result.notes.map((n) => [n.file, n.code])).toEqual(
      unused.sort().map((e) => [`${e}.json`, "ignored_entity"]),
    );
    expect(result.counts).toMatchObject({
      pupils: 4,
      leftStaircase: 1,
      lessons: attendances.length - badPupilLessons - 2,
    });

    const children = await t.db
      .selectFrom("child")
      .select(["id", "personal_number", "birth_date", "attendance_gone_on"])
      .where("tenant_id", "=", w.tenantId)
      .execute();
    const tf = children.find((c) => c.personal_number === "20130101TF01");
    expect(tf?.birth_date).toBe("2013-01-01");
    const dead = children.filter((c) => c.attendance_gone_on !== null);
    expect(dead).toHaveLength(1);
    const tasks = await t.db
      .selectFrom("attendance_task")
      .select(["child_id", "status"])
      .where("tenant_id", "=", w.tenantId)
      .execute();
    // The truant pupil who is alive has tasks; the one who died, with the same absence, none.
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.filter((x) => x.child_id === dead[0]!.id)).toEqual([]);
  });
});
