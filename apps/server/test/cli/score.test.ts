import { describe, expect, it, vi } from "vitest";

vi.setConfig({ testTimeout: 120_000 });
import { runKring } from "./run-cli";

describe("kring score sdq", () => {
  it("scores each JSON line and reports a malformed line by number without stopping", () => {
    const parent = {
      informant: "parent",
      answers: [2, 1, 0, 2, 1, 0, 1, 2, 2, 0, 1, 0, 1, 2, 1, 0, 2, 1, 0, 2, 1, 0, 1, 2, 0],
      impact: [2, 1, 0, 3, null],
    };
    // Only two emotional items (3 and 8) answered: too few, so the scale is missing.
    const sparse = {
      informant: "self",
      answers: Array(25)
        .fill(null)
        .map((_, i) => (i === 2 || i === 7 ? 2 : null)),
    };
    const input = [JSON.stringify(parent), "{broken", JSON.stringify(sparse), ""].join("\n");
    const { stdout, stderr } = runKring(["score", "sdq"], { input });
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // One output line per input line: the broken one is answered in its place.
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ line: 2, error: expect.stringMatching(/not valid JSON/) });
    lines.splice(1, 1);
    expect(lines[0]).toMatchObject({
      emotional: 5,
      conduct: 3,
      hyperactivity: 5,
      peer: 2,
      prosocial: 10,
      total: 15,
      externalising: 8,
      internalising: 7,
      impact: 3,
    });
    expect(lines[0].bands3).toMatchObject({
      emotional: "abnormal",
      total: "borderline",
      impact: "abnormal",
    });
    expect(lines[0].bands4).toMatchObject({ emotional: "high", prosocial: "close_to_average" });
    expect(lines[1].emotional).toBeNull();
    expect(lines[1].total).toBeNull();
    expect(lines[1].bands3.emotional).toBeNull();
    expect(stderr).toMatch(/^line 2: /m);
  });

  it("echoes ids, keeps impact unknown unless there are no difficulties, reads a BOM, speaks Swedish", () => {
    const answers = Array(25).fill(1);
    const input = [
      `\uFEFF${JSON.stringify({ id: "A-1", informant: "parent", answers })}`,
      JSON.stringify({ id: 2, informant: "parent", answers, impact: Array(5).fill(null) }),
      JSON.stringify({ id: "A-3", informant: "parent", answers, difficulties: false }),
      "",
      JSON.stringify({ id: "A-5", informant: "parent", answers: [1] }),
      JSON.stringify({
        informant: "teacher",
        answers,
        impact: [2, null, null],
        difficulties: true,
      }),
    ].join("\r\n");
    const { stdout, stderr, status } = runKring(["score", "sdq"], {
      input,
      env: { LANG: "sv_SE.UTF-8", LC_ALL: "" },
    });
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: "A-1", impact: null });
    expect(lines[0].bands3.impact).toBeNull();
    expect(lines[1]).toMatchObject({ id: 2, impact: null });
    expect(lines[2]).toMatchObject({ id: "A-3", impact: 0 });
    expect(lines[3]).toEqual({ line: 4, error: "Tom rad" });
    expect(lines[4]).toMatchObject({ line: 5, id: "A-5", error: expect.stringMatching(/SDQ/) });
    expect(lines[4].error).toMatch(/måste|ska|svar/);
    expect(lines[5]).toMatchObject({ impact: 1 });
    expect(stderr).toMatch(/^rad 4: Tom rad$/m);
    expect(status).toBe(1);
    // --lang wins over LANG.
    const english = runKring(["score", "sdq", "--lang", "en"], {
      input: "{",
      env: { LANG: "sv_SE.UTF-8" },
    });
    expect(JSON.parse(english.stdout)).toMatchObject({
      line: 1,
      error: expect.stringMatching(/^Line is not valid JSON/),
    });
  });
});
