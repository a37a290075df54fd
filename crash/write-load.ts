import { Secret, TOTP } from "otpauth";
import type { KringServer } from "../apps/server/test/support/kring-process";

export interface Round {
  round: number;
  seconds: number;
  /** Units the server answered 201 for: these must survive the kill. */
  acknowledged: Set<string>;
  /** Requests sent but unanswered when the server died (either outcome is right). */
  inFlight: number;
  found?: number;
  countFound(url: string): Promise<number>;
}

interface Session {
  headers: Record<string, string>;
  organisationId: string;
}

async function logIn(url: string, credentials: { username: string; password: string }) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("kring_session="))!;
  const { csrfToken, pending } = (await res.json()) as { csrfToken: string; pending: string };
  const headers = {
    cookie: cookie.split(";")[0]!,
    "x-kring-csrf": csrfToken,
    "content-type": "application/json",
  };
  await secondFactor(url, headers, pending);
  const structure = await structureOf(url, headers);
  return { headers, organisationId: structure.organisations[0]!.id };
}

// A new tenant's administrator must use a second factor: the first sign-in enrols an
// authenticator (the code computed here), later ones spend a recovery code each (a TOTP code
// works once, and rounds follow each other within its 30 seconds).
let recoveryCodes: string[] = [];

async function secondFactor(url: string, headers: Record<string, string>, pending: string | null) {
  const post = async (path: string, body?: unknown) => {
    // A POST without a body must not claim to carry JSON.
    const { "content-type": _json, ...bare } = headers;
    const res = await fetch(`${url}${path}`, {
      method: "POST",
      ...(body === undefined ? { headers: bare } : { headers, body: JSON.stringify(body) }),
    });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  if (pending === "enrol_second_factor") {
    const { secret } = await post("/api/auth/second-factor/enrolment");
    const code = new TOTP({ secret: Secret.fromBase32(secret as string) }).generate();
    const confirmed = await post("/api/auth/second-factor/enrolment/confirm", { code });
    recoveryCodes = confirmed.recoveryCodes as string[];
  } else if (pending === "second_factor") {
    const code = recoveryCodes.shift();
    if (!code) throw new Error("no recovery code left for the second factor");
    await post("/api/auth/second-factor", { code });
  } else if (pending) throw new Error(`sign-in step not handled: ${pending}`);
}

async function structureOf(url: string, headers: Record<string, string>) {
  const res = await fetch(`${url}/api/structure`, { headers });
  if (res.status !== 200) throw new Error(`structure: ${res.status}`);
  return (await res.json()) as { organisations: { id: string }[]; units: { name: string }[] };
}

/**
 * Several writers create units (each an audited write) as fast as the server answers; after a
 * random 2-5 seconds the server is killed with SIGKILL in the middle of it.
 */
export async function writeUntilKilled(
  server: KringServer,
  credentials: { username: string; password: string },
  round: number,
  writers: number,
): Promise<Round> {
  const session: Session = await logIn(server.url, credentials);
  const acknowledged = new Set<string>();
  let inFlight = 0;
  let refused = 0;
  let dead = false;
  const writer = async (w: number) => {
    for (let i = 0; !dead; i++) {
      const name = `Krasch ${round}-${w}-${i}`;
      inFlight++;
      try {
        const res = await fetch(`${server.url}/api/admin/units`, {
          method: "POST",
          headers: session.headers,
          body: JSON.stringify({
            organisationId: session.organisationId,
            areaId: null,
            name,
            kind: "other",
          }),
        });
        inFlight--;
        if (res.status === 201) acknowledged.add(name);
        else refused++;
        await res.arrayBuffer();
      } catch {
        return; // the server is gone: this request stays in flight
      }
    }
  };
  const started = Date.now();
  const load = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  await new Promise((resolve) => setTimeout(resolve, 2000 + Math.random() * 3000));
  server.child.kill("SIGKILL");
  await server.exited;
  dead = true;
  await load;
  if (refused > 0) throw new Error(`round ${round}: ${refused} writes refused under load`);
  return {
    round,
    seconds: (Date.now() - started) / 1000,
    acknowledged,
    inFlight,
    countFound: async (url) => {
      const after = await logIn(url, credentials);
      const names = new Set((await structureOf(url, after.headers)).units.map((u) => u.name));
      return [...acknowledged].filter((n) => names.has(n)).length;
    },
  };
}
