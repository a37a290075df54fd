import type { SteeringReport, SteeringSeries, SteeringTargetList } from "@kring/contracts";
import type { PeriodSize, ReportPeriod } from "@kring/domain/statistics";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";

export type OverviewView = z.infer<typeof SteeringReport>;
export type FigureView = OverviewView["groups"][number]["indicators"][number];
export type DefinitionView = OverviewView["definitions"][number];
export type SeriesView = z.infer<typeof SteeringSeries>;

export const steeringKey = ["steering"] as const;

/** Every indicator for one period (the municipality and each area the reader may see). */
export function useOverview(period: ReportPeriod) {
  const api = useApi();
  return useQuery({
    queryKey: [...steeringKey, "overview", period.from, period.to],
    queryFn: () =>
      api.get<OverviewView>(`/api/steering/indicators?from=${period.from}&to=${period.to}`),
  });
}

/** One indicator over the `count` periods ending with `last`. */
export function useSeries(indicator: string, size: PeriodSize, last: ReportPeriod, count: number) {
  const api = useApi();
  const query = new URLSearchParams({ size, to: last.to, count: String(count) });
  return useQuery({
    queryKey: [...steeringKey, "series", indicator, size, last.to, count],
    queryFn: () =>
      api.get<SeriesView>(
        `/api/steering/indicators/${encodeURIComponent(indicator)}/series?${query.toString()}`,
      ),
    retry: false,
  });
}

export type TargetView = z.infer<typeof SteeringTargetList>["targets"][number];

/** The targets the reader may see. */
export function useTargets() {
  const api = useApi();
  return useQuery({
    queryKey: [...steeringKey, "targets"],
    queryFn: () => api.get<z.infer<typeof SteeringTargetList>>("/api/steering/targets"),
  });
}

/** Sets (target null: removes) the steering group's target for an indicator and area. */
export function useSetTarget(indicator: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { area: string | null; target: number | null; amber: number | null }) =>
      api.put<null>(`/api/steering/targets/${encodeURIComponent(indicator)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: [...steeringKey, "targets"] }),
  });
}

/** The target for an indicator in a group (area name, null: the municipality). */
export const targetFor = (
  targets: TargetView[] | undefined,
  indicator: string,
  area: string | null,
) => targets?.find((t) => t.indicator === indicator && t.area === area);
