import { Card, List, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useFormat } from "../../cases/shared/format";
import { AnchorLink } from "../../cases/shared/links";
import { useFamilyForms } from "../instruments.api";
import { useInstrumentsTexts } from "../instruments-texts";

const nameOf = (r: { instrument: string; version: string }) =>
  r.instrument === "sdq" ? "SDQ" : r.version;

/** The family's forms: those waiting to be answered first, then those already sent in. */
export function FamilyFormsPage() {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const format = useFormat();
  const query = useFamilyForms();
  if (query.error) return <ProblemAlert error={query.error} />;
  if (!query.data) return <Loader aria-label={t("family.title")} />;
  const open = query.data.requests.filter((r) => r.status === "sent");
  const done = query.data.requests.filter((r) => r.status === "submitted");
  return (
    <Stack gap="lg">
      <PageTitle>{t("family.title")}</PageTitle>
      <Text>{t("family.intro")}</Text>
      <section aria-labelledby="open-forms">
        <Title order={2} size="h3" id="open-forms" mb="xs">
          {t("family.open")}
        </Title>
        {open.length === 0 ? (
          <Text>{t("family.noneOpen")}</Text>
        ) : (
          <List listStyleType="none" spacing="xs">
            {open.map((r) => (
              <Card component="li" key={r.id} withBorder padding="md">
                <AnchorLink
                  to="/family/forms/$requestId"
                  params={{ requestId: r.id }}
                  fw={700}
                  size="lg"
                >
                  {t(r.aboutMe ? "family.formAboutMe" : "family.formAbout", {
                    name: nameOf(r),
                    child: r.childGivenName,
                  })}
                </AnchorLink>
                <Text size="sm">{t("family.answerBy", { date: format.date(r.dueDate) })}</Text>
              </Card>
            ))}
          </List>
        )}
      </section>
      {done.length > 0 && (
        <section aria-labelledby="done-forms">
          <Title order={2} size="h3" id="done-forms" mb="xs">
            {t("family.done")}
          </Title>
          <List>
            {done.map((r) => (
              <List.Item key={r.id}>
                {t("family.sentOn", {
                  name: nameOf(r),
                  date: r.submittedAt ? format.date(r.submittedAt) : "",
                })}
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
