import type { Kysely } from "kysely";
import type { Database } from "../../src/platform/db/schema";
import type { CaseRefs } from "./authz-cases";
import { INSIDERS, OUTSIDERS, type AuthzWorld } from "./authz-world";

// The vocabulary of the authorization matrix: who acts (subject), in which relationship to a
// case or child, what the table expects and what the server answered.

/** How a subject stands to the case (or to the child, for child routes). */
export type Relation =
  | "none"
  | "non_member"
  | "coordinator"
  | "member"
  | "contact_person"
  | "raiser"
  | "raising_principal"
  | "intake"
  | "emergency"
  | "guardian"
  | "child"
  | "anonymous"
  | "other_tenant";

/** The case the subject acts on: its state and whose it is. */
export type CaseKey = "open" | "withdrawn" | "closed" | "protected" | "assessment";

export interface Subject {
  actor: string;
  /** The professional role (null for family, anonymous). */
  role: string | null;
  kind: "professional" | "guardian" | "child" | "anonymous";
  relation: Relation;
  on: CaseKey;
}

/**
 * allow: got past access (2xx, or a 4xx about the input or state: 400, 409, 422);
 * deny: refused for access (401, 403, 404);
 * no_write: anything but success (read-only: refused or rejected, never changed).
 */
export type Expect = "allow" | "deny" | "no_write";

export interface Outcome {
  status: number;
  ok: boolean;
}

export function matches(expect: Expect, status: number): boolean {
  if (status >= 500) return false;
  const denied = status === 401 || status === 403 || status === 404;
  if (expect === "deny") return denied;
  if (expect === "allow") return !denied;
  return status >= 400;
}

const specOf = (key: string) =>
  [...OUTSIDERS, ...INSIDERS].find((a) => a.key === key) ?? {
    key,
    kind: "professional" as const,
    role: "central_coordinator",
  };

const subject = (actor: string, relation: Relation, on: CaseKey): Subject => {
  const spec = specOf(actor);
  return { actor, role: spec.role ?? null, kind: spec.kind, relation, on };
};

/**
 * Routes outside any case or child: every role once, someone with cases (whose lists have
 * content), the family, nobody, and another tenant. The other insiders repeat a role.
 */
export function globalSubjects(): Subject[] {
  const insiders = ["coordinator", "raiser", "guardian", "child", "anonymous"];
  return [
    ...OUTSIDERS.map((a) => subject(a.key, "none", "open")),
    ...insiders.map((key) => subject(key, "none", "open")),
    subject("other_tenant", "other_tenant", "open"),
  ];
}

/** Routes about one case (or one child): every role outside it, and each relationship. */
export function caseSubjects(): Subject[] {
  return [
    ...OUTSIDERS.map((a) => subject(a.key, "non_member", "open")),
    subject("coordinator", "coordinator", "open"),
    subject("member", "member", "open"),
    subject("contact_person", "contact_person", "open"),
    subject("raiser", "raiser", "open"),
    subject("raising_principal", "raising_principal", "open"),
    subject("emergency", "emergency", "open"),
    subject("guardian", "guardian", "open"),
    subject("child", "child", "open"),
    subject("anonymous", "anonymous", "open"),
    subject("other_tenant", "other_tenant", "open"),
    subject("coordinator", "coordinator", "withdrawn"),
    subject("member", "member", "withdrawn"),
    subject("raiser", "raiser", "withdrawn"),
    subject("raising_principal", "raising_principal", "withdrawn"),
    subject("coordinator", "coordinator", "closed"),
    subject("member", "member", "closed"),
    subject("raiser", "raiser", "closed"),
    subject("coordinator", "coordinator", "protected"),
    subject("member", "member", "protected"),
    subject("protected_guardian", "guardian", "protected"),
    subject("leisure", "non_member", "protected"),
    subject("police", "non_member", "protected"),
    subject("central_coordinator", "intake", "assessment"),
    subject("social_secretary", "intake", "assessment"),
    subject("raiser", "raiser", "assessment"),
    subject("member", "non_member", "assessment"),
    subject("guardian", "non_member", "protected"),
  ];
}

export interface Ctx {
  w: AuthzWorld;
  s: Subject;
  refs: CaseRefs;
  db: Kysely<Database>;
  /** The unit the acting professional belongs to (null for others). */
  unitId: string | null;
}

/** What to send; null when the subject's case lacks what the route names (not applicable). */
export interface Call {
  path: string;
  body?: unknown;
  raw?: { contentType: string; payload: Buffer | string };
  /** Send with a session of its own (logging out must not end the matrix's session). */
  fresh?: boolean;
}

type NoCall = null | "";

export interface RouteRule {
  /** "METHOD /api/path/{param}", exactly as in /api/openapi.json. */
  route: string;
  scope: "global" | "case";
  /** Why the rule is what it is (the oracle's reasoning, for the reader). */
  rule: string;
  /** The request; empty when the subject's case lacks what the route names. */
  call(ctx: Ctx): NoCall | Call | Promise<NoCall | Call>;
  expect(s: Subject): Expect;
  /** Subjects to try when the rule cannot depend on role (signing in); default: all. */
  only?: (s: Subject) => boolean;
}

export const isWrite = (route: string) => !route.startsWith("GET ");
