import { type ConsentRules, consentRefusal, consentRefusalMessage } from "@kring/domain/consent";
import { stockholmDate } from "@kring/domain/cases";
import { ApiError } from "../../../platform/api/api-error";
import type { ConsentInputBody } from "../shared/case-types";

/** The consent part of a form, as the user fills it in. */
export interface ConsentValues {
  guardianIds: string[];
  byChild: boolean;
  unitIds: string[];
  purpose: string;
  validUntil: string;
  /** Professionals record written (with the signed form) or oral (at a named meeting) consent. */
  method: "written" | "oral";
  meeting: string;
  file: File | null;
}

export const emptyConsent = (unitIds: string[] = [], withFile = true): ConsentValues => ({
  guardianIds: [],
  byChild: false,
  unitIds,
  purpose: "",
  validUntil: "",
  method: withFile ? "written" : "oral",
  meeting: "",
  file: null,
});

export function consentInput(values: ConsentValues, documentId?: string): ConsentInputBody {
  return {
    givenBy: [
      ...values.guardianIds.map((guardianId) => ({ kind: "guardian" as const, guardianId })),
      ...(values.byChild ? [{ kind: "child" as const }] : []),
    ],
    unitIds: values.unitIds,
    purpose: values.purpose,
    validUntil: values.validUntil || null,
    method: values.method,
    meeting: values.method === "oral" ? values.meeting : null,
    documentId: documentId ?? null,
  };
}

/** What the form knows of the child for the consent rules; the guardians when it may see them. */
export interface ConsentContext {
  birthDate: string;
  guardianIds: string[] | null;
  rules: ConsentRules;
}

/**
 * The domain's rule, run before anything is sent: a refusal the server would give, said the
 * same way (at the field "consent.<field>"), so no request is stored without its consent.
 */
export function consentProblem(values: ConsentValues, context: ConsentContext): ApiError | null {
  const refusal = consentRefusal(
    {
      birthDate: context.birthDate,
      on: stockholmDate(new Date()),
      guardianIds: context.guardianIds ?? values.guardianIds,
      givenByGuardianIds: values.guardianIds,
      byChild: values.byChild,
      method: values.method,
      // The form is uploaded once the case exists: here it is enough that one is chosen.
      documentId: values.file ? "chosen" : null,
      meeting: values.meeting,
      recordedBy: "professional",
    },
    context.rules,
  );
  if (!refusal) return null;
  const text = consentRefusalMessage(refusal, context.rules);
  const field =
    refusal === "document_required"
      ? "file"
      : refusal === "meeting_required"
        ? "meeting"
        : "givenBy";
  return new ApiError(400, refusal, text, [{ field: `consent.${field}`, message: text.sv }]);
}
