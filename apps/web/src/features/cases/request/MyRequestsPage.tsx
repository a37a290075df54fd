import type { RaisedRequestStatus } from "@kring/contracts";
import { Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useMyRequests, useSendRequest } from "../api/cases.api";
import { useFormat } from "../shared/format";
import { AnchorLink } from "../shared/links";

/**
 * "Mina förfrågningar": the raiser (and the raising unit's principal) follow each request by its
 * status only: registered, assessed (case or other action, with the reason), the contact person,
 * closed. The case's content is for the child's network.
 */
export function MyRequestsPage() {
  const { t } = useTranslation(["cases", "common"]);
  const query = useMyRequests();
  const send = useSendRequest();
  return (
    <>
      <PageTitle>{t("cases:myRequests.title")}</PageTitle>
      <Text mb="lg" maw={720}>
        {t("cases:myRequests.intro")}
      </Text>
      <ProblemAlert error={send.error} />
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : query.data.requests.length === 0 ? (
        <Text>{t("cases:myRequests.none")}</Text>
      ) : (
        <Stack component="ul" gap="sm" className="plain-list" maw={720}>
          {query.data.requests.map((r) => (
            <RequestCard
              key={r.id}
              request={r}
              sending={send.isPending && send.variables.id === r.id}
              onSend={() => send.mutate({ id: r.id, version: r.version })}
            />
          ))}
        </Stack>
      )}
    </>
  );
}

interface RequestCardProps {
  request: RaisedRequestStatus;
  sending: boolean;
  onSend: () => void;
}

function RequestCard({ request: r, sending, onSend }: RequestCardProps) {
  const { t } = useTranslation("cases");
  const format = useFormat();
  return (
    <Card component="li" withBorder padding="md">
      <Group justify="space-between" gap="xs" mb={4}>
        <Title order={2} size="h4">
          {r.childName}
        </Title>
        <Text size="sm" fw={700}>
          {t(`myRequests.statuses.${r.status}`)}
        </Text>
      </Group>
      <Text size="sm">
        {t("myRequests.raised", { date: format.date(r.requestedAt), unit: r.raisedByUnitName })}
      </Text>
      {r.otherAction && (
        <Text size="sm">
          {t("myRequests.otherAction", {
            action: r.otherAction.action,
            reason: r.otherAction.reason,
          })}
        </Text>
      )}
      {r.contactPerson && (
        <Text size="sm">
          {t("myRequests.contactPerson", {
            name: [r.contactPerson.name, r.contactPerson.unitName].filter(Boolean).join(", "),
          })}
        </Text>
      )}
      {r.closedOn && (
        <Text size="sm">{t("myRequests.closedOn", { date: format.date(r.closedOn) })}</Text>
      )}
      {r.mayComplete && !r.consentInForce && (
        <Text size="sm" mt="xs">
          {t("myRequests.noConsent")}
        </Text>
      )}
      {r.mayComplete && (
        <AnchorLink
          to="/requests/$caseId/complete"
          params={{ caseId: r.id }}
          size="sm"
          mt="xs"
          display="block"
        >
          {t("myRequests.complete")}
        </AnchorLink>
      )}
      {r.maySend && (
        <Button size="xs" mt="sm" w="fit-content" loading={sending} onClick={onSend}>
          {t("myRequests.send")}
        </Button>
      )}
    </Card>
  );
}
