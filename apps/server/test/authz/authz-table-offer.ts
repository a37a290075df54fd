import type { Ctx, RouteRule, Subject } from "./authz-harness";
import { allowIf, hasRole, professional } from "./authz-rules";

// The joint offer (issue #22, ADR 0039): every professional reads it; the administrator and the
// offering unit's keepers change entries; the offering unit's staff run the activity. The
// world's entry is a leisure group at the "leisure" unit, whose member (the `leisure` subject, a
// parent advisor there) both keeps and runs it. Nobody else in the world works there.

const inTenant = (s: Subject) => professional(s) && s.relation !== "other_tenant";
const runsIt = (s: Subject) => inTenant(s) && s.actor === "leisure";
const keepsIt = (s: Subject) => runsIt(s) || (inTenant(s) && hasRole(s, "administrator"));

const entries = new WeakMap<object, Promise<string>>();
/** The world's leisure entry, made once. */
function entryOf(ctx: Ctx): Promise<string> {
  let made = entries.get(ctx.w);
  if (!made) {
    made = ctx.db
      .insertInto("offer_entry")
      .values({
        tenant_id: ctx.w.tenant.tenantId,
        unit_id: ctx.w.tenant.unitId("leisure"),
        name: "Fritidsgårdens läxhjälp",
        kind: "group",
        leisure: true,
        age_from: 10,
        age_to: 16,
        needs: JSON.stringify(["learning"]),
        area_id: null,
        updated_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
    entries.set(ctx.w, made);
  }
  return made;
}

/** A participant of its own per request (ending one consumes it). */
async function participantOf(ctx: Ctx, entryId: string) {
  const row = await ctx.db
    .insertInto("offer_participant")
    .values({
      tenant_id: ctx.w.tenant.tenantId,
      entry_id: entryId,
      child_id: ctx.w.childZ.id,
      consent_given_by: "Vårdnadshavare",
      consent_method: "oral",
      consent_on: "2026-09-01",
      enrolled_by: null,
      ended_on: "2026-09-02",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // Made ended: the child has at most one current enrolment (the end route reopens its own).
  return row.id;
}

async function sessionOf(ctx: Ctx, entryId: string) {
  const row = await ctx.db
    .insertInto("offer_session")
    .values({
      tenant_id: ctx.w.tenant.tenantId,
      entry_id: entryId,
      held_on: "2026-09-08",
      starts_at: "15:00",
      ends_at: "16:30",
      created_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const offerRule = (
  route: string,
  rule: string,
  call: RouteRule["call"],
  expect: (s: Subject) => boolean,
): RouteRule => ({ route, scope: "global", rule, call, expect: (s) => allowIf(expect(s)) });

export const OFFER_ROUTES: RouteRule[] = [
  offerRule(
    "GET /api/offer",
    "every professional searches the offer (its own tenant's)",
    () => ({ path: "/api/offer?need=learning&age=12" }),
    professional,
  ),
  offerRule(
    "POST /api/offer",
    "the administrator, or a keeper of the offering unit",
    (ctx) => ({
      path: "/api/offer",
      body: {
        unitId: ctx.w.tenant.unitId("leisure"),
        name: "Ny aktivitet",
        description: "",
        kind: "group",
        leisure: true,
        ageFrom: null,
        ageTo: null,
        needs: [],
        areaId: null,
        howToGet: "",
        contact: "",
      },
    }),
    keepsIt,
  ),
  offerRule(
    "GET /api/offer/needs",
    "every professional reads the need tags",
    () => ({ path: "/api/offer/needs" }),
    professional,
  ),
  offerRule(
    "PUT /api/offer/needs",
    "the administrator sets the tenant's need tags",
    () => ({
      path: "/api/offer/needs",
      body: { tags: [{ code: "learning", sv: "Lärande och läxor", en: "Learning" }] },
    }),
    (s) => professional(s) && hasRole(s, "administrator"),
  ),
  offerRule(
    "GET /api/offer/suggestions",
    "the open suggestions for one's own units' activities (a filtered list)",
    () => ({ path: "/api/offer/suggestions" }),
    professional,
  ),
  offerRule(
    "GET /api/offer/{id}",
    "every professional of the tenant; participants named only to who may see them",
    async (ctx) => ({ path: `/api/offer/${await entryOf(ctx)}` }),
    inTenant,
  ),
  offerRule(
    "PATCH /api/offer/{id}",
    "the administrator, or a keeper of the offering unit",
    async (ctx) => ({ path: `/api/offer/${await entryOf(ctx)}`, body: { contact: "010-1" } }),
    keepsIt,
  ),
  offerRule(
    "POST /api/offer/{id}/participants",
    "the offering unit's staff enrol, with a guardian's consent",
    async (ctx) => ({
      path: `/api/offer/${await entryOf(ctx)}/participants`,
      body: {
        childId: ctx.w.childZ.id,
        consentGivenBy: "Vårdnadshavare",
        consentMethod: "written",
        consentOn: "2026-09-01",
      },
    }),
    runsIt,
  ),
  offerRule(
    "POST /api/offer/{id}/participants/{participantId}/end",
    "the offering unit's staff",
    async (ctx) => {
      const entryId = await entryOf(ctx);
      const id = await participantOf(ctx, entryId);
      await ctx.db
        .updateTable("offer_participant")
        .set({ ended_on: "2026-09-02" })
        .where("entry_id", "=", entryId)
        .where("ended_on", "is", null)
        .execute();
      await ctx.db
        .updateTable("offer_participant")
        .set({ ended_on: null })
        .where("id", "=", id)
        .execute();
      return { path: `/api/offer/${entryId}/participants/${id}/end` };
    },
    runsIt,
  ),
  offerRule(
    "POST /api/offer/{id}/sessions",
    "the offering unit's staff",
    async (ctx) => ({
      path: `/api/offer/${await entryOf(ctx)}/sessions`,
      body: { heldOn: "2026-09-15", startsAt: "15:00", endsAt: "16:30", place: "Gården" },
    }),
    runsIt,
  ),
  offerRule(
    "PUT /api/offer/{id}/sessions/{sessionId}/attendance",
    "the offering unit's staff",
    async (ctx) => {
      const entryId = await entryOf(ctx);
      const participantId = await participantOf(ctx, entryId);
      const sessionId = await sessionOf(ctx, entryId);
      return {
        path: `/api/offer/${entryId}/sessions/${sessionId}/attendance`,
        body: { attendance: [{ participantId, present: true }] },
      };
    },
    runsIt,
  ),
  offerRule(
    "POST /api/offer/{id}/suggestions/{suggestionId}/decline",
    "the offering unit's staff",
    async (ctx) => {
      const entryId = await entryOf(ctx);
      const row = await ctx.db
        .insertInto("offer_suggestion")
        .values({
          tenant_id: ctx.w.tenant.tenantId,
          entry_id: entryId,
          child_id: ctx.w.childZ.id,
          suggested_by: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return {
        path: `/api/offer/${entryId}/suggestions/${row.id}/decline`,
        body: { reason: "family_declined", note: "" },
      };
    },
    runsIt,
  ),
  {
    route: "GET /api/attendance/pupils/{id}/offer-suggestions",
    scope: "case",
    rule: "the pupil's suggestions and answers, to whoever sees the pupil's attendance",
    call: (ctx) => ({ path: `/api/attendance/pupils/${ctx.refs.childId}/offer-suggestions` }),
    expect: (s) => allowIf(inTenant(s) && s.actor === "raising_principal"),
  },
  {
    route: "POST /api/attendance/pupils/{id}/offer-suggestions",
    scope: "case",
    rule: "whoever sees the pupil's attendance: in this world only the principal",
    call: async (ctx) => ({
      path: `/api/attendance/pupils/${ctx.refs.childId}/offer-suggestions`,
      body: { entryId: await entryOf(ctx), note: "Gillar fotboll.", guardianAgreed: true },
    }),
    expect: (s) => allowIf(inTenant(s) && s.actor === "raising_principal"),
  },
];
