import type { SessionUser } from "@kring/contracts";
import { createContext, useContext, type ReactNode } from "react";

const SessionUserContext = createContext<SessionUser | null>(null);

/**
 * The signed-in user for every page in the shell. Pages read the user from here rather than from
 * the session query, so a page never sees the moment the session ends: the shell unmounts first.
 */
export function SessionUserProvider({
  user,
  children,
}: {
  user: SessionUser;
  children: ReactNode;
}) {
  return <SessionUserContext.Provider value={user}>{children}</SessionUserContext.Provider>;
}

export function useSessionUser(): SessionUser {
  const user = useContext(SessionUserContext);
  if (!user) throw new Error("useSessionUser must be used inside the authenticated shell");
  return user;
}
