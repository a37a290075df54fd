import type { SteeringReport, SteeringSeries } from "@kring/contracts";
import type { PeriodSize, ReportPeriod } from "@kring/domain/statistics";
import { useQuery } from "@tanstack/react-query";
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
