import { Loader, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { ChildsBestArea } from "./ChildsBestArea";
import { useChildsBestOverview } from "./early-support.api";
import { useEarlySupportTexts } from "./use-early-support-texts";

/** The Barnets bästa lead's overview of their areas (Kronoberg), within the access rules. */
export function ChildsBestPage() {
  useEarlySupportTexts();
  const { t } = useTranslation(["earlySupport", "common"]);
  const [areaId, setAreaId] = useState<string | null>(null);
  const all = useChildsBestOverview(null);
  const chosen = useChildsBestOverview(areaId);
  const overview = areaId ? chosen : all;
  return (
    <>
      <PageTitle>{t("earlySupport:leadTitle")}</PageTitle>
      <Text mb="md" maw={720}>
        {t("earlySupport:leadIntro")}
      </Text>
      {all.data && all.data.areas.length > 1 && (
        <NativeSelect
          label={t("earlySupport:area")}
          mb="lg"
          w={{ base: "100%", xs: 320 }}
          value={areaId ?? ""}
          onChange={(e) => setAreaId(e.currentTarget.value || null)}
          data={[
            { value: "", label: t("earlySupport:areaAll") },
            ...all.data.areas.map((a) => ({ value: a.areaId ?? "", label: a.areaName })),
          ]}
        />
      )}
      {overview.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : overview.isError ? (
        <ProblemAlert error={overview.error} />
      ) : (
        <Stack gap="xl">
          {overview.data.areas.map((area) => (
            <ChildsBestArea key={area.areaId} area={area} />
          ))}
        </Stack>
      )}
    </>
  );
}
