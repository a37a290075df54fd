import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/features/attendance/import/import-text";
import { columnsOf } from "../../src/features/attendance/import/csv/csv-columns";
import { splitCsv } from "../../src/features/attendance/import/csv/csv-parser";
import {
  entityOfFile,
  ss12000Validators,
} from "../../src/features/attendance/import/ss12000/ss12000-schemas";
import { stockholmDateOf } from "../../src/features/attendance/import/ss12000/ss12000-records";
import { isoWeek, termOf, weeksOf } from "../../src/features/attendance/views/term";

describe("decoding", () => {
  /** Decodes bytes sent one byte a chunk: every boundary falls inside a BOM or a character. */
  async function decode(bytes: Buffer, legacy: boolean) {
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    let text = "";
    let encoding = "";
    for await (const part of decodeText(Readable.from(chunks), {
      legacy,
      onEncoding: (e) => (encoding = e),
    })) {
      text += part;
    }
    return { text, encoding };
  }

  it("reads BOMs and characters split over chunks, and tells UTF-8 from Windows-1252", async () => {
    const utf8 = Buffer.from("\uFEFFnamn\nÅsa Öst\n", "utf8");
    expect(await decode(utf8, false)).toEqual({ text: "namn\nÅsa Öst\n", encoding: "UTF-8" });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a\tÅ\n", "utf16le")]);
    expect(await decode(utf16, true)).toEqual({ text: "a\tÅ\n", encoding: "UTF-16LE" });
    const cp1252 = Buffer.from("namn;x\nÅsa Öst\n", "latin1");
    expect(await decode(cp1252, true)).toEqual({
      text: "namn;x\nÅsa Öst\n",
      encoding: "Windows-1252",
    });
    expect(await decode(Buffer.from("ascii"), true)).toEqual({ text: "ascii", encoding: "UTF-8" });
  });

  it("refuses what is not UTF-8 when only UTF-8 will do, and UTF-8 broken after a good start", async () => {
    await expect(decode(Buffer.from("Åsa", "latin1"), false)).rejects.toThrow(/not UTF-8/);
    const broken = Buffer.concat([Buffer.from("Åsa ", "utf8"), Buffer.from("Öst", "latin1")]);
    await expect(decode(broken, true)).rejects.toThrow(/not UTF-8/);
  });
});

describe("CSV", () => {
  it("splits Excel's quoting: separators and doubled quotes inside quoted fields", () => {
    expect(splitCsv('a;"b;c";"say ""hi""";', ";").fields).toEqual(["a", "b;c", 'say "hi"', ""]);
    expect(splitCsv('a;"open', ";").open).toBe(true);
  });

  it("matches headers whatever their case, spacing or Swedish letters", () => {
    const { index, missing } = columnsOf(["Personnummer", "Giltig frånvaro (minuter)", "DATUM"]);
    expect(index).toMatchObject({ personalNumber: 0, valid: 1, date: 2 });
    expect(missing).toContain("skolenhet");
  });
});

describe("SS 12000", () => {
  it("names the entity of a file from its name", () => {
    expect(entityOfFile("attendances-0003.jsonl")).toBe("attendances");
    expect(entityOfFile("calendarEvents.json")).toBe("calendarEvents");
    expect(entityOfFile("export.json")).toBeNull();
  });

  it("validates against the official schema: required fields, enums, formats and nesting", () => {
    const { absences } = ss12000Validators();
    const ok = {
      id: "046b6c7f-0b8a-43b9-b35d-6489e6daee91",
      meta: { created: "2025-09-01T08:00:00Z", modified: "2025-09-01T08:00:00Z" },
      startTime: "2025-09-01T08:00:00+02:00",
      endTime: "2025-09-01T12:00:00+02:00",
      type: "Anmäld frånvaro",
      student: { id: "046b6c7f-0b8a-43b9-b35d-6489e6daee92" },
    };
    expect(absences(ok)).toEqual([]);
    const bad = absences({ ...ok, type: "Sjuk", endTime: "2025-02-30T10:00:00Z", student: {} });
    expect(bad.map((i) => i.path).sort()).toEqual(["endTime", "student.id", "type"]);
  });

  it("dates a lesson by the civil date in Sweden, whatever offset was written", () => {
    expect(stockholmDateOf(new Date("2025-10-26T23:30:00Z"))).toBe("2025-10-27");
    expect(stockholmDateOf(new Date("2025-06-30T21:59:00Z"))).toBe("2025-06-30");
  });
});

describe("terms and weeks", () => {
  it("splits the school year at 1 August and counts ISO weeks", () => {
    expect(termOf("2025-09-10")).toEqual({ from: "2025-08-01", to: "2025-12-31" });
    expect(termOf("2026-03-02")).toEqual({ from: "2026-01-01", to: "2026-07-31" });
    expect(isoWeek("2025-12-29")).toEqual({ week: "2026-W01", monday: "2025-12-29" });
    const days = [
      { date: "2025-09-01", scheduled: 300, valid: 60, invalid: 0 },
      { date: "2025-09-05", scheduled: 300, valid: 0, invalid: 30 },
      { date: "2025-09-08", scheduled: 300, valid: 0, invalid: 0 },
    ];
    expect(weeksOf(days)).toEqual([
      { week: "2025-W36", from: "2025-09-01", scheduled: 600, valid: 60, invalid: 30 },
      { week: "2025-W37", from: "2025-09-08", scheduled: 300, valid: 0, invalid: 0 },
    ]);
  });
});
