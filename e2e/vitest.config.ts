import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The walks that also run on PostgreSQL when E2E_POSTGRES=subset (as .ci/run sets it): the web
// app speaks to both databases through the same server code, and the service tests already run
// every route on both, so a walk on the second database finds nothing new except where sessions,
// the access query and the family's consent meet in one flow (ADR 0040). Unset, all walks run.
const WALKS_ON_BOTH_DATABASES = [
  "e2e/login.e2e.ts",
  "e2e/cases-access.e2e.ts",
  "e2e/family-consent.e2e.ts",
];
const subset = process.env.DATABASE_URL && process.env.E2E_POSTGRES === "subset";

// Browser tests: each file starts its own server with a fresh demo database and drives the
// built web app (apps/web/dist) in headless Chromium. One file at a time: Chromium and PGlite
// are heavy, and a 2-core machine is faster running them in turn.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: subset ? WALKS_ON_BOTH_DATABASES : ["e2e/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
