import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";
import { type InstrumentWorld, instrumentWorld, ok } from "./instrument-world";

let t: TestApp;
let w: InstrumentWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await instrumentWorld(t);
});
afterAll(() => t.close());

const url = "/api/admin/instrument-settings";

describe("the tenant's instrument settings, edited by two administrators", () => {
  it("tells who saved last and refuses a save made from an older version", async () => {
    const first = await ok(w.admin.get(url));
    expect(first).toMatchObject({ updatedAt: null, updatedBy: null });
    expect(first.schedule.sdqEveryMonths).toBe(6);

    const saved = await ok(w.admin.patch(url, { basedOn: null, schedule: { sdqEveryMonths: 4 } }));
    expect(saved.schedule.sdqEveryMonths).toBe(4);
    expect(saved.updatedAt).toEqual(expect.any(String));
    expect(saved.updatedBy).toEqual(expect.any(String));
    expect(await ok(w.admin.get(url))).toEqual(saved);

    // A second administrator still holding the defaults.
    const stale = await w.admin.patch(url, { basedOn: null, thresholds: { srsAlertBelow: 30 } });
    expect(stale.status).toBe(409);
    expect(stale.json.details).toMatchObject({
      savedAt: saved.updatedAt,
      savedBy: saved.updatedBy,
      current: { schedule: { sdqEveryMonths: 4 }, thresholds: { srsAlertBelow: 36 } },
    });

    const fresh = await ok(
      w.admin.patch(url, { basedOn: saved.updatedAt, thresholds: { srsAlertBelow: 30 } }),
    );
    expect(fresh).toMatchObject({
      schedule: { sdqEveryMonths: 4 },
      thresholds: { srsAlertBelow: 30 },
    });
    expect(fresh.updatedAt).not.toBe(saved.updatedAt);
  });

  it("lets only administrators read the settings", async () => {
    expect((await w.as.coordA.get(url)).status).toBe(403);
  });

  it("refuses a malformed wording file with one error per problem and its path", async () => {
    const res = await w.admin.post("/api/admin/instrument-wording", {
      format: "kring.instrument-wording/1",
      instrument: "ors",
      language: "sv",
      forms: { CORS: { title: "Test", items: { me: { label: "" } } } },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors).toContainEqual({
      path: "body/forms/CORS/items/me/label",
      message: expect.stringMatching(/too small/i),
    });
    expect(res.json.errors).toHaveLength(4);
  });
});
