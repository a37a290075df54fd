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
    expect(lines).toHaveLength(2);
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
});
