import path from "node:path";
import { makePersonalNumber } from "@kring/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileInMemory, fileOnDisk } from "../../src/features/attendance/import/import-files";
import { importAttendance } from "../../src/features/attendance/import/import.service";
import * as b from "../../src/features/attendance/import/ss12000/ss12000-builders";
import { attendanceWorld } from "../attendance/attendance-world";
import { createTestApp, type TestApp } from "../support/test-app";

// Files as the systems that make them write them: Swedish Excel's CSV flavours (fixtures with
// their real bytes, see fixtures/excel-csv/README.md) and SS 12000 JSON in the wrong encoding.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const system = (tenantId: string) => ({ tenantId, userId: null, system: "test" });
const FIXTURES = new URL("../fixtures/excel-csv/", import.meta.url).pathname;
const SCHOOL = "Västra Ängsskolan";

/** A world whose school A has the fixtures' name. */
async function world() {
  const w = await attendanceWorld(t.db, t.app);
  await t.db.updateTable("unit").set({ name: SCHOOL }).where("id", "=", w.units.a).execute();
  return w;
}

async function namesOf(tenantId: string) {
  const rows = await t.db
    .selectFrom("child")
    .select(["given_name", "family_name"])
    .where("tenant_id", "=", tenantId)
    .orderBy("personal_number")
    .execute();
  return rows.map((r) => `${r.given_name} ${r.family_name}`);
}

describe("CSV as Swedish Excel writes it", () => {
  it.each([
    ["excel-semikolon-cp1252.csv", "Windows-1252", 2],
    ["excel-unicode-text.txt", "UTF-16LE", 3],
    ["excel-sep-rad.csv", "Windows-1252", 2],
  ])("reads %s (%s) with its names intact and says which encoding", async (name, enc, n) => {
    const w = await world();
    const file = fileOnDisk(path.join(FIXTURES, name));
    const result = await importAttendance(t.db, system(w.tenantId), "csv", [file]);
    expect(result.issues).toEqual([]);
    expect(result.status).toBe("succeeded");
    expect(result.counts).toMatchObject({ pupils: n, lessons: n });
    expect(result.notes).toEqual([
      expect.objectContaining({
        file: name,
        code: "encoding",
        message: expect.stringContaining(enc),
      }),
    ]);
    const names = await namesOf(w.tenantId);
    expect(names.slice(0, 2)).toEqual(["Åsa-Lena Björklund Öst", "Björn Åström"]);
    if (n === 3) expect(names[2]).toBe("Łucja Ñúñez Lindqvist");
    expect(names.join("")).not.toContain("\uFFFD");
  });

  it("decodes Windows-1252 names under an ASCII header instead of storing U+FFFD", async () => {
    const w = await world();
    const pnr = makePersonalNumber("2013-02-03", 331);
    const text = [
      "personnummer,fornamn,efternamn,skolenhet,datum,schemalagda_minuter,giltig_franvaro_minuter,ogiltig_franvaro_minuter",
      `${pnr},Åsa-Lena,Björklund Öst,${SCHOOL},2025-09-01,60,0,0`,
    ].join("\r\n");
    const result = await importAttendance(t.db, system(w.tenantId), "csv", [
      fileInMemory("ascii-rubriker.csv", Buffer.from(text, "latin1")),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.notes[0]!.message).toContain("Windows-1252");
    expect(await namesOf(w.tenantId)).toEqual(["Åsa-Lena Björklund Öst"]);
  });

  it("names the column as in the file for a decimal comma and refuses a line break in a name", async () => {
    const w = await world();
    const [p1, p2] = [makePersonalNumber("2013-02-03", 341), makePersonalNumber("2013-02-03", 352)];
    const text = [
      "Personnummer;Förnamn;Efternamn;Skolenhet;Datum;Schemalagda minuter;Giltig frånvaro (minuter);Ogiltig frånvaro minuter",
      `${p1};Alva;Berg;${SCHOOL};2025-09-01;60;"60,0";0`,
      `${p2};Alva;"Berg`,
      `Lind";${SCHOOL};2025-09-01;60;0;0`,
    ].join("\r\n");
    const result = await importAttendance(t.db, system(w.tenantId), "csv", [
      fileInMemory("fel.csv", `\uFEFF${text}`),
    ]);
    expect(result.issues.map((i) => [i.line, i.path, i.code])).toEqual([
      [2, "Giltig frånvaro (minuter)", "invalid_minutes"],
      [3, "Efternamn", "line_break_in_field"],
    ]);
    expect(result.issues[0]!.messageSv).toContain("utan decimaler");
    expect(result.issues[0]!.message).not.toContain("minuter");
  });
});

describe("SS 12000 JSON that is not UTF-8", () => {
  it.each([
    ["Latin-1", (s: string) => Buffer.from(s, "latin1"), /not UTF-8/],
    [
      "UTF-16",
      (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]),
      /UTF-16LE, not UTF-8/,
    ],
  ])("refuses %s with a message that says so", async (_, encode, message) => {
    const w = await world();
    const school = b.ss12000Id("school", "latin1");
    const persons = JSON.stringify({
      data: [
        b.person({
          id: b.ss12000Id("pupil", "latin1"),
          givenName: "Björn",
          familyName: "Åström",
          civicNo: makePersonalNumber("2013-02-03", 361),
          enrolment: { schoolId: school, schoolYear: 6, startDate: "2025-08-15" },
        }),
      ],
    });
    const result = await importAttendance(t.db, system(w.tenantId), "ss12000", [
      fileInMemory("organisations.json", JSON.stringify([b.schoolUnit(school, SCHOOL)])),
      fileInMemory("persons.json", encode(persons)),
    ]);
    expect(result.status).toBe("failed");
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: "persons.json",
        code: "not_utf8",
        message: expect.stringMatching(message),
      }),
    ]);
    expect(result.issues[0]!.messageSv).toMatch(/måste vara UTF-8/);
    expect(await namesOf(w.tenantId)).toEqual([]);
  });
});
