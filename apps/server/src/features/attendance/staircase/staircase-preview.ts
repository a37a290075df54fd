import type { Kysely } from "kysely";
import type { Staircase } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";
import { evaluatePupils } from "../evaluation/evaluate-pupils";
import { childrenAfter, daysInRange, statesOf } from "../evaluation/evaluation-reads.repository";
import { activeStaircases, schoolsOf } from "../evaluation/staircase-config.repository";

export interface PreviewCounts {
  pupils: number;
  /** Per step 0..n: how many pupils stand there now and would under the draft. */
  steps: { step: number; now: number; draft: number }[];
  /** Pupils who would stand higher, or lower, than now. */
  higher: number;
  lower: number;
}

/**
 * Runs a draft staircase over the real term of every pupil it would apply to, streamed in
 * chunks, and counts where they would stand. Only counts leave this function.
 */
export async function previewCounts(
  db: Kysely<Database>,
  tenantId: string,
  unitId: string | null,
  draft: Staircase,
  today: string,
): Promise<PreviewCounts> {
  const ownStaircase = new Set(
    (await activeStaircases(db, tenantId)).map((s) => s.unitId).filter((u) => u !== null),
  );
  const applies = (school: string | null) =>
    unitId === null ? school === null || !ownStaircase.has(school) : school === unitId;
  const size = draft.steps.length;
  const counts: PreviewCounts = {
    pupils: 0,
    steps: Array.from({ length: size + 1 }, (_, step) => ({ step, now: 0, draft: 0 })),
    higher: 0,
    lower: 0,
  };
  for (let after = "00000000-0000-0000-0000-000000000000"; ;) {
    const ids = await childrenAfter(db, tenantId, after, 2000);
    if (ids.length === 0) break;
    after = ids.at(-1)!;
    const schools = await schoolsOf(db, tenantId, ids);
    const stored = await statesOf(db, tenantId, ids, "last");
    const days = await daysInRange(db, tenantId, ids[0]!, after);
    const inputs = ids
      .filter((id) => applies(schools.get(id) ?? null))
      .map((id) => ({ childId: id, previous: null, days: days.get(id) ?? "" }));
    for (const outcome of evaluatePupils(draft, inputs, today)) {
      const now = Math.min(stored.get(outcome.childId)?.state.step ?? 0, size);
      const then = outcome.state.step;
      counts.pupils++;
      counts.steps[now]!.now++;
      counts.steps[then]!.draft++;
      if (then > now) counts.higher++;
      if (then < now) counts.lower++;
    }
  }
  return counts;
}
