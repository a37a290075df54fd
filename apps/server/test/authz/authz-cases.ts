import type { TestApp, TestTenant } from "../support/test-app";
import type { Client } from "../support/test-app";

// The cases of the authorization world, each built through the API by the people who do it in
// real life, so every sub-resource a route names exists (a 404 in the matrix then means refusal).

interface Base {
  t: TestApp;
  tenant: TestTenant;
  clients: Record<string, Client>;
  userIds: Record<string, string>;
}

export interface CaseRefs {
  caseId: string;
  childId: string;
  consentId: string;
  meetingId: string;
  decisionTaskId: string;
  coordinatorMemberId: string;
  memberRowId: string;
  attachmentId: string;
  entryId: string;
  instrumentRequestId: string;
  handoverId: string;
  planVersion: number;
}

type Mode = "full" | "withdrawn" | "closed" | "assessment";

async function ok(res: Promise<{ status: number; json: any }>, status = 200) {
  const r = await res;
  if (r.status !== status) throw new Error(`world: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

/** Consent from the guardians, given orally at a named meeting (no document needed). */
export const consentOf = (guardianIds: string[], unitIds: string[]) => ({
  givenBy: guardianIds.map((guardianId) => ({ kind: "guardian", guardianId })),
  unitIds,
  purpose: "Samordnat stöd runt barnet",
  method: "oral",
  meeting: "Samtal med vårdnadshavarna på skolan",
});

const soon = (days: number) => new Date(Date.now() + days * 86_400_000);

export async function buildCase(
  w: Base,
  child: { id: string; guardians: string[] },
  mode: Mode,
): Promise<CaseRefs> {
  const as = w.clients;
  const u = (key: string) => w.tenant.unitId(key);
  const created = await ok(
    as.raiser!.post("/api/cases", {
      childId: child.id,
      raisedByUnitId: u("school"),
      concern: "Alva är ofta borta och verkar ledsen.",
      triedSoFar: "Samtal med mentor.",
      acute: false,
      involvedUnitIds: [u("eht")],
      consent: consentOf(child.guardians, [
        u("school"),
        u("central"),
        u("eht"),
        u("bup"),
        u("spare"),
      ]),
    }),
    201,
  );
  const caseId = created.id as string;
  const path = (rest = "") => `/api/cases/${caseId}${rest}`;
  // The version from the database: the raiser may no longer read the case itself.
  const row = () =>
    w.t.db.selectFrom("cases").select("version").where("id", "=", caseId).executeTakeFirstOrThrow();
  const step = async (client: Client, event: Record<string, unknown>) =>
    ok(client.post(path("/events"), { version: (await row()).version, event }));
  await step(as.raiser!, { type: "submit" });
  const { id: consentId } = await w.t.db
    .selectFrom("consent")
    .select("id")
    .where("case_id", "=", caseId)
    .executeTakeFirstOrThrow();
  if (mode === "assessment") return { ...EMPTY, caseId, childId: child.id, consentId };

  await step(as.coordinator!, { type: "accept" });
  await step(as.coordinator!, {
    type: "appoint_coordinators",
    leadUserId: w.userIds.coordinator,
    documentingUserId: w.userIds.coordinator2,
  });
  await step(as.coordinator!, { type: "record_first_contact" });
  await step(as.coordinator!, {
    type: "appoint_spokesperson",
    name: "Moster Lisa",
    relation: "moster",
  });
  const meeting = async (
    kind: string,
    held: boolean,
    inviteeMemberIds: string[] = [],
    inviteFamily = false,
  ) => {
    const m = await ok(
      as.coordinator!.post(path("/meetings"), {
        kind,
        startsAt: soon(held ? 0 : 7).toISOString(),
        endsAt: soon(held ? 0.04 : 7.04).toISOString(),
        place: "Skolans konferensrum",
        inviteeMemberIds,
        inviteFamily,
      }),
      201,
    );
    if (held) {
      const { version } = await ok(as.coordinator!.get(path(`/meetings/${m.id}`)));
      await ok(as.coordinator!.patch(path(`/meetings/${m.id}`), { version, status: "held" }));
    }
    return m.id as string;
  };
  await meeting("pre_meeting", true);
  await meeting("network_meeting_1", true);
  const join = (key: string, unitKey: string) =>
    ok(
      as.coordinator!.post(path("/members"), {
        role: "participant",
        userId: w.userIds[key],
        unitId: u(unitKey),
      }),
      204,
    );
  await join("member", "bup");
  // The contact person is chosen from within the network.
  await join("contact_person", "eht");
  // The principal appoints from within the network, then leaves it again: in the matrix the
  // raising unit's principal is related to the case only as the raising unit's principal.
  await join("raising_principal", "school");
  await step(as.raising_principal!, {
    type: "appoint_contact_person",
    userId: w.userIds.contact_person,
    unitId: u("eht"),
  });
  await w.t.db
    .updateTable("case_member")
    .set({ left_at: new Date() })
    .where("case_id", "=", caseId)
    .where("user_id", "=", w.userIds.raising_principal!)
    .execute();
  await meeting("network_meeting_2", true);
  const members = await w.t.db
    .selectFrom("case_member")
    .select(["id", "user_id"])
    .where("case_id", "=", caseId)
    .execute();
  const memberOf = (key: string) => members.find((m) => m.user_id === w.userIds[key])!.id;
  // The family is invited too: each guardian downloads their own invitation (issue 19.5).
  const meetingId = await meeting("follow_up", false, [memberOf("coordinator")], true);
  // A decision of network meeting 2 the coordinator owns: their worklist item to mark done.
  const nm2 = await w.t.db
    .selectFrom("meeting")
    .select("id")
    .where("case_id", "=", caseId)
    .where("kind", "=", "network_meeting_2")
    .executeTakeFirstOrThrow();
  const decisionTask = await w.t.db
    .insertInto("meeting_decision_task")
    .values({
      tenant_id: w.tenant.tenantId,
      meeting_id: nm2.id,
      case_id: caseId,
      position: 0,
      text: "Boka tid hos BUP",
      owner_member_id: memberOf("coordinator"),
      owner_user_id: w.userIds.coordinator!,
      due_date: soon(7).toISOString().slice(0, 10),
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const planVersion = await agreePlan(as.coordinator!, path, w, child.guardians);
  await ok(as.coordinator!.post(path("/plan/draft")), 201);
  const entry = await ok(
    as.coordinator!.post(path("/network-map"), {
      network: "private",
      sector: "relatives",
      name: "Moster Lisa",
      closeness: 1,
    }),
    201,
  );
  const attachment = await ok(
    as.coordinator!.post(path("/attachments"), {
      filename: "intyg.pdf",
      contentType: "application/pdf",
      data: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"),
    }),
    201,
  );
  const request = await ok(
    as.coordinator!.post(path("/instruments/requests"), {
      instrument: "sdq",
      version: "4-17",
      informant: "parent",
      respondent: { kind: "guardian", guardianId: child.guardians[0] },
      dueDate: soon(7).toISOString().slice(0, 10),
    }),
    201,
  );
  const handover = await ok(
    as.coordinator!.post(path("/plan/handovers"), {
      kind: "unit_change",
      fromUnitId: u("school"),
      toUnitId: u("spare"),
    }),
    201,
  );
  const refs: CaseRefs = {
    caseId,
    childId: child.id,
    consentId,
    meetingId,
    decisionTaskId: decisionTask.id,
    coordinatorMemberId: memberOf("coordinator"),
    memberRowId: memberOf("member"),
    attachmentId: attachment.id,
    entryId: entry.id,
    instrumentRequestId: request.id,
    handoverId: handover.id,
    planVersion,
  };
  if (mode === "withdrawn")
    await ok(
      as.coordinator!.post(path(`/consents/${consentId}/withdraw`), {
        reason: "Familjen ångrar sig.",
      }),
      204,
    );
  // Closed the way a case can be closed at any step: an authority action that ends it.
  if (mode === "closed")
    await step(as.coordinator!, {
      type: "record_authority_action",
      kind: "other",
      note: "Ärendet avslutas, socialtjänsten tar över.",
      closesCase: true,
    });
  return refs;
}

const EMPTY: CaseRefs = {
  caseId: "",
  childId: "",
  consentId: "",
  meetingId: "",
  decisionTaskId: "",
  coordinatorMemberId: "",
  memberRowId: "",
  attachmentId: "",
  entryId: "",
  instrumentRequestId: "",
  handoverId: "",
  planVersion: 0,
};

async function agreePlan(
  coordinator: Client,
  path: (rest?: string) => string,
  w: Base,
  guardians: string[],
) {
  const started = await ok(coordinator.post(path("/plan/draft")), 201);
  const saved = await ok(
    coordinator.patch(path("/plan/draft"), {
      revision: started.revision,
      content: planContent(w.tenant.unitId("eht"), w.userIds.contact_person!),
    }),
  );
  const agreed = await ok(
    coordinator.post(path("/plan/draft/agreements"), {
      revision: saved.revision,
      parties: guardians.map((guardianId) => ({ kind: "guardian", guardianId })),
    }),
  );
  return agreed.versionNumber as number;
}

/** A complete plan naming the student health unit and the contact person. */
export const planContent = (ehtUnitId: string, contactPersonId: string) => ({
  needs: "Trygghet i skolan.",
  goals: [
    {
      id: "g-skola",
      text: "I skolan fyra dagar i veckan.",
      childWords: "Jag vill orka.",
      actions: [
        {
          id: "a-samtal",
          description: "Samtal varje vecka",
          responsibleUnit: { unitId: ehtUnitId, name: "Elevhälsan" },
          responsiblePerson: { userId: contactPersonId, name: "Sköterskan" },
          startDate: "2026-01-12",
          endDate: "2026-06-12",
          followUpDate: "2026-03-02",
        },
      ],
    },
  ],
  measuresByOthers: [],
  noMeasuresByOthers: true,
  leadUnit: { unitId: ehtUnitId, name: "Elevhälsan" },
  childView: "En lugn plats.",
  guardiansView: "Tät kontakt.",
  internalNotes: "Intern anteckning.",
});
