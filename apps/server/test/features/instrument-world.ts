import { expect } from "vitest";
import type { TestApp } from "../support/test-app";
import { caseWorld, familyAccount, raiseRequest, step } from "../support/case-fixture";
import { type Client, loginAs } from "../support/test-app";

// A running case (family contacted) for instrument tests: coordinators A (lead) and B, the
// mentor in the network, accounts for both guardians and the child, and an administrator.

export async function ok(res: Promise<{ status: number; json: any }>, status = 200) {
  const r = await res;
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
}

export async function instrumentWorld(t: TestApp) {
  const w = await caseWorld(t.db, t.app);
  const caseId = await raiseRequest(w, Object.values(w.units));
  await ok(step(w.as.mentor, caseId, { type: "submit" }));
  await ok(step(w.as.coordA, caseId, { type: "accept" }));
  await ok(
    step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    }),
  );
  await ok(step(w.as.coordA, caseId, { type: "record_first_contact" }));
  await ok(
    w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.mentor,
      unitId: w.units.school,
    }),
    204,
  );
  const account = (name: string, kind: "guardian" | "child", id: string) =>
    familyAccount(t.db, t.app, w, name, kind, id);
  const family = {
    guardianA: await account("guardianA", "guardian", w.guardians[0]!),
    guardianB: await account("guardianB", "guardian", w.guardians[1]!),
    child: await account("child", "child", w.childId),
  };
  const admin = await loginAs(t.app, await w.tenant.addUser("admin", [["admin", "administrator"]]));
  return { ...w, caseId, family, admin };
}
export type InstrumentWorld = Awaited<ReturnType<typeof instrumentWorld>>;

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** Sends a form as coordinator A and returns the request id. */
export async function send(w: InstrumentWorld, body: Record<string, unknown>): Promise<string> {
  const json = await ok(
    w.as.coordA.post(`/api/cases/${w.caseId}/instruments/requests`, {
      dueDate: inAWeek(),
      ...body,
    }),
    201,
  );
  return json.id;
}

export const toMentor = (w: InstrumentWorld) => ({
  instrument: "sdq",
  version: "4-17",
  informant: "teacher",
  respondent: { kind: "professional", userId: w.ids.mentor },
});
export const toGuardianA = (w: InstrumentWorld) => ({
  instrument: "sdq",
  version: "4-17",
  informant: "parent",
  respondent: { kind: "guardian", guardianId: w.guardians[0] },
});
export const toChild = (instrument: "ors" | "srs") => ({
  instrument,
  version: instrument === "ors" ? "CORS" : "CSRS",
  informant: "self",
  respondent: { kind: "child" },
});

// Answers as ticked: item 1 "somewhat", reversed item 7 "certainly true" (scores 0) ...
export const SDQ_TICKS = [
  1, 2, 1, 0, 2, 1, 2, 1, 0, 2, 0, 1, 2, 0, 2, 1, 0, 1, 1, 0, 1, 2, 1, 2, 0,
];

/** The shared test client has no put(); the admin and school-outcome routes replace with PUT. */
export const put = (client: Client, url: string, body: unknown) => client.request("PUT", url, body);

export async function submitAsMentor(w: InstrumentWorld, requestId: string, body: object) {
  return w.as.mentor.post(
    `/api/cases/${w.caseId}/instruments/requests/${requestId}/response`,
    body,
  );
}

export async function submitAsFamily(member: Client, requestId: string, body: object) {
  return member.post(`/api/family/instruments/${requestId}/response`, body);
}
