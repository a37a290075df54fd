import type { ChildOutcomes } from "@kring/contracts";
import { SDQ_BANDS3 } from "@kring/domain/instruments";
import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../cases/shared/format";
import { useInstrumentLabels } from "../instrument-labels";
import { TimeChart } from "./TimeChart";
import { msOf } from "./time-scale";
import { useInstrumentsTexts } from "../instruments-texts";

const SCALES = ["emotional", "conduct", "hyperactivity", "peer", "prosocial", "total", "impact"];
const BAND_FILLS = ["#e3f1e6", "#fdf3d0", "#f9dede"];

/** Per informant: total difficulties over time on the informant's bands, and every scale. */
export function SdqSection({
  sdq,
  domain,
  formatMonth,
}: {
  sdq: ChildOutcomes["sdq"];
  domain: [number, number];
  formatMonth: (ms: number) => string;
}) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const format = useFormat();
  if (sdq.length === 0) return <Text>{t("outcomes.sdq.none")}</Text>;
  return (
    <Stack gap="xl">
      {sdq.map(({ informant, points }) => {
        const who = labels.informant(informant);
        const last = points.at(-1)!;
        const bands = SDQ_BANDS3[informant].total.map(([from, to], i) => ({
          from: i === 0 ? from : from - 0.5,
          to: i === 2 ? to : to + 0.5,
          label: labels.band(["normal", "borderline", "abnormal"][i]!),
          fill: BAND_FILLS[i]!,
        }));
        return (
          <Stack key={informant} gap="xs">
            <Title order={3} size="h4">
              {t("outcomes.sdq.informant", { informant: who })}
            </Title>
            <TimeChart
              title={t("outcomes.sdq.chartTitle", { informant: who })}
              summary={t("outcomes.sdq.summary", {
                count: points.length,
                total: last.scores.total ?? "–",
                band: labels.band(last.bands3.total ?? null),
                date: format.date(last.on),
              })}
              domain={domain}
              yMax={40}
              bands={bands}
              series={[
                {
                  name: who,
                  points: points.map((p) => ({ at: msOf(p.on), y: p.scores.total ?? null })),
                },
              ]}
              formatMonth={formatMonth}
            />
            <Table.ScrollContainer minWidth={420}>
              <Table striped withTableBorder>
                <Table.Caption>{t("outcomes.sdq.tableCaption", { informant: who })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("outcomes.scale")}</Table.Th>
                    {points.map((p) => (
                      <Table.Th scope="col" key={p.responseId}>
                        {format.date(p.on)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {SCALES.map((scale) => (
                    <Table.Tr key={scale}>
                      <Table.Th scope="row">{labels.scale(scale)}</Table.Th>
                      {points.map((p) => {
                        const change = p.reliableChange?.[scale] ?? null;
                        return (
                          <Table.Td key={p.responseId}>
                            {p.scores[scale] ?? "–"} ({labels.band(p.bands3[scale] ?? null)})
                            {change && change !== "no_reliable_change" && (
                              <Text span fw={700} display="block" size="sm">
                                {labels.change(change)}
                              </Text>
                            )}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
    </Stack>
  );
}
