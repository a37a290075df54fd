import { consentOf } from "./authz-cases";
import type { Ctx, RouteRule } from "./authz-harness";
import { cloneRow, caseVersion, meetingVersion } from "./authz-prepare";
import {
  allowIf,
  caseRead,
  caseworker,
  coordinates,
  coordinatorWrite,
  seesCase,
} from "./authz-rules";

// The case itself: its record, steps, network, consents, attachments, meetings, network map.

const c = (ctx: Ctx, rest = "") => `/api/cases/${ctx.refs.caseId}${rest}`;
const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const CASE_ROUTES: RouteRule[] = [
  {
    route: "GET /api/cases/{id}",
    scope: "case",
    rule: "whoever sees the case (ADR 0002)",
    call: (ctx) => ({ path: c(ctx) }),
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/events",
    scope: "case",
    rule: "anyone who sees the case may record that authority action has started",
    call: async (ctx) => ({
      path: c(ctx, "/events"),
      body: {
        version: await caseVersion(ctx),
        event: {
          type: "record_authority_action",
          kind: "report_of_concern",
          note: "Orosanmälan gjord.",
          closesCase: false,
        },
      },
    }),
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/members",
    scope: "case",
    rule: "the coordinators form the network",
    call: (ctx) => ({
      path: c(ctx, "/members"),
      body: {
        role: "participant",
        userId: ctx.w.spareUser,
        unitId: ctx.w.tenant.unitId("central"),
      },
    }),
    expect: coordinatorWrite,
  },
  {
    route: "DELETE /api/cases/{id}/members/{memberId}",
    scope: "case",
    rule: "the coordinators form the network",
    call: async (ctx) => {
      if (!ctx.refs.memberRowId) return null;
      const id = await cloneRow(ctx.db, "case_member", ctx.refs.memberRowId, {
        user_id: ctx.w.spareUser,
        unit_id: ctx.w.tenant.unitId("central"),
      });
      return { path: c(ctx, `/members/${id}`) };
    },
    expect: coordinatorWrite,
  },
  {
    route: "POST /api/cases/{id}/consents",
    scope: "case",
    rule: "coordinators, the raiser (and raising principal) and intake record consent",
    call: (ctx) => ({
      path: c(ctx, "/consents"),
      body: consentOf([guardianOf(ctx)!], [ctx.w.tenant.unitId("hab")]),
    }),
    expect: (s) =>
      allowIf(
        seesCase(s) &&
          (coordinates(s) || ["raiser", "raising_principal", "intake"].includes(s.relation)),
      ),
  },
  {
    route: "POST /api/cases/{id}/consents/{consentId}/withdraw",
    scope: "case",
    rule: "as recording consent",
    call: async (ctx) => {
      const id = await cloneRow(ctx.db, "consent", ctx.refs.consentId, { withdrawn_at: null });
      return { path: c(ctx, `/consents/${id}/withdraw`), body: { reason: "Familjen ångrar sig." } };
    },
    expect: (s) =>
      allowIf(
        seesCase(s) &&
          (coordinates(s) || ["raiser", "raising_principal", "intake"].includes(s.relation)),
      ),
  },
  {
    route: "POST /api/cases/{id}/emergency-access",
    scope: "case",
    rule: "any professional of the tenant who is not only an analyst, with a reason",
    call: (ctx) => ({
      path: c(ctx, "/emergency-access"),
      body: {
        category: "risk_to_life_or_health",
        reason: "Akut läge: barnet har inte kommit hem och skolan behöver planen nu.",
      },
    }),
    expect: (s) => allowIf(caseworker(s) && s.relation !== "other_tenant"),
  },
  {
    route: "POST /api/cases/{id}/attachments",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) => ({
      path: c(ctx, "/attachments"),
      body: {
        filename: "intyg.pdf",
        contentType: "application/pdf",
        data: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"),
      },
    }),
    expect: caseRead,
  },
  {
    route: "GET /api/cases/{id}/attachments/{attachmentId}",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) =>
      ctx.refs.attachmentId && { path: c(ctx, `/attachments/${ctx.refs.attachmentId}`) },
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/meetings",
    scope: "case",
    rule: "the coordinators run the meetings",
    call: (ctx) => ({
      path: c(ctx, "/meetings"),
      body: { kind: "follow_up", startsAt: soon(14), endsAt: soon(14.04), place: "Skolan" },
    }),
    expect: coordinatorWrite,
  },
  {
    route: "GET /api/cases/{id}/meetings/{meetingId}",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) => ctx.refs.meetingId && { path: c(ctx, `/meetings/${ctx.refs.meetingId}`) },
    expect: caseRead,
  },
  {
    route: "PATCH /api/cases/{id}/meetings/{meetingId}",
    scope: "case",
    rule: "the coordinators run the meetings",
    call: async (ctx) =>
      ctx.refs.meetingId && {
        path: c(ctx, `/meetings/${ctx.refs.meetingId}`),
        body: { version: await meetingVersion(ctx), minutes: "Protokoll." },
      },
    expect: coordinatorWrite,
  },
  {
    route: "GET /api/cases/{id}/meetings/{meetingId}/invitations/{memberId}",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) =>
      ctx.refs.meetingId && {
        path: c(ctx, `/meetings/${ctx.refs.meetingId}/invitations/${ctx.refs.coordinatorMemberId}`),
      },
    expect: caseRead,
  },
  {
    route: "GET /api/cases/{id}/network-map",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) => ({ path: c(ctx, "/network-map") }),
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/network-map",
    scope: "case",
    rule: "the coordinators keep the network map",
    call: (ctx) => ({
      path: c(ctx, "/network-map"),
      body: { network: "private", sector: "friends", name: "Kompisen", closeness: 2 },
    }),
    expect: coordinatorWrite,
  },
  {
    route: "DELETE /api/cases/{id}/network-map/{entryId}",
    scope: "case",
    rule: "the coordinators keep the network map",
    call: async (ctx) => {
      if (!ctx.refs.entryId) return null;
      const id = await cloneRow(ctx.db, "network_map_entry", ctx.refs.entryId, {});
      return { path: c(ctx, `/network-map/${id}`) };
    },
    expect: coordinatorWrite,
  },
];

function guardianOf(ctx: Ctx) {
  return ctx.refs.childId === ctx.w.childY.id
    ? ctx.w.childY.guardians[0]
    : ctx.w.childX.guardians[0];
}
