import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { CaseEventInput, CaseEventRequest } from "@kring/contracts";
import {
  AUTHORITY_ACTION_LABELS,
  CASE_EVENT_DONE_LABELS,
  CLOSE_REASON_LABELS,
  DECLINE_REASON_LABELS,
  EVALUATION_OUTCOME_LABELS,
  type CaseEvent,
  type CaseState,
  type PersonFacts,
  stockholmDate,
  transition,
} from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { requireEventAllowed } from "./case-event-policy";
import { cancelPlannedMeetings } from "./cancel-meetings";
import { caseRelations, peopleFacts } from "./case-facts.repository";
import { deadlineRulesOf } from "./case-rules.repository";
import { closingCheck, planGoals } from "./closing-facts.repository";
import { type CaseUse, type GuardedCase, guardCase } from "./case-guard";
import { requireFreshVersion, saveCaseState } from "./case-state.repository";
import { unitCoveredByConsent } from "./consent.repository";
import { gateRefusal } from "./gate-refusal";
import { checkReflectionChoices } from "../experience-log/themes.service";

type Trx = Transaction<Database>;

/** Applies one step of the process to a case, refusing stale versions and steps out of order. */
export async function applyCaseEvent(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof CaseEventRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, useOf(input.event.type));
    await requireFreshVersion(trx, guarded.row, input.version);
    requireEventAllowed(actor, guarded, input.event);
    await checkReflectionChoices(trx, actor.tenantId, reflectionsOf(input.event));
    const { event, people, afterwards } = await prepare(trx, actor, guarded, input.event);
    const state = guarded.row.state as unknown as CaseState;
    const closing =
      input.event.type === "close" ? await closingCheck(trx, actor.tenantId, guarded.row) : null;
    const evaluates = input.event.type === "close" || input.event.type === "record_evaluation";
    const result = transition(state, event, {
      today: stockholmDate(new Date()),
      child: await caseRelations(trx, actor.tenantId, guarded.row),
      people,
      deadlineRules: await deadlineRulesOf(trx, actor.tenantId),
      ...(evaluates ? { planGoals: await planGoals(trx, actor.tenantId, caseId) } : {}),
      ...(closing
        ? {
            closing: {
              openGoals: closing.openGoals.length,
              missingClosingMeasurements:
                closing.missingClosingMeasurements.length + (closing.missingClosingOrs ? 1 : 0),
            },
          }
        : {}),
    });
    if (!result.ok) throw await gateRefusal(trx, caseId, result.error);
    await afterwards();
    const version = await saveCaseState(trx, actor, guarded.row, result.state, {
      kind: input.event.type,
      summary: summaryOf(input.event),
      lastDecision: decisionOf(input.event),
    });
    await recordAudit(trx, actor, {
      action: `case.${input.event.type}`,
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      details: { from: state.stage, to: result.state.stage },
    });
    if (result.state.stage === "closed")
      await cancelPlannedMeetings(trx, actor, guarded.row, version);
    return { stage: result.state.stage, version };
  });
}

/** The reflections a step carries (closure, evaluation), whose themes must be the tenant's. */
function reflectionsOf(event: CaseEventInput) {
  if (event.type === "close") return [event.reflection, event.evaluation?.reflection];
  if (event.type === "record_evaluation") return [event.evaluation.reflection];
  if (event.type === "record_authority_action") return [event.reflection];
  return [];
}

/** Sending one's own request for assessment is a raiser's write (case-guard.ts). */
const useOf = (type: CaseEventInput["type"]): CaseUse => (type === "submit" ? "raise" : "write");

interface Prepared {
  event: CaseEvent;
  people: Record<string, PersonFacts>;
  /** Writes that belong with the step (case roles), run once the step is known to be allowed. */
  afterwards: () => Promise<void>;
}

async function prepare(
  trx: Trx,
  actor: Actor,
  guarded: GuardedCase,
  input: CaseEventInput,
): Promise<Prepared> {
  const caseId = guarded.row.id;
  const nothing = async () => {};
  switch (input.type) {
    case "appoint_coordinators": {
      const people = await peopleFacts(trx, actor.tenantId, [
        input.leadUserId,
        input.documentingUserId,
      ]);
      return {
        event: {
          type: "appoint_coordinators",
          leadId: input.leadUserId,
          documentingId: input.documentingUserId,
        },
        people,
        afterwards: async () => {
          await addRole(trx, actor, caseId, "coordinator_lead", input.leadUserId, people);
          await addRole(
            trx,
            actor,
            caseId,
            "coordinator_documenting",
            input.documentingUserId,
            people,
          );
        },
      };
    }
    case "appoint_contact_person": {
      const people = await peopleFacts(trx, actor.tenantId, [input.userId, actor.userId]);
      const facts = people[input.userId];
      if (facts)
        people[input.userId] = {
          ...facts,
          memberships: facts.memberships.filter((m) => m.unitId === input.unitId),
        };
      return {
        event: {
          type: "appoint_contact_person",
          personId: input.userId,
          appointedById: actor.userId,
        },
        people,
        afterwards: () =>
          addRole(trx, actor, caseId, "contact_person", input.userId, people, input.unitId),
      };
    }
    case "appoint_spokesperson": {
      // A new spokesperson replaces the one before; the old stays in the history.
      await trx
        .updateTable("case_member")
        .set({ left_at: new Date() })
        .where("case_id", "=", caseId)
        .where("role", "=", "spokesperson")
        .where("left_at", "is", null)
        .execute();
      const member = await trx
        .insertInto("case_member")
        .values({
          tenant_id: actor.tenantId,
          case_id: caseId,
          role: "spokesperson",
          user_id: null,
          unit_id: null,
          person_name: input.name,
          relation: input.relation,
          email: input.email ?? null,
          appointed_by: actor.userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return {
        event: { type: "appoint_spokesperson", personId: member.id },
        people: { [member.id]: { personId: member.id, kind: "private", memberships: [] } },
        afterwards: nothing,
      };
    }
    default:
      return { event: input as CaseEvent, people: {}, afterwards: nothing };
  }
}

/** Puts a professional in the case's network in a role, representing a unit consent covers. */
async function addRole(
  trx: Trx,
  actor: Actor,
  caseId: string,
  role: string,
  userId: string,
  people: Record<string, PersonFacts>,
  unitId?: string,
) {
  const units = unitId ? [unitId] : (people[userId]?.memberships.map((m) => m.unitId) ?? []);
  let covered: string | undefined;
  for (const u of units) if (await unitCoveredByConsent(trx, caseId, u)) covered = covered ?? u;
  if (!covered) {
    throw new AppError(
      422,
      "consent_missing_for_unit",
      "Samtycket omfattar inte personens enhet. Registrera ett samtycke som omfattar enheten först.",
      "The consent does not cover the person's unit. Record a consent that covers the unit first.",
    );
  }
  await trx
    .updateTable("case_member")
    .set({ left_at: new Date() })
    .where("case_id", "=", caseId)
    .where("role", "=", role)
    .where("left_at", "is", null)
    .execute();
  await trx
    .insertInto("case_member")
    .values({
      tenant_id: actor.tenantId,
      case_id: caseId,
      role,
      user_id: userId,
      unit_id: covered,
      appointed_by: actor.userId,
    })
    .execute();
}

/** What happened, in the past tense (the timeline's English is derived from it). */
function summaryOf(event: CaseEventInput): string {
  const done = CASE_EVENT_DONE_LABELS[event.type].sv;
  if (event.type === "decline") return `${done}: ${event.otherAction}`;
  if (event.type === "close") return `${done}: ${CLOSE_REASON_LABELS[event.reason].sv}`;
  if (event.type === "record_authority_action")
    return `${AUTHORITY_ACTION_LABELS[event.kind].sv}: ${event.note}`;
  return done;
}

function decisionOf(event: CaseEventInput): string | undefined {
  switch (event.type) {
    case "accept":
      return "Bedömt som samverkansärende.";
    case "decline":
      return `Inte samverkansärende. Annan åtgärd: ${event.otherAction}. Skäl: ${event.reasonCode ? `${DECLINE_REASON_LABELS[event.reasonCode].sv}: ` : ""}${event.reason}`;
    case "close":
      return `Avslutat: ${CLOSE_REASON_LABELS[event.reason].sv}.${event.earlyReason ? ` Avslutat i förtid: ${event.earlyReason}` : ""}`;
    case "record_evaluation":
      return `Utvärdering: ${EVALUATION_OUTCOME_LABELS[event.evaluation.goals].sv}.`;
    case "record_authority_action":
      return `${AUTHORITY_ACTION_LABELS[event.kind].sv}${event.closesCase ? " (ärendet avslutat)" : ""}.`;
    default:
      return undefined;
  }
}
