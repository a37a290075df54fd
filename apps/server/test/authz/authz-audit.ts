import type { Subject, RouteRule } from "./authz-harness";
import type { Observer } from "./authz-run";
import type { AuthzWorld } from "./authz-world";
import { chainAudit } from "../../src/platform/audit/audit-chainer";

// Issue #15: every audit entry about a child carries the child's id in its own column. Run beside
// the matrix, so every route, role and relationship is walked: after each answer, the entries it
// wrote are checked against the children it named.

export interface AuditGap {
  route: string;
  actor: string;
  on: string;
  problem: string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Two checks per request:
 * - a child's id (or a case's) written into an entry's `details` or `entity_id` must be the
 *   entry's `child_id` (a list naming children inside `details` writes one entry per child);
 * - every child a successful answer names, by its id or a case's, has an entry with its id in
 *   `child_id`.
 */
export async function auditChecker(w: AuthzWorld) {
  const db = w.t.db;
  const tenantId = w.tenant.tenantId;
  const children = new Set(
    (await db.selectFrom("child").select("id").where("tenant_id", "=", tenantId).execute()).map(
      (c) => c.id,
    ),
  );
  // A case names its child: an answer or entry about a case is about the child too.
  const caseChild = new Map(
    (
      await db
        .selectFrom("cases")
        .select(["id", "child_id"])
        .where("tenant_id", "=", tenantId)
        .execute()
    ).map((c) => [c.id, c.child_id]),
  );
  // Entries are read by their places in the chain: chain what waits first (ADR 0043).
  const head = async () => {
    await chainAudit(db, { tenantId });
    const last = await db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .where("tenant_id", "=", tenantId)
      .executeTakeFirst();
    return last?.seq ?? 0;
  };
  let seen = Number(await head());
  const gaps: AuditGap[] = [];
  const childrenIn = (text: string) =>
    new Set(
      (text.match(UUID) ?? []).flatMap((id) =>
        children.has(id) ? [id] : caseChild.has(id) ? [caseChild.get(id)!] : [],
      ),
    );

  const observe: Observer = async (rule: RouteRule, s: Subject, res) => {
    await chainAudit(db, { tenantId });
    const rows = await db
      .selectFrom("audit_event")
      .select(["seq", "action", "entity_id", "child_id", "details"])
      .where("tenant_id", "=", tenantId)
      .where("seq", ">", seen)
      .orderBy("seq")
      .execute();
    if (rows.length) seen = Number(rows[rows.length - 1]!.seq);
    const gap = (problem: string) =>
      gaps.push({ route: rule.route, actor: s.actor, on: s.on, problem });
    for (const row of rows) {
      const named = childrenIn(`${JSON.stringify(row.details)} ${row.entity_id ?? ""}`);
      for (const id of named)
        if (row.child_id !== id) gap(`${row.action} names a child outside child_id`);
    }
    const type = String(res.headers["content-type"] ?? "");
    if (res.statusCode >= 300 || !type.includes("json")) return;
    const audited = new Set(rows.map((r) => r.child_id));
    for (const id of childrenIn(res.body))
      if (!audited.has(id)) gap(`answers about a child without an entry with its child_id`);
  };
  return { observe, gaps };
}

/** The gaps as a table a reader can act on, each kind once. */
export function reportGaps(gaps: AuditGap[]): string {
  const lines = [
    ...new Set(gaps.map((g) => `${g.route.padEnd(62)} ${g.problem} (e.g. ${g.actor}@${g.on})`)),
  ];
  return [`${gaps.length} audit gap(s):`, ...lines].join("\n");
}
