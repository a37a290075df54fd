import { createRootRouteWithContext, createRoute, redirect } from "@tanstack/react-router";
import { LoginPage } from "../features/auth/LoginPage";
import { SignInRefusedPage } from "../features/auth/SignInRefusedPage";
import { safeRedirect, validateLoginSearch } from "../features/auth/login-search";
import { CrashPage } from "../features/errors/CrashPage";
import { NotFoundPage } from "../features/errors/NotFoundPage";
import { Shell } from "../features/shell/Shell";
import { showLanguage } from "../platform/i18n/i18n";
import { sessionQueryOptions } from "../platform/session/session-query";
import type { RouterContext } from "./router-context";

// The routes every feature hangs under: the root, login, and the shell behind login.
// Each feature exports its own routes (features/<feature>/<feature>.routes.tsx); routes.tsx
// assembles the tree. Redirects use `throw: true`: the router throws its own redirect object.
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  notFoundComponent: NotFoundPage,
  errorComponent: CrashPage,
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: validateLoginSearch,
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions(context.api));
    if (session) redirect({ href: safeRedirect(search.redirect), throw: true });
  },
  component: LoginPage,
});

/** Where a refused external sign-in lands (ADR 0039): public, says whom to contact. */
export const signInRefusedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/inloggning/nekad",
  validateSearch: (search: Record<string, unknown>) => ({
    orsak: typeof search.orsak === "string" ? search.orsak : undefined,
    leverantor:
      typeof search.leverantor === "string" && /^[0-9a-f-]{36}$/.test(search.leverantor)
        ? search.leverantor
        : undefined,
    saml: typeof search.saml === "string" ? search.saml : undefined,
  }),
  component: SignInRefusedPage,
});

// Every page behind login: the user's session is loaded first, and their language applied.
export const shellRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "shell",
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions(context.api));
    if (!session) {
      redirect({ to: "/login", search: { redirect: location.href }, throw: true });
      return;
    }
    // Signed in by password, with a step still to take (second factor, new password, enrolment).
    if (session.pending) {
      redirect({ to: "/login/step", search: { redirect: location.href }, throw: true });
      return;
    }
    // English texts are fetched before the switch, so an English user never sees Swedish flash.
    // Should that fetch fail, the pages show in Swedish and the next navigation tries again.
    if (context.i18n.language !== session.user.locale) {
      await showLanguage(context.i18n, session.user.locale).catch(() => undefined);
    }
  },
  component: Shell,
});
