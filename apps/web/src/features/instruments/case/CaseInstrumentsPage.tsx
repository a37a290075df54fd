import { Anchor, Button, Card, Group, Loader, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { AnchorLink } from "../../cases/shared/links";
import { fhirExportUrl, useCaseAndChild, useCaseInstruments } from "../instruments.api";
import { MissedBaselineAlert } from "./MissedBaselineAlert";
import { RequestList } from "./RequestList";
import { ScheduleList } from "./ScheduleList";
import { SendFormDialog, type SendPrefill } from "./SendFormDialog";
import { useInstrumentsTexts } from "../instruments-texts";

/** The case's outcome measurements: the schedule, the forms sent and their scores. */
export function CaseInstrumentsPage({ caseId }: { caseId: string }) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const query = useCaseInstruments(caseId);
  const { detail } = useCaseAndChild(caseId);
  const [sending, setSending] = useState<SendPrefill | null>(null);
  if (query.error) return <ProblemAlert error={query.error} />;
  const data = query.data;
  const child = detail.data?.child;
  if (!data || !child) return <Loader aria-label={t("case.loading")} />;
  // Nothing is sent or cancelled on a closed case (or one read through emergency access).
  const maySend = data.maySend && !detail.data?.readOnly;
  return (
    <Stack gap="lg">
      <PageTitle>{t("case.title", { name: `${child.givenName} ${child.familyName}` })}</PageTitle>
      <Group>
        <AnchorLink to="/cases/$caseId" params={{ caseId }}>
          {t("case.back")}
        </AnchorLink>
        <AnchorLink to="/children/$childId/outcomes" params={{ childId: child.id }}>
          {t("case.outcomes")}
        </AnchorLink>
        <Anchor href={fhirExportUrl(caseId)} target="_blank">
          {t("case.fhir")}
        </Anchor>
      </Group>
      <MissedBaselineAlert schedule={data.schedule} />
      <Card withBorder component="section" aria-labelledby="schedule">
        <Title order={2} size="h3" id="schedule" mb="sm">
          {t("schedule.title")}
        </Title>
        <ScheduleList
          schedule={data.schedule}
          maySend={maySend}
          onSend={(m) =>
            setSending({
              instrument: m.instrument,
              informant: m.informant,
              version: m.version,
              occasion: m.occasion,
              meetingId: m.meetingId,
              dueDate: m.dueDate,
            })
          }
        />
      </Card>
      <Card withBorder component="section" aria-labelledby="requests">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="requests">
            {t("requests.title")}
          </Title>
          {maySend && (
            <Button
              variant="light"
              onClick={() =>
                setSending({ instrument: "sdq", informant: "parent", version: "4-17" })
              }
            >
              {t("send.open")}
            </Button>
          )}
        </Group>
        <RequestList caseId={caseId} requests={data.requests} mayCancel={maySend} />
      </Card>
      {sending && (
        <SendFormDialog caseId={caseId} prefill={sending} onClose={() => setSending(null)} />
      )}
    </Stack>
  );
}
