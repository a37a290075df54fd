import type { Kysely } from "kysely";
import { addDays } from "@kring/domain/attendance";
import type { AnyActor } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { type PupilInput, evaluatePupils } from "./evaluate-pupils";
import { type ChunkWrites, emptyWrites, planPupil } from "./evaluation-plan";
import * as reads from "./evaluation-reads.repository";
import * as writes from "./evaluation-writes.repository";
import type { Advance } from "./evaluation-writes.repository";
import { newDaysAfter, sortPending } from "./pending-pupils";
import { type ActiveStaircase, schoolsOf, staircaseFor } from "./staircase-config.repository";

// One chunk of pupils: read (states, schools, days), evaluate, write. Reading is separate from
// writing so that the next chunk can be read while this one is evaluated and written.

export interface EvaluationContext {
  tenantId: string;
  today: string;
  history: number;
  staircases: ActiveStaircase[];
  /** Some school has its own staircase: every pupil's school decides which one applies. */
  perSchool: boolean;
}

export interface ChunkPupil {
  childId: string;
  /** Continue after this date (the stored state's); null: evaluate from the first day. */
  after: string | null;
  stored: reads.StoredState | undefined;
  active: ActiveStaircase;
}

export interface ChunkData {
  pupils: ChunkPupil[];
  days: Map<string, string>;
  schools: Map<string, string>;
  pending: reads.Pending[];
  /** Pupils advanced without the engine (pending-pupils.ts). */
  quiet: Advance[];
}

/**
 * Reads a chunk for a full run: every day of every pupil, whose ids must be a contiguous run of
 * the child table in id order.
 */
export async function readFullChunk(
  db: Kysely<Database>,
  ctx: EvaluationContext,
  childIds: string[],
  pending: reads.Pending[],
): Promise<ChunkData> {
  const stored = await reads.statesOf(db, ctx.tenantId, childIds);
  const schools = ctx.perSchool
    ? await schoolsOf(db, ctx.tenantId, childIds)
    : new Map<string, string>();
  const pupils: ChunkPupil[] = [];
  for (const childId of childIds) {
    const active = staircaseFor(ctx.staircases, schools.get(childId) ?? null);
    if (active) pupils.push({ childId, after: null, stored: stored.get(childId), active });
  }
  const days = await reads.daysInRange(db, ctx.tenantId, childIds[0]!, childIds.at(-1)!);
  return { pupils, days, schools, pending, quiet: [] };
}

/** The calendar dates after `after` up to `until`. */
function* datesBetween(after: string, until: string) {
  for (let date = addDays(after, 1); date <= until; date = addDays(date, 1)) yield date;
}

/**
 * Reads the next chunk of pupils marked as changed, after `afterChildId`: their states, their
 * new days, and days again only for those who need them (pending-pupils.ts).
 */
export async function readPendingChunk(
  db: Kysely<Database>,
  ctx: EvaluationContext,
  afterChildId: string,
  limit: number,
): Promise<(ChunkData & { last: string }) | null> {
  const query = { tenantId: ctx.tenantId, history: ctx.history };
  const rows = await reads.pendingChunk(db, query, afterChildId, limit);
  if (rows.length === 0) return null;
  const ids = rows.map((r) => r.child_id);
  const schools = ctx.perSchool
    ? await schoolsOf(db, ctx.tenantId, ids)
    : new Map<string, string>();
  const after = newDaysAfter(rows);
  const range = { first: ids[0]!, last: ids.at(-1)! };
  const days = after
    ? await reads.daysOnDates(db, ctx.tenantId, range, [...datesBetween(after, ctx.today)])
    : new Map<string, string>();
  const sorted = sortPending(ctx, rows, schools, { after, days });
  if (sorted.needStates.length > 0) {
    const stored = await reads.statesOf(db, ctx.tenantId, sorted.needStates);
    for (const pupil of sorted.pupils) pupil.stored ??= stored.get(pupil.childId);
  }
  if (sorted.needDays.length > 0) {
    const read = await reads.daysOf(db, ctx.tenantId, sorted.needDays, ctx.history);
    for (const [childId, days] of read) sorted.days.set(childId, days);
  }
  return {
    pupils: sorted.pupils,
    days: sorted.days,
    schools,
    pending: rows.map((r) => ({
      childId: r.child_id,
      fromDate: r.from_date,
      revision: r.revision,
    })),
    quiet: sorted.quiet,
    last: ids.at(-1)!,
  };
}

/** Runs the staircase over each pupil of the chunk; pure apart from the chunk's data. */
export function planChunk(ctx: EvaluationContext, data: ChunkData): ChunkWrites {
  const planned = emptyWrites();
  for (const quiet of data.quiet) planned.advanced.push(quiet);
  for (const active of ctx.staircases) {
    const mine = data.pupils.filter((p) => p.active === active);
    const inputs: PupilInput[] = mine.map((p) => ({
      childId: p.childId,
      previous: p.after !== null && p.stored ? p.stored.state : null,
      days: data.days.get(p.childId) ?? "",
      clearDays: p.stored?.clearDays ?? 0,
    }));
    const byId = new Map(mine.map((p) => [p.childId, p]));
    for (const outcome of evaluatePupils(active.staircase, inputs, ctx.today)) {
      planPupil(planned, active, outcome, byId.get(outcome.childId)!.stored);
    }
  }
  return planned;
}

/** Writes a chunk's outcome and its audit event in one transaction. */
export async function writeChunk(
  db: Kysely<Database>,
  actor: AnyActor,
  ctx: EvaluationContext,
  data: ChunkData,
  planned: ChunkWrites,
) {
  // Tasks name the pupil's school; only pupils who moved need it looked up.
  const schools = ctx.perSchool
    ? data.schools
    : await schoolsOf(db, ctx.tenantId, [...new Set(planned.tasks.map((t) => t.childId))]);
  for (const task of planned.tasks) task.schoolUnitId = schools.get(task.childId) ?? null;
  const pupils = data.pupils.length + data.quiet.length;
  return db.transaction().execute(async (trx) => {
    await writes.writeStates(trx, ctx.tenantId, planned.states);
    await writes.advanceStates(trx, ctx.tenantId, planned.advanced);
    const tasks = await writes.insertTasks(trx, ctx.tenantId, planned.tasks);
    await writes.cancelStaleTasks(trx, ctx.tenantId, planned.recovered, planned.rewritten);
    await writes.clearPending(trx, ctx.tenantId, data.pending);
    await recordAudit(trx, actor, {
      action: "attendance.evaluate",
      entityType: "attendance_state",
      details: { pupils, transitions: planned.transitions, tasks },
    });
    return { pupils, transitions: planned.transitions, tasks };
  });
}
