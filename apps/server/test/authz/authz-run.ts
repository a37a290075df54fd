import type { FastifyInstance, InjectOptions } from "fastify";
import { loginAs } from "../support/test-app";
import {
  type Call,
  caseSubjects,
  type Expect,
  globalSubjects,
  matches,
  type RouteRule,
  type Subject,
} from "./authz-harness";
import { INSIDERS, OUTSIDERS, type AuthzWorld } from "./authz-world";

// Sends every route's request as every subject and compares the answer with the table.

export interface Mismatch {
  route: string;
  actor: string;
  relation: string;
  on: string;
  expected: Expect;
  got: number;
  code: string;
}

/** Routes that change who sees what run last, so the rest meet the world as built. */
const LAST = ["POST /api/cases/{id}/emergency-access"];

/** Looks at each answer besides its status (the audit check of authz-audit.ts). */
export type Observer = (
  rule: RouteRule,
  s: Subject,
  res: Awaited<ReturnType<FastifyInstance["inject"]>>,
) => Promise<void>;

/** The order the walk takes: routes that change what later answers depend on go last. */
export function inWalkOrder(rules: RouteRule[]): RouteRule[] {
  return [
    ...rules.filter((r) => !LAST.includes(r.route)),
    ...rules.filter((r) => LAST.includes(r.route)),
  ];
}

export async function runMatrix(
  app: FastifyInstance,
  w: AuthzWorld,
  rules: RouteRule[],
  observe?: Observer,
) {
  const ordered = inWalkOrder(rules);
  const mismatches: Mismatch[] = [];
  let requests = 0;
  const millis: Record<string, number> = {};
  for (const rule of ordered) {
    const started = performance.now();
    const all = rule.scope === "global" ? globalSubjects() : caseSubjects();
    const subjects = rule.only ? all.filter(rule.only) : all;
    for (const s of subjects) {
      const refs = w.cases[s.on]!;
      const call = await rule.call({ w, s, refs, db: w.t.db, unitId: unitOf(w, s) });
      if (!call) continue;
      const res = await send(app, w, rule.route.split(" ")[0], s, call);
      requests++;
      await observe?.(rule, s, res);
      const expected = rule.expect(s);
      if (!matches(expected, res.statusCode)) {
        const code = problemCode(res.body);
        mismatches.push({
          route: rule.route,
          actor: s.actor,
          relation: s.relation,
          on: s.on,
          expected,
          got: res.statusCode,
          code,
        });
      }
    }
    millis[rule.route] = performance.now() - started;
  }
  return { mismatches, requests, millis };
}

function unitOf(w: AuthzWorld, s: Subject): string | null {
  if (s.actor === "other_tenant") return w.other.unitId("admin");
  const spec = [...OUTSIDERS, ...INSIDERS].find((a) => a.key === s.actor);
  return spec?.unitKey ? w.tenant.unitId(spec.unitKey) : null;
}

function problemCode(body: string): string {
  try {
    return (JSON.parse(body) as { code?: string }).code ?? "";
  } catch {
    return body.slice(0, 40);
  }
}

async function send(
  app: FastifyInstance,
  w: AuthzWorld,
  method: InjectOptions["method"],
  s: Subject,
  call: Call,
) {
  let client = w.clients[s.actor] ?? null;
  if (call.fresh && client) client = await loginAs(app, w.usernames[s.actor]!);
  const headers: Record<string, string> = client
    ? { cookie: client.cookie, "x-kring-csrf": client.csrf }
    : {};
  const options: InjectOptions = {
    method,
    url: call.path,
    headers,
  };
  if (call.raw) {
    headers["content-type"] = call.raw.contentType;
    options.payload = call.raw.payload;
  } else if (call.body !== undefined) options.payload = call.body as InjectOptions["payload"];
  else if (method !== "GET" && method !== "DELETE") options.payload = {};
  return app.inject(options);
}

/** The mismatches as a table a reader can act on. */
export function report(mismatches: Mismatch[]): string {
  const rows = mismatches.map(
    (m) =>
      `${m.route.padEnd(62)} ${m.actor.padEnd(20)} ${`${m.relation}@${m.on}`.padEnd(28)} expected ${m.expected.padEnd(8)} got ${m.got} ${m.code}`,
  );
  return [`${mismatches.length} mismatch(es):`, ...rows].join("\n");
}
