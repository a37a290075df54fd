import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@kring/domain/attendance";
import { stockholmDate } from "@kring/domain/cases";
import { hashPassword } from "../../src/platform/auth/password";
import { notificationRound } from "../../src/features/notifications/jobs";
import { enqueueMail, workOutbox } from "../../src/features/notifications/outbox";
import {
  type CaseWorld,
  caseWorld,
  grantEmergencyToPsychologist,
  raiseRequest,
  step,
} from "../support/case-fixture";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { type Client, type TestApp, createTestApp, loginAs } from "../support/test-app";

// Notifications end to end through a real SMTP server (smtp-server) started here: the acute
// notice, the digest, a reminder, the family's e-mail without personal data, a refusal retried,
// the administrator's test message and the bell. Both databases.

const PUBLIC_URL = "https://kring.kommun.test";
const MAIL_DIR = path.join(os.tmpdir(), `kring-test-mail-${process.pid}`);
let t: TestApp;
let w: CaseWorld;
let sink: SmtpSink;
let admin: Client;
let caseId: string;
const round = (now = new Date()) =>
  notificationRound(t.db, { publicUrl: PUBLIC_URL, mailDir: MAIL_DIR }, undefined, now);
const today = stockholmDate(new Date());

async function mailSettings(port: number) {
  return admin.request("PUT", "/api/admin/mail", {
    host: "127.0.0.1",
    port,
    security: "none",
    user: null,
    from: "kring@kommun.test",
  });
}

beforeAll(async () => {
  t = await createTestApp();
  w = await caseWorld(t.db, t.app);
  sink = await startSmtpSink();
  admin = await loginAs(t.app, await w.tenant.addUser("admin", [["admin", "administrator"]]));
  expect((await mailSettings(sink.port)).status).toBe(200);
  // The coordinator wants the digest at midnight, so it is due whenever the test runs.
  const prefs = await w.as.coordA.patch("/api/notifications/preferences", {
    email: "coorda@kommun.test",
    digestHour: 0,
  });
  expect(prefs.status).toBe(200);
  caseId = await raiseRequest(w, [w.units.central, w.units.ifo], true);
  expect((await step(w.as.mentor, caseId, { type: "submit" })).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await sink?.close();
  await t?.close();
});

describe("e-mail through the tenant's SMTP server", () => {
  it("tells the intake person of an acute request at once, and sends the day's digest", async () => {
    const result = await round();
    expect(result.failed).toBe(0);
    const mails = sink.to("coorda@kommun.test");
    const acute = mails.find((m) => m.subject === "Kring: en akut förfrågan väntar");
    expect(acute, mails.map((m) => m.subject).join(", ")).toBeDefined();
    expect(acute!.text).toContain(`${PUBLIC_URL}/intake`);
    const digest = mails.find((m) => m.subject?.match(/^Kring: \d+ uppgifter i dag$/));
    expect(digest).toBeDefined();
    expect(digest!.text).toContain("förfrågningar att bedöma");
    for (const m of mails) expect(m.text).not.toMatch(/Alva|Testsson/);
    // The bell holds it too.
    const bell = await w.as.coordA.get("/api/notifications");
    expect(bell.json.items.map((n: { kind: string }) => n.kind)).toContain("acute_request");
    expect(bell.json.unread).toBeGreaterThan(0);
    // Looking again sends nothing twice.
    const before = sink.received.length;
    await round();
    expect(sink.received.length).toBe(before);
  });

  it("reminds of a form not yet answered, N days before it is due", async () => {
    await w.as.nurse.patch("/api/notifications/preferences", {
      email: "nurse@kommun.test",
      digestHour: 0,
      digestEnabled: false,
      reminderDays: 3,
    });
    await t.db
      .insertInto("instrument_request")
      .values({
        tenant_id: w.tenant.tenantId,
        case_id: caseId,
        child_id: w.childId,
        instrument: "sdq",
        version: "4-17",
        informant: "teacher",
        respondent_kind: "professional",
        respondent_user_id: w.ids.nurse,
        occasion: "extra",
        due_date: addDays(today, 3),
        requested_by: w.ids.coordA,
      })
      .execute();
    // The nurse's day already ran in the first round; the reminder comes the next morning.
    await round(new Date(Date.now() + 86_400_000));
    const mails = sink.to("nurse@kommun.test");
    expect(mails.map((m) => m.subject)).toEqual(["Kring: ett formulär väntar på dina svar"]);
    expect(mails[0]!.text).toContain(addDays(today, 3));
  });

  it("tells a guardian only that something is new: no name, no personal number", async () => {
    const child = await t.db
      .selectFrom("child")
      .select("personal_number")
      .where("id", "=", w.childId)
      .executeTakeFirstOrThrow();
    const user = await t.db
      .insertInto("app_user")
      .values({
        tenant_id: w.tenant.tenantId,
        username: `anna.${w.tenant.tenantId.slice(0, 8)}`,
        display_name: "Anna Testsson",
        kind: "guardian",
        password_hash: await hashPassword("family-password-1"),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable("guardian")
      .set({ user_id: user.id, email: "anna@familj.test", personal_number: "198001019802" })
      .where("id", "=", w.guardians[0]!)
      .execute();
    await t.db
      .insertInto("instrument_request")
      .values({
        tenant_id: w.tenant.tenantId,
        case_id: caseId,
        child_id: w.childId,
        instrument: "sdq",
        version: "4-17",
        informant: "parent",
        respondent_kind: "guardian",
        respondent_guardian_id: w.guardians[0]!,
        occasion: "extra",
        due_date: addDays(today, 14),
        requested_by: w.ids.coordA,
      })
      .execute();
    await round();
    const mails = sink.to("anna@familj.test");
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe("Du har något nytt i Kring");
    expect(mail.text).toContain(`${PUBLIC_URL}/family`);
    const whole = `${mail.subject}\n${mail.text}\n${mail.html || ""}`;
    for (const personal of [
      "Alva",
      "Testsson",
      "Anna",
      "Erik",
      child.personal_number,
      child.personal_number.slice(2),
      "198001019802",
      "SDQ",
      "Skolgatan",
    ])
      expect(whole).not.toContain(personal);
  });

  it("keeps a refused message queued, shows the administrator why, and sends it once later", async () => {
    sink.refuseNext(451, "4.3.0 Mailbox temporarily unavailable");
    await enqueueMail(t.db, {
      tenantId: w.tenant.tenantId,
      userId: w.ids.coordA,
      dedupeKey: "test:refused-once",
      to: "coorda@kommun.test",
      subject: "Kring: prov på nytt försök",
      text: "Ett meddelande som först nekas.",
    });
    const first = await workOutbox(t.db, MAIL_DIR);
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    const row = await t.db
      .selectFrom("mail_outbox")
      .select(["status", "attempts", "last_error", "next_attempt_at"])
      .where("dedupe_key", "=", "test:refused-once")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row.last_error).toContain("451");
    expect(row.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 30_000);
    const seen = await admin.get("/api/admin/mail");
    expect(seen.json.outbox.queued).toBe(1);
    expect(seen.json.outbox.lastError).toContain("Mailbox temporarily unavailable");
    expect(seen.json.outbox.lastError).toMatch(
      /^E-postservern kunde inte ta emot meddelandet just nu; Kring försöker igen/,
    );
    // Not due yet: nothing happens until the backoff has passed or the administrator retries.
    expect(await workOutbox(t.db, MAIL_DIR)).toMatchObject({ sent: 0, failed: 0 });
    expect((await admin.post("/api/admin/mail/retry")).status).toBe(200);
    expect(await workOutbox(t.db, MAIL_DIR)).toMatchObject({ sent: 1, failed: 0 });
    expect(sink.received.filter((m) => m.subject === "Kring: prov på nytt försök")).toHaveLength(1);
    expect((await admin.get("/api/admin/mail")).json.outbox).toMatchObject({
      queued: 0,
      lastError: null,
    });
  });

  it("keeps a message the server refuses outright (5xx), says so plainly, and loses nothing", async () => {
    sink.refuseNext(550, "5.7.1 Relaying denied");
    await enqueueMail(t.db, {
      tenantId: w.tenant.tenantId,
      userId: w.ids.coordA,
      dedupeKey: "test:refused-hard",
      to: "coorda@kommun.test",
      subject: "Kring: prov på hårt nej",
      text: "Ett meddelande som servern vägrar.",
    });
    expect(await workOutbox(t.db, MAIL_DIR)).toMatchObject({ sent: 0, failed: 1 });
    const seen = await admin.get("/api/admin/mail");
    expect(seen.json.outbox.queued).toBe(1);
    expect(seen.json.outbox.lastError).toMatch(
      /^E-postservern vägrade ta emot meddelandet \(kontrollera avsändaradressen.*Kring försöker igen.*5\.7\.1 Relaying denied/,
    );
    // Once the administrator has fixed the server, it goes out, once.
    expect((await admin.post("/api/admin/mail/retry")).status).toBe(200);
    expect(await workOutbox(t.db, MAIL_DIR)).toMatchObject({ sent: 1, failed: 0 });
    expect(sink.received.filter((m) => m.subject === "Kring: prov på hårt nej")).toHaveLength(1);
  });

  it("the test message says clearly when the server cannot be reached", async () => {
    const ok = await admin.post("/api/admin/mail/test", { to: "admin@kommun.test" });
    expect(ok.json).toEqual({ ok: true, via: "smtp", error: null });
    expect(sink.to("admin@kommun.test")[0]?.subject).toBe("Kring: provmeddelande");
    const closed = await startSmtpSink();
    await closed.close();
    await mailSettings(closed.port);
    const refused = await admin.post("/api/admin/mail/test", { to: "admin@kommun.test" });
    expect(refused.status).toBe(200);
    expect(refused.json.ok).toBe(false);
    expect(refused.json.error).toMatch(/ECONNREFUSED/);
    await mailSettings(sink.port);
    // Bad settings are refused at the door; the password is never shown.
    expect(
      (await admin.request("PUT", "/api/admin/mail", { host: "a b", port: 70000 })).status,
    ).toBe(400);
    const withPassword = await admin.request("PUT", "/api/admin/mail", {
      host: "127.0.0.1",
      port: sink.port,
      security: "none",
      user: "kring",
      password: "hemligt-lösenord",
      from: "kring@kommun.test",
    });
    expect(withPassword.json.passwordSet).toBe(true);
    expect(JSON.stringify(withPassword.json)).not.toContain("hemligt");
    expect((await w.as.coordA.get("/api/admin/mail")).status).toBe(403);
  });
});

describe("emergency access, same-day absence and the family's consent", () => {
  it("tells the case's network, not the one who used it, of emergency access", async () => {
    await step(w.as.coordA, caseId, { type: "accept" });
    const appointed = await step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    });
    expect(appointed.status).toBe(200);
    await w.as.bupPsych.patch("/api/notifications/preferences", { email: "bup@kommun.test" });
    expect(await grantEmergencyToPsychologist(t.db, w, caseId)).toBeLessThan(300);
    await round();
    const mails = sink.to("coorda@kommun.test");
    const notice = mails.find((m) => m.subject === "Kring: nödåtkomst till ett av dina ärenden");
    expect(notice).toBeDefined();
    expect(notice!.text).toContain(`${PUBLIC_URL}/cases/${caseId}`);
    expect(notice!.text).not.toMatch(/Alva|Testsson|akuten/);
    const bell = (await w.as.coordB.get("/api/notifications")).json.items;
    expect(bell.map((n: { kind: string; link: string }) => [n.kind, n.link])).toContainEqual([
      "emergency_access",
      `/cases/${caseId}`,
    ]);
    const own = (await w.as.bupPsych.get("/api/notifications")).json.items;
    expect(own.map((n: { kind: string }) => n.kind)).not.toContain("emergency_access");
    expect(sink.to("bup@kommun.test")).toHaveLength(0);
  });

  it("tells the mentor the same day of a pupil's unexcused absence not yet told", async () => {
    await w.as.mentor.patch("/api/notifications/preferences", { email: "mentor@kommun.test" });
    const group = await t.db
      .insertInto("attendance_group")
      .values({
        tenant_id: w.tenant.tenantId,
        external_id: `klass-${caseId}`,
        unit_id: w.units.school,
        name: "6A",
        group_type: "Klass",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("attendance_group_member")
      .values({ tenant_id: w.tenant.tenantId, group_id: group.id, child_id: w.childId })
      .execute();
    await t.db
      .insertInto("attendance_group_mentor")
      .values({ tenant_id: w.tenant.tenantId, group_id: group.id, user_id: w.ids.mentor })
      .execute();
    await t.db
      .insertInto("attendance_day")
      .values({
        tenant_id: w.tenant.tenantId,
        child_id: w.childId,
        date: today,
        scheduled_minutes: 300,
        present_minutes: 240,
        valid_minutes: 0,
        invalid_minutes: 60,
      })
      .execute();
    await round();
    const mails = sink.to("mentor@kommun.test");
    expect(mails.map((m) => m.subject)).toContain(
      "Kring: frånvaro att meddela vårdnadshavare i dag",
    );
    for (const m of mails) expect(m.text).not.toMatch(/Alva|Testsson|6A/);
    const bell = (await w.as.mentor.get("/api/notifications")).json.items;
    expect(bell.map((n: { kind: string }) => n.kind)).toContain("same_day_notice");
  });

  it("tells a guardian asked for consent only that something is new", async () => {
    const before = sink.to("anna@familj.test").length;
    const second = await raiseRequest(w, null);
    expect((await step(w.as.mentor, second, { type: "submit" })).status).toBe(200);
    const asked = await w.as.mentor.post(`/api/cases/${second}/consent-requests`, {
      unitIds: [w.units.school, w.units.central],
      purpose: "Samordnat stöd runt Alva i skolan",
      validUntil: addDays(today, 365),
    });
    expect(asked.status).toBe(201);
    await round();
    const mails = sink.to("anna@familj.test");
    expect(mails).toHaveLength(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.subject).toBe("Du har något nytt i Kring");
    expect(mail.text).not.toMatch(/Alva|Testsson|Anna|samtycke|stöd/i);
  });
});

describe("the bell", () => {
  it("marks my notifications read, and no one else's", async () => {
    const mine = await w.as.coordA.get("/api/notifications");
    const ids = mine.json.items.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThan(0);
    // Someone else's ids change nothing.
    const other = await w.as.coordB.post("/api/notifications/read", { ids });
    expect(other.status).toBe(200);
    expect((await w.as.coordA.get("/api/notifications/unread")).json.unread).toBe(mine.json.unread);
    const read = await w.as.coordA.post("/api/notifications/read", { ids: [ids[0]] });
    expect(read.json.unread).toBe(mine.json.unread - 1);
    expect((await w.as.coordA.post("/api/notifications/read", {})).json.unread).toBe(0);
    expect((await w.as.coordA.post("/api/notifications/read", { ids: ["x"] })).status).toBe(400);
  });

  it("keeps a person's preferences, and refuses what cannot be", async () => {
    const saved = await w.as.mentor.patch("/api/notifications/preferences", {
      email: "mentor@kommun.test",
      digestHour: 15,
      reminderDays: 5,
      immediateEnabled: false,
    });
    expect(saved.json).toMatchObject({
      email: "mentor@kommun.test",
      digestHour: 15,
      reminderDays: 5,
      immediateEnabled: false,
      digestEnabled: true,
    });
    expect((await w.as.mentor.get("/api/notifications/preferences")).json.digestHour).toBe(15);
    expect(
      (await w.as.mentor.patch("/api/notifications/preferences", { digestHour: 24 })).status,
    ).toBe(400);
    expect(
      (await w.as.mentor.patch("/api/notifications/preferences", { email: "nej" })).status,
    ).toBe(400);
    expect((await w.as.mentor.patch("/api/notifications/preferences", {})).status).toBe(400);
  });
});
