import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";

/** Whether consent in force now names the unit for the case. */
export async function unitCoveredByConsent(
  db: Kysely<Database>,
  caseId: string,
  unitId: string,
  at = new Date(),
) {
  const row = await db
    .selectFrom("consent as k")
    .innerJoin("consent_unit as ku", "ku.consent_id", "k.id")
    .select("k.id")
    .where("k.case_id", "=", caseId)
    .where("ku.unit_id", "=", unitId)
    .where("k.valid_from", "<=", at)
    .where((eb) => eb.or([eb("k.valid_until", "is", null), eb("k.valid_until", ">", at)]))
    .where((eb) => eb.or([eb("k.withdrawn_at", "is", null), eb("k.withdrawn_at", ">", at)]))
    .executeTakeFirst();
  return !!row;
}

export async function loadConsents(db: Kysely<Database>, tenantId: string, caseId: string) {
  const consents = await db
    .selectFrom("consent")
    .leftJoin("app_user as recorder", "recorder.id", "consent.recorded_by")
    .selectAll("consent")
    .select("recorder.display_name as recorder_name")
    .where("consent.tenant_id", "=", tenantId)
    .where("consent.case_id", "=", caseId)
    .orderBy("consent.created_at")
    .execute();
  const units = consents.length
    ? await db
        .selectFrom("consent_unit as ku")
        .innerJoin("unit", "unit.id", "ku.unit_id")
        .select(["ku.consent_id", "unit.id", "unit.name"])
        .where(
          "ku.consent_id",
          "in",
          consents.map((c) => c.id),
        )
        .orderBy("unit.name")
        .execute()
    : [];
  const now = new Date();
  return consents.map((c) => ({
    id: c.id,
    purpose: c.purpose,
    givenBy: (c.given_by as unknown as { kind: "guardian" | "child"; name: string }[]).map((g) => ({
      kind: g.kind,
      name: g.name,
    })),
    units: units.filter((u) => u.consent_id === c.id).map((u) => ({ id: u.id, name: u.name })),
    validFrom: c.valid_from.toISOString(),
    validUntil: c.valid_until?.toISOString() ?? null,
    withdrawnAt: c.withdrawn_at?.toISOString() ?? null,
    withdrawnReason: c.withdrawn_reason,
    documentId: c.document_id,
    method: c.method,
    meeting: c.meeting,
    recordedBy: c.recorder_name,
    status: statusAt(c, now),
  }));
}

type ConsentStatus = "active" | "expired" | "withdrawn" | "not_yet_valid";

function statusAt(
  c: { valid_from: Date; valid_until: Date | null; withdrawn_at: Date | null },
  now: Date,
): ConsentStatus {
  if (c.withdrawn_at && c.withdrawn_at <= now) return "withdrawn";
  if (c.valid_until && c.valid_until <= now) return "expired";
  if (c.valid_from > now) return "not_yet_valid";
  return "active";
}
