import type { Kysely } from "kysely";
import type { Database } from "../../src/platform/db/schema";
import { DEFAULT_CONCERN_GUIDE } from "../../src/features/concern-guide/concern-guide-defaults";
import type { Ctx, RouteRule, Subject } from "./authz-harness";
import { allowIf, careRole, caseRead, hasRole, professional } from "./authz-rules";
import type { Client } from "../support/test-app";

// Issue 22 (ADR 0041): early support before a case, the Barnets bästa lead's overview and asks,
// and "När du känner oro". Written from the rules, not from the code: an early-support contact is
// its recorder's and their unit's early-support team's; the later case's network reads it only
// when the family agreed; the overview is the lead's; the guide is every professional's.

/** The roles that record early support (Huddinge's parent advisors, student health, attendance). */
const EARLY_SUPPORT_ROLES = [
  "parent_advisor",
  "school_nurse",
  "school_counsellor",
  "psychologist",
  "special_educator",
  "attendance_team",
];

/**
 * Two contacts of the world's child Alva by the parent advisor in social services: one open, and
 * one that became the open case's request with the family's agreement to share it.
 */
export async function earlySupportWorld(
  db: Kysely<Database>,
  advisor: Client,
  refs: { tenantId: string; childId: string; ifo: string; openCaseId: string },
) {
  const body = {
    childId: refs.childId,
    unitId: refs.ifo,
    consent: { givenBy: "Mamma Anna", method: "oral", on: "2026-11-02" },
    about: "Oro för sömnen.",
  };
  const created = async () => {
    const res = await advisor.post("/api/early-support", body);
    if (res.status !== 201) throw new Error(`world: early support ${res.status}`);
    return res.json.id as string;
  };
  const open = await created();
  const shared = await created();
  await db
    .updateTable("early_support_contact")
    .set({
      status: "request_raised",
      case_id: refs.openCaseId,
      shared_with_network: true,
      sharing_agreed_by: "Mamma Anna",
    })
    .where("id", "=", shared)
    .execute();
  return { open, shared };
}

const recorder = (s: Subject) => s.actor === "parent_advisor";
const contacts = (ctx: Ctx) => ctx.w.earlySupport;

export const EARLY_SUPPORT_ROUTES: RouteRule[] = [
  {
    route: "GET /api/early-support",
    scope: "global",
    rule: "professionals: their own and their unit team's contacts (a filtered list)",
    call: () => ({ path: "/api/early-support" }),
    expect: (s) => allowIf(professional(s)),
  },
  {
    route: "POST /api/early-support",
    scope: "global",
    rule: "an early-support role records in its own unit (others refused, nothing written)",
    call: (ctx) => ({
      path: "/api/early-support",
      body: {
        childId: ctx.w.childZ.id,
        unitId: ctx.unitId ?? ctx.w.tenant.unitId("school"),
        consent: { givenBy: "Pappa", method: "written", on: "2026-11-02" },
        about: "Oro.",
      },
    }),
    expect: (s) =>
      s.relation === "other_tenant" ? "deny" : allowIf(hasRole(s, ...EARLY_SUPPORT_ROLES)),
  },
  {
    route: "GET /api/early-support/{id}",
    scope: "global",
    rule: "the recorder and unit team; the later case's network when the family agreed (shared)",
    call: (ctx) => ({ path: `/api/early-support/${contacts(ctx).shared}` }),
    expect: (s) => allowIf(recorder(s) || s.actor === "coordinator"),
  },
  {
    route: "PATCH /api/early-support/{id}",
    scope: "global",
    rule: "the recorder and unit team change it",
    call: (ctx) => ({
      path: `/api/early-support/${contacts(ctx).open}`,
      body: { agreed: "Samtal varannan vecka." },
    }),
    expect: (s) => allowIf(recorder(s)),
  },
  {
    route: "POST /api/early-support/{id}/notes",
    scope: "global",
    rule: "the recorder and unit team add notes",
    call: (ctx) => ({
      path: `/api/early-support/${contacts(ctx).open}/notes`,
      body: { body: "Samtal med mamma." },
    }),
    expect: (s) => allowIf(recorder(s)),
  },
  {
    route: "POST /api/early-support/{id}/close",
    scope: "global",
    rule: "the recorder and unit team close it (the network, though it reads, does not)",
    call: (ctx) => ({
      path: `/api/early-support/${contacts(ctx).shared}/close`,
      body: { reason: "Klart." },
    }),
    // The shared contact already became a request: 409 for the team, refused for the rest.
    expect: (s) => allowIf(recorder(s)),
  },
  {
    route: "POST /api/early-support/{id}/sharing",
    scope: "global",
    rule: "the recorder and unit team record the family's later agreement (the network does not)",
    call: (ctx) => ({
      path: `/api/early-support/${contacts(ctx).shared}/sharing`,
      body: { agreedBy: "Pappa Erik" },
    }),
    // Already shared: 409 for the team, refused for the rest.
    expect: (s) => allowIf(recorder(s)),
  },
  {
    route: "GET /api/cases/{id}/early-support",
    scope: "case",
    rule: "whoever reads the case; the list names a contact only to the network when shared",
    call: (ctx) => ({ path: `/api/cases/${ctx.refs.caseId}/early-support` }),
    expect: caseRead,
  },
  {
    route: "GET /api/childs-best/overview",
    scope: "global",
    rule: "the Barnets bästa lead's own areas",
    call: () => ({ path: "/api/childs-best/overview" }),
    expect: (s) => allowIf(hasRole(s, "childs_best_lead") && s.relation !== "other_tenant"),
  },
  {
    route: "POST /api/childs-best/plan-asks",
    scope: "global",
    rule: "the lead, for a child the lead may see (the matrix's leads see none of its children)",
    call: (ctx) => ({
      path: "/api/childs-best/plan-asks",
      body: { childId: ctx.w.childX.id, unitId: ctx.w.tenant.unitId("school") },
    }),
    expect: () => "deny",
  },
  {
    route: "GET /api/concern-guide",
    scope: "global",
    rule: "every professional at work with children, and the administrator who edits it",
    call: () => ({ path: "/api/concern-guide" }),
    expect: (s) => allowIf(careRole(s) || hasRole(s, "administrator")),
  },
  {
    route: "PUT /api/admin/concern-guide",
    scope: "global",
    rule: "the tenant's texts are the administrator's",
    call: () => ({ path: "/api/admin/concern-guide", body: DEFAULT_CONCERN_GUIDE }),
    expect: (s) => allowIf(hasRole(s, "administrator")),
  },
];
