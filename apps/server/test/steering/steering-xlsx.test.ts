import readExcelFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp, loginAs } from "../support/test-app";
import { steeringWorld } from "./steering-world";

// GET /api/steering/export?format=xlsx: a real spreadsheet (read back by an independent XLSX
// reader) with the same rows as the CSV, numbers as numbers, and how each figure is computed.
let t: TestApp;
let cookie: string;
const URL = "/api/steering/export?from=2026-01-01&to=2026-12-31";

beforeAll(async () => {
  t = await createTestApp();
  const w = await steeringWorld(t.db, ["Norr", "Söder"]);
  // Norr: six requests contacted on the deadline day, five contacted late: 6 of 11.
  for (let i = 0; i < 11; i++)
    await w.addCase({
      area: "Norr",
      state: {
        requestedOn: "2026-03-02",
        stage: "network_meeting_1",
        firstContactOn: i < 6 ? "2026-03-09" : "2026-03-10",
      },
    });
  cookie = (await loginAs(t.app, await w.tenant.addUser("analys", [["admin", "analyst"]]))).cookie;
});
afterAll(() => t.close());

const get = (format: string) =>
  t.app.inject({ method: "GET", url: `${URL}&format=${format}`, headers: { cookie } });

describe("GET /api/steering/export?format=xlsx", () => {
  it("opens as a spreadsheet with the CSV's rows, numbers as numbers", async () => {
    const res = await get("xlsx");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers["content-disposition"]).toBe(
      'attachment; filename="nyckeltal-2026-01-01-2026-12-31.xlsx"',
    );
    const sheets = await readExcelFile(res.rawPayload);
    expect(sheets.map((s) => s.sheet)).toEqual(["Nyckeltal", "Så räknas det"]);
    const [header, ...rows] = sheets[0]!.data;
    expect(header).toEqual([
      "from",
      "to",
      "area",
      "indicator",
      "numerator",
      "denominator",
      "value",
      "suppressed",
    ]);
    const norr = rows.find((r) => r[2] === "Norr" && r[3] === "contact_within_deadline");
    expect(norr).toEqual([
      "2026-01-01",
      "2026-12-31",
      "Norr",
      "contact_within_deadline",
      6,
      11,
      0.545,
      false,
    ]);

    // Row for row the CSV's, an empty field being an empty cell.
    const csv = (await get("csv")).body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .slice(1);
    expect(rows).toHaveLength(csv.length);
    rows.forEach((row, i) => {
      const fields = csv[i]!.split(";");
      expect(row.map((c) => (c === null ? "" : String(c)))).toEqual(fields);
    });
    // The small-cell rule holds in the file as in the CSV.
    for (const row of rows)
      for (const n of [row[4], row[5]])
        if (typeof n === "number") expect(n === 0 || n >= 5).toBe(true);
  });

  it("explains each indicator on its second sheet, in Swedish and English", async () => {
    const sheets = await readExcelFile((await get("xlsx")).rawPayload);
    const texts = sheets[1]!.data;
    expect(texts[0]).toEqual(["indicator", "sv", "en"]);
    const contact = texts.find((r) => r[0] === "contact_within_deadline")!;
    expect(String(contact[1])).toMatch(/inom 7 dagar/);
    expect(String(contact[2])).toMatch(/within 7 days/);
    expect(texts.some((r) => r[0] === "attendance_returned_below_threshold")).toBe(true);
  });

  it("audits the download like any read of the figures", async () => {
    const before = await t.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action", "=", "steering.indicators_read")
      .executeTakeFirstOrThrow();
    await get("xlsx");
    const after = await t.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action", "=", "steering.indicators_read")
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });
});
