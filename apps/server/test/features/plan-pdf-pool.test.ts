import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PdfPool } from "../../src/features/plans/pdf-pool";
import { type ExportData, exportData } from "../../src/features/plans/plan-export.repository";
import { planPdf } from "../../src/features/plans/plan-pdf";
import { findPlan } from "../../src/features/plans/plan.repository";
import { createTestApp, type TestApp } from "../support/test-app";
import { agreedPlan, planWorld } from "./plan-world";

let t: TestApp;
let data: ExportData;
const pool = new PdfPool(2);
beforeAll(async () => {
  t = await createTestApp();
  const w = await planWorld(t.db, t.app);
  const number = await agreedPlan(w);
  data = await t.db.transaction().execute(async (trx) => {
    const plan = await findPlan(trx, w.tenant.tenantId, w.caseId);
    return exportData(trx, plan!, number);
  });
});
afterAll(async () => {
  await pool.close();
  await t.close();
});

/** How often the server's own thread got to run something else while `work` was under way. */
async function turnsDuring(work: () => Promise<unknown>) {
  let turns = 0;
  let done = false;
  const tick = () => {
    turns++;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  done = true;
  return turns;
}

const isPdf = (pdf: Buffer) =>
  pdf.subarray(0, 5).toString() === "%PDF-" && pdf.subarray(-6).toString().includes("%%EOF");

describe("plan PDFs in worker threads", () => {
  it("are made off the server's thread, which stays free for other requests meanwhile", async () => {
    // Warm both ways up (fonts, the worker's loader), then compare three PDFs made each way.
    await Promise.all([pool.render(data, "professional"), pool.render(data, "family")]);
    await planPdf(data, "professional");
    const pdfs: Buffer[] = [];
    const inWorkers = await turnsDuring(async () =>
      pdfs.push(
        ...(await Promise.all(
          ["professional", "family", "professional"].map((e) =>
            pool.render(data, e as "professional" | "family"),
          ),
        )),
      ),
    );
    const inThread = await turnsDuring(() =>
      Promise.all([
        planPdf(data, "professional"),
        planPdf(data, "family"),
        planPdf(data, "professional"),
      ]),
    );
    expect(pdfs.every(isPdf)).toBe(true);
    expect(pool.running).toBe(2);
    // Laid out in this thread, the PDFs leave it a few turns between their steps; in workers,
    // it turns freely all along.
    expect(inWorkers).toBeGreaterThan(10 * Math.max(inThread, 10));
  });

  it("fails only the task whose data cannot be laid out, and makes the next PDF", async () => {
    const broken = { ...data, version: null } as unknown as ExportData;
    await expect(pool.render(broken, "professional")).rejects.toThrow(/PDF not made/);
    expect(isPdf(await pool.render(data, "family"))).toBe(true);
  });
});
