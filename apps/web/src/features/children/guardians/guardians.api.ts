import type {
  AddGuardianRequest,
  ChildGuardians,
  GuardianChildFound,
  UpdateGuardianRequest,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";

export type GuardianInput = z.input<typeof AddGuardianRequest>;
export type GuardianChanges = z.input<typeof UpdateGuardianRequest>;
export type ManagedGuardian = ChildGuardians["guardians"][number];

const key = (childId: string) => ["children", childId, "guardians"];

export function useChildGuardians(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: key(childId),
    queryFn: () => api.get<ChildGuardians>(`/api/children/${childId}/guardians`),
  });
}

/** Every change answers with the whole list: it replaces the cached one, and the child's record. */
function useGuardianChange<T>(childId: string, call: (input: T) => Promise<ChildGuardians>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (data) => {
      queryClient.setQueryData(key(childId), data);
      void queryClient.invalidateQueries({ queryKey: ["children", childId], exact: true });
    },
  });
}

export function useAddGuardian(childId: string) {
  const api = useApi();
  return useGuardianChange(childId, (input: GuardianInput) =>
    api.post<ChildGuardians>(`/api/children/${childId}/guardians`, input),
  );
}

export function useUpdateGuardian(childId: string) {
  const api = useApi();
  return useGuardianChange(childId, (input: { id: string; changes: GuardianChanges }) =>
    api.patch<ChildGuardians>(`/api/children/${childId}/guardians/${input.id}`, input.changes),
  );
}

export function useRemoveGuardian(childId: string) {
  const api = useApi();
  return useGuardianChange(childId, (id: string) =>
    api.delete<ChildGuardians>(`/api/children/${childId}/guardians/${id}`),
  );
}

/** The administrator's way to a child: the number goes in a POST body, never a URL. */
export function useFindChildForGuardians() {
  const api = useApi();
  return useMutation({
    mutationFn: (personalNumber: string) =>
      api.post<z.infer<typeof GuardianChildFound>>("/api/guardian-keeping/find-child", {
        personalNumber,
      }),
  });
}
