import type { SessionUser } from "@kring/contracts";
import { INTAKE_ROLES } from "@kring/domain/cases";
import { hasRole } from "../../platform/session/roles";
import { worksWithAttendance } from "../attendance/attendance-work";
import { doesCaseWork } from "../cases/case-work";
import { readsSteering } from "../steering/steering-links";
import { recordsEarlySupport } from "../early-support/early-support-work";
import type { shellSv } from "./shell.sv";

export type NavItemId = keyof typeof shellSv.nav.items;

export interface NavItem {
  id: NavItemId;
  to:
    | "/"
    | "/admin"
    | "/family"
    | "/family/forms"
    | "/cases"
    | "/intake"
    | "/requests/new"
    | "/requests/mine"
    | "/plans/handovers"
    | "/attendance"
    | "/steering"
    | "/offer"
    | "/concern"
    | "/early-support"
    | "/childs-best"
    | "/log-review";
  /** Exact: active only on this path, not below it. */
  exact?: boolean;
  isVisibleTo: (user: SessionUser) => boolean;
}

// The main menu, in order. Each feature adds its one entry here (and its texts in shell.*.ts)
// when its pages exist; an entry is shown only to the users it is for.
export const NAV_ITEMS: readonly NavItem[] = [
  { id: "home", to: "/", exact: true, isVisibleTo: () => true },
  { id: "cases", to: "/cases", isVisibleTo: doesCaseWork },
  { id: "intake", to: "/intake", isVisibleTo: (user) => hasRole(user, ...INTAKE_ROLES) },
  { id: "newRequest", to: "/requests/new", isVisibleTo: doesCaseWork },
  { id: "myRequests", to: "/requests/mine", isVisibleTo: doesCaseWork },
  { id: "handovers", to: "/plans/handovers", isVisibleTo: doesCaseWork },
  { id: "attendance", to: "/attendance", isVisibleTo: worksWithAttendance },
  { id: "steering", to: "/steering", isVisibleTo: readsSteering },
  // The joint offer (issue #22): every professional finds it; analysts have no use for it.
  {
    id: "offer",
    to: "/offer",
    isVisibleTo: (user) => doesCaseWork(user) || hasRole(user, "administrator"),
  },
  // Issue 22: early support, the Barnets bästa lead's overview, and the praxis model for all.
  { id: "earlySupport", to: "/early-support", isVisibleTo: recordsEarlySupport },
  {
    id: "childsBest",
    to: "/childs-best",
    isVisibleTo: (user) => hasRole(user, "childs_best_lead"),
  },
  { id: "concern", to: "/concern", isVisibleTo: doesCaseWork },
  {
    id: "logReview",
    to: "/log-review",
    isVisibleTo: (user) => hasRole(user, "log_reviewer", "administrator"),
  },
  { id: "admin", to: "/admin", isVisibleTo: (user) => hasRole(user, "administrator") },
  { id: "family", to: "/family", isVisibleTo: (user) => user.kind !== "professional" },
  { id: "forms", to: "/family/forms", isVisibleTo: (user) => user.kind !== "professional" },
];

export function navItemsFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => item.isVisibleTo(user));
}
