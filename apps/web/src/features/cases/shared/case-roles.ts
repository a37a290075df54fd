import type { CaseDetail } from "@kring/contracts";
import { TERMINAL_STAGES } from "@kring/domain/cases";

/** The coordinators run the process: they plan meetings, keep notes and shape the network. */
export function isCoordinator(detail: CaseDetail): boolean {
  return detail.myRoles.some((r) => r === "coordinator_lead" || r === "coordinator_documenting");
}

/** Consent is recorded by the coordinators, the unit that raised the request, or intake. */
export function mayRecordConsent(detail: CaseDetail): boolean {
  if (detail.readOnly) return false;
  return (
    isCoordinator(detail) || detail.accessBasis === "raised" || detail.accessBasis === "intake"
  );
}

/** Coordinators plan meetings and add people while the case runs; a finished case stays as it is. */
export function mayShapeNetwork(detail: CaseDetail): boolean {
  return isCoordinator(detail) && !detail.readOnly && !isClosed(detail);
}

/** Closed or declined: the case can only be read until a central coordinator reopens it. */
export function isClosed(detail: CaseDetail): boolean {
  return (TERMINAL_STAGES as readonly string[]).includes(detail.stage);
}

const FOLLOW_UP_MEETINGS = ["follow_up", "evaluation", "closing"];
const FOLLOW_UP_STAGES = ["interventions", "evaluation"];

/**
 * Meeting notes are kept by the coordinators while the case may be changed; after network
 * meeting 2 the contact person runs the follow-up meetings too (the server's mayRunMeeting).
 */
export function mayKeepNotes(detail: CaseDetail, meetingKind: string): boolean {
  if (detail.readOnly) return false;
  if (isCoordinator(detail)) return true;
  return (
    detail.myRoles.includes("contact_person") &&
    FOLLOW_UP_STAGES.includes(detail.stage) &&
    FOLLOW_UP_MEETINGS.includes(meetingKind)
  );
}
