import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = new URL("../../../../", import.meta.url).pathname;

/** Runs the real `kring` CLI as a user would, with tsx, and returns its output. */
export function runKring(
  args: string[],
  opts: { input?: string; env?: Record<string, string> } = {},
) {
  const result = spawnSync(
    path.join(ROOT, "node_modules/.bin/tsx"),
    [path.join(ROOT, "apps/server/src/cli/kring.ts"), ...args],
    {
      input: opts.input ?? "",
      // English unless a test asks for a language: the machine's own locale must not decide.
      env: {
        ...process.env,
        LANG: "C.UTF-8",
        LC_ALL: "",
        LC_MESSAGES: "",
        LOG_LEVEL: "silent",
        ...opts.env,
      },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
