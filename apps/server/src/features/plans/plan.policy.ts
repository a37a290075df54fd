import { type CaseStage, isTerminalStage } from "@kring/domain/cases";
import { forbidden } from "../../platform/http/errors";
import { AppError } from "../../platform/http/errors";
import { type GuardedCase, isCoordinator } from "../cases/case-guard";

// Who may do what with a case's plan. Reading follows the case's access rule (guardCase);
// writing needs a place in the network, since only the network writes the plan together.

const WRITABLE_STAGES: readonly CaseStage[] = [
  "network_meeting_1",
  "network_meeting_2",
  "interventions",
  "evaluation",
];

// A closed or declined case is read-only for everyone (case-guard.ts refuses the write too).
const inNetwork = (g: GuardedCase) =>
  g.basis === "network" && !isTerminalStage(g.row.stage as CaseStage);
const leadsFollowUp = (g: GuardedCase) => isCoordinator(g) || g.myRoles.includes("contact_person");

export function planRights(g: GuardedCase) {
  return {
    write: inNetwork(g) && WRITABLE_STAGES.includes(g.row.stage as CaseStage),
    agree: inNetwork(g) && leadsFollowUp(g),
    followUp: inNetwork(g),
    handover: inNetwork(g) && leadsFollowUp(g),
  };
}

export function requirePlanRight(g: GuardedCase, right: keyof ReturnType<typeof planRights>) {
  if (planRights(g)[right]) return;
  if (inNetwork(g) && right === "write") {
    throw new AppError(
      422,
      "plan_not_writable_now",
      "Planen skrivs från nätverksmöte 1 tills ärendet avslutas.",
      "The plan is written from network meeting 1 until the case is closed.",
    );
  }
  throw forbidden();
}
