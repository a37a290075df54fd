import type { RoleChangesResponse } from "@kring/contracts";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";

export type RoleChangeView = z.infer<typeof RoleChangesResponse>["changes"][number];

/** Under the users' key, so that a change of a role refreshes the list. */
export function useRoleChanges() {
  const api = useApi();
  return useQuery({
    queryKey: ["admin", "users", { view: "role-changes" }],
    queryFn: () => api.get<{ changes: RoleChangeView[] }>("/api/admin/role-changes"),
  });
}
