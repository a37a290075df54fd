import { Button, Card, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { useEmergencyPolicy } from "../api/case-network.api";
import { AnchorLink } from "../shared/links";
import { EmergencyAccessDialog } from "./EmergencyAccessDialog";

/**
 * The user is not in the case's network (or consent does not cover their unit). The one who
 * raised the request follows it under "Mina förfrågningar". A role the municipality allows may
 * still have to act now: read-only emergency access, with a reason, for review.
 */
export function CaseRefused({ caseId, raiser }: { caseId: string; raiser: boolean }) {
  const { t } = useTranslation("cases");
  const policy = useEmergencyPolicy();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <PageTitle>{t(raiser ? "refused.raiserTitle" : "refused.title")}</PageTitle>
      <Text mb="sm" maw={640}>
        {t(raiser ? "refused.raiserBody" : "refused.body")}
      </Text>
      {raiser && (
        <AnchorLink to="/requests/mine" mb="lg" display="block">
          {t("myRequests.title")}
        </AnchorLink>
      )}
      {policy.data?.mayUse && (
        <Card
          component="section"
          aria-labelledby="emergency-title"
          withBorder
          padding="lg"
          maw={640}
          mt="md"
        >
          <Title order={2} size="h4" id="emergency-title" mb="xs">
            {t("emergency.title")}
          </Title>
          <Text size="sm" mb="md">
            {t("emergency.explain", { hours: policy.data.hours })}
          </Text>
          <Button color="red.9" onClick={() => setAsking(true)}>
            {t("emergency.open")}
          </Button>
        </Card>
      )}
      {asking && policy.data && (
        <EmergencyAccessDialog
          caseId={caseId}
          hours={policy.data.hours}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}
