import { describe, expect, it } from "vitest";
import { scoreSdqJsonLine, scoreSdqJsonLines } from "../../src/instruments";

// item:            1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25
const ANSWERS = [2, 1, 0, 2, 1, 0, 1, 2, 2, 1, 2, 0, 0, 1, 2, 1, 2, 0, 0, 1, 0, 0, 1, 2, 1];
// Scored by hand in sdq-scales.test.ts: emo 5, con 2, hyp 7, peer 2, pro 9, total 16.
const GOOD = JSON.stringify({ informant: "parent", answers: ANSWERS, impact: [2, 3, 0, 1, null] });

describe("scoreSdqJsonLine", () => {
  it("scores a good line into exactly the documented output object", () => {
    const result = scoreSdqJsonLine(GOOD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.output)).toBe(
      JSON.stringify({
        emotional: 5,
        conduct: 2,
        hyperactivity: 7,
        peer: 2,
        prosocial: 9,
        total: 16,
        externalising: 9,
        internalising: 7,
        impact: 3, // 1 + 2 + 0 + 0 + (unanswered) 0
        bands3: {
          emotional: "abnormal",
          conduct: "normal",
          hyperactivity: "abnormal",
          peer: "normal",
          prosocial: "normal",
          total: "borderline",
          impact: "abnormal",
        },
        bands4: {
          emotional: "high",
          conduct: "close_to_average",
          hyperactivity: "slightly_raised", // parent 4-band HYP 6-7
          peer: "close_to_average",
          prosocial: "close_to_average",
          total: "slightly_raised",
          impact: "very_high",
        },
      }),
    );
  });

  it("teacher line, impact absent or null", () => {
    const line = (extra: object) =>
      scoreSdqJsonLine(JSON.stringify({ informant: "teacher", answers: ANSWERS, ...extra }));
    for (const extra of [{}, { impact: null }]) {
      const result = line(extra);
      expect(result).toMatchObject({ ok: true, output: { impact: null, total: 16 } });
      // Teacher cut-offs: total 16 is abnormal (16-40) and high (16-18).
      expect(result).toMatchObject({
        output: { bands3: { total: "abnormal" }, bands4: { total: "high" } },
      });
    }
    expect(line({ impact: [3, 3, 2] })).toMatchObject({ ok: true, output: { impact: 5 } });
  });

  it.each([
    ["malformed JSON", '{"informant":"parent",', /^Line is not valid JSON/],
    ["plain text", "hello", /^Line is not valid JSON/],
    ["a JSON array", "[1,2,3]", /must be a JSON object/],
    ["a JSON number", "42", /must be a JSON object/],
    ["JSON null", "null", /must be a JSON object/],
    ["an empty line", "", /^Empty line$/],
    [
      "wrong length",
      JSON.stringify({ informant: "parent", answers: ANSWERS.slice(2) }),
      /25 values, got 23/,
    ],
    [
      "wrong informant",
      JSON.stringify({ informant: "pupil", answers: ANSWERS }),
      /informant .* got "pupil"/,
    ],
    [
      "answer out of range",
      JSON.stringify({ informant: "self", answers: [...ANSWERS.slice(0, 24), 5] }),
      /item 25/,
    ],
    [
      "answer as string",
      JSON.stringify({ informant: "self", answers: ["2", ...ANSWERS.slice(1)] }),
      /item 1/,
    ],
    [
      "wrong impact length",
      JSON.stringify({ informant: "self", answers: ANSWERS, impact: [0, 0, 0] }),
      /5 values/,
    ],
    [
      "impact out of range",
      JSON.stringify({ informant: "teacher", answers: ANSWERS, impact: [0, 9, 0] }),
      /impact item 2/,
    ],
    [
      "a misspelt field",
      JSON.stringify({ informant: "parent", answers: ANSWERS, impcat: [0, 0, 0, 0, 0] }),
      /Unknown field\(s\): "impcat"/,
    ],
  ])("rejects %s", (_name, line, message) => {
    const result = scoreSdqJsonLine(line);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(message);
    expect(result.errorSv.length).toBeGreaterThan(0);
  });
});

describe("scoreSdqJsonLines", () => {
  it("numbers lines from 1, skips blank lines, and keeps going after an error", () => {
    const results = [...scoreSdqJsonLines([GOOD, "", "   ", "{bad", GOOD + "\r", "\t"])];
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [4, false],
      [5, true],
    ]);
  });

  it("works lazily on any iterable", () => {
    function* lines() {
      yield GOOD;
      yield JSON.stringify({ informant: "parent", answers: [] });
    }
    const iterator = scoreSdqJsonLines(lines());
    expect(iterator.next().value).toMatchObject({ line: 1, ok: true, output: { total: 16 } });
    expect(iterator.next().value).toMatchObject({ line: 2, ok: false });
    expect(iterator.next().done).toBe(true);
  });

  it("yields nothing for empty input", () => {
    expect([...scoreSdqJsonLines([])]).toEqual([]);
    expect([...scoreSdqJsonLines(["", " "])]).toEqual([]);
  });
});
