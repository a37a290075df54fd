import "./network-map.css";
import { Button, Card, Group, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useCase } from "../api/cases.api";
import { useNetworkMap } from "../api/network-map.api";
import { mayShapeNetwork } from "../shared/case-roles";
import { AddNetworkEntryForm } from "./AddNetworkEntryForm";
import { NetworkMapEntries } from "./NetworkMapEntries";
import { NetworkMapSvg } from "./NetworkMapSvg";
import { AnchorLink } from "../shared/links";
import { useNetworkMapTexts } from "./networkMap-texts";

/** The network map (ecomap) of a case: drawn, listed, printable, and kept by the coordinators. */
export function NetworkMapPage({ caseId }: { caseId: string }) {
  useNetworkMapTexts();
  const { t } = useTranslation(["networkMap", "common"]);
  const map = useNetworkMap(caseId);
  const detail = useCase(caseId);
  if (map.isError) return <ProblemAlert error={map.error} />;
  if (!map.data || !detail.data) return <Loader aria-label={t("common:loading")} />;
  const mayChange = mayShapeNetwork(detail.data);
  return (
    <>
      <AnchorLink to="/cases/$caseId" params={{ caseId }} size="sm">
        {t("networkMap:backToCase")}
      </AnchorLink>
      <PageTitle>{t("networkMap:title")}</PageTitle>
      <Group justify="space-between" align="flex-start" mb="md">
        <Text maw={640}>{t("networkMap:intro")}</Text>
        <Button variant="default" onClick={() => window.print()}>
          {t("networkMap:print")}
        </Button>
      </Group>
      <Stack gap="lg">
        <Card withBorder padding="md" className="network-map-print">
          <Text fw={700} mb="xs">
            {t("networkMap:printHeading", { name: map.data.childName })}
          </Text>
          <NetworkMapSvg map={map.data} />
        </Card>
        <NetworkMapEntries caseId={caseId} map={map.data} mayChange={mayChange} />
        {mayChange && <AddNetworkEntryForm caseId={caseId} />}
      </Stack>
    </>
  );
}
