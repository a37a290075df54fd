import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { startKring, startServer } from "../apps/server/test/support/kring-process";
import { type Round, writeUntilKilled } from "./write-load";

// npm run test:crash -- [--rounds 3] [--writers 4] [--db both|pglite|postgres] [--url postgres://…]
// Kills `kring serve` with SIGKILL under a steady write load, restarts it, and counts the writes it
// had acknowledged that are missing afterwards; then checks the audit log, also against the
// anchors each server wrote to its log at start. Exits 1 unless nothing acknowledged was lost.

const { values: opts } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    writers: { type: "string", default: "4" },
    db: { type: "string", default: "both" },
    url: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});
const ROUNDS = Number(opts.rounds);
const WRITERS = Number(opts.writers);

const work = fs.mkdtempSync(path.join(os.tmpdir(), "kring-crash-"));
const credentials = {
  username: "krasch.admin",
  password: `krasch-${randomBytes(12).toString("hex")}`,
};

async function run(kind: "pglite" | "postgres"): Promise<boolean> {
  const { env, drop } = await database(kind);
  try {
    const admin = startKring(
      [
        "user",
        "create",
        "--tenant",
        "krasch",
        "--tenant-name",
        "Kraschkommun",
        "--username",
        credentials.username,
        "--name",
        "Krasch Admin",
        "--password",
        credentials.password,
        "--role",
        "administrator",
        "--unit",
        "Kommunledningen",
      ],
      { ...env, LOG_LEVEL: "silent" },
    );
    if ((await admin.exited) !== 0) throw new Error(`user create: ${admin.output().stderr}`);
    const rounds: Round[] = [];
    const logs: string[] = [];
    let ok = true;
    for (let r = 1; r <= ROUNDS + 1; r++) {
      const server = await startServer(env);
      const previous = rounds.at(-1);
      if (previous) {
        previous.found = await previous.countFound(server.url);
        ok &&= previous.found === previous.acknowledged.size && previous.acknowledged.size > 0;
      }
      if (r <= ROUNDS) rounds.push(await writeUntilKilled(server, credentials, r, WRITERS));
      else {
        server.child.kill("SIGTERM");
        await server.exited;
      }
      logs.push(server.output().stdout);
    }
    const anchorFile = path.join(work, `${kind}-anchors.log`);
    fs.writeFileSync(anchorFile, logs.join(""));
    const verify = startKring(["audit", "verify", "--anchor", anchorFile], {
      ...env,
      LOG_LEVEL: "silent",
    });
    const verified = (await verify.exited) === 0;
    report(kind, rounds, verify.output().stdout.trim());
    return ok && verified;
  } finally {
    await drop();
  }
}

async function database(
  kind: "pglite" | "postgres",
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const dir = path.join(work, "data");
    return { env: { DATA_DIR: dir, DATABASE_URL: "" }, drop: async () => {} };
  }
  const name = `kring_crash_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: opts.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(opts.url);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: opts.url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function report(kind: string, rounds: Round[], verify: string) {
  process.stdout.write(`\n${kind}: SIGKILL under load with ${WRITERS} writers, ${ROUNDS} times\n`);
  process.stdout.write("round  load (s)  acknowledged  found after restart  lost  in flight\n");
  for (const r of rounds) {
    const lost = r.acknowledged.size - (r.found ?? 0);
    process.stdout.write(
      `${String(r.round).padEnd(7)}${r.seconds.toFixed(1).padEnd(10)}${String(r.acknowledged.size).padEnd(14)}` +
        `${String(r.found ?? "-").padEnd(21)}${String(lost).padEnd(6)}${r.inFlight}\n`,
    );
  }
  process.stdout.write(`audit verify --anchor: ${verify}\n`);
}

const kinds = opts.db === "both" ? (["pglite", "postgres"] as const) : [opts.db as "pglite"];
let allOk = true;
try {
  for (const kind of kinds) allOk = (await run(kind)) && allOk;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`\n${allOk ? "0 acknowledged writes lost" : "FAILED: see above"}\n`);
process.exit(allOk ? 0 : 1);
