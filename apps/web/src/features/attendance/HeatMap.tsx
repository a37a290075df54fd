import { Box, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PupilTermView } from "./attendance.api";
import { share } from "./format";
import { useAttendanceTexts } from "./attendance-texts";

type Day = PupilTermView["days"][number];

// Invalid absence in red, valid in blue, a school day without absence in green; the share is
// written in the cell too, so nothing is told by colour alone.
function tone(day: Day): { bg: string; c: string } {
  if (day.invalid > 0) return { bg: "red.1", c: "red.9" };
  if (day.valid > 0) return { bg: "blue.1", c: "blue.9" };
  return { bg: "green.0", c: "green.9" };
}

/** The term as a calendar: a row per week, a cell per school day. */
export function HeatMap({ term }: { term: PupilTermView }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const byDate = new Map(term.days.map((d) => [d.date, d]));
  const weekdays = t("term.weekdays", { returnObjects: true });
  return (
    <>
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder withColumnBorders bg="white" verticalSpacing={4}>
          <Table.Caption>{t("term.calendarCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("term.week")}</Table.Th>
              {weekdays.map((d) => (
                <Table.Th scope="col" key={d}>
                  {d}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {term.weeks.map((week) => (
              <Table.Tr key={week.week}>
                <Table.Th scope="row">{week.week.slice(6)}</Table.Th>
                {[0, 1, 2, 3, 4].map((offset) => {
                  const date = addDays(week.from, offset);
                  const day = byDate.get(date);
                  if (!day) {
                    return (
                      <Table.Td key={date}>
                        <VisuallyHidden>{`${date}: ${t("term.noSchool")}`}</VisuallyHidden>
                      </Table.Td>
                    );
                  }
                  const { bg, c } = tone(day);
                  const absent = Math.round(share(day.valid + day.invalid, day.scheduled));
                  return (
                    <Table.Td key={date} bg={bg} c={c} ta="center" fw={700}>
                      <span aria-hidden="true">{absent > 0 ? `${absent}` : "·"}</span>
                      <VisuallyHidden>
                        {absent > 0
                          ? t("term.day", {
                              date,
                              valid: day.valid,
                              invalid: day.invalid,
                              scheduled: day.scheduled,
                            })
                          : t("term.dayPresent", { date })}
                      </VisuallyHidden>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="md" mt="xs" aria-label={t("term.legend")} role="group">
        <Legend bg="red.1" c="red.9" text={t("term.legendInvalid")} />
        <Legend bg="blue.1" c="blue.9" text={t("term.legendValid")} />
        <Legend bg="green.0" c="green.9" text={t("term.legendPresent")} />
      </Group>
    </>
  );
}

function Legend({ bg, c, text }: { bg: string; c: string; text: string }) {
  return (
    <Group gap={6}>
      <Box bg={bg} c={c} w={20} h={20} style={{ border: "1px solid" }} aria-hidden="true" />
      <Text size="sm">{text}</Text>
    </Group>
  );
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
