import { type CaseWorld, raiseRequest, step } from "../support/case-fixture";
import type { Client } from "../support/test-app";

// What the read-only tests share (case-read-only, case-emergency-access): a running case, and one
// request to every route that changes a case, to prove each is refused.

export const REASON = "Polisen larmar om akut fara för barnet i natt.";
export const NO_ID = "00000000-0000-4000-8000-000000000001";
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString(
  "base64",
);

/** A case with coordinators, consent naming the school, central student health and BUP. */
export async function running(w: CaseWorld) {
  const caseId = await raiseRequest(w, [w.units.school, w.units.central, w.units.bup]);
  await step(w.as.mentor, caseId, { type: "submit" });
  await step(w.as.coordA, caseId, { type: "accept" });
  await step(w.as.coordA, caseId, {
    type: "appoint_coordinators",
    leadUserId: w.ids.coordA,
    documentingUserId: w.ids.coordB,
  });
  return caseId;
}

/** One request to every route that changes a case, each with a body that passes validation. */
export function writes(w: CaseWorld, caseId: string, version: number) {
  const c = `/api/cases/${caseId}`;
  const soon = new Date(Date.now() + 86_400_000);
  return [
    [
      "post",
      `${c}/events`,
      {
        version,
        event: {
          type: "record_authority_action",
          kind: "other",
          note: "Anmälan.",
          closesCase: true,
        },
      },
    ],
    ["post", `${c}/reopen`, { version, reason: "Ny oro har kommit in." }],
    ["post", `${c}/members`, { role: "participant", userId: w.ids.nurse, unitId: w.units.eht }],
    ["delete", `${c}/members/${NO_ID}`, undefined],
    [
      "post",
      `${c}/consents`,
      {
        givenBy: [{ kind: "guardian", guardianId: w.guardians[0] }],
        unitIds: [w.units.eht],
        purpose: "Stöd",
        method: "oral",
        meeting: "Samtal med familjen",
      },
    ],
    ["post", `${c}/consents/${NO_ID}/withdraw`, { reason: "Familjen vill inte." }],
    ["post", `${c}/attachments`, { filename: "a.png", contentType: "image/png", data: PNG }],
    [
      "post",
      `${c}/network-map`,
      { network: "private", sector: "family", name: "Mormor", closeness: 2 },
    ],
    ["delete", `${c}/network-map/${NO_ID}`, undefined],
    [
      "post",
      `${c}/meetings`,
      {
        kind: "follow_up",
        startsAt: soon.toISOString(),
        endsAt: new Date(soon.getTime() + 3_600_000).toISOString(),
      },
    ],
    ["patch", `${c}/meetings/${NO_ID}`, { version: 1, minutes: "Nytt." }],
    [
      "post",
      `${c}/meetings/${NO_ID}/corrections`,
      { minutes: "Rättat.", decisions: [], childVoice: null, reason: "Fel namn." },
    ],
    ["post", `${c}/plan/draft`, undefined],
    ["post", `${c}/plan/draft/propose`, { revision: 1 }],
    [
      "post",
      `${c}/plan/handovers`,
      { kind: "unit_change", fromUnitId: w.units.school, toUnitId: w.units.eht },
    ],
    ["post", `${c}/instruments/requests/${NO_ID}/cancel`, undefined],
  ] as const;
}

export async function send(client: Client, method: string, url: string, body: unknown) {
  if (method === "delete") return client.del(url);
  return client.request(method === "post" ? "POST" : "PATCH", url, body);
}
