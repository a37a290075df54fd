import os from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, stockholmDate } from "@kring/domain/cases";
import { notificationRound } from "../../src/features/notifications/jobs";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { type TestApp, createTestApp } from "../support/test-app";
import { planWorld } from "../features/plan-world";

// Meeting invitations reach the invitees by e-mail through a real SMTP server: iTIP REQUEST with
// the meeting's SEQUENCE, again on a move, CANCEL on cancelling, each version once (#19.4/#19.5).

const MAIL_DIR = path.join(os.tmpdir(), `kring-test-mail-${process.pid}`);
let t: TestApp;
let sink: SmtpSink;
beforeAll(async () => {
  t = await createTestApp();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.close();
  await t?.close();
});

const round = () => notificationRound(t.db, { publicUrl: "https://kring.test", mailDir: MAIL_DIR });
const soon = addDays(stockholmDate(new Date()), 7);
const later = addDays(stockholmDate(new Date()), 9);

function calendarOf(mail: SmtpSink["received"][number]) {
  const ics = mail.attachments.find((a) => a.contentType === "text/calendar");
  expect(ics, "a text/calendar attachment").toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString("utf8")));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
  };
}

describe("meeting invitations by e-mail", () => {
  it("sends each version of the meeting once, as REQUEST and then CANCEL", async () => {
    const w = await planWorld(t.db, t.app);
    await t.db
      .insertInto("tenant_settings")
      .values({
        tenant_id: w.tenant.tenantId,
        deadline_rules: "{}",
        smtp_host: "127.0.0.1",
        smtp_port: sink.port,
        smtp_security: "none",
        mail_from: "kring@kommun.test",
      })
      .onConflict((oc) =>
        oc.column("tenant_id").doUpdateSet({
          smtp_host: "127.0.0.1",
          smtp_port: sink.port,
          smtp_security: "none",
          mail_from: "kring@kommun.test",
        }),
      )
      .execute();
    await w.as.nurse.patch("/api/notifications/preferences", { email: "nurse@kommun.test" });
    const members = (await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}`))).members as {
      id: string;
      userId: string | null;
    }[];
    const nurse = members.find((m) => m.userId === w.ids.nurse)!;
    const created = await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/meetings`, {
        kind: "follow_up",
        startsAt: `${soon}T09:00:00+01:00`,
        endsAt: `${soon}T10:00:00+01:00`,
        place: "Konferensrummet",
        inviteeMemberIds: [nurse.id],
      }),
      201,
    );
    const url = `/api/cases/${w.caseId}/meetings/${created.id}`;
    // The nurse's mail about this meeting (the case has others the nurse is invited to).
    const ofMeeting = () =>
      sink
        .to("nurse@kommun.test")
        .filter((m) =>
          m.attachments.some((a) => a.content.toString("utf8").includes(`${created.id}@kring`)),
        );
    await round();
    await round();
    let mails = ofMeeting();
    expect(mails.map((m) => m.subject)).toEqual(["Kring: kallelse till möte"]);
    expect(calendarOf(mails[0]!)).toEqual({ method: "REQUEST", sequence: 0 });
    expect(mails[0]!.text).not.toMatch(/Alva|Testsson/);

    let meeting = await w.ok(w.as.coordA.get(url));
    await w.ok(
      w.as.coordA.post(`${url}/reschedule`, {
        version: meeting.version,
        startsAt: `${later}T13:00:00+01:00`,
        endsAt: `${later}T14:00:00+01:00`,
      }),
    );
    await round();
    mails = ofMeeting();
    expect(mails).toHaveLength(2);
    expect(calendarOf(mails[1]!)).toEqual({ method: "REQUEST", sequence: 1 });

    meeting = await w.ok(w.as.coordA.get(url));
    const reason = "Eva Testsson är sjuk.";
    await w.ok(w.as.coordA.post(`${url}/cancel`, { version: meeting.version, reason }));
    await round();
    await round();
    mails = ofMeeting();
    expect(mails.map((m) => m.subject).at(-1)).toBe("Kring: ett möte är inställt");
    expect(mails).toHaveLength(3);
    expect(calendarOf(mails[2]!)).toEqual({ method: "CANCEL", sequence: 2 });
    // The typed reason may name people: it stays in Kring, the e-mail says where to read it.
    const ics = mails[2]!.attachments.find((a) => a.contentType === "text/calendar")!;
    const unfolded = ics.content.toString("utf8").replace(/\r\n[ \t]/g, "");
    expect(unfolded).not.toContain("Eva Testsson");
    expect(unfolded).toContain("Skälet finns i Kring.");
  });
});
