import { consentOf } from "./authz-cases";
import type { Ctx, RouteRule } from "./authz-harness";
import { cloneRow, caseVersion, meetingVersion } from "./authz-prepare";
import {
  EMERGENCY_ROLES,
  allowIf,
  caseRead,
  caseWrite,
  caseworker,
  coordinates,
  coordinatorWrite,
  followUpWrite,
  hasRole,
  INTAKE,
  raiserCompletes,
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
    rule: "anyone in the network (not emergency access) may record that authority action has started",
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
    expect: (s) => caseWrite(s),
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
    rule: "coordinators and intake record consent (the raiser until the request is assessed)",
    call: (ctx) => ({
      path: c(ctx, "/consents"),
      body: consentOf([guardianOf(ctx)!], [ctx.w.tenant.unitId("hab")]),
    }),
    expect: (s) =>
      raiserCompletes(s) ? "allow" : caseWrite(s, coordinates(s) || s.relation === "intake"),
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
      raiserCompletes(s) ? "allow" : caseWrite(s, coordinates(s) || s.relation === "intake"),
  },
  {
    route: "POST /api/cases/{id}/consent-requests",
    scope: "case",
    rule: "as recording consent: ask the family to give it in the family view",
    call: (ctx) => ({
      path: c(ctx, "/consent-requests"),
      body: { unitIds: [ctx.w.tenant.unitId("hab")], purpose: "Samordnat stöd" },
    }),
    expect: (s) =>
      raiserCompletes(s) ? "allow" : caseWrite(s, coordinates(s) || s.relation === "intake"),
  },
  {
    route: "GET /api/cases/{id}/consent-requests",
    scope: "case",
    rule: "whoever reads the case's consents, and the raiser until the request is assessed",
    call: (ctx) => ({ path: c(ctx, "/consent-requests") }),
    expect: (s) => (raiserCompletes(s) ? "allow" : caseRead(s)),
  },
  {
    route: "POST /api/cases/{id}/emergency-access",
    scope: "case",
    rule: "the roles the tenant lists (default social secretary, central coordinator, principal)",
    call: (ctx) => ({
      path: c(ctx, "/emergency-access"),
      body: {
        category: "risk_to_life_or_health",
        reason: "Akut läge: barnet har inte kommit hem och skolan behöver planen nu.",
      },
    }),
    expect: (s) =>
      allowIf(caseworker(s) && s.relation !== "other_tenant" && hasRole(s, ...EMERGENCY_ROLES)),
  },
  {
    route: "POST /api/cases/{id}/attachments",
    scope: "case",
    rule: "whoever writes in the case, and the raiser (a scanned consent form) until it is assessed",
    call: (ctx) => ({
      path: c(ctx, "/attachments"),
      body: {
        filename: "intyg.pdf",
        contentType: "application/pdf",
        data: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"),
      },
    }),
    expect: (s) => (raiserCompletes(s) ? "allow" : caseWrite(s)),
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
    rule: "the coordinators run the meetings; the contact person the follow-up meetings (ADR 0026)",
    call: (ctx) => ({
      path: c(ctx, "/meetings"),
      body: { kind: "follow_up", startsAt: soon(14), endsAt: soon(14.04), place: "Skolan" },
    }),
    expect: followUpWrite,
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
    rule: "the coordinators run the meetings; the contact person the follow-up meetings (ADR 0026)",
    call: async (ctx) =>
      ctx.refs.meetingId && {
        path: c(ctx, `/meetings/${ctx.refs.meetingId}`),
        body: { version: await meetingVersion(ctx), minutes: "Protokoll." },
      },
    expect: followUpWrite,
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
    route: "GET /api/cases/{id}/meetings/{meetingId}/family-invitations/{inviteeId}",
    scope: "case",
    rule: "whoever sees the case (a guardian's invitation, to send on)",
    call: async (ctx) => {
      if (!ctx.refs.meetingId) return null;
      const invitee = await ctx.db
        .selectFrom("meeting_family_invitee")
        .select("id")
        .where("meeting_id", "=", ctx.refs.meetingId)
        .executeTakeFirstOrThrow();
      return { path: c(ctx, `/meetings/${ctx.refs.meetingId}/family-invitations/${invitee.id}`) };
    },
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/meetings/{meetingId}/cancel",
    scope: "case",
    rule: "who plans the meeting cancels it with a reason (a stale version here: 409, still planned)",
    call: async (ctx) =>
      ctx.refs.meetingId && {
        path: c(ctx, `/meetings/${ctx.refs.meetingId}/cancel`),
        body: { version: (await meetingVersion(ctx)) + 1000, reason: "Sjukdom." },
      },
    expect: followUpWrite,
  },
  {
    route: "POST /api/cases/{id}/meetings/{meetingId}/reschedule",
    scope: "case",
    rule: "who plans the meeting moves it (a stale version here: 409, not moved)",
    call: async (ctx) =>
      ctx.refs.meetingId && {
        path: c(ctx, `/meetings/${ctx.refs.meetingId}/reschedule`),
        body: {
          version: (await meetingVersion(ctx)) + 1000,
          startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 9 * 86_400_000 + 3_600_000).toISOString(),
        },
      },
    expect: followUpWrite,
  },
  {
    route: "POST /api/cases/{id}/meetings/{meetingId}/family-invitees",
    scope: "case",
    rule: "who plans the meeting invites the family (already invited: nothing changes)",
    call: (ctx) =>
      ctx.refs.meetingId && { path: c(ctx, `/meetings/${ctx.refs.meetingId}/family-invitees`) },
    expect: followUpWrite,
  },
  {
    route: "POST /api/cases/{id}/meetings/{meetingId}/attendance",
    scope: "case",
    rule: "who runs the meeting records who came (this follow-up meeting is not held: 409)",
    call: (ctx) =>
      ctx.refs.meetingId && {
        path: c(ctx, `/meetings/${ctx.refs.meetingId}/attendance`),
        body: { members: [{ memberId: ctx.refs.coordinatorMemberId, attended: true }] },
      },
    expect: followUpWrite,
  },
  {
    route: "POST /api/cases/{id}/decision-tasks/{taskId}/done",
    scope: "case",
    rule: "the decision's owner (here the coordinator) or a coordinator marks it done",
    call: (ctx) =>
      ctx.refs.decisionTaskId && {
        path: c(ctx, `/decision-tasks/${ctx.refs.decisionTaskId}/done`),
        body: { note: null },
      },
    expect: coordinatorWrite,
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
    route: "POST /api/cases/{id}/meetings/{meetingId}/corrections",
    scope: "case",
    rule: "who runs the meeting corrects held minutes (a new version; this follow-up meeting is not held: 409)",
    call: (ctx) =>
      ctx.refs.meetingId && {
        path: c(ctx, `/meetings/${ctx.refs.meetingId}/corrections`),
        body: { minutes: "Rättat.", decisions: [], childVoice: null, reason: "Fel namn." },
      },
    expect: followUpWrite,
  },
  {
    route: "POST /api/cases/{id}/reopen",
    scope: "case",
    rule: "a central coordinator who sees the case (not through emergency access) reopens it",
    // A stale version: past access the answer is 409, so the world's closed case stays closed.
    call: async (ctx) => ({
      path: c(ctx, "/reopen"),
      body: { version: (await caseVersion(ctx)) + 1000, reason: "Familjen hör av sig igen." },
    }),
    expect: (s) =>
      allowIf(seesCase(s) && s.relation !== "emergency" && hasRole(s, "central_coordinator")),
  },
  {
    route: "GET /api/requests/{id}/family",
    scope: "case",
    rule: "the raiser, to complete the guardians and consent until the request is assessed",
    call: (ctx) => ({ path: `/api/requests/${ctx.refs.caseId}/family` }),
    expect: (s) => allowIf(raiserCompletes(s)),
  },
  {
    route: "POST /api/requests/{id}/guardians",
    scope: "case",
    rule: "the raiser, for a child they registered by hand (the world's children are from the register: refused for all)",
    call: (ctx) => ({
      path: `/api/requests/${ctx.refs.caseId}/guardians`,
      body: { givenName: "Ny", familyName: "Vårdnadshavare" },
    }),
    expect: () => "deny",
  },
  {
    route: "POST /api/cases/{id}/replace-coordinator",
    scope: "case",
    rule: "the intake roles whose unit consent names, for a running case (ADR 0025); closed: read-only",
    // A stale version: past access the answer is 409, so the world's coordinators stay.
    call: async (ctx) => ({
      path: c(ctx, "/replace-coordinator"),
      body: {
        version: (await caseVersion(ctx)) + 1000,
        role: "coordinator_documenting",
        userId: ctx.w.spareUser,
        reason: "Fel person utsedd.",
      },
    }),
    expect: (s) => {
      if (!hasRole(s, ...INTAKE) || s.relation === "other_tenant") return "deny";
      if (s.on === "closed") return "no_write";
      // The world's consents name central student health (central coordinators), not IFO.
      return allowIf(
        hasRole(s, "central_coordinator") && s.on !== "withdrawn" && s.on !== "assessment",
      );
    },
  },
  {
    route: "POST /api/cases/{id}/replace-contact-person",
    scope: "case",
    rule: "a principal in the network (the world's principal left it: refused for all who write)",
    call: async (ctx) => ({
      path: c(ctx, "/replace-contact-person"),
      body: {
        version: (await caseVersion(ctx)) + 1000,
        userId: ctx.w.spareUser,
        unitId: ctx.w.tenant.unitId("eht"),
        reason: "Kontaktpersonen slutar.",
      },
    }),
    expect: (s) => caseWrite(s, hasRole(s, "principal")),
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
