import { stockholmDate } from "@kring/domain/cases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";
import { auditAs, logReviewWorld, ok, type LogReviewWorld } from "./log-review-world";

// Access-log review (issue #21): one child's log, one person's log, marks, the CSV export, and
// clear answers to bad input.

let t: TestApp;
let w: LogReviewWorld;
const today = stockholmDate(new Date());
const period = { from: today, to: today };

beforeAll(async () => {
  t = await createTestApp();
  w = await logReviewWorld(t.db, t.app);
  await ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
  expect(await w.grantEmergency()).toBe(204);
  await ok(w.as.bupPsych.get(`/api/cases/${w.caseId}`));
  expect((await w.as.analyst.get(`/api/cases/${w.caseId}`)).status).toBe(403);
  await auditAs(t.db, w, w.otherTeacher.id, "child.read", w.childId);
}, 120_000);
afterAll(() => t.close());

type Entry = { seq: number; actorUsername: string | null; action: string; basis: string | null };
const childLog = async () =>
  (
    await ok(
      w.reviewer.post("/api/log-review/child", { personalNumber: w.personalNumber, ...period }),
    )
  ).entries as Entry[];
/** The person's latest entry of that action (coordA read the case at intake, then as network). */
const by = (entries: Entry[], key: keyof typeof w.ids, action: string) =>
  entries.findLast(
    (e) =>
      e.actorUsername?.startsWith(`${key === "bupPsych" ? "bup" : key}.`) && e.action === action,
  );

describe("one child's log", () => {
  it("lists who did what with the child's data and on which basis", async () => {
    const entries = await childLog();
    expect(by(entries, "mentor", "case.create")).toMatchObject({ basis: "raised" });
    expect(
      entries.find((e) => e.action === "case.read" && e.actorUsername?.startsWith("coordA.")),
    ).toMatchObject({ basis: "intake" });
    expect(by(entries, "coordA", "case.read")).toMatchObject({ basis: "network" });
    expect(by(entries, "bupPsych", "case.emergency_access")).toMatchObject({ basis: "emergency" });
    expect(by(entries, "bupPsych", "case.read")).toMatchObject({ basis: "emergency" });
    expect(by(entries, "analyst", "access.refused")).toMatchObject({ basis: "refused" });
    expect(entries.find((e) => e.actorUsername === w.otherTeacher.username)).toMatchObject({
      basis: "none",
      action: "child.read",
    });
    // Oldest first, and nothing from another child.
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a - b));
  });

  it("is itself in the child's log: the review is audited", async () => {
    await childLog();
    const entries = await childLog();
    expect(entries.some((e) => e.action === "log_review.child")).toBe(true);
  });

  it("answers an unknown child and a reversed period with a clear problem", async () => {
    const unknown = await w.reviewer.post("/api/log-review/child", {
      personalNumber: "19000101-0008",
      ...period,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers["content-type"]).toContain("application/problem+json");
    expect(unknown.json).toMatchObject({ code: "unknown_person" });
    expect(unknown.json.message.sv).toContain("personnumret");
    const reversed = await w.reviewer.post("/api/log-review/child", {
      personalNumber: w.personalNumber,
      from: "2026-02-01",
      to: "2026-01-01",
    });
    expect(reversed.status).toBe(400);
    expect(reversed.json).toMatchObject({ code: "period_reversed" });
    expect(reversed.json.message.sv).toContain("Perioden börjar efter att den slutar");
  });
});

describe("one person's log", () => {
  it("lists everything the person did, with the children named", async () => {
    const username = (
      await t.db
        .selectFrom("app_user")
        .select("username")
        .where("id", "=", w.ids.coordA)
        .executeTakeFirstOrThrow()
    ).username;
    const log = await ok(
      w.reviewer.post("/api/log-review/user", { username: username.toUpperCase(), ...period }),
    );
    expect(log.subject.name).toBe("coordA");
    const actions = (log.entries as Entry[]).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.login", "case.read"]));
    expect(log.entries.every((e: Entry) => e.actorUsername === username)).toBe(true);
    expect(log.entries.find((e: Entry) => e.action === "case.read").childName).toBe(
      "Alva Testsson",
    );
  });

  it("answers an unknown username with a clear problem", async () => {
    const res = await w.reviewer.post("/api/log-review/user", {
      username: "ingen.sadan",
      ...period,
    });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ code: "unknown_person" });
  });
});

describe("marks, export and who may review", () => {
  it("marks an entry with a comment, shows the mark and audits the marking", async () => {
    const entry =
      by(await childLog(), "otherTeacher" as never, "child.read") ??
      (await childLog()).find((e) => e.actorUsername === w.otherTeacher.username)!;
    const mark = await ok(
      w.reviewer.post(`/api/log-review/marks/${entry.seq}`, {
        comment: "Kontrollerat med rektor; felklick.",
      }),
    );
    expect(mark).toMatchObject({
      comment: "Kontrollerat med rektor; felklick.",
      markedBy: "granskare",
    });
    const again = (await childLog()).find((e) => e.seq === entry.seq) as Entry & { mark: unknown };
    expect(again.mark).toMatchObject({ comment: "Kontrollerat med rektor; felklick." });
    const audited = await t.db
      .selectFrom("audit_event")
      .select(["child_id", "reason", "entity_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "log_review.mark")
      .executeTakeFirstOrThrow();
    expect(audited).toEqual({
      child_id: w.childId,
      reason: "Kontrollerat med rektor; felklick.",
      entity_id: String(entry.seq),
    });
    expect(
      (await w.reviewer.post("/api/log-review/marks/999999999", { comment: "x" })).status,
    ).toBe(404);
  });

  it("exports CSV for Swedish Excel: BOM, semicolons, quoted fields", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/log-review/child/export",
      headers: { cookie: w.reviewer.cookie, "x-kring-csrf": w.reviewer.csrf },
      payload: { personalNumber: w.personalNumber, ...period },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Tidpunkt;Vem;Användarnamn;Vad;Barn;Grund;Skäl;Anmärkning;Granskad av;Kommentar",
    );
    expect(lines.some((l) => l.includes(";Öppnade ärendet;Alva Testsson;Nätverket;"))).toBe(true);
    // The comment holds a semicolon: quoted, so Excel keeps it in one cell.
    expect(lines.some((l) => l.endsWith(';"Kontrollerat med rektor; felklick."'))).toBe(true);
  });

  it("is for log reviewers and administrators only; the rules are the administrator's", async () => {
    const body = { personalNumber: w.personalNumber, ...period };
    expect((await w.admin.post("/api/log-review/child", body)).status).toBe(200);
    for (const other of [w.as.mentor, w.as.coordA, w.as.analyst])
      expect((await other.post("/api/log-review/child", body)).status).toBe(403);
    expect((await w.reviewer.get("/api/log-review/settings")).status).toBe(200);
    expect(
      (await w.reviewer.patch("/api/log-review/settings", { childSeesReadsFromAge: 12 })).status,
    ).toBe(403);
    expect((await w.admin.patch("/api/log-review/settings", {})).status).toBe(400);
  });
});
