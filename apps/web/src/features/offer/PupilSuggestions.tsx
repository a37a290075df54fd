import { Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { usePupilSuggestions } from "../attendance/attendance.api";
import { useFormat } from "../cases/shared/format";
import { offerEn } from "./offer.en";
import { offerSv } from "./offer.sv";

/**
 * On the pupil's staircase page: the activities suggested for the pupil and how each answered
 * (waiting, enrolled, or declined and why), so the attendance team knows what to do next.
 */
export function PupilSuggestions({ childId }: { childId: string }) {
  usePageTexts("offer", offerSv, offerEn);
  const { t } = useTranslation("offer");
  const format = useFormat();
  const suggestions = usePupilSuggestions(childId);
  if (suggestions.isError) return <ProblemAlert error={suggestions.error} />;
  if (!suggestions.data?.length) return null;
  return (
    <>
      <Title order={3} size="h4" mb="xs">
        {t("pupilSuggestions.title")}
      </Title>
      <ul>
        {suggestions.data.map((s) => (
          <li key={s.id}>
            <Text span fw={600}>
              {s.entryName}
            </Text>
            {", "}
            {t("pupilSuggestions.suggested", {
              date: format.date(s.suggestedAt),
              by: s.suggestedBy ?? t("pupilSuggestions.someone"),
            })}{" "}
            {s.outcome === "enrolled" && t("pupilSuggestions.enrolled")}
            {s.outcome === "declined" &&
              (s.declineReason
                ? t("pupilSuggestions.declinedBecause", {
                    reason: t(`declineReason.${s.declineReason}`).toLowerCase(),
                  })
                : t("pupilSuggestions.declined"))}
            {s.outcome === null && t("pupilSuggestions.waiting")}
            {s.declineNote && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                {s.declineNote}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
