import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CivilDate,
  DateTime,
  FreeText,
  INT_MAX,
  Int,
  QueryInt,
  RawText,
  Text,
  Version,
  WebLink,
  atLeastOneField,
  isStorableText,
} from "../src/input";

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

describe("text rules", () => {
  it("refuse a NUL and lone surrogates, keep every well-formed character", () => {
    for (const schema of [Text(50), FreeText(50), RawText(50)]) {
      expect(ok(schema, "Anna\u0000")).toBe(false);
      expect(ok(schema, "\ud800")).toBe(false);
      expect(ok(schema, "x\udc00y")).toBe(false);
      expect(ok(schema, "Åsa 😀 \t ñ")).toBe(true);
    }
  });

  it("agree with a UTF-8 round trip on any string: what survives it, without NUL, is storable", () => {
    const survivesUtf8 = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s)) === s;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (s) => {
        expect(isStorableText(s)).toBe(survivesUtf8(s) && !s.includes("\u0000"));
      }),
      { numRuns: 500 },
    );
  });

  it("trim, require and bound as named", () => {
    expect(Text(5).safeParse("  ab  ").data).toBe("ab");
    expect(ok(Text(5), "   ")).toBe(false);
    expect(FreeText(5).safeParse("   ").data).toBe("");
    expect(RawText(5).safeParse(" ab ").data).toBe(" ab ");
    expect(ok(Text(5), "abcdef")).toBe(false);
  });
});

describe("integer rules", () => {
  it("keep to what an integer column holds", () => {
    expect(ok(Version, INT_MAX)).toBe(true);
    expect(ok(Version, 2147483648)).toBe(false);
    expect(ok(Version, 0)).toBe(false);
    expect(ok(Version, 1.5)).toBe(false);
    expect(ok(Int(), -INT_MAX - 1)).toBe(false);
    expect(QueryInt().safeParse("3").data).toBe(3);
    expect(ok(QueryInt(), "99999999999")).toBe(false);
    expect(ok(QueryInt(), "abc")).toBe(false);
  });
});

describe("date rules", () => {
  it("accept real dates from 1900 to 2100 only", () => {
    expect(ok(CivilDate, "2026-12-07")).toBe(true);
    expect(ok(CivilDate, "1900-01-01")).toBe(true);
    expect(ok(CivilDate, "2100-12-31")).toBe(true);
    expect(ok(CivilDate, "0000-01-01")).toBe(false);
    expect(ok(CivilDate, "1899-12-31")).toBe(false);
    expect(ok(CivilDate, "2101-01-01")).toBe(false);
    expect(ok(CivilDate, "2026-02-30")).toBe(false);
    expect(ok(DateTime, "2026-12-07T09:00:00+01:00")).toBe(true);
    expect(ok(DateTime, "0000-01-01T00:00:00Z")).toBe(false);
    expect(ok(DateTime, "9999-12-31T23:59:59Z")).toBe(false);
  });
});

describe("video links", () => {
  it("are http(s) and saved in normal form", () => {
    expect(WebLink.parse("https://Video.Kommun.SE/room")).toBe("https://video.kommun.se/room");
    expect(WebLink.parse("HTTPS://video.kommun.se/Room?id=A")).toBe(
      "https://video.kommun.se/Room?id=A",
    );
    for (const bad of ["sip:room@kommun.se", "mailto:a@kommun.se", "javascript:alert(1)", "x"])
      expect(ok(WebLink, bad)).toBe(false);
  });
});

describe("PATCH bodies", () => {
  const Patch = atLeastOneField(
    z.object({ name: Text(10).optional(), active: z.boolean().optional() }),
  );
  it("must change something", () => {
    expect(ok(Patch, {})).toBe(false);
    expect(ok(Patch, { name: undefined })).toBe(false);
    expect(ok(Patch, { active: false })).toBe(true);
  });
});
