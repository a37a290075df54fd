import type { Kysely, Selectable } from "kysely";
import { isTerminalStage, type CaseStage } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import type { CasesTable } from "../../platform/db/tables/cases";
import { AppError, forbidden, notFound } from "../../platform/http/errors";
import { type AccessBasis, accessBasis } from "./case-access";

export type CaseRow = Selectable<CasesTable>;

/**
 * What the caller means to do with the case. Every caller says it, so the rules below hold for
 * every route without each route remembering them:
 * - read: look at the case's content;
 * - write: change anything in or about the case;
 * - raise: a write the raiser may also make until the request is assessed (stage `request`, or
 *   `assessment` before intake accepts it): its consent, the scanned consent form, sending it for
 *   assessment (issue 17: without consent the intake roles cannot see it to assess it);
 * - reopen: a central coordinator opens a closed or declined case again.
 */
export type CaseUse = "read" | "write" | "raise" | "reopen";

export interface GuardedCase {
  row: CaseRow;
  basis: AccessBasis;
  /** The actor's current roles in this case (coordinator_lead, contact_person ...). */
  myRoles: string[];
}

export const raiserStatusOnly = () =>
  new AppError(
    403,
    "raiser_status_only",
    "Du ser förfrågan du gjort under Mina förfrågningar: dess status, inte ärendets innehåll.",
    "You see the request you raised under My requests: its status, not the case's content.",
  );

export const emergencyReadOnly = () =>
  new AppError(
    403,
    "emergency_read_only",
    "Nödåtkomst ger bara läsrätt. Ingenting har ändrats.",
    "Emergency access is read-only. Nothing was changed.",
  );

export const caseReadOnly = () =>
  new AppError(
    409,
    "case_read_only",
    "Ärendet är avslutat och kan bara läsas. En central samordnare kan öppna det igen.",
    "The case is closed and read-only. A central coordinator can reopen it.",
  );

/** Still with the raiser to complete: not sent, or sent and not yet accepted or declined. */
export const unassessed = (row: Pick<CaseRow, "stage" | "state">) =>
  row.stage === "request" ||
  (row.stage === "assessment" && !(row.state as { accepted?: boolean } | null)?.accepted);

/** The access rules that depend on what is done (ADR 0002): one place, for every route. */
function requireUse(basis: AccessBasis, row: CaseRow, use: CaseUse) {
  const stage = row.stage as CaseStage;
  if (basis === "raised" && !(use === "raise" && unassessed(row))) throw raiserStatusOnly();
  if (basis === "emergency" && use !== "read") throw emergencyReadOnly();
  if (isTerminalStage(stage) && (use === "write" || use === "raise")) throw caseReadOnly();
}

/**
 * Loads a case the actor may see right now for the use they state, or refuses. Every case route
 * goes through here, so access is checked in one place; the caller audits the read or write in
 * the same transaction.
 */
export async function guardCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  use: CaseUse,
): Promise<GuardedCase> {
  const row = await db
    .selectFrom("cases")
    .selectAll()
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!row) throw notFound("case");
  const basis = await accessBasis(db, actor, caseId);
  if (!basis) throw forbidden();
  requireUse(basis, row, use);
  const members = await db
    .selectFrom("case_member")
    .select("role")
    .where("case_id", "=", caseId)
    .where("user_id", "=", actor.userId)
    .where("left_at", "is", null)
    .execute();
  return { row, basis, myRoles: members.map((m) => m.role) };
}

/** Closed or declined: read-only for everyone, so no "may …" flag may offer a change. */
export const caseEnded = (g: GuardedCase) => isTerminalStage(g.row.stage as CaseStage);

export const isCoordinator = (g: GuardedCase) =>
  g.myRoles.includes("coordinator_lead") || g.myRoles.includes("coordinator_documenting");

/** Meetings of the follow-up, which the contact person may call and run (Västbas steps 8-10). */
const FOLLOW_UP_MEETINGS: readonly string[] = ["follow_up", "evaluation", "closing"];
/** Stages after network meeting 2, when the plan is followed up. */
const FOLLOW_UP_STAGES: readonly string[] = ["interventions", "evaluation"];

/**
 * After network meeting 2 the contact person leads the follow-up: calls follow-up meetings, runs
 * the evaluation and proposes closure. The coordinators may do the same, or step back.
 */
export const leadsFollowUp = (g: GuardedCase) =>
  isCoordinator(g) ||
  (g.myRoles.includes("contact_person") && FOLLOW_UP_STAGES.includes(g.row.stage));

/** Who may plan, run and correct a meeting of this kind: the coordinators, or the follow-up lead. */
export const mayRunMeeting = (g: GuardedCase, kind: string) =>
  isCoordinator(g) || (FOLLOW_UP_MEETINGS.includes(kind) && leadsFollowUp(g));
