import type { SessionUser } from "@kring/contracts";
import { hasRole } from "../../platform/session/roles";
import type { shellSv } from "./shell.sv";

export type NavItemId = keyof typeof shellSv.nav.items;

export interface NavItem {
  id: NavItemId;
  to: "/" | "/admin";
  /** Exact: active only on this path, not below it. */
  exact?: boolean;
  isVisibleTo: (user: SessionUser) => boolean;
}

// The main menu, in order. Each feature adds its one entry here (and its texts in shell.*.ts)
// when its pages exist; an entry is shown only to the users it is for.
export const NAV_ITEMS: readonly NavItem[] = [
  { id: "home", to: "/", exact: true, isVisibleTo: () => true },
  { id: "admin", to: "/admin", isVisibleTo: (user) => hasRole(user, "administrator") },
];

export function navItemsFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => item.isVisibleTo(user));
}
