import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CARE_TEAM_ROLES,
  INSTRUMENT_BANDS,
  INSTRUMENT_SCORE_CODES,
  personIdentifier,
} from "../../src/platform/fhir/terms";

const doc = readFileSync(new URL("../../../../docs/fhir.md", import.meta.url), "utf8");

describe("Kring's FHIR code systems", () => {
  it("lists every code with its display in docs/fhir.md", () => {
    for (const c of [...INSTRUMENT_SCORE_CODES, ...INSTRUMENT_BANDS, ...CARE_TEAM_ROLES]) {
      expect(c.display, c.code).toBeTruthy();
      expect(doc, c.code).toContain(`| \`${c.code}\` | ${c.display} |`);
    }
    expect(INSTRUMENT_SCORE_CODES).toHaveLength(3 * 9 + 4);
  });

  it("names a coordination number with HL7 Sweden's samordningsnummer system", () => {
    expect(personIdentifier("201403152382").system).toBe(
      "http://electronichealth.se/identifier/personnummer",
    );
    expect(personIdentifier("201403752386").system).toBe(
      "http://electronichealth.se/identifier/samordningsnummer",
    );
  });
});
