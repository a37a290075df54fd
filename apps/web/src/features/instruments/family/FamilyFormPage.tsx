import { Alert, Card, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../platform/i18n/use-language";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useFormat } from "../../cases/shared/format";
import { AnchorLink } from "../../cases/shared/links";
import { FormFiller } from "../form/FormFiller";
import { useFamilyForm, useSubmitFamily } from "../instruments.api";
import { useInstrumentsTexts } from "../instruments-texts";

/** A guardian or the child answers a form, on a phone as easily as on a computer. */
export function FamilyFormPage({ requestId }: { requestId: string }) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const format = useFormat();
  const query = useFamilyForm(requestId, useLanguage());
  const submit = useSubmitFamily(requestId);
  if (query.error) return <ProblemAlert error={query.error} />;
  const r = query.data;
  if (!r) return <Loader aria-label={t("family.title")} />;
  const back = <AnchorLink to="/family/forms">{t("family.back")}</AnchorLink>;
  if (submit.isSuccess || r.status === "submitted")
    return (
      <Stack>
        <PageTitle>{r.form.title}</PageTitle>
        <Alert color="teal" variant="light" role="status">
          {t("family.thanks")}
        </Alert>
        {back}
      </Stack>
    );
  return (
    <Stack gap="md">
      <PageTitle>{r.form.title}</PageTitle>
      {back}
      <Text>
        {t(r.aboutMe ? "family.aboutMe" : "family.about", {
          child: r.childGivenName,
          date: format.date(r.dueDate),
        })}
      </Text>
      {r.status === "cancelled" ? (
        <Text>{t("family.cancelled")}</Text>
      ) : (
        <Card withBorder padding="md">
          <FormFiller
            form={r.form}
            pending={submit.isPending}
            error={submit.error}
            onSubmit={(answers) => submit.mutate(answers)}
          />
        </Card>
      )}
    </Stack>
  );
}
