import type { FastifyInstance } from "fastify";
import type { FuzzWorld } from "./fuzz-world";
import type { RequestSpec } from "./fuzz-requests";
import { IdRef } from "./valid-value";

// Turns a request spec into an HTTP request in the seeded world and sends it.

const ALIASES: Record<string, string> = {
  user: "app_user",
  users: "app_user",
  lead: "app_user",
  documenting: "app_user",
  children: "child",
  pupils: "child",
  pupil: "child",
  document: "attachment",
  instruments: "instrument_request",
};

/** The table a field or path parameter refers to, from its name: `raisedByUnitId` → unit. */
export function tableFor(hint: string, tables: string[]): string | undefined {
  const stem = hint.replace(/Ids?$/, "");
  const words = stem.split(/(?=[A-Z])|[-_]/).map((w) => w.toLowerCase());
  for (const candidate of [words.join("_"), words.at(-1) ?? ""]) {
    for (const v of [candidate, candidate.replace(/s$/, "")]) {
      if (!v) continue;
      if (ALIASES[v]) return ALIASES[v];
      if (tables.includes(v)) return v;
      const suffixed = tables.find((t) => t.endsWith(`_${v}`));
      if (suffixed) return suffixed;
    }
  }
  return undefined;
}

export interface Sent {
  method: string;
  url: string;
  status: number;
  sender: string | null;
  body: unknown;
  /** A broken body, path parameter or query string (not every request of a read route is). */
  malformed: boolean;
}

export async function send(
  app: FastifyInstance,
  world: FuzzWorld,
  spec: RequestSpec,
): Promise<Sent> {
  const tables = [...world.rows.keys()];
  const all = [...world.rows.values()].flat();
  const pick = (ref: IdRef, hint: string, caseId?: string) => {
    const table = ref.hint === "any" ? undefined : tableFor(hint, tables);
    let pool = (table && world.rows.get(table)) || all;
    const inCase = caseId ? pool.filter((r) => r.case_id === caseId) : [];
    if (inCase.length > 0) pool = inCase;
    return pool.length ? pool[ref.pick % pool.length]!.id : "00000000-0000-4000-8000-000000000000";
  };

  // Path: each parameter named by itself, or (`:id`) by the segment before it.
  const segments = spec.operation.path.split("/");
  let caseId: string | undefined;
  let p = 0;
  const path = segments
    .map((segment, i) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!name) return segment;
      const value = spec.params[p++]!;
      if (!(value instanceof IdRef)) return value.raw;
      const hint = name === "id" ? segments[i - 1]! : name;
      const id = pick(value, hint, caseId);
      if (hint === "cases") caseId = id;
      return id;
    })
    .join("/");
  const resolve = (value: unknown, hint = ""): unknown => {
    if (value instanceof IdRef) return pick(value, value.hint || hint, caseId);
    if (Array.isArray(value)) return value.map((v) => resolve(v, hint));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, k)]));
    return value;
  };
  const query = spec.query
    .map(([name, value]) =>
      value && typeof value === "object" && "raw" in value
        ? `${name}=${String(value.raw)}`
        : `${name}=${encodeURIComponent(String(resolve(value, name)))}`,
    )
    .join("&");
  const url = query ? `${path}?${query}` : path;
  const body = resolve(spec.body);

  const sender = senderOf(spec, world, caseId);
  const client = sender ? world.clients.get(sender) : null;
  const res = await app.inject({
    method: spec.operation.method,
    url,
    headers: {
      ...(client ? { cookie: client.cookie, "x-kring-csrf": client.csrf } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
  if (res.statusCode === 401 && sender && client) await world.relogin(sender);
  const malformed =
    spec.operation.body !== null ||
    spec.body !== undefined ||
    [...spec.params, ...spec.query.map(([, v]) => v)].some(
      (v) => !!v && typeof v === "object" && "raw" in v,
    );
  return { method: spec.operation.method, url, status: res.statusCode, sender, body, malformed };
}

/** Who sends: administrators to admin routes, the family to theirs, a case's own members. */
function senderOf(spec: RequestSpec, world: FuzzWorld, caseId?: string): string | null {
  const path = spec.operation.path;
  if (path.startsWith("/api/auth/login") || spec.sender % 40 === 0) return null;
  const candidates =
    path.startsWith("/api/admin") || /^\/api\/attendance\/(staircases|evaluate|import)/.test(path)
      ? ["admin", "narvaroteam"]
      : path.startsWith("/api/family")
        ? ["vardnadshavare", "barn"]
        : (caseId && world.caseMembers.get(caseId)) ||
          [...world.clients.keys()].filter((u) => u !== "vardnadshavare" && u !== "barn");
  return candidates[spec.sender % candidates.length]!;
}
