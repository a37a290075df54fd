import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatPersonalNumber,
  luhnCheckDigit,
  makePersonalNumber,
  parsePersonalNumber,
} from "../../src/identity";

describe("personal identity numbers", () => {
  it("accepts a Luhn-valid number with or without separator", () => {
    // 811218-9876 is the Swedish Tax Agency's textbook example.
    expect(parsePersonalNumber("198112189876")?.birthDate).toBe("1981-12-18");
    expect(parsePersonalNumber("19811218-9876")?.value).toBe("198112189876");
  });

  it("rejects a wrong check digit, wrong length and impossible dates", () => {
    expect(parsePersonalNumber("198112189875")).toBeNull();
    expect(parsePersonalNumber("8112189876")).toBeNull();
    expect(
      parsePersonalNumber(makePersonalNumber("2015-02-28", 123).replace("0228", "0230")),
    ).toBeNull();
  });

  it("accepts coordination numbers (day + 60) and reports the real birth date", () => {
    const n = makePersonalNumber("2014-05-03", 241, true);
    expect(n.slice(6, 8)).toBe("63");
    expect(parsePersonalNumber(n)).toEqual({
      value: n,
      kind: "coordination",
      birthDate: "2014-05-03",
    });
  });

  it("computes the Luhn digit", () => {
    expect(luhnCheckDigit("811218987")).toBe(6);
  });

  it("formats with a hyphen", () => {
    expect(formatPersonalNumber("198112189876")).toBe("19811218-9876");
  });

  it("every generated number parses back (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2025-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        (date, serial, coord) => {
          const iso = date.toISOString().slice(0, 10);
          const parsed = parsePersonalNumber(makePersonalNumber(iso, serial, coord));
          expect(parsed?.birthDate).toBe(iso);
          expect(parsed?.kind).toBe(coord ? "coordination" : "personal");
        },
      ),
    );
  });
});
