import { Card, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../platform/i18n/use-language";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../../platform/ui/announcer";
import { useFormat } from "../../cases/shared/format";
import { AnchorLink } from "../../cases/shared/links";
import { FormFiller } from "../form/FormFiller";
import { useRequestDetail, useSubmitInCase } from "../instruments.api";
import { useInstrumentLabels } from "../instrument-labels";
import { AnswersView } from "./AnswersView";
import { useInstrumentsTexts } from "../instruments-texts";

/** One form in a case: filled in here by the professional it was sent to, read by the network. */
export function RequestPage({ caseId, requestId }: { caseId: string; requestId: string }) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const format = useFormat();
  const announce = useAnnounce();
  const query = useRequestDetail(caseId, requestId, useLanguage());
  const submit = useSubmitInCase(caseId, requestId);
  if (query.error) return <ProblemAlert error={query.error} />;
  const r = query.data;
  if (!r) return <Loader aria-label={t("case.loading")} />;
  return (
    <Stack gap="md">
      <PageTitle>{labels.form(r)}</PageTitle>
      <AnchorLink to="/cases/$caseId/instruments" params={{ caseId }}>
        {t("request.back")}
      </AnchorLink>
      <Text>
        {t("request.facts", {
          name: r.respondent.name,
          occasion: labels.occasion(r.occasion),
          date: format.date(r.dueDate),
        })}
      </Text>
      <Card withBorder component="section" aria-label={r.form.title}>
        {r.mayRespond ? (
          <FormFiller
            form={r.form}
            pending={submit.isPending}
            error={submit.error}
            onSubmit={(answers) =>
              submit.mutate(answers, { onSuccess: () => announce(t("request.sent")) })
            }
          />
        ) : r.answers ? (
          <AnswersView form={r.form} answers={r.answers} scores={r.scores} />
        ) : (
          <Text>{t("request.notAnswered", { status: labels.status(r.status) })}</Text>
        )}
      </Card>
      {r.submittedAt && (
        <Text size="sm">
          {t("request.submittedBy", {
            name: r.submittedBy ?? "",
            date: format.dateTime(r.submittedAt),
          })}
        </Text>
      )}
    </Stack>
  );
}
