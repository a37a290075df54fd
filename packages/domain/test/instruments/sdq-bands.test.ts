import { describe, expect, it } from "vitest";
import type { SdqBandedScale, SdqInformant } from "../../src/instruments";
import { InstrumentInputError, scoreSdq, sdqBand3, sdqBand4 } from "../../src/instruments";
import { answersForScores, answersForTotal, impactFor, INFORMANTS } from "./sdq-helpers";

/*
 * The band table copied verbatim from domain.md section 6. Parsing it here gives an
 * expectation that is independent of how the library stores its cut-offs.
 */
const DOC_TABLE = `
bands3
parent:  TOTAL 0-13,14-16,17-40  EMO 0-3,4,5-10  CON 0-2,3,4-10  HYP 0-5,6,7-10  PEER 0-2,3,4-10  PRO 6-10,5,0-4  IMPACT 0,1,2-10
teacher: TOTAL 0-11,12-15,16-40  EMO 0-4,5,6-10  CON 0-2,3,4-10  HYP 0-5,6,7-10  PEER 0-3,4,5-10  PRO 6-10,5,0-4  IMPACT 0,1,2-6
self:    TOTAL 0-15,16-19,20-40  EMO 0-5,6,7-10  CON 0-3,4,5-10  HYP 0-5,6,7-10  PEER 0-3,4-5,6-10 PRO 6-10,5,0-4  IMPACT 0,1,2-10
bands4
parent:  TOTAL 0-13,14-16,17-19,20-40  EMO 0-3,4,5-6,7-10  CON 0-2,3,4-5,6-10  HYP 0-5,6-7,8,9-10  PEER 0-2,3,4,5-10  PRO 8-10,7,6,0-5  IMPACT 0,1,2,3-10
teacher: TOTAL 0-11,12-15,16-18,19-40  EMO 0-3,4,5,6-10  CON 0-2,3,4,5-10  HYP 0-5,6-7,8,9-10  PEER 0-2,3-4,5,6-10  PRO 6-10,5,4,0-3  IMPACT 0,1,2,3-6
self:    TOTAL 0-14,15-17,18-19,20-40  EMO 0-4,5,6,7-10  CON 0-3,4,5,6-10  HYP 0-5,6,7,8-10  PEER 0-2,3,4,5-10  PRO 7-10,6,5,0-4  IMPACT 0,1,2,3-10
`;

const SCALE_NAMES: Record<string, SdqBandedScale> = {
  TOTAL: "total",
  EMO: "emotional",
  CON: "conduct",
  HYP: "hyperactivity",
  PEER: "peer",
  PRO: "prosocial",
  IMPACT: "impact",
};
const LABELS3 = ["normal", "borderline", "abnormal"];
const LABELS4 = ["close_to_average", "slightly_raised", "high", "very_high"];
const LABELS4_PRO = ["close_to_average", "slightly_lowered", "low", "very_low"];

interface Boundary {
  system: 3 | 4;
  informant: SdqInformant;
  scale: SdqBandedScale;
  /** Lowest and highest score in the band, and the band label. */
  min: number;
  max: number;
  band: string;
}

function parseDocTable(): Boundary[] {
  const rows: Boundary[] = [];
  let system: 3 | 4 = 3;
  for (const line of DOC_TABLE.trim().split("\n")) {
    if (line.startsWith("bands")) {
      system = line === "bands3" ? 3 : 4;
      continue;
    }
    const [who, ...rest] = line.split(/\s+/);
    const informant = who?.replace(":", "") as SdqInformant;
    for (let i = 0; i < rest.length; i += 2) {
      const scale = SCALE_NAMES[rest[i] ?? ""] as SdqBandedScale;
      const labels = system === 3 ? LABELS3 : scale === "prosocial" ? LABELS4_PRO : LABELS4;
      (rest[i + 1] ?? "").split(",").forEach((range, band) => {
        const [min, max = min] = range.split("-").map(Number) as [number, number?];
        rows.push({ system, informant, scale, min, max, band: labels[band] ?? "?" });
      });
    }
  }
  return rows;
}

const ROWS = parseDocTable();
const band = (system: 3 | 4, informant: SdqInformant, scale: SdqBandedScale, score: number) =>
  system === 3 ? sdqBand3(informant, scale, score) : sdqBand4(informant, scale, score);

it("the copied table has every informant × scale × system (sanity check of the parser)", () => {
  expect(ROWS).toHaveLength(3 * 7 * 3 + 3 * 7 * 4);
});

describe("every band edge, both sides (sdqBand3 / sdqBand4)", () => {
  // Each band's lowest and highest score; adjacent bands' max and min are the two sides of
  // one boundary.
  const cases = ROWS.flatMap((r) => [
    { ...r, score: r.min },
    { ...r, score: r.max },
  ]);
  it.each(cases)("bands$system $informant $scale $score → $band", (c) => {
    expect(band(c.system, c.informant, c.scale, c.score)).toBe(c.band);
  });
});

describe("bands cover each scale completely, with no gaps or overlaps", () => {
  const max = (informant: SdqInformant, scale: SdqBandedScale) =>
    scale === "total" ? 40 : scale === "impact" && informant === "teacher" ? 6 : 10;
  for (const system of [3, 4] as const) {
    for (const informant of INFORMANTS) {
      for (const scale of Object.values(SCALE_NAMES)) {
        it(`bands${system} ${informant} ${scale}: every score 0..${max(informant, scale)}`, () => {
          for (let score = 0; score <= max(informant, scale); score++) {
            const expected = ROWS.filter(
              (r) => r.system === system && r.informant === informant && r.scale === scale,
            ).filter((r) => score >= r.min && score <= r.max);
            expect(expected).toHaveLength(1);
            expect(band(system, informant, scale, score)).toBe(expected[0]?.band);
          }
          expect(() => band(system, informant, scale, max(informant, scale) + 1)).toThrow(
            InstrumentInputError,
          );
        });
      }
    }
  }
});

describe("bands through scoreSdq at every edge", () => {
  const cases = ROWS.filter((r) => r.system === 3).flatMap((r) =>
    [r.min, r.max].map((score) => ({
      informant: r.informant,
      scale: r.scale,
      score,
      band3: r.band,
      band4:
        ROWS.find(
          (q) =>
            q.system === 4 &&
            q.informant === r.informant &&
            q.scale === r.scale &&
            score >= q.min &&
            score <= q.max,
        )?.band ?? "?",
    })),
  );
  it.each(cases)("$informant $scale $score → $band3 / $band4", (c) => {
    const answers =
      c.scale === "total"
        ? answersForTotal(c.score)
        : c.scale === "impact"
          ? answersForScores({})
          : answersForScores({ [c.scale]: c.score });
    const impact = c.scale === "impact" ? impactFor(c.informant, c.score) : null;
    const result = scoreSdq({ informant: c.informant, answers, impact });
    expect(result[c.scale]).toBe(c.score);
    expect(result.bands3[c.scale]).toBe(c.band3);
    expect(result.bands4[c.scale]).toBe(c.band4);
  });
});

describe("hand-picked boundaries (read straight off the table)", () => {
  it.each([
    ["parent", "total", 13, "normal", "close_to_average"],
    ["parent", "total", 14, "borderline", "slightly_raised"],
    ["parent", "total", 17, "abnormal", "high"],
    ["parent", "total", 20, "abnormal", "very_high"],
    ["teacher", "emotional", 4, "normal", "slightly_raised"],
    ["teacher", "emotional", 5, "borderline", "high"],
    ["self", "peer", 5, "borderline", "very_high"],
    ["self", "prosocial", 6, "normal", "slightly_lowered"],
    ["self", "prosocial", 4, "abnormal", "very_low"],
    ["teacher", "prosocial", 4, "abnormal", "low"],
    ["teacher", "prosocial", 3, "abnormal", "very_low"],
    ["parent", "prosocial", 10, "normal", "close_to_average"],
    ["teacher", "impact", 6, "abnormal", "very_high"],
  ] as const)("%s %s %i → %s / %s", (informant, scale, score, b3, b4) => {
    expect(sdqBand3(informant, scale, score)).toBe(b3);
    expect(sdqBand4(informant, scale, score)).toBe(b4);
  });
});

describe("band lookup of impossible scores", () => {
  it.each([
    ["parent", "emotional", -1],
    ["parent", "emotional", 11],
    ["parent", "emotional", 2.5],
    ["parent", "total", 41],
    ["teacher", "impact", 7],
    ["self", "prosocial", Number.NaN],
  ] as const)("%s %s %s throws", (informant, scale, score) => {
    expect(() => sdqBand3(informant, scale, score)).toThrow(InstrumentInputError);
    expect(() => sdqBand4(informant, scale, score)).toThrow(InstrumentInputError);
  });

  it("missing score → null band", () => {
    expect(sdqBand3("parent", "total", null)).toBeNull();
    expect(sdqBand4("parent", "total", null)).toBeNull();
  });
});
