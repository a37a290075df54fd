import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseWorld } from "../support/case-fixture";
import { readPdf } from "../support/pdf-reader";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";

// The register extract (#21.3): what an administrator gets for a child, a guardian and a
// professional, in JSON and PDF, and that it is audited. Both databases.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function extractWorld() {
  const w = await caseWorld(t.db, t.app);
  const adminName = await w.tenant.addUser("admin", [["admin", "administrator"]]);
  const admin = await loginAs(t.app, adminName);
  const raised = await w.as.mentor.post("/api/cases", {
    childId: w.childId,
    raisedByUnitId: w.units.school,
    concern: "Alva är ofta borta på måndagar.",
    acute: false,
    consent: {
      givenBy: [{ kind: "guardian", guardianId: w.guardians[0] }],
      unitIds: [w.units.school, w.units.central],
      purpose: "Samordnat stöd runt Alva",
      method: "oral",
      meeting: "Samtal med familjen",
    },
  });
  expect(raised.status).toBe(201);
  return { ...w, admin, caseId: raised.json.id as string };
}

type Section = {
  section: string;
  parts: { table: string; source: string; mode: string; rows: Record<string, unknown>[] }[];
};
const part = (sections: Section[], section: string, table: string) =>
  sections.find((s) => s.section === section)?.parts.find((p) => p.table === table);

describe("register extract", () => {
  it("holds everything about a child, by kind of data and where it came from", async () => {
    const w = await extractWorld();
    const res = await w.admin.get(`/api/admin/register-extract?kind=child&id=${w.childId}`);
    expect(res.status).toBe(200);
    const e = res.json as { format: string; subject: { name: string }; sections: Section[] };
    expect(e.format).toBe("kring-register-extract/1");
    expect(e.subject.name).toBe("Alva Testsson");
    expect(e.sections.map((s) => s.section)).toEqual(
      expect.arrayContaining(["identity", "cases", "audit"]),
    );
    const child = part(e.sections, "identity", "child")!;
    expect(child.source).toBe("imported");
    expect(child.rows[0]).toMatchObject({ given_name: "Alva", address: "Skolgatan 1" });
    expect(part(e.sections, "identity", "child_guardian")!.rows).toHaveLength(2);
    const cases = part(e.sections, "cases", "cases")!;
    expect(cases.source).toBe("typed");
    expect(cases.rows[0]).toMatchObject({
      id: w.caseId,
      concern: "Alva är ofta borta på måndagar.",
    });
    expect(part(e.sections, "cases", "consent")!.rows).toHaveLength(1);
    // The log of who touched the child's data, without the chain's hashes.
    const audit = part(e.sections, "audit", "audit_event")!;
    expect(audit.rows.map((r) => r.action)).toContain("case.create");
    expect(JSON.stringify(audit.rows)).not.toMatch(/prev_hash|"hash"/);
    // Making it is audited, naming the child (not the contents).
    const entry = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "register_extract.create")
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ child_id: w.childId, entity_id: w.childId });
  });

  it("shows a professional what they did, never the other child's data or their secrets", async () => {
    const w = await extractWorld();
    const res = await w.admin.get(
      `/api/admin/register-extract?kind=professional&id=${w.ids.mentor}`,
    );
    expect(res.status).toBe(200);
    const e = res.json as { sections: Section[] };
    const user = part(e.sections, "identity", "app_user")!;
    expect(user.rows[0]).toMatchObject({ id: w.ids.mentor, display_name: "mentor" });
    expect(JSON.stringify(e)).not.toContain("password_hash");
    expect(JSON.stringify(e)).not.toContain("csrf_token");
    const raised = part(e.sections, "cases", "cases")!;
    expect(raised.mode).toBe("acted");
    expect(raised.rows[0]).toMatchObject({ id: w.caseId });
    expect(JSON.stringify(e)).not.toContain("måndagar");
    expect(JSON.stringify(e)).not.toContain("Skolgatan");
    expect(part(e.sections, "sign_in", "user_session")!.rows.length).toBeGreaterThan(0);
  });

  it("holds a guardian's own details and consents, as JSON and as a tagged PDF", async () => {
    const w = await extractWorld();
    const json = await w.admin.get(
      `/api/admin/register-extract?kind=guardian&id=${w.guardians[0]}`,
    );
    expect(json.status).toBe(200);
    expect(part(json.json.sections, "identity", "guardian")!.rows[0]).toMatchObject({
      given_name: "Anna",
    });
    const pdf = await t.app.inject({
      method: "GET",
      url: `/api/admin/register-extract?kind=child&id=${w.childId}&format=pdf`,
      headers: { cookie: w.admin.cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const read = await readPdf(pdf.rawPayload);
    const text = read.pages.map((p) => p.text).join(" ");
    expect(text).toContain("Registerutdrag: Alva Testsson");
    expect(text).toContain("Samverkansärenden");
    expect(text).toContain("Barnets uppgifter");
    expect(text).toContain("hämtat från skolans system (SS 12000)");
  });

  it("refuses others than administrators and answers an unknown person clearly", async () => {
    const w = await extractWorld();
    expect(
      (await w.as.principal.get(`/api/admin/register-extract?kind=child&id=${w.childId}`)).status,
    ).toBe(403);
    const unknown = await w.admin.get(
      `/api/admin/register-extract?kind=child&id=00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json.message.sv).toBeTruthy();
    // A guardian's id is not a child's.
    expect(
      (await w.admin.get(`/api/admin/register-extract?kind=child&id=${w.guardians[0]}`)).status,
    ).toBe(404);
    expect(
      (await w.admin.get(`/api/admin/register-extract?kind=someone&id=${w.childId}`)).status,
    ).toBe(400);
  });
});
