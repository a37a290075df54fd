import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { makePersonalNumber } from "@kring/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/demo/demo-structure";
import { type KringServer, startServer } from "../support/kring-process";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Several server processes on one PostgreSQL behind a load balancer (ADR 0030). PGlite is one
// process per data folder by design (the DATA_DIR lock), so this runs on PostgreSQL only.
const onPostgres = !!process.env.DATABASE_URL;

let database: TestDatabase;
let servers: KringServer[] = [];
let proxy: http.Server;
let proxyUrl = "";
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-shared-uploads-"));
/** Which server answered each request through the proxy, in order. */
const answeredBy: number[] = [];

/** A round-robin proxy, as a load balancer without sticky sessions would be. */
function startProxy(upstreams: string[]): Promise<string> {
  let next = 0;
  proxy = http.createServer((req, res) => {
    const which = next++ % upstreams.length;
    answeredBy.push(which);
    const target = new URL(req.url ?? "/", upstreams[which]);
    const forward = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.writeHead(502).end());
    req.pipe(forward);
  });
  return new Promise((resolve) =>
    proxy.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  if (!onPostgres) return;
  database = await createTestDatabase();
  const env = {
    DATABASE_URL: database.url!,
    UPLOAD_DIR: uploadDir,
    // The night's run is due at once and looked for every second, on both servers.
    NIGHTLY_HOUR: "0",
    NIGHTLY_CHECK_SECONDS: "1",
    LOGIN_FAILURE_FLOOR_MS: "0",
    CHILD_SEARCH_RATE_PER_MINUTE: "4",
  };
  // The first seeds the demo before it listens; the second starts on the seeded database.
  servers.push(await startServer(env, ["--demo"]));
  servers.push(await startServer(env));
  proxyUrl = await startProxy(servers.map((s) => s.url));
}, 120_000);

afterAll(async () => {
  proxy?.close();
  for (const s of servers) s.child.kill("SIGTERM");
  await Promise.all(servers.map((s) => s.exited));
  servers = [];
  await database?.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

interface Session {
  cookie: string;
  csrf: string;
}

async function call(session: Session | null, method: string, url: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (session) Object.assign(headers, { cookie: session.cookie, "x-kring-csrf": session.csrf });
  let payload: BodyInit | undefined;
  if (Buffer.isBuffer(body)) {
    headers["content-type"] = "application/octet-stream";
    payload = new Uint8Array(body);
  } else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${proxyUrl}${url}`, { method, headers, body: payload });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
}

async function signIn(): Promise<Session> {
  const res = await fetch(`${proxyUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("kring_session="))!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: cookie.split(";")[0]!, csrf: csrfToken };
}

describe.runIf(onPostgres)("two servers on one PostgreSQL behind a round-robin proxy", () => {
  it("keep one session on both: each answers the same signed-in administrator", async () => {
    const admin = await signIn();
    const from = answeredBy.length;
    for (let i = 0; i < 4; i++) {
      const me = await call(admin, "GET", "/api/auth/session");
      expect(me.status).toBe(200);
    }
    expect(new Set(answeredBy.slice(from))).toEqual(new Set([0, 1]));
  });

  it("import on one server what was uploaded to the other, and report its progress from both", async () => {
    const admin = await signIn();
    const { schools } = (await call(admin, "GET", "/api/attendance/staircases")).json as {
      schools: { name: string }[];
    };
    const school = schools[0]!.name;
    const csv = [
      "personnummer;förnamn;efternamn;skolenhet;datum;lektion;schemalagda_minuter;giltig_frånvaro_minuter;ogiltig_frånvaro_minuter",
      ...[1, 2, 3].map(
        (lesson) =>
          `${makePersonalNumber("2013-02-03", 412)};Ada;Tvåservrar;${school};2025-09-01;${lesson};60;0;0`,
      ),
    ].join("\n");
    const uploadedAt = answeredBy.length;
    const up = await call(
      admin,
      "POST",
      `/api/attendance/import-files?name=${encodeURIComponent("närvaro.csv")}`,
      Buffer.from(csv),
    );
    expect(up.status).toBe(201);
    const startedAt = answeredBy.length;
    const started = await call(admin, "POST", "/api/attendance/imports", {
      format: "csv",
      uploads: [up.json.id],
    });
    expect(started.status).toBe(202);
    // The upload went to one server and the import was started on the other.
    expect(answeredBy[startedAt]).not.toBe(answeredBy[uploadedAt]);
    let status: { status: string; counts: Record<string, number> | null } | null = null;
    const polledFrom = answeredBy.length;
    for (let i = 0; i < 300; i++) {
      const res = await call(admin, "GET", `/api/attendance/imports/${started.json.id}`);
      expect(res.status).toBe(200);
      status = res.json;
      if (status!.status !== "running" && answeredBy.length - polledFrom >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toMatchObject({ status: "succeeded", counts: { lessons: 3, pupils: 1 } });
    expect(new Set(answeredBy.slice(polledFrom))).toEqual(new Set([0, 1]));
    // Both servers list it, and the file is gone from the shared folder.
    for (let i = 0; i < 2; i++) {
      const list = await call(admin, "GET", "/api/attendance/imports");
      expect(list.json.imports.map((j: { id: string }) => j.id)).toContain(started.json.id);
    }
    expect(fs.readdirSync(uploadDir)).not.toContain(up.json.id);
  });

  it("count a rate limit across both: the fifth search in a minute is refused", async () => {
    const admin = await signIn();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await call(admin, "POST", "/api/children/search", { q: "Andersson" })).status);
    // Counted in each process alone, each server would have seen three and refused none.
    expect(statuses.slice(0, 4)).not.toContain(429);
    expect(statuses.slice(4)).toEqual([429, 429]);
  });

  it("run the night's evaluation once, on one of them", async () => {
    const claimed = () =>
      database.db
        .selectFrom("background_run")
        .selectAll()
        .where("job", "=", "attendance.nightly")
        .execute();
    for (let i = 0; i < 100 && !(await claimed()).some((r) => r.finished_at); i++)
      await new Promise((resolve) => setTimeout(resolve, 200));
    // Both have looked several times a second apart by now.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const runs = await claimed();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.finished_at).not.toBeNull();
    const ran = servers.map(
      (s) =>
        s
          .output()
          .stdout.split("\n")
          .filter((l) => l.includes('"attendance evaluated"')).length,
    );
    // The demo has one tenant: one evaluation in all, by whichever server claimed the night.
    expect(ran.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("run the night's retention once, on one of them", async () => {
    const claimed = () =>
      database.db
        .selectFrom("background_run")
        .selectAll()
        .where("job", "=", "retention.nightly")
        .execute();
    for (let i = 0; i < 100 && !(await claimed()).some((r) => r.finished_at); i++)
      await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const runs = await claimed();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.finished_at).not.toBeNull();
    const applied = servers.map(
      (s) =>
        s
          .output()
          .stdout.split("\n")
          .filter((l) => l.includes('"retention applied"')).length,
    );
    expect(applied.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
