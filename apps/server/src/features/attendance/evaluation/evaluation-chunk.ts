import type { Kysely } from "kysely";
import type { AnyActor } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { type PupilInput, evaluatePupils } from "./evaluate-pupils";
import { type ChunkWrites, emptyWrites, planPupil } from "./evaluation-plan";
import * as reads from "./evaluation-reads.repository";
import type { Pending } from "./quiet-pupils.repository";
import * as writes from "./evaluation-writes.repository";
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

interface ChunkPupil {
  childId: string;
  after: string | null;
  stored: reads.StoredState | undefined;
  active: ActiveStaircase;
}

export interface ChunkData {
  pupils: ChunkPupil[];
  days: Map<string, string>;
  schools: Map<string, string>;
  pending: Pending[];
  /** Pupils to whom no staircase applies now: not evaluated, their marks cleared. */
  unstaired: string[];
}

/** A full run's chunk: a run of the child table in id order, and the marks among it. */
interface FullChunk {
  full: true;
  childIds: string[];
  pending: Pending[];
}

/** An increment's chunk: marked pupils with their progress and place (markedForEngine). */
interface MarkedChunk {
  full: false;
  marked: { mark: Pending; stored: reads.StoredState | undefined }[];
}

/**
 * Reads a chunk. A full run reads every day of every pupil and their whole stored states; an
 * increment the days after each pupil's state (mostly from their progress and mark).
 */
export async function readChunk(
  db: Kysely<Database>,
  ctx: EvaluationContext,
  chunk: FullChunk | MarkedChunk,
): Promise<ChunkData> {
  const allDays = chunk.full;
  const childIds = chunk.full ? chunk.childIds : chunk.marked.map((m) => m.mark.childId);
  const pending = chunk.full ? chunk.pending : chunk.marked.map((m) => m.mark);
  const stored = chunk.full
    ? await reads.statesOf(db, ctx.tenantId, childIds, "whole")
    : new Map(
        chunk.marked.flatMap((m): [string, reads.StoredState][] =>
          m.stored ? [[m.mark.childId, m.stored]] : [],
        ),
      );
  const schools = ctx.perSchool
    ? await schoolsOf(db, ctx.tenantId, childIds)
    : new Map<string, string>();
  const gone = await reads.goneOf(db, ctx.tenantId, childIds);
  const marks = new Map(pending.map((p) => [p.childId, p]));
  const pupils: ChunkPupil[] = [];
  const unstaired: string[] = [];
  const days = new Map<string, string>();
  for (const childId of childIds) {
    const active = staircaseFor(ctx.staircases, schools.get(childId) ?? null);
    // A pupil who died or emigrated is on no staircase (import-pupils.repository.ts markGone).
    if (!active || gone.has(childId)) {
      unstaired.push(childId);
      continue;
    }
    const state = stored.get(childId);
    const mark = marks.get(childId);
    // Continue from the stored state only when it is this staircase's and no day it has
    // already judged has changed since; otherwise start over from the first day.
    const continues =
      !allDays &&
      state &&
      state.key === active.key &&
      mark !== undefined &&
      mark.fromDate > state.lastEvaluated;
    pupils.push({ childId, after: continues ? state.lastEvaluated : null, stored: state, active });
    // The days looked back on, kept with the progress, and the new days, kept with the mark:
    // all the engine needs, without reading the pupil's days.
    if (continues && state.recent !== null && mark.days !== null) {
      days.set(childId, [state.recent, mark.days].filter((d) => d !== "").join(","));
    }
  }
  // Started over, a pupil's new history is compared with the whole stored one.
  const restarted = pupils.filter((p) => p.after === null && p.stored && !p.stored.whole);
  if (restarted.length > 0) {
    const ids = restarted.map((p) => p.childId);
    const whole = await reads.statesOf(db, ctx.tenantId, ids, "whole");
    for (const p of restarted) p.stored = whole.get(p.childId);
  }
  const unread = pupils.filter((p) => !days.has(p.childId));
  const read = allDays
    ? await reads.daysInRange(db, ctx.tenantId, childIds[0]!, childIds.at(-1)!)
    : await reads.daysOf(db, ctx.tenantId, unread, ctx.history);
  for (const [childId, text] of read) days.set(childId, text);
  return { pupils, days, schools, pending, unstaired };
}

/** Runs the staircase over each pupil of the chunk; pure apart from the chunk's data. */
export function planChunk(ctx: EvaluationContext, data: ChunkData): ChunkWrites {
  const planned = emptyWrites();
  for (const active of ctx.staircases) {
    const mine = data.pupils.filter((p) => p.active === active);
    const inputs: PupilInput[] = mine.map((p) => ({
      childId: p.childId,
      previous: p.after !== null && p.stored ? p.stored.state : null,
      days: data.days.get(p.childId) ?? "",
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
  return db.transaction().execute(async (trx) => {
    await writes.lookUpPupilsOneByOne(trx);
    await writes.writeStates(trx, ctx.tenantId, planned.states);
    await writes.writeProgress(trx, ctx.tenantId, ctx.today, planned.progress, data.pending);
    const tasks = await writes.insertTasks(trx, ctx.tenantId, planned.tasks);
    await writes.cancelStaleTasks(trx, ctx.tenantId, planned.recovered, planned.rewritten);
    await writes.forgetProgress(trx, ctx.tenantId, data.unstaired);
    await recordAudit(trx, actor, {
      action: "attendance.evaluate",
      entityType: "attendance_state",
      details: { pupils: data.pupils.length, transitions: planned.transitions, tasks },
    });
    return { pupils: data.pupils.length, transitions: planned.transitions, tasks };
  });
}
