import { PROFESSIONAL_ROLES, UNIT_KINDS, parsePersonalNumber } from "@kring/domain";
import { CASE_STAGES } from "@kring/domain/cases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { verifyAuditLog } from "../../src/platform/audit/audit-verify";
import { CASE_TABLES } from "../../src/features/retention/case-graph";
import {
  NOTICE_MS,
  applyRetention,
  publishPreview,
} from "../../src/features/retention/retention.service";
import { seedDemo } from "../../src/demo/seed-demo";
import { DEMO_SHARED_EARLY_SUPPORT } from "../../src/demo/seed-demo-early-support";
import { DEMO_PASSWORD } from "../../src/demo/demo-structure";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db)).toBe(true);
}, 120_000);
afterAll(() => t.close());

describe("demo data", () => {
  it("is a whole fictional municipality: areas, every unit kind, every role", async () => {
    const areas = await t.db.selectFrom("area").select("name").execute();
    expect(areas.map((a) => a.name).sort()).toEqual(["Ersboda", "Holmsund", "Mariehem", "Teg"]);
    const kinds = new Set(
      (await t.db.selectFrom("unit").select("kind").execute()).map((u) => u.kind),
    );
    expect([...kinds].sort()).toEqual([...UNIT_KINDS].sort());
    const roles = new Set(
      (await t.db.selectFrom("membership").select("role").execute()).map((m) => m.role),
    );
    expect([...roles].sort()).toEqual([...PROFESSIONAL_ROLES].sort());
    const professionals = await t.db
      .selectFrom("app_user")
      .select("id")
      .where("kind", "=", "professional")
      .execute();
    expect(professionals.length).toBeGreaterThanOrEqual(40);
  });

  it("gives demo people the roles and units they are named for (#17.17)", async () => {
    const held = await t.db
      .selectFrom("membership as m")
      .innerJoin("app_user as u", "u.id", "m.user_id")
      .innerJoin("unit", "unit.id", "m.unit_id")
      .innerJoin("organisation as o", "o.id", "unit.organisation_id")
      .select(["u.username", "m.role", "unit.kind as unitKind", "o.kind as organisationKind"])
      .execute();
    const of = (username: string) =>
      held
        .filter((h) => h.username === username)
        .map(({ role, unitKind, organisationKind }) => ({ role, unitKind, organisationKind }));
    expect(of("vardcentral")).toEqual([
      { role: "physician", unitKind: "primary_care", organisationKind: "region" },
    ]);
    expect(of("polis")).toEqual([
      { role: "police_officer", unitKind: "police", organisationKind: "state_agency" },
    ]);
    expect(of("forening")).toEqual([
      {
        role: "association_leader",
        unitKind: "voluntary_organisation",
        organisationKind: "voluntary",
      },
    ]);
    for (const area of ["mariehem", "ersboda", "holmsund", "teg"])
      expect(of(`fritid.${area}`)).toEqual([
        { role: "leisure_leader", unitKind: "leisure", organisationKind: "municipality" },
      ]);
    expect(of("foraldraradgivare")).toEqual([
      { role: "parent_advisor", unitKind: "social_services", organisationKind: "municipality" },
    ]);
    // School nurses work in student health, the police only in the police.
    for (const h of held.filter((x) => x.role === "school_nurse"))
      expect(h.unitKind).toBe("student_health");
    for (const h of held.filter((x) => x.unitKind === "police"))
      expect(h.role).toBe("police_officer");
  });

  it("holds its meetings on weekdays in office hours, Swedish time", async () => {
    const meetings = await t.db.selectFrom("meeting").select("starts_at").execute();
    expect(meetings.length).toBeGreaterThan(0);
    for (const { starts_at } of meetings) {
      const wall = new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Stockholm",
        weekday: "short",
        hour: "2-digit",
        hourCycle: "h23",
      }).formatToParts(starts_at);
      const part = (type: string) => wall.find((p) => p.type === type)!.value;
      expect(["Sat", "Sun"]).not.toContain(part("weekday"));
      expect(Number(part("hour"))).toBeGreaterThanOrEqual(8);
      expect(Number(part("hour"))).toBeLessThan(17);
    }
  });

  it("has a moved meeting the demo guardian is invited to, with her own invitation", async () => {
    const moved = await t.db
      .selectFrom("meeting")
      .select(["id", "sequence"])
      .where("moved_at", "is not", null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("meeting_family_invitee as f")
            .select("f.id")
            .whereRef("f.meeting_id", "=", "meeting.id"),
        ),
      )
      .execute();
    expect(moved).toHaveLength(1);
    expect(moved[0]!.sequence).toBe(1);
    const guardian = await loginAs(t.app, "vardnadshavare", DEMO_PASSWORD);
    const [child] = (await guardian.get("/api/family/children")).json.children;
    const view = (await guardian.get(`/api/family/children/${child.id}`)).json;
    expect(view.meetings).toEqual([
      expect.objectContaining({ id: moved[0]!.id, moved: true, status: "planned" }),
    ]);
    const ics = await guardian.get(
      `/api/family/children/${child.id}/meetings/${moved[0]!.id}/invitation`,
    );
    expect(ics.status).toBe(200);
  });

  it("has sixty children with guardians and valid fictional personal numbers", async () => {
    const children = await t.db.selectFrom("child").select(["id", "personal_number"]).execute();
    expect(children).toHaveLength(60);
    expect(children.every((c) => parsePersonalNumber(c.personal_number))).toBe(true);
    const withGuardian = await t.db
      .selectFrom("child_guardian")
      .select("child_id")
      .distinct()
      .execute();
    expect(withGuardian).toHaveLength(60);
  });

  it("shows the joint offer, a leisure activity with consent and attendance, and a plan action from it", async () => {
    const leader = await loginAs(t.app, "fritid.mariehem", DEMO_PASSWORD);
    const offer = await leader.get("/api/offer");
    expect(offer.json.entries.length).toBeGreaterThanOrEqual(12);
    const club = offer.json.entries.find(
      (e: { leisure: boolean; participantCount: number }) => e.leisure && e.participantCount > 0,
    );
    const detail = await leader.get(`/api/offer/${club.id}`);
    expect(detail.json.participants).toHaveLength(4);
    expect(
      detail.json.participants.every((p: { consentGivenBy: string }) => p.consentGivenBy),
    ).toBe(true);
    expect(detail.json.sessions).toHaveLength(3);
    const chosen = await t.db
      .selectFrom("plan_action")
      .select("offer_entry_id")
      .where("offer_entry_id", "is not", null)
      .execute();
    expect(chosen.length).toBeGreaterThan(0);
  });

  it("holds cases in every stage of the process", async () => {
    const stages = new Set(
      (await t.db.selectFrom("cases").select("stage").execute()).map((c) => c.stage),
    );
    expect([...stages].sort()).toEqual([...CASE_STAGES].sort());
  });

  it("lets the demo users log in with the README password, and keeps the audit chain intact", async () => {
    const coordinator = await loginAs(t.app, "samordnare", DEMO_PASSWORD);
    expect((await coordinator.get("/api/cases")).json.cases.length).toBeGreaterThan(5);
    expect((await coordinator.get("/api/cases/intake")).json.cases.length).toBeGreaterThan(0);
    expect((await verifyAuditLog(t.db)).problems).toEqual([]);
  });

  it("shows two long-closed cases in tonight's retention preview, and keeps a younger one", async () => {
    const admin = await loginAs(t.app, "admin", DEMO_PASSWORD);
    const overview = (await admin.get("/api/admin/retention")).json;
    const cases = overview.preview.filter((p: { rule: string }) => p.rule === "closed_case");
    expect(cases).toHaveLength(2);
    expect(cases.every((c: { caseId: string | null }) => c.caseId !== null)).toBe(true);
  });

  it("is not created twice", async () => {
    expect(await seedDemo(t.db)).toBe(false);
  });

  it("shows a request waiting for the guardian's digital consent, unseen by intake until given", async () => {
    const guardian = await loginAs(t.app, "vardnadshavare2", DEMO_PASSWORD);
    const children = (await guardian.get("/api/family/children")).json.children as { id: string }[];
    const asked = [];
    for (const c of children)
      asked.push(
        ...((await guardian.get(`/api/family/children/${c.id}/consent-requests`)).json.requests as {
          status: string;
          mayAnswer: boolean;
          units: unknown[];
        }[]),
      );
    expect(asked).toMatchObject([{ status: "open", mayAnswer: true }]);
    expect(asked[0]!.units).toHaveLength(3);
    const mentor = await loginAs(t.app, "mentor.ersboda", DEMO_PASSWORD);
    const mine = (await mentor.get("/api/requests/mine")).json.requests as { id: string }[];
    const waiting = await t.db
      .selectFrom("consent_request")
      .select("case_id")
      .where("status", "=", "open")
      .executeTakeFirstOrThrow();
    expect(mine.map((r) => r.id)).toContain(waiting.case_id);
    const intake = await loginAs(t.app, "samordnare", DEMO_PASSWORD);
    const queue = (await intake.get("/api/cases/intake")).json.cases as { id: string }[];
    expect(queue.map((c) => c.id)).not.toContain(waiting.case_id);
  });

  // Last: it removes most of the demo. Eleven years on, every closed case and declined request
  // goes with everything of it (plans, meetings, forms, consents), and the audit chain is pruned.
  it("shows early support, a child for the Barnets bästa lead and Kringby's oro texts (#22)", async () => {
    const advisor = await loginAs(t.app, "foraldraradgivare", DEMO_PASSWORD);
    const contacts = (await advisor.get("/api/early-support")).json.contacts;
    expect(contacts).toHaveLength(2);
    const due = (await advisor.get("/api/worklist")).json.items.filter(
      (i: { kind: string }) => i.kind === "early_support",
    );
    expect(due).toHaveLength(1);
    const lead = await loginAs(t.app, "barnetsbasta", DEMO_PASSWORD);
    const overview = (await lead.get("/api/childs-best/overview")).json;
    expect(overview.areas.map((a: { areaName: string }) => a.areaName)).toEqual(["Mariehem"]);
    const several = overview.areas[0].severalWithoutPlan.named;
    expect(several.map((c: { childId: string }) => c.childId)).toContain(contacts[0].childId);
    // Ersboda's school nurse's early support, shared with the network of the case it led to.
    const shared = await t.db
      .selectFrom("early_support_contact")
      .select(["id", "case_id"])
      .where("about", "=", DEMO_SHARED_EARLY_SUPPORT)
      .executeTakeFirstOrThrow();
    const coordinator = await loginAs(t.app, "samordnare", DEMO_PASSWORD);
    const onCase = await coordinator.get(`/api/cases/${shared.case_id}/early-support`);
    expect(onCase.json.contacts).toEqual([
      expect.objectContaining({ id: shared.id, sharedWithNetwork: true }),
    ]);
    const read = await coordinator.get(`/api/early-support/${shared.id}`);
    expect(read.json).toMatchObject({ mayWrite: false, sharingRecordedByName: expect.any(String) });
    // A suggestion of the homework club that the leisure leader declined, and why.
    const principal = await loginAs(t.app, "rektor.mariehem", DEMO_PASSWORD);
    const declined = await t.db
      .selectFrom("offer_suggestion")
      .select("child_id")
      .where("outcome", "=", "declined")
      .executeTakeFirstOrThrow();
    const answers = await principal.get(
      `/api/attendance/pupils/${declined.child_id}/offer-suggestions`,
    );
    expect(answers.json.suggestions).toEqual([
      expect.objectContaining({ outcome: "declined", declineReason: "other_activity" }),
    ]);
    const mentor = await loginAs(t.app, "mentor.mariehem", DEMO_PASSWORD);
    const guide = (await mentor.get("/api/concern-guide")).json;
    expect(guide.isDefault).toBe(false);
    expect(guide.texts.contacts).toMatch(/Kringby/);
  });

  it("lets retention remove whole cases, with their plans and meetings, and the log stays verifiable", async () => {
    const tenant = await t.db.selectFrom("tenant").select("id").executeTakeFirstOrThrow();
    const ended = await t.db
      .selectFrom("cases")
      .select("id")
      .where("stage", "in", ["closed", "declined"])
      .execute();
    const withPlan = await t.db
      .selectFrom("plan")
      .select("case_id")
      .where(
        "case_id",
        "in",
        ended.map((c) => c.id),
      )
      .execute();
    expect(withPlan.length).toBeGreaterThan(0);
    // Outside a retention run an agreed plan version still cannot be deleted.
    await expect(sql`delete from plan_version`.execute(t.db)).rejects.toThrow(/cannot be changed/);
    const future = new Date(Date.now() + 11 * 366 * 24 * 3_600_000);
    await publishPreview(t.db, tenant.id, future);
    const run = await applyRetention(t.db, tenant.id, new Date(future.getTime() + NOTICE_MS), {
      uploadDir: "/nonexistent",
    });
    expect(run.byRule.closed_case! + (run.byRule.declined_request ?? 0)).toBe(ended.length);
    expect(run.byRule.audit_entries).toBeGreaterThan(0);
    const ids = ended.map((c) => c.id);
    for (const table of CASE_TABLES) {
      const left = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table.table)}
        where ${sql.join(
          ids.map((id) => sql`(${table.where(id)})`),
          sql` or `,
        )}`.execute(t.db);
      expect(left.rows[0]!.n, table.table).toBe(0);
    }
    expect((await verifyAuditLog(t.db)).problems).toEqual([]);
  });
});
