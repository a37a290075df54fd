import { Button, Card, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InstrumentRequestSummary } from "@kring/contracts";
import { AnchorLink } from "../../cases/shared/links";
import { useFormat } from "../../cases/shared/format";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../../platform/ui/announcer";
import { useCancelForm } from "../instruments.api";
import { useInstrumentLabels } from "../instrument-labels";
import { ScoreSummary } from "./ScoreSummary";
import { useInstrumentsTexts } from "../instruments-texts";

/** Forms sent in the case: to whom, by when, answered or not, and the headline score. */
export function RequestList({
  caseId,
  requests,
  mayCancel,
}: {
  caseId: string;
  requests: InstrumentRequestSummary[];
  mayCancel: boolean;
}) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const format = useFormat();
  const announce = useAnnounce();
  const cancel = useCancelForm(caseId);
  if (requests.length === 0) return <Text>{t("requests.none")}</Text>;
  return (
    <>
      <ProblemAlert error={cancel.error} />
      <List listStyleType="none" spacing="xs" aria-label={t("requests.title")}>
        {requests.map((r) => {
          const name = labels.form(r);
          return (
            <Card component="li" key={r.id} withBorder padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
                <div>
                  <AnchorLink
                    to="/cases/$caseId/instruments/$requestId"
                    params={{ caseId, requestId: r.id }}
                    fw={700}
                  >
                    {name}
                  </AnchorLink>
                  <Text size="sm">
                    {t("requests.to", {
                      name: r.respondent.name,
                      occasion: labels.occasion(r.occasion),
                    })}
                  </Text>
                  <Text size="sm">
                    {r.submittedAt
                      ? t("requests.answered", { date: format.date(r.submittedAt) })
                      : `${labels.status(r.status)}, ${t("requests.due", { date: format.date(r.dueDate) })}`}
                    {r.overdue && ` (${t("requests.overdue")})`}
                  </Text>
                  {r.scores && <ScoreSummary scores={r.scores} />}
                </div>
                {mayCancel && r.status === "sent" && (
                  <Button
                    size="xs"
                    variant="default"
                    loading={cancel.isPending && cancel.variables === r.id}
                    aria-label={t("requests.cancelNamed", { name })}
                    onClick={() =>
                      cancel.mutate(r.id, { onSuccess: () => announce(t("requests.cancelled")) })
                    }
                  >
                    {t("requests.cancel")}
                  </Button>
                )}
              </Group>
            </Card>
          );
        })}
      </List>
    </>
  );
}
