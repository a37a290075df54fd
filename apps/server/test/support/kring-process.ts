import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const ROOT = new URL("../../../../", import.meta.url).pathname;
const KRING = path.join(ROOT, "apps/server/src/cli/kring.ts");

export interface KringProcess {
  child: ChildProcess;
  /** Everything the process wrote so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * The real `kring` CLI as its own process: one node process (tsx as a loader, not a wrapper
 * process), so a signal sent to it reaches Kring itself, SIGKILL included.
 */
export function startKring(args: string[], env: Record<string, string>): KringProcess {
  const child = spawn(process.execPath, ["--import", "tsx", KRING, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return { child, output: () => ({ stdout, stderr }), exited };
}

export interface KringServer extends KringProcess {
  url: string;
}

/** `kring serve` on a free port of 127.0.0.1; resolves when it listens, rejects if it exits. */
export async function startServer(
  env: Record<string, string>,
  args: string[] = [],
): Promise<KringServer> {
  const proc = startKring(["serve", ...args], {
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "info",
    ...env,
  });
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const found = /Server listening at (http:\/\/[\d.:]+)/.exec(proc.output().stdout);
      if (found) resolve(found[1]!);
    };
    proc.child.stdout!.on("data", look);
    void proc.exited.then((code) =>
      reject(new Error(`kring serve ended (${code}) before listening: ${proc.output().stderr}`)),
    );
  });
  return { ...proc, url };
}
