import { Button, Card, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useFormat } from "../../cases/shared/format";
import { useEmergencyGrants, useReviewGrant, type EmergencyGrant } from "./emergency.api";

/** Emergency access is allowed, then reviewed: who opened which case, why, and who checked it. */
export function EmergencyAccessPage() {
  const { t } = useTranslation(["admin", "common"]);
  useDocumentTitle(t("admin:sections.emergency"), t("admin:title"));
  const grants = useEmergencyGrants();
  return (
    <section aria-labelledby="emergency-title">
      <Title order={2} id="emergency-title" mb="xs">
        {t("admin:sections.emergency")}
      </Title>
      <Text mb="md" maw={720}>
        {t("admin:emergency.intro")}
      </Text>
      {grants.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : grants.isError ? (
        <ProblemAlert error={grants.error} />
      ) : grants.data.grants.length === 0 ? (
        <Text>{t("admin:emergency.none")}</Text>
      ) : (
        <Stack component="ul" gap="xs" className="plain-list">
          {grants.data.grants.map((grant) => (
            <GrantCard key={grant.id} grant={grant} />
          ))}
        </Stack>
      )}
    </section>
  );
}

// Cards rather than a table: the reason is free text of any length, on any screen.
function GrantCard({ grant }: { grant: EmergencyGrant }) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const announce = useAnnounce();
  const review = useReviewGrant();
  const when = format.dateTime(grant.grantedAt);
  return (
    <Card component="li" withBorder padding="sm">
      <Text fw={700}>{grant.userName}</Text>
      <Text size="sm">
        {when} · {t("emergency.until", { date: format.dateTime(grant.expiresAt) })}
      </Text>
      <Text size="sm" my={4} style={{ whiteSpace: "pre-line" }}>
        {grant.reason}
      </Text>
      <ProblemAlert error={review.error} />
      {grant.reviewedAt ? (
        <Text size="sm" c="dimmed">
          {t("emergency.reviewed", {
            date: format.date(grant.reviewedAt),
            name: grant.reviewedBy ?? "",
          })}
        </Text>
      ) : (
        <Button
          size="xs"
          variant="default"
          w="fit-content"
          loading={review.isPending}
          aria-label={t("emergency.markReviewedLabel", { name: grant.userName, date: when })}
          onClick={() =>
            review.mutate(grant.id, {
              onSuccess: () => announce(t("emergency.done", { name: grant.userName })),
            })
          }
        >
          {t("emergency.markReviewed")}
        </Button>
      )}
    </Card>
  );
}
