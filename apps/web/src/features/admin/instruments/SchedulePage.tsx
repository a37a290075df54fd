import { Loader, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useInstrumentSettings } from "./instruments-admin.api";
import { SettingsForm } from "./SettingsForm";

/** When ratings are due in the tenant's cases, and the cut-offs their results are read against. */
export function SchedulePage() {
  const { t } = useTranslation(["admin", "common"]);
  useDocumentTitle(t("admin:sections.schedule"), t("admin:title"));
  const settings = useInstrumentSettings();
  // Taking in someone else's save starts the form afresh from their values.
  const [generation, setGeneration] = useState(0);
  const reload = () => {
    void settings.refetch().then(() => setGeneration((g) => g + 1));
  };
  return (
    <section aria-labelledby="schedule-title">
      <Title order={2} id="schedule-title" mb="xs">
        {t("admin:sections.schedule")}
      </Title>
      <Text maw={760} mb="md">
        {t("admin:schedule.intro")}
      </Text>
      {settings.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : settings.isError ? (
        <ProblemAlert error={settings.error} />
      ) : (
        <SettingsForm key={generation} settings={settings.data} onReload={reload} />
      )}
    </section>
  );
}
