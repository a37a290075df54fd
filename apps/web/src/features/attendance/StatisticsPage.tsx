import { Loader, Radio, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type ShownFigure, type StatisticsView, useStatistics } from "./attendance.api";
import { share, usePercent } from "./format";
import { useAttendanceTexts } from "./attendance-texts";

/** Steering figures: pupils over 10, 15 and 20 % absence per school or area and month. */
export function StatisticsPage() {
  useAttendanceTexts();
  const { t } = useTranslation(["attendance", "common"]);
  const [by, setBy] = useState<"school" | "area">("school");
  const query = useStatistics(by);
  return (
    <Stack gap="md">
      <PageTitle>{t("attendance:statisticsTitle")}</PageTitle>
      <Radio.Group
        label={t("attendance:statistics.by")}
        value={by}
        onChange={(v) => setBy(v === "area" ? "area" : "school")}
      >
        <Group mt="xs">
          <Radio value="school" label={t("attendance:statistics.school")} />
          <Radio value="area" label={t("attendance:statistics.area")} />
        </Group>
      </Radio.Group>
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : query.data.rows.length === 0 ? (
        <Text>{t("attendance:statistics.empty")}</Text>
      ) : (
        <StatisticsTable data={query.data} />
      )}
    </Stack>
  );
}

function StatisticsTable({ data }: { data: StatisticsView }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const percent = usePercent();
  // A hidden or small figure is said as such; a share only of two figures both shown.
  const figure = (n: ShownFigure) =>
    n === "fewer_than_5"
      ? t("statistics.fewer", { count: data.minGroupSize })
      : n === "hidden"
        ? t("statistics.hidden")
        : String(n);
  const cell = (n: ShownFigure, of: ShownFigure) =>
    typeof n !== "number" || typeof of !== "number"
      ? figure(n)
      : t("statistics.share", { count: n, percent: percent(share(n, of)).replace(" %", "") });
  return (
    <Stack gap="xs">
      <Text size="sm">{t("statistics.protectionNote")}</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped bg="white">
          <Table.Caption>{t("statistics.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("statistics.group")}</Table.Th>
              <Table.Th scope="col">{t("statistics.month")}</Table.Th>
              <Table.Th scope="col">{t("statistics.pupils")}</Table.Th>
              <Table.Th scope="col">{t("statistics.over10")}</Table.Th>
              <Table.Th scope="col">{t("statistics.over15")}</Table.Th>
              <Table.Th scope="col">{t("statistics.over20")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={`${r.groupId ?? r.groupName}-${r.period}`}>
                <Table.Th scope="row" fw="normal">
                  {r.groupName}
                </Table.Th>
                <Table.Td>{r.period}</Table.Td>
                <Table.Td>{figure(r.pupils)}</Table.Td>
                <Table.Td>{cell(r.over10, r.pupils)}</Table.Td>
                <Table.Td>{cell(r.over15, r.pupils)}</Table.Td>
                <Table.Td>{cell(r.over20, r.pupils)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
