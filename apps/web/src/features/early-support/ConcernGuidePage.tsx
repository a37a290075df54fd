import { Alert, Card, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSessionUser } from "../../platform/session/session-user";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { ButtonLink } from "../cases/shared/links";
import { recordsEarlySupport } from "./early-support-work";
import { useConcernGuide } from "./early-support.api";
import { useEarlySupportTexts } from "./use-early-support-texts";

const Para = ({ children }: { children: string }) => (
  <Text style={{ whiteSpace: "pre-wrap" }}>{children}</Text>
);

/**
 * "När du känner oro" (Kronoberg's praxismodell): talk, consult, then choose one of three ways.
 * The tenant writes the texts and contacts; the ways lead to Kring's own forms.
 */
export function ConcernGuidePage() {
  useEarlySupportTexts();
  const { t } = useTranslation(["earlySupport", "common"]);
  const user = useSessionUser();
  const guide = useConcernGuide();
  if (guide.isPending) return <Loader aria-label={t("common:loading")} />;
  if (guide.isError) return <ProblemAlert error={guide.error} />;
  const texts = guide.data.texts;
  return (
    <>
      <PageTitle>{t("earlySupport:concernTitle")}</PageTitle>
      <Stack gap="lg" maw={820}>
        <Para>{texts.intro}</Para>
        <section aria-labelledby="oro-talk">
          <Title order={2} size="h3" id="oro-talk" mb="xs">
            {t("earlySupport:steps.talk")}
          </Title>
          <Para>{texts.talk}</Para>
        </section>
        <section aria-labelledby="oro-consult">
          <Title order={2} size="h3" id="oro-consult" mb="xs">
            {t("earlySupport:steps.consult")}
          </Title>
          <Para>{texts.consult}</Para>
        </section>
        <section aria-labelledby="oro-choose">
          <Title order={2} size="h3" id="oro-choose" mb="sm">
            {t("earlySupport:steps.choose")}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            <Card withBorder padding="md" component="section" aria-labelledby="oro-own">
              <Title order={3} size="h4" id="oro-own" mb="xs">
                {t("earlySupport:steps.ownUnit")}
              </Title>
              <Para>{texts.ownUnit}</Para>
              {recordsEarlySupport(user) ? (
                <ButtonLink to="/early-support/new" mt="sm" variant="default">
                  {t("earlySupport:ownUnitLink")}
                </ButtonLink>
              ) : (
                <Text size="sm" mt="sm">
                  {t("earlySupport:ownUnitOther")}
                </Text>
              )}
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="oro-request">
              <Title order={3} size="h4" id="oro-request" mb="xs">
                {t("earlySupport:steps.request")}
              </Title>
              <Para>{texts.request}</Para>
              <ButtonLink to="/requests/new" mt="sm">
                {t("earlySupport:requestLink")}
              </ButtonLink>
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="oro-report">
              <Title order={3} size="h4" id="oro-report" mb="xs">
                {t("earlySupport:steps.report")}
              </Title>
              <Para>{texts.report}</Para>
            </Card>
          </SimpleGrid>
        </section>
        <Alert variant="light" title={t("earlySupport:contactsTitle")}>
          <Para>{texts.contacts}</Para>
        </Alert>
      </Stack>
    </>
  );
}
