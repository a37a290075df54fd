import { Button, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import type { PeriodSize } from "@kring/domain/statistics";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../cases/shared/links";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { useLanguage } from "../../platform/i18n/use-language";
import { useSessionUser } from "../../platform/session/session-user";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { ForbiddenPage } from "../errors/ForbiddenPage";
import { useFigureText, useIndicatorName, usePeriodName } from "./format";
import { hasRole } from "../../platform/session/roles";
import { type SeriesView, type TargetView, useSeries, useTargets } from "./steering.api";
import { TargetForm } from "./TargetForm";
import { steeringEn } from "./steering.en";
import { readsSteering } from "./steering-links";
import { chosenPeriod } from "./chosen-period";
import type { SteeringSearch } from "./steering-search";
import { steeringSv } from "./steering.sv";
import { SteeringFilters } from "./SteeringFilters";
import { SteeringNav } from "./SteeringNav";
import { TrendChart } from "./TrendChart";
import "./steering.css";

/** How many periods the trend shows, ending with the chosen one. */
const TREND: Record<PeriodSize, number> = { month: 12, term: 6, year: 3 };

/** One indicator: how it is computed, its trend as a chart and a table per area and period. */
export function IndicatorPage({
  indicatorId,
  search,
}: {
  indicatorId: string;
  search: SteeringSearch;
}) {
  usePageTexts("steering", steeringSv, steeringEn);
  const { t } = useTranslation(["steering", "common"]);
  const user = useSessionUser();
  const navigate = useNavigate();
  const name = useIndicatorName();
  const { size, period } = chosenPeriod(search);
  const query = useSeries(indicatorId, size, period, TREND[size]);
  const targets = useTargets();
  if (!readsSteering(user)) return <ForbiddenPage />;
  const areas = query.data?.periods[0]?.groups.flatMap((g) => (g.area === null ? [] : [g.area]));
  return (
    <Stack gap="sm" className="steering-page">
      <SteeringNav />
      <AnchorLink to="/steering" search={search} className="steering-no-print">
        {t("indicator.back")}
      </AnchorLink>
      <PageTitle>{name(indicatorId)}</PageTitle>
      <SteeringFilters
        search={search}
        areas={areas}
        onChange={(next) =>
          void navigate({
            to: "/steering/indicators/$indicatorId",
            params: { indicatorId },
            search: next,
          })
        }
      />
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        <IndicatorBody
          data={query.data}
          search={search}
          targets={targets.data?.targets}
          setsTargets={hasRole(user, "steering_group")}
        />
      )}
    </Stack>
  );
}

function IndicatorBody({
  data,
  search,
  targets,
  setsTargets,
}: {
  data: SeriesView;
  search: SteeringSearch;
  targets: TargetView[] | undefined;
  setsTargets: boolean;
}) {
  const { t } = useTranslation("steering");
  const language = useLanguage();
  const name = useIndicatorName();
  const periodName = usePeriodName();
  const text = useFigureText();
  const def = data.definition;
  const columns = (data.periods[0]?.groups ?? [])
    .map((g) => g.area)
    .filter((a) => !search.area || a === search.area);
  // The chart follows the chosen area, or the first group the reader sees (the municipality).
  const charted = search.area ?? columns[0] ?? null;
  const bars = data.periods.map((p) => {
    const f = p.groups.find((g) => g.area === charted)?.figure;
    return {
      label: p.key,
      value: f && !f.suppressed ? f.value : null,
      text: text.value(def.kind, f),
    };
  });
  return (
    <Stack gap="md">
      <section aria-labelledby="steering-how">
        <Title order={2} size="h4" id="steering-how">
          {t("indicator.how")}
        </Title>
        <Text maw={760}>{language === "en" ? def.en : def.sv}</Text>
      </section>
      <section aria-labelledby="steering-chart">
        <Title order={2} size="h4" id="steering-chart">
          {`${t("indicator.chartTitle")}: ${charted ?? t("table.municipality")}`}
        </Title>
        <TrendChart title={name(def.id)} bars={bars} max={def.kind === "share" ? 1 : undefined} />
      </section>
      <Table.ScrollContainer minWidth={560}>
        <Table striped bg="white" className="steering-table">
          <Table.Caption>{t("indicator.seriesCaption", { name: name(def.id) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("indicator.period")}</Table.Th>
              {columns.map((a) => (
                <Table.Th scope="col" key={a ?? ""}>
                  {a ?? t("table.municipality")}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.periods.map((p) => (
              <Table.Tr key={p.key}>
                <Table.Th scope="row" fw="normal">
                  {periodName(p)}
                </Table.Th>
                {columns.map((a) => {
                  const f = p.groups.find((g) => g.area === a)?.figure;
                  return (
                    <Table.Td key={a ?? ""}>
                      <Text fw={700} size="sm">
                        {text.value(def.kind, f)}
                      </Text>
                      <Text size="xs" c="gray.8">
                        {text.counts(def.kind, f)}
                      </Text>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {setsTargets && (
        <TargetForm
          definition={def}
          groups={(data.periods[0]?.groups ?? []).map((g) => g.area)}
          targets={targets}
        />
      )}
      <Group className="steering-no-print">
        <Button variant="default" onClick={() => window.print()}>
          {t("indicator.print")}
        </Button>
      </Group>
    </Stack>
  );
}
