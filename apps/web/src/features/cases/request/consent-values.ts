import type { ConsentInputBody } from "../shared/case-types";

/** The consent part of a form, as the user fills it in. */
export interface ConsentValues {
  guardianIds: string[];
  byChild: boolean;
  unitIds: string[];
  purpose: string;
  validUntil: string;
  file: File | null;
}

export const emptyConsent = (unitIds: string[] = []): ConsentValues => ({
  guardianIds: [],
  byChild: false,
  unitIds,
  purpose: "",
  validUntil: "",
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
    documentId: documentId ?? null,
  };
}
