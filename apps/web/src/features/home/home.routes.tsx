import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { HomePage } from "./HomePage";

export const homeRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/",
  component: HomePage,
});
