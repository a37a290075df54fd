import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  looksLikeIdentityNumber,
  makePersonalNumber,
  parsePersonalIdentityNumber,
} from "../../src/identity";

const TODAY = "2026-12-07";

describe("a full personal identity number in any form", () => {
  it("reads the five written forms of the Tax Agency's example alike", () => {
    for (const form of ["198112189876", "19811218-9876", "8112189876", "811218-9876"]) {
      expect(parsePersonalIdentityNumber(form, TODAY)?.value).toBe("198112189876");
    }
    // "+" marks someone 100 or older: the same digits, one century earlier.
    expect(parsePersonalIdentityNumber("811218+9876", TODAY)?.value).toBe("188112189876");
  });

  it("takes the century so that a birthday later this year belongs to the previous century", () => {
    const thisYear = makePersonalNumber("2026-12-07", 123).slice(2);
    expect(parsePersonalIdentityNumber(thisYear, TODAY)?.birthDate).toBe("2026-12-07");
    const tomorrow = makePersonalNumber("1926-12-08", 123).slice(2);
    expect(parsePersonalIdentityNumber(tomorrow, TODAY)?.birthDate).toBe("1926-12-08");
  });

  it("refuses partial numbers, wrong check digits, letters and impossible dates", () => {
    for (const bad of ["811218", "81121898", "811218-987", "8112189875", "19811218987", "abc"]) {
      expect(parsePersonalIdentityNumber(bad, TODAY)).toBeNull();
    }
    expect(parsePersonalIdentityNumber("19811218+98-76", TODAY)).toBeNull();
  });

  it("every number of a living person reads back from each form (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date(TODAY), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        (date, serial, coordination) => {
          const iso = date.toISOString().slice(0, 10);
          const full = makePersonalNumber(iso, serial, coordination);
          const hundred = `${Number(iso.slice(0, 4)) + 100}${iso.slice(4)}` <= TODAY;
          const ten = full.slice(2);
          const forms = [
            full,
            `${full.slice(0, 8)}-${full.slice(8)}`,
            `${ten.slice(0, 6)}${hundred ? "+" : "-"}${ten.slice(6)}`,
            ...(hundred ? [] : [ten]),
          ];
          for (const form of forms) {
            expect(parsePersonalIdentityNumber(form, TODAY)).toMatchObject({
              value: full,
              birthDate: iso,
            });
          }
        },
      ),
    );
  });

  it("tells a number from a name", () => {
    expect(looksLikeIdentityNumber("811218-9876")).toBe(true);
    expect(looksLikeIdentityNumber("Öberg")).toBe(false);
    expect(looksLikeIdentityNumber("--")).toBe(false);
  });
});
