// Who may see an individual case (pure; the data layer applies it and the audit log records it).
import { isSharingAllowed, type ConsentRecord } from "../consent";
import type { ProfessionalRole } from "../organisation";
import { INTAKE_STAGES, type CaseStage } from "./stages";

export type AccessBasis = "network_with_consent" | "raising_unit" | "intake" | "emergency" | "none";

export interface CaseAccessInput {
  actor: { userId: string; unitIds: readonly string[]; roles: readonly ProfessionalRole[] };
  /** The case's network members (professionals), each with the unit they represent. */
  network: readonly { userId: string; unitId: string }[];
  consents: readonly ConsentRecord[];
  raisedByUnitId: string;
  stage: CaseStage;
  /** Break-glass access; needs a reason and is always flagged for review. */
  emergency?: { reason: string };
  at: Date;
}

export interface CaseAccessDecision {
  allowed: boolean;
  basis: AccessBasis;
  flaggedForReview: boolean;
}

/** Roles that see the intake queue (cases in `request` or `assessment`). */
export const INTAKE_ROLES: readonly ProfessionalRole[] = [
  "central_coordinator",
  "social_secretary",
];

const grant = (basis: AccessBasis, flaggedForReview = false): CaseAccessDecision => ({
  allowed: true,
  basis,
  flaggedForReview,
});
const DENY: CaseAccessDecision = { allowed: false, basis: "none", flaggedForReview: false };

/**
 * In order: analysts never see individual cases (aggregates only), whatever else they are; a
 * network member sees the case while consent covers the unit they represent in the network and
 * they still belong to that unit; the unit that raised the request always sees it; central
 * coordinators and social secretaries see cases in the intake queue; otherwise only emergency
 * access with a non-blank reason, flagged for review. A regular basis wins over emergency, so
 * emergency is flagged only when it was what let the actor in.
 */
export function canSeeCase(input: CaseAccessInput): CaseAccessDecision {
  const { actor, at } = input;
  if (actor.roles.includes("analyst")) return DENY;
  const inNetworkWithConsent = input.network.some(
    (m) =>
      m.userId === actor.userId &&
      actor.unitIds.includes(m.unitId) &&
      isSharingAllowed(input.consents, m.unitId, at),
  );
  if (inNetworkWithConsent) return grant("network_with_consent");
  if (actor.unitIds.includes(input.raisedByUnitId)) return grant("raising_unit");
  if (INTAKE_STAGES.includes(input.stage) && actor.roles.some((r) => INTAKE_ROLES.includes(r))) {
    return grant("intake");
  }
  if (input.emergency && input.emergency.reason.trim().length > 0) return grant("emergency", true);
  return DENY;
}
