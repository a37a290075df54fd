import { defineConfig } from "vitest/config";

// Unit tests (packages) and service tests (server, against a real database).
// DATABASE_URL unset: each test file gets its own embedded PGlite; set: PostgreSQL.
export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "apps/server/test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
