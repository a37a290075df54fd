import { Box, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PupilTermView } from "./attendance.api";
import { share, usePercent } from "./format";
import { useAttendanceTexts } from "./attendance-texts";

/** Per week, valid and invalid absence as two bars side by side, with the figures written out. */
export function WeekBars({ term }: { term: PupilTermView }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const percent = usePercent();
  return (
    <Stack component="ul" className="plain-list" gap={6}>
      {term.weeks.map((w) => {
        const valid = share(w.valid, w.scheduled);
        const invalid = share(w.invalid, w.scheduled);
        return (
          <Group component="li" key={w.week} gap="sm" wrap="nowrap">
            <Text size="sm" w={210}>
              {t("term.weekRow", {
                week: w.week.slice(6),
                valid: percent(valid).replace(" %", ""),
                invalid: percent(invalid).replace(" %", ""),
              })}
            </Text>
            <Group gap={0} w={300} h={16} bg="gray.1" aria-hidden="true" wrap="nowrap">
              <Box h={16} w={`${valid}%`} bg="blue.7" />
              <Box h={16} w={`${invalid}%`} bg="red.8" />
            </Group>
          </Group>
        );
      })}
    </Stack>
  );
}
