import { type Kysely, type Transaction, sql } from "kysely";
import type { EarlySupportDetail, EarlySupportSummary } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";
import { readableContacts, teamContacts } from "./early-support.policy";

const day = (d: Date | string | null) =>
  d == null ? null : typeof d === "string" ? d : d.toISOString().slice(0, 10);

function summaryQuery(trx: Transaction<Database> | Kysely<Database>) {
  return trx
    .selectFrom("early_support_contact as e")
    .innerJoin("child as ch", "ch.id", "e.child_id")
    .innerJoin("unit as u", "u.id", "e.unit_id")
    .innerJoin("app_user as r", "r.id", "e.recorded_by")
    .select([
      "e.id",
      "e.child_id",
      "ch.given_name",
      "ch.family_name",
      "u.name as unit_name",
      "r.display_name as recorded_by_name",
      "e.about",
      "e.status",
      "e.follow_up_on",
      "e.created_at",
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>["executeTakeFirstOrThrow"]>>;

const summaryOf = (r: SummaryRow): EarlySupportSummary => ({
  id: r.id,
  childId: r.child_id,
  childName: `${r.given_name} ${r.family_name}`,
  unitName: r.unit_name,
  recordedByName: r.recorded_by_name,
  about: r.about,
  status: r.status,
  followUpOn: day(r.follow_up_on),
  createdAt: r.created_at.toISOString(),
});

/** The early-support contacts of the actor and their unit's team, open ones first. */
export async function listEarlySupport(db: Kysely<Database>, actor: Actor) {
  if (actor.kind !== "professional") throw forbidden();
  return db.transaction().execute(async (trx) => {
    const rows = await summaryQuery(trx)
      .where(teamContacts(actor))
      .orderBy("e.status")
      .orderBy("e.follow_up_on")
      .orderBy("e.created_at", "desc")
      .limit(500)
      .execute();
    await recordAuditPerChild(
      trx,
      actor,
      { action: "early_support.list", entityType: "early_support", details: { n: rows.length } },
      rows.map((r) => r.child_id),
    );
    return rows.map(summaryOf);
  });
}

/** One contact with its notes, for its team or (shared by the family) the later case's network. */
export async function getEarlySupport(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<EarlySupportDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await summaryQuery(trx)
      .select([
        "e.unit_id",
        "ch.birth_date",
        "e.consent_given_by",
        "e.consent_method",
        "e.consent_on",
        "e.protective_factors",
        "e.risk_factors",
        "e.agreed",
        "e.closed_reason",
        "e.case_id",
        "e.shared_with_network",
        "e.sharing_agreed_by",
        "e.sharing_recorded_at",
        (eb) =>
          eb
            .selectFrom("app_user as sr")
            .select("sr.display_name")
            .whereRef("sr.id", "=", "e.sharing_recorded_by")
            .as("sharing_recorded_by_name"),
        sql<boolean>`${teamContacts(actor)}`.as("may_write"),
      ])
      .where("e.id", "=", id)
      .where(readableContacts(actor))
      .executeTakeFirst();
    if (!row) throw notFound("early-support contact");
    const notes = await trx
      .selectFrom("early_support_note as n")
      .innerJoin("app_user as a", "a.id", "n.recorded_by")
      .select(["n.id", "n.noted_on", "n.body", "a.display_name"])
      .where("n.contact_id", "=", id)
      .orderBy("n.noted_on")
      .orderBy("n.created_at")
      .execute();
    await recordAudit(trx, actor, {
      action: "early_support.read",
      entityType: "early_support",
      entityId: id,
      childId: row.child_id,
      details: { basis: row.may_write ? "team" : "network_shared" },
    });
    return {
      ...summaryOf(row),
      child: {
        givenName: row.given_name,
        familyName: row.family_name,
        birthYear: Number(String(row.birth_date).slice(0, 4)),
      },
      unitId: row.unit_id,
      consent: {
        givenBy: row.consent_given_by,
        method: row.consent_method,
        on: day(row.consent_on)!,
      },
      protectiveFactors: row.protective_factors as string[],
      riskFactors: row.risk_factors as string[],
      agreed: row.agreed,
      notes: notes.map((n) => ({
        id: n.id,
        on: day(n.noted_on)!,
        body: n.body,
        recordedByName: n.display_name,
      })),
      closedReason: row.closed_reason,
      caseId: row.case_id,
      sharedWithNetwork: row.shared_with_network,
      sharingAgreedBy: row.sharing_agreed_by,
      sharingRecordedByName: row.sharing_recorded_by_name ?? null,
      sharingRecordedAt: row.sharing_recorded_at?.toISOString() ?? null,
      mayWrite: !!row.may_write,
    };
  });
}
