import type { ChildOutcomes } from "@kring/contracts";
import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../../cases/shared/case-labels";
import { useFormat } from "../../cases/shared/format";
import { useInstrumentLabels } from "../instrument-labels";
import { TimeChart } from "./TimeChart";
import { msOf } from "./time-scale";
import { useInstrumentsTexts } from "../instruments-texts";

type Series = ChildOutcomes["ors"];

/**
 * ORS: totals over time against the clinical cut-off, reliable change marked with an arrow.
 * SRS: totals against the alliance threshold, sessions under it drawn as triangles.
 */
export function VasSection({
  kind,
  series,
  threshold,
  domain,
  formatMonth,
}: {
  kind: "ors" | "srs";
  series: Series;
  threshold: number;
  domain: [number, number];
  formatMonth: (ms: number) => string;
}) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const cases = useCaseLabels();
  const format = useFormat();
  useInstrumentsTexts();
  const { i18n } = useTranslation();
  const number = (n: number, sign = false) =>
    n.toLocaleString(i18n.language === "en" ? "en-GB" : "sv-SE", {
      signDisplay: sign ? "exceptZero" : "auto",
    });
  if (series.length === 0) return <Text>{t(`outcomes.${kind}.none`)}</Text>;
  const arrow = (c: string | null) =>
    c === "improved" ? "↑" : c === "deteriorated" ? "↓" : undefined;
  const all = series.flatMap((s) => s.points);
  const last = all.at(-1)!;
  // ORS: the child's own cut-off by age (CORS 32, adolescents 28), never the adults' 25 unless
  // the child has grown up; each cut-off the points were judged by is drawn once.
  const cutoffs =
    kind === "ors"
      ? [...new Map(all.map((p) => [p.cutoff, p.cutoffGroup])).entries()]
      : [[threshold, null] as const];
  const lineLabel = (y: number, group: string | null) =>
    group
      ? t("score.cutoffFor", {
          cutoff: y,
          group: t(`score.cutoffGroup.${group}` as "score.cutoffGroup.child"),
        })
      : t(`outcomes.${kind}.line`, { threshold: y });
  const shownThreshold = kind === "ors" ? last.cutoff : threshold;
  return (
    <Stack gap="xs">
      <TimeChart
        title={t(`outcomes.${kind}.chartTitle`)}
        summary={t(`outcomes.${kind}.summary`, {
          count: all.length,
          total: number(last.total),
          date: format.date(last.on),
          threshold: shownThreshold,
          flagged: all.filter((p) => p.flagged).length,
        })}
        domain={domain}
        yMax={40}
        lines={cutoffs.map(([y, group]) => ({ y, label: lineLabel(y, group) }))}
        series={series.map((s) => ({
          name: labels.informant(s.informant),
          points: s.points.map((p) => ({
            at: msOf(p.on),
            y: p.total,
            flagged: kind === "srs" && p.flagged,
            note: arrow(p.reliableChange),
          })),
        }))}
        formatMonth={formatMonth}
      />
      <Table.ScrollContainer minWidth={420}>
        <Table striped withTableBorder>
          <Table.Caption>{t(`outcomes.${kind}.tableCaption`)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("outcomes.date")}</Table.Th>
              <Table.Th scope="col">{t("outcomes.informant")}</Table.Th>
              <Table.Th scope="col">{t("outcomes.total")}</Table.Th>
              <Table.Th scope="col">
                {kind === "ors"
                  ? t("outcomes.ors.flagColumnByAge")
                  : t(`outcomes.${kind}.flagColumn`, { threshold })}
              </Table.Th>
              <Table.Th scope="col">
                {kind === "ors" ? t("outcomes.ors.change") : t("outcomes.srs.meeting")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.flatMap((s) =>
              s.points.map((p) => (
                <Table.Tr key={p.responseId}>
                  <Table.Td>{format.date(p.on)}</Table.Td>
                  <Table.Td>{`${labels.informant(s.informant)} (${p.version})`}</Table.Td>
                  <Table.Td>{number(p.total)}</Table.Td>
                  <Table.Td>
                    {p.flagged ? t("outcomes.yes") : t("outcomes.no")}
                    {kind === "ors" && ` (${p.cutoff})`}
                  </Table.Td>
                  <Table.Td>
                    {kind === "ors"
                      ? p.change === null
                        ? "–"
                        : `${number(p.change, true)} ${labels.change(p.reliableChange)}`
                      : p.meetingKind
                        ? cases.meetingKind(p.meetingKind)
                        : "–"}
                  </Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
