import type { SessionUser } from "@kring/contracts";
import { hasRole } from "../../platform/session/roles";

/** Who reads the steering pages: analysts and steering groups (aggregates only, ADR 0035). */
export const readsSteering = (user: SessionUser) => hasRole(user, "analyst", "steering_group");

export interface SteeringLink {
  to: "/steering" | "/experience-log";
  label: { sv: string; en: string };
}

// The steering section's own menu, shown above each of its pages. A steering page in another
// feature folder (the experience log) adds its path to `to` and a line here.
export const STEERING_LINKS: readonly SteeringLink[] = [
  { to: "/steering", label: { sv: "Nyckeltal", en: "Indicators" } },
  { to: "/experience-log", label: { sv: "Erfarenhetslogg", en: "Experience log" } },
];
