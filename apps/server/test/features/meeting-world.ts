import ICAL from "ical.js";
import { expect } from "vitest";
import { addDays, stockholmDate } from "@kring/domain/cases";
import type { Client, TestApp } from "../support/test-app";
import type { PlanWorld } from "./plan-world";

// What the meeting tests share (meeting-changes, meeting-invited): dates a week ahead, reading an
// invitation with ical.js, and a follow-up meeting planned with the family invited.

export const soon = addDays(stockholmDate(new Date()), 7);
export const later = addDays(stockholmDate(new Date()), 9);

export async function download(t: TestApp, client: Client, url: string) {
  const res = await t.app.inject({ method: "GET", url, headers: { cookie: client.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

export function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  const vevent = events[0]!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    event: new ICAL.Event(vevent),
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    status: vevent.getFirstPropertyValue("status"),
    organizer: String(vevent.getFirstPropertyValue("organizer")),
    attendees: vevent.getAllProperties("attendee").map((p) => ({
      value: String(p.getFirstValue()),
      cn: p.getParameter("cn"),
    })),
    dtstamp: vevent.getFirstPropertyValue("dtstamp"),
  };
}

/** Every physical line at most 75 octets and whole UTF-8 (no character split across lines). */
export function expectFolded(ics: string) {
  for (const line of ics.split("\r\n")) {
    const bytes = Buffer.from(line, "utf8");
    expect(bytes.length).toBeLessThanOrEqual(75);
    expect(line).not.toContain("\uFFFD");
  }
  expect(ics.endsWith("\r\n")).toBe(true);
}

export async function plannedWithFamily(
  w: PlanWorld,
  when = { startsAt: `${soon}T09:00:00+01:00`, endsAt: `${soon}T10:00:00+01:00` },
) {
  const members = (await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}`))).members as {
    id: string;
    userId: string | null;
  }[];
  const nurse = members.find((m) => m.userId === w.ids.nurse)!;
  const created = await w.ok(
    w.as.coordA.post(`/api/cases/${w.caseId}/meetings`, {
      kind: "follow_up",
      ...when,
      place: "Skolans konferensrum, våning två, rum 214 – ingång från gården vid fotbollsplanen",
      inviteeMemberIds: [nurse.id],
      inviteFamily: true,
    }),
    201,
  );
  const url = `/api/cases/${w.caseId}/meetings/${created.id}`;
  return { meetingId: created.id as string, url, nurse };
}
