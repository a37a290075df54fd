// The facts the domain's schedule needs, read for many cases at once (the worklist asks for all
// of a coordinator's cases in one go).
import type { Kysely } from "kysely";
import {
  type CaseStage,
  type CaseState,
  type MeetingKind,
  stockholmDate,
} from "@kring/domain/cases";
import {
  type DueMeasurement,
  type InstrumentScheduleRules,
  scheduleMeasurements,
} from "@kring/domain/instruments";
import type { Database } from "../../platform/db/schema";

export interface ScheduledCase {
  id: string;
  stage: string;
  state: Record<string, unknown>;
  birthDate: string;
}

/** Each case's measurements, keyed by case id. */
export async function schedulesFor(
  db: Kysely<Database>,
  tenantId: string,
  cases: ScheduledCase[],
  rules: InstrumentScheduleRules,
  today: string,
): Promise<Map<string, DueMeasurement[]>> {
  const out = new Map<string, DueMeasurement[]>();
  if (cases.length === 0) return out;
  const ids = cases.map((c) => c.id);
  const [meetings, requests] = await Promise.all([
    db
      .selectFrom("meeting")
      .select(["id", "case_id", "kind", "starts_at", "status"])
      .where("tenant_id", "=", tenantId)
      .where("case_id", "in", ids)
      .execute(),
    db
      .selectFrom("instrument_request as r")
      .leftJoin("instrument_response as s", "s.request_id", "r.id")
      .select([
        "r.case_id",
        "r.instrument",
        "r.informant",
        "r.meeting_id",
        "r.status",
        "s.submitted_at",
      ])
      .where("r.tenant_id", "=", tenantId)
      .where("r.case_id", "in", ids)
      .execute(),
  ]);
  for (const c of cases) {
    const state = c.state as unknown as CaseState;
    // A closed case without its closure record predates the state machine; nothing to measure.
    if (c.stage === "closed" && !state.closure) continue;
    out.set(
      c.id,
      scheduleMeasurements(
        {
          stage: c.stage as CaseStage,
          coordinated: state.coordinators !== undefined,
          requestedOn: state.requestedOn,
          ...(state.closure ? { closedOn: state.closure.on } : {}),
          childBirthDate: c.birthDate,
          meetings: meetings
            .filter((m) => m.case_id === c.id)
            .map((m) => ({
              id: m.id,
              kind: m.kind as MeetingKind,
              on: stockholmDate(m.starts_at),
              status: m.status,
            })),
          measurements: requests
            .filter((r) => r.case_id === c.id)
            .map((r) => ({
              instrument: r.instrument,
              informant: r.informant,
              meetingId: r.meeting_id,
              status: r.status,
              ...(r.submitted_at ? { submittedOn: stockholmDate(r.submitted_at) } : {}),
            })),
        },
        rules,
        today,
      ),
    );
  }
  return out;
}
