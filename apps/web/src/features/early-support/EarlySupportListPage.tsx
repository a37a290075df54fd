import { Badge, Card, Group, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useFormat } from "../cases/shared/format";
import { AnchorLink, ButtonLink } from "../cases/shared/links";
import { useEarlySupportList } from "./early-support.api";
import { useEarlySupportTexts } from "./use-early-support-texts";

/** "Tidigt stöd": the contacts of the user and their unit's team, open ones first. */
export function EarlySupportListPage() {
  useEarlySupportTexts();
  const { t } = useTranslation(["earlySupport", "common"]);
  const format = useFormat();
  const list = useEarlySupportList();
  return (
    <>
      <PageTitle>{t("earlySupport:listTitle")}</PageTitle>
      <Text mb="md" maw={720}>
        {t("earlySupport:listIntro")}
      </Text>
      <ButtonLink to="/early-support/new" mb="lg">
        {t("earlySupport:newButton")}
      </ButtonLink>
      {list.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : list.data.length === 0 ? (
        <Text>{t("earlySupport:none")}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} style={{ listStyle: "none" }} maw={720}>
          {list.data.map((c) => (
            <Card component="li" key={c.id} withBorder padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <AnchorLink to="/early-support/$contactId" params={{ contactId: c.id }} fw={700}>
                    {c.childName}
                  </AnchorLink>
                  <Text size="sm">{c.about}</Text>
                  <Text size="sm">
                    {c.unitName} · {c.recordedByName}
                    {c.followUpOn && c.status === "open"
                      ? ` · ${t("earlySupport:followUp", { date: format.date(c.followUpOn) })}`
                      : ""}
                  </Text>
                </div>
                <Badge variant="light" color={c.status === "open" ? "kring" : "gray"}>
                  {t(`earlySupport:status.${c.status}`)}
                </Badge>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
