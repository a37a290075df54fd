import { describe, expect, it } from "vitest";
import { swedishGenitive } from "../../src/plans/family-words";

describe("the Swedish genitive of a name", () => {
  it("adds s, except after s, x or z", () => {
    expect(swedishGenitive("Alice")).toBe("Alices");
    expect(swedishGenitive("Elias")).toBe("Elias");
    expect(swedishGenitive("Max")).toBe("Max");
    expect(swedishGenitive("Inez")).toBe("Inez");
  });
});
