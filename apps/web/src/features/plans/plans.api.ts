import type {
  OfferSearchResponse,
  ActionNoteRequest,
  AgreementResult,
  HandoverListResponse,
  ProposeHandoverRequest,
  StructureResponse,
  CaseDetail,
  CompareResponse,
  FollowUpRequest,
  PlanContentBody,
  PlanDetail,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";

export type Party = { kind: "guardian"; guardianId: string } | { kind: "child" };

const planKey = (caseId: string) => ["plans", caseId] as const;

export function usePlan(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: planKey(caseId),
    queryFn: () => api.get<PlanDetail>(`/api/cases/${caseId}/plan`),
  });
}

/**
 * A change to the plan; afterwards the plan, the case and the worklist are read again. The
 * refetch is not awaited, so the caller's own callbacks (announcements) run before the page
 * re-renders without the form that made the change.
 */
function usePlanMutation<I, O>(caseId: string, run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => {
      for (const queryKey of [planKey(caseId), ["cases"], ["worklist"]])
        void client.invalidateQueries({ queryKey });
    },
  });
}

export function usePlanActions(caseId: string) {
  const api = useApi();
  const base = `/api/cases/${caseId}/plan`;
  return {
    start: usePlanMutation(caseId, () => api.post<{ revision: number }>(`${base}/draft`)),
    save: usePlanMutation(caseId, (input: { revision: number; content: PlanContentBody }) =>
      api.patch<{ revision: number }>(`${base}/draft`, input),
    ),
    propose: usePlanMutation(caseId, (revision: number) =>
      api.post(`${base}/draft/propose`, { revision }),
    ),
    agree: usePlanMutation(caseId, (input: { revision: number; parties: Party[] }) =>
      api.post<z.infer<typeof AgreementResult>>(`${base}/draft/agreements`, input),
    ),
    followUp: usePlanMutation(caseId, (input: z.input<typeof FollowUpRequest>) =>
      api.post(`${base}/follow-ups`, input),
    ),
  };
}

export function useCompare(caseId: string, a: number, b: number) {
  const api = useApi();
  return useQuery({
    queryKey: [...planKey(caseId), "compare", a, b],
    queryFn: () =>
      api.get<z.infer<typeof CompareResponse>>(`/api/cases/${caseId}/plan/compare?a=${a}&b=${b}`),
    enabled: a > 0 && b > 0 && a !== b,
  });
}

export const planPdfUrl = (caseId: string, edition: "family" | "professional") =>
  `/api/cases/${caseId}/plan/pdf?edition=${edition}`;
export const planFhirUrl = (caseId: string) => `/api/cases/${caseId}/plan/fhir`;

/** The professionals in the case's network, to name as responsible for an action. */
export function useNetworkMembers(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ["cases", "detail", caseId],
    queryFn: () => api.get<CaseDetail>(`/api/cases/${caseId}`),
    select: (c) =>
      c.members.flatMap((m) =>
        m.userId
          ? [{ userId: m.userId, name: m.displayName, unitId: m.unitId, unitName: m.unitName }]
          : [],
      ),
  });
}

/** The joint offer's active entries, to choose a plan action from (issue #22). */
export function useOfferEntries() {
  const api = useApi();
  return useQuery({
    queryKey: ["offer", "list", ""],
    queryFn: () => api.get<z.infer<typeof OfferSearchResponse>>("/api/offer"),
    select: (r) => r.entries.filter((e) => e.active),
  });
}

export function useUnits() {
  const api = useApi();
  return useQuery({
    queryKey: ["structure"],
    queryFn: () => api.get<StructureResponse>("/api/structure"),
    select: (s) => [...s.units].sort((a, b) => a.name.localeCompare(b.name, "sv")),
  });
}

export function useProposeHandover(caseId: string) {
  const api = useApi();
  return usePlanMutation(caseId, (input: z.input<typeof ProposeHandoverRequest>) =>
    api.post<{ id: string }>(`/api/cases/${caseId}/plan/handovers`, input),
  );
}

export function useActionNote(caseId: string) {
  const api = useApi();
  return usePlanMutation(
    caseId,
    ({ actionId, ...body }: { actionId: string } & z.input<typeof ActionNoteRequest>) =>
      api.post(`/api/cases/${caseId}/plan/actions/${encodeURIComponent(actionId)}/notes`, body),
  );
}

const incomingKey = ["plans", "handovers", "incoming"] as const;

export function useIncomingHandovers() {
  const api = useApi();
  return useQuery({
    queryKey: incomingKey,
    queryFn: () => api.get<z.infer<typeof HandoverListResponse>>("/api/plan-handovers/incoming"),
  });
}

export function useDecideHandover() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: "accept" | "decline" }) =>
      api.post<{ status: string }>(`/api/plan-handovers/${id}/decision`, { decision }),
    onSettled: () => void client.invalidateQueries({ queryKey: incomingKey }),
  });
}
