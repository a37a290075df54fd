import type { StructureResponse } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import type {
  CreateAreaInput,
  CreateOrganisationInput,
  CreateUnitInput,
  UpdateUnitInput,
} from "../admin-types";

export const structureQueryKey = ["structure"] as const;

/** Organisations, areas and units: not personal data, readable by every user. */
export function useStructure() {
  const api = useApi();
  return useQuery({
    queryKey: structureQueryKey,
    queryFn: () => api.get<StructureResponse>("/api/structure"),
  });
}

function useStructureMutation<TInput>(send: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: structureQueryKey }),
  });
}

export function useCreateOrganisation() {
  const api = useApi();
  return useStructureMutation((input: CreateOrganisationInput) =>
    api.post("/api/admin/organisations", input),
  );
}

export function useCreateArea() {
  const api = useApi();
  return useStructureMutation((input: CreateAreaInput) => api.post("/api/admin/areas", input));
}

export function useCreateUnit() {
  const api = useApi();
  return useStructureMutation((input: CreateUnitInput) => api.post("/api/admin/units", input));
}

export function useUpdateUnit(unitId: string) {
  const api = useApi();
  return useStructureMutation((input: UpdateUnitInput) =>
    api.patch(`/api/admin/units/${unitId}`, input),
  );
}
