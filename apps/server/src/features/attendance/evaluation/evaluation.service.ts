import { type Kysely, sql } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { type AnyActor, hasRole } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { forbidden } from "../../../platform/http/errors";
import {
  type ChunkData,
  type EvaluationContext,
  planChunk,
  readChunk,
  writeChunk,
} from "./evaluation-chunk";
import * as reads from "./evaluation-reads.repository";
import { clearPending } from "./evaluation-writes.repository";
import { advanceQuietPupils, allPending, markedForEngine } from "./quiet-pupils.repository";
import { activeStaircases } from "./staircase-config.repository";

/** Pupils per read and per transaction: bounded memory whatever the size of the municipality. */
const CHUNK = 5000;
const NO_CHILD = "00000000-0000-0000-0000-000000000000";

export interface EvaluationSummary {
  mode: "pending" | "full";
  pupils: number;
  transitions: number;
  tasks: number;
}

/**
 * Moves pupils up and down their staircase. "pending": only pupils whose attendance changed
 * since the last run, continuing from their stored state (from scratch when an already
 * evaluated day was corrected or the staircase changed). "full": every pupil from scratch.
 * The next chunk is read while the current one is evaluated, and each chunk is written while
 * the next is evaluated.
 */
export async function evaluateAttendance(
  db: Kysely<Database>,
  actor: AnyActor,
  options: { mode: "pending" | "full"; today?: string },
): Promise<EvaluationSummary> {
  if (actor.userId !== null && !hasRole(actor, "administrator")) throw forbidden();
  const summary: EvaluationSummary = { mode: options.mode, pupils: 0, transitions: 0, tasks: 0 };
  const staircases = await activeStaircases(db, actor.tenantId);
  if (staircases.length === 0) return summary;
  const ctx: EvaluationContext = {
    tenantId: actor.tenantId,
    today: options.today ?? stockholmDate(new Date()),
    history: Math.max(...staircases.map((s) => s.history)),
    staircases,
    perSchool: staircases.some((s) => s.unitId !== null),
  };
  const full = options.mode === "full";
  // Pupils who cannot move are advanced in their own transaction while the engine evaluates
  // the others: the database writes the one while Node works on the other.
  const advancing = full ? Promise.resolve(0) : advanceQuiet(db, actor, ctx);
  // Awaited after the loop; handled here so that a failure in the loop is not "unhandled".
  advancing.catch(() => {});
  // A full run walks the child table in id order; each chunk takes the marks up to its last
  // pupil (both lists are in the same order: uuids compare as their text does).
  const pending = full ? await allPending(db, ctx.tenantId) : [];
  let taken = 0;
  const pendingOf = (ids: string[]) => {
    const from = taken;
    while (taken < pending.length && pending[taken]!.childId <= ids.at(-1)!) taken++;
    return pending.slice(from, taken);
  };
  // Each read returns the chunk and starts nothing itself; the loop below starts the next.
  const readNext = async (after: string): Promise<(ChunkData & { last: string }) | null> => {
    if (full) {
      const childIds = await reads.childrenAfter(db, actor.tenantId, after, CHUNK);
      if (childIds.length === 0) return null;
      const data = await readChunk(db, ctx, { full, childIds, pending: pendingOf(childIds) });
      return { ...data, last: childIds.at(-1)! };
    }
    const marked = await markedForEngine(db, ctx, after, CHUNK);
    if (marked.length === 0) return null;
    const data = await readChunk(db, ctx, { full, marked });
    return { ...data, last: marked.at(-1)!.mark.childId };
  };
  const start = (after: string) => {
    const promise = readNext(after);
    // Awaited in the loop; handled here so that a failure while writing is not "unhandled".
    promise.catch(() => {});
    return promise;
  };
  const add = (written: { pupils: number; transitions: number; tasks: number }) => {
    summary.pupils += written.pupils;
    summary.transitions += written.transitions;
    summary.tasks += written.tasks;
  };
  let next = start(NO_CHILD);
  let writing: Promise<void> | null = null;
  for (let data = await next; data; data = await next) {
    next = start(data.last);
    const planned = planChunk(ctx, data);
    // At most one chunk is written while the next is evaluated: memory stays bounded.
    await writing;
    writing = writeChunk(db, actor, ctx, data, planned).then(add);
    writing.catch(() => {}); // awaited above, or after the loop
  }
  await writing;
  summary.pupils += await advancing;
  if (full) {
    // Marks after the last pupil walked have nothing to evaluate.
    const left = pending.slice(taken);
    await db.transaction().execute((trx) => clearPending(trx, actor.tenantId, ctx.today, left));
    // A full run may have written every pupil's state and many tasks: fresh statistics keep
    // the next increment's plans on the indexes.
    await sql`analyze attendance_pupil_state, attendance_task`.execute(db);
  }
  return summary;
}

/** Pupils who cannot move (see quiet-pupils.repository.ts), advanced in one audited statement. */
async function advanceQuiet(db: Kysely<Database>, actor: AnyActor, ctx: EvaluationContext) {
  return db.transaction().execute(async (trx) => {
    const pupils = await advanceQuietPupils(trx, ctx);
    if (pupils > 0) {
      await recordAudit(trx, actor, {
        action: "attendance.evaluate",
        entityType: "attendance_state",
        details: { pupils, transitions: 0, tasks: 0 },
      });
    }
    return pupils;
  });
}
