import { Anchor, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../cases/shared/links";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { useSessionUser } from "../../platform/session/session-user";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { ForbiddenPage } from "../errors/ForbiddenPage";
import { useFigureText, useIndicatorName, usePeriodName } from "./format";
import { targetStatus } from "@kring/domain/statistics";
import {
  type OverviewView,
  type TargetView,
  targetFor,
  useOverview,
  useTargets,
} from "./steering.api";
import { TargetStatusBadge } from "./TargetStatusBadge";
import { steeringEn } from "./steering.en";
import { readsSteering } from "./steering-links";
import { chosenPeriod } from "./chosen-period";
import type { SteeringSearch } from "./steering-search";
import { steeringSv } from "./steering.sv";
import { SteeringFilters } from "./SteeringFilters";
import { SteeringNav } from "./SteeringNav";
import "./steering.css";

/** Every indicator for a period, the municipality and each area side by side (issue 20). */
export function OverviewPage({ search }: { search: SteeringSearch }) {
  usePageTexts("steering", steeringSv, steeringEn);
  const { t } = useTranslation(["steering", "common"]);
  const user = useSessionUser();
  const navigate = useNavigate();
  const { period } = chosenPeriod(search);
  const query = useOverview(period);
  const targets = useTargets();
  if (!readsSteering(user)) return <ForbiddenPage />;
  const areas = query.data?.groups.flatMap((g) => (g.area === null ? [] : [g.area]));
  return (
    <Stack gap="sm" className="steering-page">
      <SteeringNav />
      <PageTitle>{t("steering:title")}</PageTitle>
      <Text maw={760}>{t("steering:intro")}</Text>
      <SteeringFilters
        search={search}
        areas={areas}
        onChange={(next) => void navigate({ to: "/steering", search: next })}
      />
      <Downloads from={period.from} to={period.to} area={search.area} />
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        <OverviewTable data={query.data} search={search} targets={targets.data?.targets} />
      )}
    </Stack>
  );
}

function OverviewTable({
  data,
  search,
  targets,
}: {
  data: OverviewView;
  search: SteeringSearch;
  targets: TargetView[] | undefined;
}) {
  const { t } = useTranslation("steering");
  const name = useIndicatorName();
  const periodName = usePeriodName();
  const text = useFigureText();
  const groups = data.groups.filter((g) => !search.area || g.area === search.area);
  if (groups.length === 0) return <Text>{t("table.empty")}</Text>;
  const { period } = chosenPeriod(search);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped bg="white" className="steering-table">
        <Table.Caption>{t("table.caption", { period: periodName(period) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("table.indicator")}</Table.Th>
            {groups.map((g) => (
              <Table.Th scope="col" key={g.area ?? ""}>
                {g.area ?? t("table.municipality")}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.definitions.map((d, i) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row" fw="normal">
                <AnchorLink
                  to="/steering/indicators/$indicatorId"
                  params={{ indicatorId: d.id }}
                  search={search}
                >
                  {name(d.id)}
                </AnchorLink>
              </Table.Th>
              {groups.map((g) => {
                const figure = g.indicators[i];
                const target = targetFor(targets, d.id, g.area);
                const value = figure && !figure.suppressed ? figure.value : null;
                return (
                  <Table.Td key={g.area ?? ""}>
                    <Text fw={700} size="sm">
                      {text.value(d.kind, figure)}
                    </Text>
                    <Text size="xs" c="gray.8">
                      {text.counts(d.kind, figure)}
                    </Text>
                    {target && (
                      <Text size="xs" c="gray.8">
                        {t("table.targetIs", { target: text.number(d.kind, target.target) })}
                      </Text>
                    )}
                    <TargetStatusBadge status={targetStatus(d.kind, value, target)} />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The same figures as files: CSV and XLSX for spreadsheets, PDF compared with the period before. */
function Downloads({ from, to, area }: { from: string; to: string; area?: string }) {
  const { t } = useTranslation("steering");
  const query = (format: string) =>
    new URLSearchParams({ from, to, format, ...(area ? { area } : {}) }).toString();
  return (
    <Group className="steering-no-print" gap="lg">
      <Anchor href={`/api/steering/export?${query("csv")}`} download>
        {t("download.csv")}
      </Anchor>
      <Anchor href={`/api/steering/export?${query("xlsx")}`} download>
        {t("download.xlsx")}
      </Anchor>
      <Anchor href={`/api/steering/export?${query("pdf")}`} download>
        {t("download.pdf")}
      </Anchor>
    </Group>
  );
}
