import type { WorklistResponse } from "@kring/contracts";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";
import { worklistKey } from "../cases/api/cases.api";

export type WorklistItem = z.infer<typeof WorklistResponse>["items"][number];

/** "Mina uppgifter": deadlines due soon or overdue, the next two weeks' meetings, intake. */
export function useWorklist() {
  const api = useApi();
  return useQuery({
    queryKey: worklistKey,
    queryFn: () => api.get<z.infer<typeof WorklistResponse>>("/api/worklist"),
  });
}
