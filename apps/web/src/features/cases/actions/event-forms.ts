import type { DeclineReason } from "@kring/domain/cases";
import { todayInSweden } from "../shared/format";
import type { EventForm } from "./event-form-types";
import { AuthorityActionFields } from "./fields/AuthorityActionFields";
import { CloseFields } from "./fields/CloseFields";
import { ContactPersonFields } from "./fields/ContactPersonFields";
import { CoordinatorFields } from "./fields/CoordinatorFields";
import { DateFields } from "./fields/DateFields";
import { DeclineFields } from "./fields/DeclineFields";
import { evaluationOf, goalFields } from "./fields/EvaluationFields";
import { EvaluationStepFields } from "./fields/EvaluationStepFields";
import { StartEvaluationFields } from "./fields/StartEvaluationFields";
import { SpokespersonFields } from "./fields/SpokespersonFields";

const onToday = () => ({ on: todayInSweden() });
const reflection = (v: Record<string, string>) => ({
  whatWorked: v.whatWorked ?? "",
  whatGotInTheWay: v.whatGotInTheWay ?? "",
  themeIds: v.themeIds ? v.themeIds.split(",") : undefined,
  organisationId: v.organisationId || undefined,
});

/**
 * Every step a case can take, as the API's allowedEvents names them. Holding a meeting is not
 * here: a meeting is planned and then marked held on its own page; nor is agreeing the plan,
 * which the family's agreement on the plan page does.
 */
export const EVENT_FORMS: Record<string, EventForm> = {
  submit: { toEvent: () => ({ type: "submit" }) },
  accept: { toEvent: () => ({ type: "accept" }) },
  decline: {
    Fields: DeclineFields,
    toEvent: (v) => ({
      type: "decline",
      otherAction: v.otherAction ?? "",
      reason: v.reason ?? "",
      // Left unchosen, the server refuses the empty code and the list shows why.
      reasonCode: (v.reasonCode ?? "") as DeclineReason,
    }),
  },
  appoint_coordinators: {
    Fields: CoordinatorFields,
    toEvent: (v) => ({
      type: "appoint_coordinators",
      leadUserId: v.leadUserId ?? "",
      documentingUserId: v.documentingUserId ?? "",
    }),
  },
  record_first_contact: {
    initial: onToday,
    Fields: DateFields,
    toEvent: (v) => ({ type: "record_first_contact", on: v.on || undefined }),
  },
  appoint_spokesperson: {
    Fields: SpokespersonFields,
    toEvent: (v) => ({
      type: "appoint_spokesperson",
      name: v.name ?? "",
      relation: v.relation ?? "",
      email: v.email || null,
    }),
  },
  appoint_contact_person: {
    Fields: ContactPersonFields,
    toEvent: (v) => ({
      type: "appoint_contact_person",
      userId: v.userId ?? "",
      unitId: v.unitId ?? "",
    }),
  },
  record_eht_review: {
    initial: onToday,
    Fields: DateFields,
    toEvent: (v) => ({ type: "record_eht_review", on: v.on || undefined }),
  },
  start_evaluation: {
    Fields: StartEvaluationFields,
    toEvent: (v) => ({ type: "start_evaluation", earlyReason: v.earlyReason || undefined }),
  },
  record_evaluation: {
    initial: goalFields,
    Fields: EvaluationStepFields,
    toEvent: (v) => ({
      type: "record_evaluation",
      evaluation: {
        ...evaluationOf(v),
        // Optional here: sent when the network wrote something (both texts are then needed).
        reflection: v.whatWorked?.trim() || v.whatGotInTheWay?.trim() ? reflection(v) : undefined,
      },
    }),
  },
  close: {
    // The short evaluation is asked for unless one was recorded at the evaluation meeting.
    initial: (detail) =>
      detail.closureCheck?.evaluationRecorded
        ? { needsEvaluation: "" }
        : { needsEvaluation: "yes", ...goalFields(detail) },
    Fields: CloseFields,
    toEvent: (v) => ({
      type: "close",
      reason: v.reason as "goals_met",
      note: v.note || undefined,
      reflection: reflection(v),
      evaluation: v.needsEvaluation ? evaluationOf(v) : undefined,
      earlyReason: v.earlyReason || undefined,
      measurementSkipReason: v.measurementSkipReason || undefined,
    }),
  },
  record_authority_action: {
    initial: () => ({ kind: "report_of_concern", closesCase: "" }),
    Fields: AuthorityActionFields,
    toEvent: (v) => ({
      type: "record_authority_action",
      kind: v.kind as "report_of_concern",
      note: v.note ?? "",
      closesCase: v.closesCase === "yes",
      reflection: v.closesCase === "yes" ? reflection(v) : undefined,
    }),
  },
};
