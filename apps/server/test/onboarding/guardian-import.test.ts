// Guardians with custody from the imports (issue 19.3, ADR 0044): SS 12000's relationType and
// the CSV's guardian columns decide who is a vårdnadshavare; a re-import that changes custody
// changes it in Kring.
import { makePersonalNumber } from "@kring/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as b from "../../src/features/attendance/import/ss12000/ss12000-builders";
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
const DAYS = schoolDays("2025-09-01", 2);

async function relations(tenantId: string) {
  const rows = await t.db
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .innerJoin("child as c", "c.id", "cg.child_id")
    .select([
      "c.given_name as child",
      "g.given_name as guardian",
      "g.personal_number",
      "cg.custody",
    ])
    .where("cg.tenant_id", "=", tenantId)
    .orderBy("g.given_name")
    .execute();
  return rows.map((r) => [r.child, r.guardian, r.personal_number, r.custody]);
}

describe("SS 12000 guardian relations", () => {
  it("a Vårdnadshavare has custody, Annan ansvarig has not; a change of relation follows", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const bundle = ss12000Bundle(w, [{ key: "p", school: "a", pattern: PRESENT }], DAYS);
    const pupil = bundle.persons.data[0] as ReturnType<typeof b.person>;
    const fatherNumber = makePersonalNumber("1980-04-02", 113);
    const father = b.person({
      id: b.ss12000Id(`${w.tenantId}|father`, 1),
      givenName: "Pappa",
      familyName: "Testsson",
      civicNo: fatherNumber,
    });
    const withFather = (relation: string) => ({
      ...bundle,
      persons: {
        data: [
          {
            ...pupil,
            responsibles: [
              ...(pupil.responsibles ?? []),
              { person: { id: father.id }, relationType: relation },
            ],
          },
          father,
          ...bundle.persons.data.slice(1),
        ],
      },
    });
    const run = (data: unknown) =>
      importAttendance(t.db, system(w.tenantId), "ss12000", [
        fileInMemory("export.json", JSON.stringify(data)),
      ]);
    const first = await run(withFather("Annan ansvarig"));
    expect(first.issues).toEqual([]);
    expect(await relations(w.tenantId)).toEqual([
      ["Elev0", "Förälder0", null, true],
      ["Elev0", "Pappa", fatherNumber, false],
    ]);
    // A court gives the father custody: the next export says Vårdnadshavare.
    const second = await run(withFather("Vårdnadshavare"));
    expect(second.status).toBe("succeeded");
    expect((await relations(w.tenantId)).map((r) => r[3])).toEqual([true, true]);
  });
});

describe("CSV guardian columns", () => {
  const header =
    "personnummer;förnamn;efternamn;skolenhet;datum;schemalagda_minuter;giltig_frånvaro_minuter;ogiltig_frånvaro_minuter;vårdnadshavare1_personnummer;vårdnadshavare1_förnamn;vårdnadshavare1_efternamn;vårdnadshavare1_telefon;Vårdnadshavare2 personnummer;Vårdnadshavare2 förnamn;Vårdnadshavare2 efternamn;Vårdnadshavare2 vårdnad";

  it("names each guardian of the pupil, with custody unless it says nej", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const pnr = makePersonalNumber("2013-02-03", 401);
    const mother = makePersonalNumber("1982-06-07", 224);
    const father = makePersonalNumber("1979-01-30", 335);
    const lines = DAYS.map(
      (d) =>
        `${pnr};Saga;Öberg;${w.schoolNames.a};${d};300;0;0;${mother};Mia;Öberg;070-123;${father};Per;Öberg;nej`,
    );
    const file = () => fileInMemory("närvaro.csv", [header, ...lines].join("\n"));
    const result = await importAttendance(t.db, system(w.tenantId), "csv", [file()]);
    expect(result.issues).toEqual([]);
    // Two guardians created and two links to the pupil.
    expect(result.counts).toMatchObject({ pupils: 1, guardians: 4 });
    expect(await relations(w.tenantId)).toEqual([
      ["Saga", "Mia", mother, true],
      ["Saga", "Per", father, false],
    ]);
    const again = await importAttendance(t.db, system(w.tenantId), "csv", [file()]);
    expect(Object.entries(again.counts).filter(([k, v]) => k !== "rows" && v !== 0)).toEqual([]);
  });

  it("refuses a line whose guardian has a bad number or custody, naming the column", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const pnr = makePersonalNumber("2013-02-03", 402);
    const content = [
      header,
      `${pnr};A;B;${w.schoolNames.a};${DAYS[0]};300;0;0;19820607-0000;Mia;B;;;;;`,
      `${pnr};A;B;${w.schoolNames.a};${DAYS[1]};300;0;0;;;;;${makePersonalNumber("1979-01-30", 336)};Per;B;kanske`,
    ].join("\n");
    const result = await importAttendance(t.db, system(w.tenantId), "csv", [
      fileInMemory("a.csv", content),
    ]);
    expect(result.issues.map((i) => [i.line, i.path, i.code])).toEqual([
      [2, "vårdnadshavare1_personnummer", "invalid_personal_number"],
      [3, "Vårdnadshavare2 vårdnad", "invalid_custody"],
    ]);
  });
});
