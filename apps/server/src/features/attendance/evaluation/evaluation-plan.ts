import type { PupilStairState, Staircase } from "@kring/domain/attendance";
import type { PupilOutcome } from "./evaluate-pupils";
import type { StoredState } from "./evaluation-reads.repository";
import type { ProgressWrite, StateWrite, TaskWrite } from "./evaluation-writes.repository";
import type { ActiveStaircase } from "./staircase-config.repository";

// What an evaluation writes, worked out from its outcomes without touching the database.

export interface ChunkWrites {
  states: StateWrite[];
  progress: ProgressWrite[];
  tasks: TaskWrite[];
  recovered: { childId: string; on: string }[];
  rewritten: { childId: string; history: { step: number; from: string }[] }[];
  transitions: number;
}

export function emptyWrites(): ChunkWrites {
  return { states: [], progress: [], tasks: [], recovered: [], rewritten: [], transitions: 0 };
}

const REPORT_TITLES = {
  report_to_organiser: "Anmäl elevens frånvaro till huvudmannen (Skollagen 7 kap. 19 a §)",
  report_to_social_services: "Gör en anmälan till socialtjänsten",
} as const;

/** Work for each step reached in this evaluation and not already in the stored history. */
function tasksOf(
  staircase: Staircase,
  outcome: PupilOutcome,
  stored: PupilStairState | undefined,
): TaskWrite[] {
  const known = new Set((stored?.history ?? []).map((h) => `${h.step}|${h.from}`));
  const tasks: TaskWrite[] = [];
  for (const t of outcome.transitions) {
    if (known.has(`${t.to}|${t.on}`)) continue;
    const step = t.to > 0 ? staircase.steps[t.to - 1] : undefined;
    if (!step || !t.actor || !t.dueDate) continue;
    const base = {
      childId: outcome.childId,
      schoolUnitId: null,
      step: t.to,
      enteredOn: t.on,
      status: "open" as const,
    };
    const due = t.dueDate;
    tasks.push({
      ...base,
      kind: "step_actions",
      actor: t.actor,
      title: step.title,
      actions: [...step.actions],
      dueDate: due,
    });
    for (const kind of ["report_to_organiser", "report_to_social_services"] as const) {
      const wanted =
        kind === "report_to_organiser" ? t.reportToOrganiser : t.reportToSocialServices;
      if (wanted) {
        tasks.push({
          ...base,
          kind,
          actor: "principal",
          title: REPORT_TITLES[kind],
          actions: [],
          dueDate: due,
        });
      }
    }
  }
  return tasks;
}

/** The same place and history: re-evaluating from scratch found nothing new. */
function samePlace(a: PupilStairState, b: PupilStairState): boolean {
  return (
    a.step === b.step &&
    a.since === b.since &&
    a.invalidAbsenceSeen === b.invalidAbsenceSeen &&
    JSON.stringify(a.history) === JSON.stringify(b.history)
  );
}

/** Adds one pupil's outcome to the chunk's writes; what did not change is not written again. */
export function planPupil(
  writes: ChunkWrites,
  active: ActiveStaircase,
  outcome: PupilOutcome,
  stored: StoredState | undefined,
) {
  const { state, transitions } = outcome;
  // Continued from the stored state, only a transition changes the place or the history (and
  // comparing the histories as JSON cost more than evaluating the pupil).
  const same =
    !!stored &&
    stored.key === active.key &&
    (outcome.fromScratch
      ? samePlace(stored.state, state)
      : transitions.length === 0 && stored.state.invalidAbsenceSeen === state.invalidAbsenceSeen);
  if (!same) {
    // Continued from the last entry of the stored history: only the new entries are written,
    // after the stored ones.
    const appended = !!stored && !stored.whole && !outcome.fromScratch;
    const known = appended ? stored.state.history.length : 0;
    writes.states.push({
      childId: outcome.childId,
      key: active.key,
      topStep: state.step === active.staircase.steps.length,
      appended,
      state: appended ? { ...state, history: state.history.slice(known) } : state,
    });
  }
  // The days looked back on change too when a corrected day changed nothing else.
  if (
    !same ||
    stored.lastEvaluated !== state.lastEvaluated ||
    stored.still !== outcome.still ||
    stored.recent !== outcome.recent
  ) {
    writes.progress.push({
      childId: outcome.childId,
      key: active.key,
      through: state.lastEvaluated,
      still: outcome.still,
      recent: outcome.recent,
      place: same ? null : { ...state, history: state.history.slice(-1) },
    });
  }
  writes.transitions += transitions.length;
  const recovery = transitions.findLast((t) => t.to === 0);
  for (const task of tasksOf(active.staircase, outcome, stored?.state)) {
    // Work for a step the pupil has since left is void from the start (as cancelStaleTasks
    // would make it), rather than written open and cancelled a moment later.
    if (recovery && task.enteredOn < recovery.on) task.status = "cancelled";
    writes.tasks.push(task);
  }
  // Open work from earlier evaluations exists only for a pupil evaluated before.
  if (recovery && stored) writes.recovered.push({ childId: outcome.childId, on: recovery.on });
  // Started over with a different history: work for steps no longer reached is void.
  if (outcome.fromScratch && stored && !same) {
    writes.rewritten.push({
      childId: outcome.childId,
      history: state.history.map((h) => ({ step: h.step, from: h.from })),
    });
  }
}
