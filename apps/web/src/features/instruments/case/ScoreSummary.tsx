import type { InstrumentScores } from "@kring/contracts";
import { Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useInstrumentLabels } from "../instrument-labels";
import { useInstrumentsTexts } from "../instruments-texts";

/** The headline of a scored form: SDQ total with its band, or the ORS/SRS total and flag. */
export function ScoreSummary({ scores }: { scores: InstrumentScores }) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  if (scores.instrument === "sdq")
    return (
      <Text size="sm">
        {t("score.sdqTotal", {
          total: scores.scores.total ?? "–",
          band: labels.band(scores.bands3.total ?? null),
        })}
      </Text>
    );
  return (
    <Group gap="xs">
      <Text size="sm">{t("score.vasTotal", { total: scores.total })}</Text>
      {scores.instrument === "ors" && scores.cutoffGroup && (
        <Text size="sm">
          {t("score.cutoffFor", {
            cutoff: scores.threshold,
            group: t(`score.cutoffGroup.${scores.cutoffGroup}`),
          })}
        </Text>
      )}
      {scores.flagged && (
        <Badge color="red.9" variant="filled" tt="none" radius="sm">
          {scores.instrument === "ors"
            ? t("score.belowCutoff", { cutoff: scores.threshold })
            : t("score.allianceAlert", { threshold: scores.threshold })}
        </Badge>
      )}
    </Group>
  );
}
