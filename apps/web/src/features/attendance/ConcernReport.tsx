import { Button, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useConcernReport } from "./attendance.api";
import { useAttendanceTexts } from "./attendance-texts";

/** At the last step, the attendance team records a report of concern to social services. */
export function ConcernReport({ childId }: { childId: string }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const [summary, setSummary] = useState("");
  const report = useConcernReport(childId);
  const announce = useAnnounce();
  return (
    <section aria-labelledby="concern-heading">
      <Title order={2} size="h3" id="concern-heading" mb="xs">
        {t("concern.heading")}
      </Title>
      <Stack
        component="form"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault();
          report.mutate(summary, {
            onSuccess: () => {
              setSummary("");
              announce(t("concern.announced"));
            },
          });
        }}
      >
        <Text size="sm">{t("concern.intro")}</Text>
        <Textarea
          label={t("concern.summary")}
          required
          minRows={3}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        {report.isError && <ProblemAlert error={report.error} />}
        <Button type="submit" loading={report.isPending} w="fit-content">
          {t("concern.submit")}
        </Button>
      </Stack>
    </section>
  );
}
