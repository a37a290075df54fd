import type pg from "pg";

// Times requests against the running server over HTTP, and the same request's SQL run raw.

export interface Session {
  cookie: string;
  csrf: string;
}

export interface Probe {
  label: string;
  user: string;
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

export async function signIn(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("kring_session="))!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: cookie.split(";")[0]!, csrf: csrfToken };
}

/** One request; returns its status and body size. */
export async function call(base: string, s: Session, p: Probe) {
  const res = await fetch(`${base}${p.path}`, {
    method: p.method,
    headers: {
      cookie: s.cookie,
      "x-kring-csrf": s.csrf,
      ...(p.body ? { "content-type": "application/json" } : {}),
    },
    body: p.body ? JSON.stringify(p.body) : undefined,
  });
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${p.label}: ${res.status}`);
  return bytes;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** p50 and p95 in ms of `work`, run `total` times by `concurrency` workers at once. */
export async function timed(work: () => Promise<unknown>, concurrency: number, total: number) {
  const times: number[] = [];
  let left = total;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) {
        const t0 = performance.now();
        await work();
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/** Whether a captured statement is a read that can be run again as it was (not a write). */
export const isRead = (s: Statement) =>
  /^\s*(select|with)\b/i.test(s.sql) && !/\bfor\s+update\b/i.test(s.sql);

/** The request's reads, run raw on one connection from the pool, one after the other. */
export async function runRaw(pool: pg.Pool, statements: Statement[]) {
  const client = await pool.connect();
  try {
    for (const s of statements) await client.query(s.sql, s.parameters as unknown[]);
  } finally {
    client.release();
  }
}
