export interface LoginSearch {
  /** Where to go after logging in: a path inside the app. */
  redirect?: string;
  /** The session ended without the user logging out (expired, or ended by an administrator). */
  ended?: boolean;
}

export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  return {
    redirect: typeof search.redirect === "string" ? search.redirect : undefined,
    ended: search.ended === true || search.ended === "true" ? true : undefined,
  };
}

/** Only paths inside the app: never another site ("//evil.example") nor back to the login page. */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith("/") || target.startsWith("//")) return "/";
  if (target.startsWith("/login")) return "/";
  return target;
}
