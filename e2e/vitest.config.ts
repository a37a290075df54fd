import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests: each file starts its own server with a fresh demo database and drives the
// built web app (apps/web/dist) in headless Chromium. One file at a time: Chromium and PGlite
// are heavy, and a 2-core machine is faster running them in turn.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
