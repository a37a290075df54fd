import { Anchor, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useWordingStatus } from "./instruments-admin.api";
import { WordingFormatHelp } from "./WordingFormatHelp";
import { WordingStatusList } from "./WordingStatusList";
import { WordingUpload } from "./WordingUpload";

const FORMAT_ID = "wording-format";

/** The licensed item wording of the instruments: what is loaded, and loading a new file. */
export function WordingPage() {
  const { t } = useTranslation(["admin", "common"]);
  useDocumentTitle(t("admin:sections.wording"), t("admin:title"));
  const status = useWordingStatus();
  return (
    <Stack gap="xl">
      <section aria-labelledby="wording-title">
        <Title order={2} id="wording-title" mb="xs">
          {t("admin:sections.wording")}
        </Title>
        <Text maw={760} mb="xs">
          {t("admin:wording.intro")}
        </Text>
        <Anchor href={`#${FORMAT_ID}`}>{t("admin:wording.formatLink")}</Anchor>
      </section>
      <section aria-labelledby="wording-status-title">
        <Title order={2} size="h3" id="wording-status-title" mb="sm">
          {t("admin:wording.statusTitle")}
        </Title>
        {status.isPending ? (
          <Loader aria-label={t("common:loading")} />
        ) : status.isError ? (
          <ProblemAlert error={status.error} />
        ) : (
          <WordingStatusList loaded={status.data.loaded} />
        )}
      </section>
      <WordingUpload />
      <WordingFormatHelp id={FORMAT_ID} />
    </Stack>
  );
}
