import { describe, expect, it } from "vitest";
import { InstrumentInputError, scoreSdq, validateSdqInput } from "../../src/instruments";
import { answersForScores, blankAnswers } from "./sdq-helpers";

const good = answersForScores({
  emotional: 3,
  conduct: 3,
  hyperactivity: 3,
  peer: 3,
  prosocial: 7,
});

/** 25 slots with a hole at item 1, as a careless importer might build. */
const sparse: unknown[] = new Array<unknown>(25).fill(0, 1);

/** Calls scoreSdq with untyped input, as a JSON import would, and returns the thrown error. */
function errorFor(input: unknown): InstrumentInputError {
  try {
    scoreSdq(input as Parameters<typeof scoreSdq>[0]);
  } catch (error) {
    if (error instanceof InstrumentInputError) return error;
    throw error;
  }
  throw new Error("expected an InstrumentInputError");
}

describe("SDQ input validation", () => {
  it.each([
    ["not an object", null, "", /SDQ input must be an object/],
    ["an array", [], "", /SDQ input must be an object/],
    ["unknown informant", { informant: "mother", answers: good }, "informant", /"mother"/],
    ["missing informant", { answers: good }, "informant", /informant must be/],
    ["answers missing", { informant: "parent" }, "answers", /25 values, got undefined/],
    ["answers not a list", { informant: "parent", answers: "0000" }, "answers", /list of 25/],
    ["24 answers", { informant: "parent", answers: good.slice(1) }, "answers", /got 24 values/],
    ["26 answers", { informant: "parent", answers: [...good, 0] }, "answers", /got 26 values/],
    [
      "answer 3",
      { informant: "parent", answers: [3, ...good.slice(1)] },
      "answers[0]",
      /item 1 .* got 3$/,
    ],
    [
      "answer -1",
      { informant: "parent", answers: [...good.slice(0, 24), -1] },
      "answers[24]",
      /item 25/,
    ],
    [
      "answer 1.5",
      { informant: "teacher", answers: [1.5, ...good.slice(1)] },
      "answers[0]",
      /got 1.5/,
    ],
    [
      "answer as text",
      { informant: "self", answers: ["1", ...good.slice(1)] },
      "answers[0]",
      /got "1"/,
    ],
    ["answer NaN", { informant: "self", answers: [NaN, ...good.slice(1)] }, "answers[0]", /NaN/],
    ["sparse list", { informant: "parent", answers: sparse }, "answers[0]", /undefined/],
    ["impact not a list", { informant: "parent", answers: good, impact: 3 }, "impact", /impact/],
    [
      "impact code 4",
      { informant: "parent", answers: good, impact: [0, 4, 0, 0, 0] },
      "impact[1]",
      /impact item 2 \(home\)/,
    ],
    [
      "teacher impact of 5",
      { informant: "teacher", answers: good, impact: [0, 0, 0, 0, 0] },
      "impact",
      /3 values .*got 5/,
    ],
    [
      "noDifficulties as text",
      { informant: "parent", answers: good, noDifficulties: "yes" },
      "noDifficulties",
      /true or false/,
    ],
    [
      "unknown version",
      { informant: "parent", answers: good, sdqVersion: "5-10" },
      "sdqVersion",
      /"5-10"/,
    ],
    [
      "self on the 2-4 form",
      { informant: "self", answers: good, sdqVersion: "2-4" },
      "sdqVersion",
      /no self version/,
    ],
    [
      "parent on the 11-17 form",
      { informant: "parent", answers: good, sdqVersion: "11-17" },
      "sdqVersion",
      /no parent version/,
    ],
  ])("rejects %s", (_name, input, field, message) => {
    const error = errorFor(input);
    expect(error.name).toBe("InstrumentInputError");
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.messageSv.length).toBeGreaterThan(10);
    expect(error.messageSv).not.toBe(error.message);
  });

  it("messages come in English and Swedish", () => {
    const error = errorFor({ informant: "parent", answers: [3, ...good.slice(1)] });
    expect(error.message).toBe("SDQ answer to item 1 must be 0, 1, 2 or null, got 3");
    expect(error.messageSv).toBe("SDQ-svaret på fråga 1 måste vara 0, 1, 2 eller null, fick 3");
  });

  it("never echoes a whole answer sheet into a message", () => {
    const error = errorFor({ informant: "parent", answers: { a: good } });
    expect(error.message).toBe("SDQ answers must be a list of 25 values, got {…}");
  });

  it("accepts all-null answers and matching versions", () => {
    expect(() => scoreSdq({ informant: "parent", answers: blankAnswers() })).not.toThrow();
    for (const [informant, sdqVersion] of [
      ["parent", "2-4"],
      ["teacher", "2-4"],
      ["parent", "4-17"],
      ["teacher", "4-17"],
      ["self", "11-17"],
    ] as const) {
      expect(() => scoreSdq({ informant, answers: good, sdqVersion })).not.toThrow();
    }
  });

  it("validateSdqInput returns a clean copy with defaults", () => {
    const input = { informant: "parent", answers: good, extra: 1 };
    const clean = validateSdqInput(input);
    expect(clean).toEqual({
      informant: "parent",
      answers: good,
      impact: null,
      noDifficulties: false,
    });
    expect(clean.answers).not.toBe(good);
  });
});
