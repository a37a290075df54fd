import { createRoute, redirect } from "@tanstack/react-router";
import { rootRoute, shellRoute } from "../../app/base-routes";
import { validateLoginSearch } from "../auth/login-search";
import { sessionQueryOptions } from "../../platform/session/session-query";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk, loaded when first shown (ADR 0023).
const AccountPage = lazyPage(() => import("./AccountPage"), "AccountPage");
const SignInStepPage = lazyPage(() => import("./SignInStepPage"), "SignInStepPage");

/** A step of signing in (second factor, forced password change, enrolment), before the shell. */
export const signInStepRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login/step",
  validateSearch: validateLoginSearch,
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions(context.api));
    if (!session) redirect({ to: "/login", throw: true });
  },
  component: SignInStepPage,
});

export const accountRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/account",
  component: AccountPage,
});
