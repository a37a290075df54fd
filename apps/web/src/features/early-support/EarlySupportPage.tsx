import { Alert, Badge, Group, List, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useFormat } from "../cases/shared/format";
import { EarlySupportNextStep } from "./EarlySupportNextStep";
import { EarlySupportNotes } from "./EarlySupportNotes";
import { useEarlySupport } from "./early-support.api";
import { useEarlySupportTexts } from "./use-early-support-texts";

/** One early-support contact: what it is about, consent, factors, notes and the way on. */
export function EarlySupportPage({ contactId }: { contactId: string }) {
  useEarlySupportTexts();
  const { t } = useTranslation(["earlySupport", "common"]);
  const format = useFormat();
  const contact = useEarlySupport(contactId);
  if (contact.isPending) return <Loader aria-label={t("common:loading")} />;
  if (contact.isError) return <ProblemAlert error={contact.error} />;
  const c = contact.data;
  const factors = (title: string, items: string[]) =>
    items.length > 0 && (
      <div>
        <Text fw={700}>{title}</Text>
        <List>
          {items.map((f) => (
            <List.Item key={f}>{f}</List.Item>
          ))}
        </List>
      </div>
    );
  return (
    <>
      <PageTitle>{t("earlySupport:detailTitle", { name: c.childName })}</PageTitle>
      <Stack gap="md" maw={720}>
        <Group gap="xs">
          <Badge variant="light">{t(`earlySupport:status.${c.status}`)}</Badge>
          {c.followUpOn && c.status === "open" && (
            <Text size="sm">{t("earlySupport:followUp", { date: format.date(c.followUpOn) })}</Text>
          )}
        </Group>
        {!c.mayWrite && <Alert variant="light">{t("earlySupport:readOnly")}</Alert>}
        <Text>{t("earlySupport:recordedBy", { name: c.recordedByName, unit: c.unitName })}</Text>
        <Text size="sm">
          {t("earlySupport:consentLine", {
            givenBy: c.consent.givenBy,
            method: t(`earlySupport:methods.${c.consent.method}`).toLowerCase(),
            date: format.date(c.consent.on),
          })}
        </Text>
        <div>
          <Title order={2} size="h4">
            {t("earlySupport:about")}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap" }}>{c.about}</Text>
        </div>
        {factors(t("earlySupport:protective"), c.protectiveFactors)}
        {factors(t("earlySupport:risk"), c.riskFactors)}
        <div>
          <Title order={2} size="h4">
            {t("earlySupport:agreed")}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap" }}>{c.agreed || t("earlySupport:agreedNone")}</Text>
        </div>
        <EarlySupportNotes contact={c} />
        <EarlySupportNextStep contact={c} />
      </Stack>
    </>
  );
}
