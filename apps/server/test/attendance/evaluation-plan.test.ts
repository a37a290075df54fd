import { DANDERYD_STAIRCASE, type PupilStairState } from "@kring/domain/attendance";
import { describe, expect, it } from "vitest";
import type { PupilOutcome } from "../../src/features/attendance/evaluation/evaluate-pupils";
import { emptyWrites, planPupil } from "../../src/features/attendance/evaluation/evaluation-plan";
import type { StoredState } from "../../src/features/attendance/evaluation/evaluation-reads.repository";
import type { ActiveStaircase } from "../../src/features/attendance/evaluation/staircase-config.repository";

const active: ActiveStaircase = {
  configId: "c",
  unitId: null,
  version: 1,
  staircase: DANDERYD_STAIRCASE,
  key: "c:1",
  history: 21,
};

const place: PupilStairState = {
  staircaseId: DANDERYD_STAIRCASE.id,
  step: 1,
  since: "2025-09-01",
  history: [],
  lastEvaluated: "2025-09-12",
  invalidAbsenceSeen: true,
};

const stored: StoredState = {
  key: "c:1",
  lastEvaluated: "2025-09-12",
  still: null,
  recent: "1,2",
  whole: true,
  state: place,
};

const outcome = (recent: string): PupilOutcome => ({
  childId: "p",
  fromScratch: true,
  still: null,
  recent,
  state: place,
  transitions: [],
});

describe("planning a pupil's writes", () => {
  it("writes nothing when a run from scratch changed nothing", () => {
    const writes = emptyWrites();
    planPupil(writes, active, outcome("1,2"), stored);
    expect(writes.states).toEqual([]);
    expect(writes.progress).toEqual([]);
  });

  it("keeps the days looked back on when a corrected day changed nothing else", () => {
    const writes = emptyWrites();
    planPupil(writes, active, outcome("1,3"), stored);
    expect(writes.states).toEqual([]);
    expect(writes.progress).toEqual([
      {
        childId: "p",
        key: "c:1",
        through: "2025-09-12",
        still: null,
        recent: "1,3",
        place: null,
      },
    ]);
  });

  it("keeps the new place with the progress, with the last history entry alone", () => {
    const writes = emptyWrites();
    const reason = {
      code: "absence_share" as const,
      triggerIndex: 0,
      thresholdPercent: 10,
      operator: ">=" as const,
      measuredPercent: 12,
      text: "12 %",
    };
    const history = [
      { step: 1, from: "2025-09-01", reason },
      { step: 2, from: "2025-09-12", reason },
    ];
    const moved = { ...place, step: 2, since: "2025-09-12", history };
    planPupil(writes, active, { ...outcome("1,3"), state: moved }, stored);
    expect(writes.states).toHaveLength(1);
    expect(writes.states[0]!.state.history).toEqual(history);
    expect(writes.progress[0]!.place).toEqual({ ...moved, history: [history[1]] });
  });
});
