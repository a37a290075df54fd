import type { Ctx, RouteRule, Subject } from "./authz-harness";
import { planContent } from "./authz-cases";
import { cloneRow, draftRevision } from "./authz-prepare";
import {
  allowIf,
  caseRead,
  caseWrite,
  followUpWrite,
  inNetwork,
  leadsPlan,
  seesCase,
} from "./authz-rules";

// The child's plan and the case's instruments. The plan is the network's: read by whoever sees
// the case, written by the network (a 422 outside the writable stages still got past access).

const c = (ctx: Ctx, rest = "") => `/api/cases/${ctx.refs.caseId}${rest}`;
const today = () => new Date().toISOString().slice(0, 10);
const withPlan = (ctx: Ctx, path: string, body?: unknown) =>
  ctx.refs.planVersion ? { path: c(ctx, path), body } : null;

const networkWrite = (s: Subject) => caseWrite(s, inNetwork(s));
const leadWrite = (s: Subject) => caseWrite(s, leadsPlan(s));
/** Follow-up continues while the case is open; a closed case's plan is history. */
const followUp = (s: Subject) => caseWrite(s, inNetwork(s));

export const PLAN_ROUTES: RouteRule[] = [
  {
    route: "GET /api/cases/{id}/plan",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) => withPlan(ctx, "/plan"),
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/plan/draft",
    scope: "case",
    rule: "the network writes the plan",
    call: (ctx) => withPlan(ctx, "/plan/draft"),
    expect: networkWrite,
  },
  {
    route: "PATCH /api/cases/{id}/plan/draft",
    scope: "case",
    rule: "the network writes the plan",
    call: async (ctx) =>
      withPlan(ctx, "/plan/draft", {
        revision: await draftRevision(ctx),
        content: planContent(ctx.w.tenant.unitId("eht"), ctx.w.userIds.contact_person!),
      }),
    expect: networkWrite,
  },
  {
    route: "POST /api/cases/{id}/plan/draft/propose",
    scope: "case",
    rule: "the coordinators and the contact person put a draft to the family",
    call: async (ctx) =>
      withPlan(ctx, "/plan/draft/propose", { revision: await draftRevision(ctx) }),
    expect: leadWrite,
  },
  {
    route: "POST /api/cases/{id}/plan/draft/agreements",
    scope: "case",
    rule: "the coordinators and the contact person record the family's agreement",
    call: async (ctx) =>
      withPlan(ctx, "/plan/draft/agreements", {
        revision: await draftRevision(ctx),
        parties: [{ kind: "guardian", guardianId: guardianOf(ctx) }],
      }),
    expect: leadWrite,
  },
  {
    route: "GET /api/cases/{id}/plan/compare",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) =>
      withPlan(ctx, `/plan/compare?a=${ctx.refs.planVersion}&b=${ctx.refs.planVersion}`),
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/plan/follow-ups",
    scope: "case",
    rule: "the network follows the plan up while the case is open",
    call: (ctx) =>
      withPlan(ctx, "/plan/follow-ups", {
        heldOn: today(),
        summary: "Det går bättre.",
        assessments: [{ goalId: "g-skola", level: "some_progress" }],
      }),
    expect: followUp,
  },
  {
    route: "POST /api/cases/{id}/plan/actions/{actionId}/notes",
    scope: "case",
    rule: "the network notes an action's progress while the case is open",
    call: (ctx) =>
      withPlan(ctx, "/plan/actions/a-samtal/notes", { status: "in_progress", note: "Två samtal." }),
    expect: followUp,
  },
  {
    route: "GET /api/cases/{id}/plan/pdf",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) => withPlan(ctx, `/plan/pdf?version=${ctx.refs.planVersion}`),
    expect: caseRead,
  },
  {
    route: "GET /api/cases/{id}/plan/fhir",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) => withPlan(ctx, `/plan/fhir?version=${ctx.refs.planVersion}`),
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/plan/handovers",
    scope: "case",
    rule: "the coordinators and the contact person hand the plan over",
    call: (ctx) =>
      withPlan(ctx, "/plan/handovers", {
        kind: "unit_change",
        fromUnitId: ctx.w.tenant.unitId("school"),
        toUnitId: ctx.w.tenant.unitId("spare"),
      }),
    expect: leadWrite,
  },
  {
    route: "POST /api/plan-handovers/{id}/decision",
    scope: "case",
    rule: "withdrawing a handover: as handing over (accepting belongs to the receiving unit)",
    call: async (ctx) =>
      ctx.refs.handoverId
        ? {
            path: `/api/plan-handovers/${await cloneRow(ctx.db, "plan_handover", ctx.refs.handoverId, {})}/decision`,
            body: { decision: "withdraw" },
          }
        : null,
    expect: leadWrite,
  },
  {
    route: "GET /api/cases/{id}/instruments",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) => ({ path: c(ctx, "/instruments") }),
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/instruments/requests",
    scope: "case",
    rule: "the coordinators send forms; the contact person during the follow-up (ADR 0026)",
    call: (ctx) => ({
      path: c(ctx, "/instruments/requests"),
      body: {
        instrument: "sdq",
        version: "4-17",
        informant: "parent",
        respondent: { kind: "guardian", guardianId: guardianOf(ctx) },
        dueDate: today(),
      },
    }),
    expect: followUpWrite,
  },
  {
    route: "GET /api/cases/{id}/instruments/requests/{requestId}",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) =>
      ctx.refs.instrumentRequestId && {
        path: c(ctx, `/instruments/requests/${ctx.refs.instrumentRequestId}`),
      },
    expect: caseRead,
  },
  {
    route: "POST /api/cases/{id}/instruments/requests/{requestId}/cancel",
    scope: "case",
    rule: "the coordinators send and cancel forms; the contact person during the follow-up",
    call: async (ctx) =>
      ctx.refs.instrumentRequestId && {
        path: c(
          ctx,
          `/instruments/requests/${await cloneRow(ctx.db, "instrument_request", ctx.refs.instrumentRequestId, {})}/cancel`,
        ),
      },
    expect: followUpWrite,
  },
  {
    route: "POST /api/cases/{id}/instruments/requests/{requestId}/response",
    scope: "case",
    rule: "only the professional the form was sent to (this one went to a guardian: nobody here)",
    call: (ctx) =>
      ctx.refs.instrumentRequestId && {
        path: c(ctx, `/instruments/requests/${ctx.refs.instrumentRequestId}/response`),
        body: { form: "sdq-parent", answers: Array(25).fill(0) },
      },
    // On a closed case the guard answers first: read-only for all who see it.
    expect: (s) => caseWrite(s, false),
  },
  {
    route: "GET /api/cases/{id}/instruments/fhir",
    scope: "case",
    rule: "whoever sees the case",
    call: (ctx) => ({ path: c(ctx, "/instruments/fhir") }),
    expect: (s) => allowIf(seesCase(s)),
  },
];

function guardianOf(ctx: Ctx) {
  return ctx.refs.childId === ctx.w.childY.id
    ? ctx.w.childY.guardians[0]
    : ctx.w.childX.guardians[0];
}
