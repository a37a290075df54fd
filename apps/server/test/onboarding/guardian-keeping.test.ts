// The child's guardians kept by hand, custody, and the family's first sign-in (issue 19.3,
// ADR 0044). Real routes on the real database; the e-ID sign-in is the sign-in core's own match
// (matchFamily) with the number an e-ID would vouch for.
import { makePersonalNumber } from "@kring/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchFamily } from "../../src/features/sign-in/family-match";
import type { Provider } from "../../src/features/sign-in/providers";
import { hashPassword } from "../../src/platform/auth/password";
import { TEST_PASSWORD, createTestApp, loginAs, type TestApp } from "../support/test-app";
import { type InstrumentWorld, instrumentWorld, ok, send } from "../features/instrument-world";

let t: TestApp;
let w: InstrumentWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await instrumentWorld(t);
});
afterAll(() => t.close());

const guardiansUrl = () => `/api/children/${w.childId}/guardians`;
const sdqTo = (guardianId: string) => ({
  instrument: "sdq",
  version: "4-17",
  informant: "parent",
  respondent: { kind: "guardian", guardianId },
});

/** What the sign-in core does with a personal number from e-ID; then a session for the user. */
async function match(personalNumber: string) {
  const provider = { tenantId: w.tenant.tenantId } as Provider;
  const identity = {
    providerId: "e-id",
    key: personalNumber,
    displayName: null,
    email: null,
    groups: [],
  };
  return t.db.transaction().execute((trx) => matchFamily(trx, provider, identity));
}

async function signInWithEid(personalNumber: string) {
  const found = await match(personalNumber);
  if (typeof found === "string") return null;
  const user = await t.db
    .selectFrom("app_user")
    .select("kind")
    .where("id", "=", found.userId)
    .executeTakeFirstOrThrow();
  // The test signs in through the family password path (demo and tests only).
  const username = `eid-${found.userId.slice(0, 8)}`;
  await t.db
    .updateTable("app_user")
    .set({ username, password_hash: await hashPassword(TEST_PASSWORD) })
    .where("id", "=", found.userId)
    .execute();
  return { userId: found.userId, kind: user.kind, client: await loginAs(t.app, username) };
}

async function audits(action: string) {
  return t.db
    .selectFrom("audit_event")
    .select(["child_id", "actor_user_id", "details"])
    .where("tenant_id", "=", w.tenant.tenantId)
    .where("action", "=", action)
    .execute();
}

describe("the child's guardians on the child's page", () => {
  const number = makePersonalNumber("1981-11-12", 456);
  let guardianId: string;

  it("lets the administrator and the intake roles read and add; others are refused", async () => {
    expect((await w.as.mentor.get(guardiansUrl())).status).toBe(403);
    expect(
      (await w.as.nurse.post(guardiansUrl(), { givenName: "X", familyName: "Y" })).status,
    ).toBe(403);
    const before = await ok(w.admin.get(guardiansUrl()));
    expect(before.custody).toBe("joint");
    expect(before.guardians).toHaveLength(2);
    const added = await ok(
      w.admin.post(guardiansUrl(), {
        givenName: "Lisa",
        familyName: "Bonus",
        personalNumber: `${number.slice(2, 8)}-${number.slice(8)}`,
        phone: "070-555",
        custody: true,
      }),
      201,
    );
    const lisa = added.guardians.find((g: { givenName: string }) => g.givenName === "Lisa");
    expect(lisa).toMatchObject({ personalNumber: number, custody: true, hasAccount: false });
    guardianId = lisa.id;
    // The same person again is refused, by any way the number is written.
    const again = await w.as.coordA.post(guardiansUrl(), {
      givenName: "Lisa",
      familyName: "Bonus",
      personalNumber: number,
    });
    expect(again.status).toBe(409);
    const bad = await w.as.social.post(guardiansUrl(), {
      givenName: "A",
      familyName: "B",
      personalNumber: "19811112-0000",
    });
    expect([bad.status, bad.json.code]).toEqual([400, "invalid_personal_number"]);
    const created = await audits("guardian.create");
    expect(created.some((a) => a.child_id === w.childId)).toBe(true);
    expect((await audits("guardian.list")).every((a) => a.child_id === w.childId)).toBe(true);
  });

  it("sends the SDQ to a new guardian without an account; they find it on first sign-in", async () => {
    // Issue 19's defect: this failed with "saknar konto i familjevyn".
    const requestId = await send(w, sdqTo(guardianId));
    const signedIn = await signInWithEid(number);
    expect(signedIn?.kind).toBe("guardian");
    const forms = await ok(signedIn!.client.get("/api/family/instruments"));
    expect(JSON.stringify(forms)).toContain(requestId);
    const children = await ok(signedIn!.client.get("/api/family/children"));
    expect(children.children.map((c: { id: string }) => c.id)).toEqual([w.childId]);
    // A second sign-in finds the same account.
    const second = await match(number);
    expect(second).toMatchObject({ userId: signedIn!.userId, created: false });
  });

  it("a parent without custody is recorded but is no guardian for consent or the family", async () => {
    const changed = await ok(
      w.as.coordA.patch(`${guardiansUrl()}/${guardianId}`, { custody: false }),
    );
    expect(changed.guardians.find((g: { id: string }) => g.id === guardianId).custody).toBe(false);
    const signedIn = await signInWithEid(number);
    expect(signedIn).toBeNull();
    const send2 = await w.as.coordA.post(`/api/cases/${w.caseId}/instruments/requests`, {
      ...sdqTo(guardianId),
      dueDate: "2027-01-01",
    });
    expect(send2.status).toBe(400);
    const consent = await w.as.coordA.post(`/api/cases/${w.caseId}/consents`, {
      givenBy: [{ kind: "guardian", guardianId }],
      unitIds: [w.units.central],
      purpose: "Samordnat stöd",
      method: "oral",
      meeting: "Samtal",
    });
    expect([consent.status, consent.json.code]).toEqual([400, "not_a_guardian"]);
    // The child's record shows custody to the network, not personal numbers.
    const record = await ok(w.as.coordA.get(`/api/children/${w.childId}`));
    const shown = record.guardians.find((g: { id: string }) => g.id === guardianId);
    expect(shown.custody).toBe(false);
    expect(shown.personalNumber).toBeUndefined();
    expect(record.mayManageGuardians).toBe(true);
  });

  it("removes the guardian from the child, audited", async () => {
    const after = await ok(w.admin.del(`${guardiansUrl()}/${guardianId}`));
    expect(after.guardians.map((g: { id: string }) => g.id)).not.toContain(guardianId);
    expect((await w.admin.del(`${guardiansUrl()}/${guardianId}`)).status).toBe(404);
    const unlinked = await audits("guardian.unlink");
    expect(unlinked.map((a) => a.child_id)).toEqual([w.childId]);
  });

  it("the administrator finds the child by personal number only", async () => {
    const child = await t.db
      .selectFrom("child")
      .select("personal_number")
      .where("id", "=", w.childId)
      .executeTakeFirstOrThrow();
    const url = "/api/guardian-keeping/find-child";
    const found = await ok(w.admin.post(url, { personalNumber: child.personal_number }));
    expect(found).toEqual({ childId: w.childId });
    const unknown = await w.admin.post(url, {
      personalNumber: makePersonalNumber("2001-01-01", 1),
    });
    expect(unknown.status).toBe(404);
    expect((await w.admin.post(url, { personalNumber: "12345678901" })).status).toBe(400);
    expect((await w.as.mentor.post(url, { personalNumber: child.personal_number })).status).toBe(
      403,
    );
    // The administrator still sees nothing else of the child.
    expect((await w.admin.get(`/api/children/${w.childId}`)).status).toBe(403);
  });

  it("a child signs in with e-ID only from the tenant's sign-in age", async () => {
    await t.db
      .insertInto("tenant_settings")
      .values({ tenant_id: w.tenant.tenantId, child_sign_in_from_age: 15 })
      .onConflict((oc) => oc.column("tenant_id").doUpdateSet({ child_sign_in_from_age: 15 }))
      .execute();
    const childOf = async (birthDate: string) =>
      t.db
        .insertInto("child")
        .values({
          tenant_id: w.tenant.tenantId,
          personal_number: makePersonalNumber(birthDate, 17),
          given_name: "Barn",
          family_name: "Testsson",
          birth_date: birthDate,
        })
        .returning(["id", "personal_number"])
        .executeTakeFirstOrThrow();
    const young = await childOf("2016-02-02");
    expect(await match(young.personal_number)).toBe("unknown_person");
    const older = await childOf("2010-02-02");
    const signedIn = await signInWithEid(older.personal_number);
    expect(signedIn?.kind).toBe("child");
    const own = await ok(signedIn!.client.get("/api/family/children"));
    expect(own.children.map((c: { id: string }) => c.id)).toEqual([older.id]);
  });
});
