import {
  SteeringExportQuery,
  SteeringQuery,
  SteeringReport,
  SteeringSeries,
  SteeringSeriesQuery,
  SteeringTargetInput,
  SteeringTargetList,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { INDICATORS } from "./indicators";
import { reportCsv, reportTable } from "./steering-output";
import { periodBefore, steeringPdf } from "./steering-pdf";
import { steeringSeries } from "./steering-series.service";
import { listTargets, setTarget } from "./steering-targets.service";
import { steeringIndicators } from "./steering.service";
import { tableXlsx } from "./steering-xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Steering figures for analysts and steering groups: aggregates only, never a single case. */
export function steeringRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/steering/indicators",
    {
      schema: { tags: ["steering"], querystring: SteeringQuery, response: { 200: SteeringReport } },
    },
    async (request) => {
      const report = await steeringIndicators(db, actorOf(request), request.query);
      return {
        period: report.period,
        groups: report.groups.map(({ area, indicators }) => ({ area, indicators })),
        definitions: INDICATORS,
      };
    },
  );

  r.get(
    "/api/steering/indicators/:indicator/series",
    {
      schema: {
        tags: ["steering"],
        params: z.object({ indicator: z.string().min(1).max(100) }),
        querystring: SteeringSeriesQuery,
        response: { 200: SteeringSeries },
      },
    },
    async (request) => {
      const { indicator } = request.params;
      const points = await steeringSeries(db, actorOf(request), { indicator, ...request.query });
      return {
        definition: INDICATORS.find((i) => i.id === indicator)!,
        periods: points.map(({ period, groups }) => ({
          ...period,
          groups: groups.map(({ area, figure }) => ({ area, figure })),
        })),
      };
    },
  );

  r.get(
    "/api/steering/targets",
    { schema: { tags: ["steering"], response: { 200: SteeringTargetList } } },
    async (request) => ({ targets: await listTargets(db, actorOf(request)) }),
  );

  r.put(
    "/api/steering/targets/:indicator",
    {
      schema: {
        tags: ["steering"],
        params: z.object({ indicator: z.string().min(1).max(100) }),
        body: SteeringTargetInput,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setTarget(db, actorOf(request), {
        indicator: request.params.indicator,
        ...request.body,
      });
      return reply.status(204).send(null);
    },
  );

  // A file for a steering-group meeting: the same protected figures as the overview.
  r.get(
    "/api/steering/export",
    { schema: { tags: ["steering"], querystring: SteeringExportQuery } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      const report = await steeringIndicators(db, actor, query);
      const name = `nyckeltal-${query.from}-${query.to}`;
      if (format === "csv")
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${name}.csv"`)
          .send(reportCsv(report));
      if (format === "xlsx") {
        const { header, rows } = reportTable(report);
        return reply
          .type(XLSX_TYPE)
          .header("content-disposition", `attachment; filename="${name}.xlsx"`)
          .send(await tableXlsx("Nyckeltal", header, rows));
      }
      const before = await steeringIndicators(db, actor, {
        ...periodBefore(query.from, query.to),
        area: query.area,
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${name}.pdf"`)
        .send(await steeringPdf(report, before));
    },
  );
}
