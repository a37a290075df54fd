import { RegisterRequest } from "@kring/contracts";
import { useMutation } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import { ApiError } from "../../../platform/api/api-error";
import { uploadAttachment } from "../api/attachments";
import { useRefreshCaseLists } from "../api/cases.api";
import type { RegisterRequestInput } from "../shared/case-types";
import {
  type ConsentContext,
  consentInput,
  consentProblem,
  type ConsentValues,
} from "./consent-values";

export interface RegisterFlowInput {
  request: Omit<RegisterRequestInput, "consent">;
  consent: ConsentValues | null;
  /** The child and the tenant's rules, to refuse a consent that may not be given before sending. */
  consentContext: ConsentContext | null;
}

export interface RegisterFlowResult {
  caseId: string;
  /** Set when the request was registered but its consent (with the scanned form) was not. */
  consentError: unknown;
}

const NO_DOCUMENT_YET = "00000000-0000-4000-8000-000000000000";

// The same schema the server validates with, so a request with an attached form is checked whole
// before its three calls begin; field errors show exactly as if the server had answered.
function checkWhole(input: RegisterRequestInput) {
  const result = RegisterRequest.safeParse(input);
  if (result.success) return;
  throw new ApiError(
    400,
    "invalid_input",
    { sv: "Uppgifterna är inte giltiga.", en: "The input is not valid." },
    result.error.issues.map((issue) => ({
      field: issue.path.map(String).join("."),
      message: issue.message,
    })),
  );
}

/**
 * Registers the request. Consent travels with it, except when a scanned form is attached: the
 * form can only be stored once the case exists, so the consent follows, naming the stored form.
 */
export function useRegisterFlow() {
  const api = useApi();
  const refresh = useRefreshCaseLists();
  const register = (input: RegisterRequestInput) =>
    api.post<{ id: string }>("/api/cases", input).then((created) => created.id);
  return useMutation({
    mutationFn: async ({
      request,
      consent,
      consentContext,
    }: RegisterFlowInput): Promise<RegisterFlowResult> => {
      const refused = consent && consentContext && consentProblem(consent, consentContext);
      if (refused) throw refused;
      if (!consent?.file) {
        const caseId = await register({ ...request, consent: consent && consentInput(consent) });
        return { caseId, consentError: null };
      }
      checkWhole({ ...request, consent: consentInput(consent, NO_DOCUMENT_YET) });
      const caseId = await register({ ...request, consent: null });
      try {
        const documentId = await uploadAttachment(api, caseId, consent.file);
        await api.post(`/api/cases/${caseId}/consents`, consentInput(consent, documentId));
        return { caseId, consentError: null };
      } catch (consentError) {
        return { caseId, consentError };
      }
    },
    onSuccess: () => refresh(),
  });
}
