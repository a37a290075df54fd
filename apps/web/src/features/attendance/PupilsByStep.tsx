import { Loader, Table, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type PupilRow, usePupils } from "./attendance.api";
import { usePercent } from "./format";
import { useAttendanceTexts } from "./attendance-texts";

/** The actor's pupils (or the team's caseload) in one table per step, the highest step first. */
export function PupilsByStep({ view }: { view: "mine" | "caseload" }) {
  useAttendanceTexts();
  const { t } = useTranslation(["attendance", "common"]);
  const query = usePupils(view);
  if (query.isPending) return <Loader aria-label={t("common:loading")} />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  const pupils = query.data.pupils;
  if (pupils.length === 0) return <Text>{t("attendance:pupils.empty")}</Text>;
  const steps = [...new Set(pupils.map((p) => p.step))].sort((a, b) => b - a);
  return (
    <section aria-labelledby="pupils-heading">
      <Title order={2} size="h3" id="pupils-heading" mb="sm">
        {t("attendance:pupils.heading")}
      </Title>
      {steps.map((step) => (
        <StepTable key={step} step={step} pupils={pupils.filter((p) => p.step === step)} />
      ))}
    </section>
  );
}

function StepTable({ step, pupils }: { step: number; pupils: PupilRow[] }) {
  useAttendanceTexts();
  const { t } = useTranslation(["attendance", "children"]);
  const percent = usePercent();
  return (
    <Table.ScrollContainer minWidth={640} mb="lg">
      <Table striped verticalSpacing="xs" bg="white">
        <Table.Caption>
          {step > 0 ? t("pupils.caption", { step }) : t("pupils.captionZero")}
          {step > 0 && pupils[0]?.stepTitle ? `: ${pupils[0].stepTitle}` : ""}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("pupils.name")}</Table.Th>
            <Table.Th scope="col">{t("pupils.school")}</Table.Th>
            <Table.Th scope="col">{t("pupils.term")}</Table.Th>
            <Table.Th scope="col">{t("pupils.recent")}</Table.Th>
            <Table.Th scope="col">{t("pupils.trend")}</Table.Th>
            <Table.Th scope="col">{t("pupils.tasks")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pupils.map((p) => (
            <Table.Tr key={p.childId}>
              <Table.Th scope="row" fw="normal">
                <Link to="/attendance/pupils/$childId" params={{ childId: p.childId }}>
                  {p.name}
                </Link>
                {p.since && (
                  <Text size="sm" c="dimmed">
                    {t("since", { date: p.since })}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                {p.whereaboutsHidden
                  ? t("children:protectedIdentity")
                  : [p.schoolName, ...p.groupNames].filter(Boolean).join(", ")}
              </Table.Td>
              <Table.Td>{percent(p.termPercent)}</Table.Td>
              <Table.Td>{percent(p.recentPercent)}</Table.Td>
              <Table.Td>{t(`trend.${p.trend}`)}</Table.Td>
              <Table.Td>
                {p.openTasks > 0 && t("pupils.open", { count: p.openTasks })}
                {p.overdueTasks > 0 && (
                  <Text size="sm" c="red.9">
                    {t("pupils.overdue", { count: p.overdueTasks })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
