import { List, Loader, SimpleGrid, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type PupilTermView, usePupilTerm } from "./attendance.api";
import { ConcernReport } from "./ConcernReport";
import { HeatMap } from "./HeatMap";
import { OpenCaseForm } from "./OpenCaseForm";
import { SuggestActivity } from "./SuggestActivity";
import { StairView } from "./StairView";
import { TaskCard } from "./TaskList";
import { WeekBars } from "./WeekBars";
import { useAttendanceTexts } from "./attendance-texts";

/** One pupil's term: calendar, weeks, the staircase with the pupil's way on it, and the work. */
export function PupilTermPage({ childId }: { childId: string }) {
  useAttendanceTexts();
  const { t } = useTranslation(["attendance", "common"]);
  const query = usePupilTerm(childId);
  if (query.isPending) return <Loader aria-label={t("common:loading")} />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  const term = query.data;
  return (
    <Stack gap="lg">
      <PageTitle documentTitle={`${term.child.name} – ${t("attendance:title")}`}>
        {term.child.name}
      </PageTitle>
      <Title order={2} size="h3">
        {t("attendance:term.heading", { from: term.term.from, to: term.term.to })}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Section title={t("attendance:term.calendar")}>
          <HeatMap term={term} />
        </Section>
        <Section title={t("attendance:term.weeks")}>
          <WeekBars term={term} />
        </Section>
      </SimpleGrid>
      <Section title={t("attendance:term.staircase")}>
        <StairView term={term} />
      </Section>
      {term.tasks.length > 0 && (
        <Section title={t("attendance:tasks.heading")}>
          <Stack component="ul" className="plain-list" gap="sm">
            {term.tasks.map((task) => (
              <TaskCard key={task.id} task={task} withName={false} />
            ))}
          </Stack>
        </Section>
      )}
      <Extras term={term} />
      {term.canEscalate && <OpenCaseForm term={term} />}
      {term.canEscalate && <ConcernReport childId={childId} />}
      <SuggestActivity childId={childId} />
    </Stack>
  );
}

function Extras({ term }: { term: PupilTermView }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  return (
    <>
      {term.reportedAbsences.length > 0 && (
        <Section title={t("term.reportedAbsences")}>
          <List size="sm">
            {term.reportedAbsences.map((a) => (
              <List.Item
                key={a.from}
              >{`${a.from.slice(0, 10)} – ${a.to.slice(0, 10)}: ${t(`term.${a.kind}`)}`}</List.Item>
            ))}
          </List>
        </Section>
      )}
      {term.escalations.length > 0 && (
        <Section title={t("term.escalations")}>
          <List size="sm">
            {term.escalations.map((e) => (
              <List.Item key={e.recordedAt}>
                {`${e.recordedAt.slice(0, 10)}: ${e.kind === "collaboration_case" ? t("concern.caseOpened") : t("concern.reported")}. ${e.summary}`}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}
