import type { Kysely } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { guardCase } from "../cases/case-guard";
import { whereaboutsVisible } from "../children/child-whereabouts";
import { type ExportData, exportData } from "./plan-export.repository";
import { planBundle } from "./plan-fhir";
import { planPdfPool } from "./pdf-pool";
import type { PrintEdition } from "./plan-pdf";
import { findPlan, latestVersion } from "./plan.repository";

async function load(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  version: number | undefined,
  action: string,
  details: object,
): Promise<ExportData> {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const plan = await findPlan(trx, actor.tenantId, caseId);
    const number = version ?? (plan && (await latestVersion(trx, plan.id)))?.number;
    const exists =
      plan &&
      number &&
      (await trx
        .selectFrom("plan_version")
        .select("id")
        .where("plan_id", "=", plan.id)
        .where("number", "=", number)
        .executeTakeFirst());
    if (!plan || !number || !exists)
      throw new AppError(
        404,
        "no_agreed_plan",
        "Det finns ingen godkänd plan att skriva ut.",
        "There is no agreed plan to print.",
      );
    await recordAudit(trx, actor, {
      action,
      entityType: "plan",
      entityId: plan.id,
      childId: guarded.row.child_id,
      details: {
        caseId,
        version: number,
        ...details,
        ...(guarded.basis === "emergency" ? { emergency: true } : {}),
      },
    });
    const data = await exportData(trx, plan, number);
    // The participants' units tell where a protected child goes to school (ADR 0016).
    if ((await whereaboutsVisible(trx, actor, [data.child])).has(data.child.id)) return data;
    const contacts = data.contacts.map((c) => ({ ...c, unitName: null, unitId: null }));
    return { ...data, contacts, whereaboutsHidden: true };
  });
}

export async function planPrint(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  edition: PrintEdition,
  version?: number,
) {
  const data = await load(db, actor, caseId, version, "plan.print", { edition });
  return planPdfPool.render(data, edition);
}

export async function planFhir(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  version?: number,
) {
  return planBundle(await load(db, actor, caseId, version, "plan.export_fhir", {}));
}
