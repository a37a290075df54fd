import type { Expect, Subject } from "./authz-harness";

// The access rules as the matrix expects them, written from ADR 0002 and issue #15, not from the
// server's code. Each is a predicate on a subject; the route tables combine them.

export const allowIf = (yes: boolean): Expect => (yes ? "allow" : "deny");

export const professional = (s: Subject) => s.kind === "professional";
export const family = (s: Subject) => s.kind === "guardian" || s.kind === "child";
export const signedIn = (s: Subject) => s.kind !== "anonymous";
export const hasRole = (s: Subject, ...roles: string[]) => !!s.role && roles.includes(s.role);
/** Everyone at work with children: a professional who is not (only) an analyst or steering group. */
export const caseworker = (s: Subject) =>
  professional(s) && !hasRole(s, "analyst", "steering_group");
/**
 * At work with children in a professional role: administrators, analysts, steering groups and
 * log reviewers are not (ADR 0020, issue #21).
 */
export const careRole = (s: Subject) =>
  caseworker(s) && !hasRole(s, "administrator", "log_reviewer");
export const INTAKE = ["central_coordinator", "social_secretary"];

/** Network members whose place in the case rests on consent naming their unit. */
const NETWORK = ["coordinator", "member", "contact_person"];

/**
 * Who sees the case (ADR 0002): the network while consent names their unit; the intake roles
 * while a request awaits assessment and consent names their unit; emergency access. The raiser
 * and the raising unit's principal see the request's status only ("Mina förfrågningar"), never
 * a case route. Nobody in another tenant, no family member, nobody anonymous.
 */
export function seesCase(s: Subject): boolean {
  if (NETWORK.includes(s.relation)) return s.on !== "withdrawn";
  // The assessment case's consent names the central student health unit, not social services.
  if (s.relation === "intake") return s.on === "assessment" && s.role === "central_coordinator";
  return s.relation === "emergency";
}

/** Seen through the network (not as raiser, intake or emergency): the plan is the network's. */
export const inNetwork = (s: Subject) => NETWORK.includes(s.relation) && s.on !== "withdrawn";
export const coordinates = (s: Subject) => s.relation === "coordinator" && s.on !== "withdrawn";
/** Coordinators and the contact person lead the plan's follow-up and handovers. */
export const leadsPlan = (s: Subject) =>
  coordinates(s) || (inNetwork(s) && s.relation === "contact_person");

/** A case read: whoever sees the case. */
export const caseRead = (s: Subject) => allowIf(seesCase(s));

/**
 * A write on the case (ADR 0002): never through emergency access (refused); on a closed case
 * refused for everyone who sees it (409, read-only, nothing changed); otherwise when `may`.
 */
export function caseWrite(s: Subject, may = true): Expect {
  if (!seesCase(s) || s.relation === "emergency") return "deny";
  if (s.on === "closed") return "no_write";
  return allowIf(may);
}
/** A coordinator's write on the case. */
export const coordinatorWrite = (s: Subject) => caseWrite(s, coordinates(s));
/**
 * A write of the follow-up (ADR 0026): after network meeting 2 the contact person leads it with
 * the coordinators: follow-up meetings, their notes, the measurements. The matrix's open case is
 * in the follow-up (its plan is agreed).
 */
export const followUpWrite = (s: Subject) => caseWrite(s, leadsPlan(s));
/** Roles that may use emergency access by default (tenant setting). */
export const EMERGENCY_ROLES = ["social_secretary", "central_coordinator", "principal"];

/**
 * The raiser completes their own request until it is assessed (issue 17): consent, the scanned
 * form, the guardians' names. The world's assessment case has been sent and not yet accepted.
 */
export const raiserCompletes = (s: Subject) => s.relation === "raiser" && s.on === "assessment";
