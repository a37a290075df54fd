import type { SessionUser } from "@kring/contracts";

// Administrators, analysts, steering groups and log reviewers do no case work (analysts and
// steering groups see aggregates only, log reviewers the audit log): their roles neither raise
// requests nor sit in a child's network.
const NO_CASE_WORK = new Set(["administrator", "analyst", "steering_group", "log_reviewer"]);

/** The user's own units where they do case work, each once: the units that can raise a need. */
export function caseWorkUnits(user: SessionUser) {
  const units = new Map<string, { unitId: string; unitName: string }>();
  for (const m of user.memberships)
    if (!NO_CASE_WORK.has(m.role)) units.set(m.unitId, { unitId: m.unitId, unitName: m.unitName });
  return [...units.values()];
}

/** Whether the user works with cases at all: the cases menu and the worklist are for them. */
export function doesCaseWork(user: SessionUser): boolean {
  return user.kind === "professional" && caseWorkUnits(user).length > 0;
}
