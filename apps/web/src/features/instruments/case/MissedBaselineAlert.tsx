import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../cases/shared/format";
import { useInstrumentLabels } from "../instrument-labels";
import { type CaseInstruments, useCaseInstruments } from "../instruments.api";
import { useInstrumentsTexts } from "../instruments-texts";

type Schedule = CaseInstruments["schedule"];

/**
 * HLT expects an SDQ from each informant before the first collaboration meeting: when network
 * meeting 1 was held without one, the instruments page and the meeting itself say so.
 */
export function MissedBaselineAlert({ schedule }: { schedule: Schedule }) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const format = useFormat();
  const missed = schedule.filter((m) => m.occasion === "baseline" && m.missedMeeting1On);
  if (missed.length === 0) return null;
  return (
    <Alert color="orange" variant="outline" c="dark.9" title={t("schedule.missedTitle")}>
      {t("schedule.missed", {
        date: format.date(missed[0]!.missedMeeting1On!),
        informants: missed.map((m) => labels.informant(m.informant)).join(", "),
      })}
    </Alert>
  );
}

/** The same warning on network meeting 1's page, for those who may read the measurements. */
export function MissedBaselineForCase({ caseId }: { caseId: string }) {
  const query = useCaseInstruments(caseId);
  return query.data ? <MissedBaselineAlert schedule={query.data.schedule} /> : null;
}
