import { EMERGENCY_REASON_CATEGORIES } from "@kring/contracts";
import { Button, Card, List, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useFormat } from "../../cases/shared/format";
import { adminSv } from "../admin.sv";
import { useEmergencyGrants, useReviewGrant, type EmergencyGrant } from "./emergency.api";

type ReadKey = keyof typeof adminSv.emergency.reads;
type Category = (typeof EMERGENCY_REASON_CATEGORIES)[number];
const isCategory = (c: string): c is Category =>
  (EMERGENCY_REASON_CATEGORIES as readonly string[]).includes(c);

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
  const { t } = useTranslation(["admin", "cases"]);
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
      <Text size="sm" mt={4}>
        <Text span fw={600}>
          {t("emergency.category")}:
        </Text>{" "}
        {isCategory(grant.category)
          ? t(`cases:emergency.categories.${grant.category}`)
          : grant.category}
      </Text>
      <Text size="sm" mb={4} style={{ whiteSpace: "pre-line" }}>
        <Text span fw={600}>
          {t("emergency.reason")}:
        </Text>{" "}
        {grant.reason}
      </Text>
      <WhatWasRead grant={grant} />
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

/**
 * What was read under the access, from the audit trail: each kind of read once, with how often
 * and when first, so a long session stays a short list the reviewer can judge.
 */
function WhatWasRead({ grant }: { grant: EmergencyGrant }) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const kinds = new Map<string, { first: string; count: number }>();
  for (const read of grant.reads) {
    const seen = kinds.get(read.action);
    if (seen) seen.count++;
    else kinds.set(read.action, { first: read.at, count: 1 });
  }
  const what = (action: string) => {
    const key = action.replaceAll(".", "_");
    return key in adminSv.emergency.reads && key !== "other"
      ? t(`emergency.reads.${key as ReadKey}`)
      : t("emergency.reads.other", { action });
  };
  return (
    <div>
      <Text size="sm" fw={600}>
        {t("emergency.readTitle")}
      </Text>
      {kinds.size === 0 ? (
        <Text size="sm">{t("emergency.readNothing")}</Text>
      ) : (
        <List size="sm" mb={4}>
          {[...kinds].map(([action, { first, count }]) => (
            <List.Item key={action}>
              {t("emergency.readTimes", {
                what: what(action),
                count,
                time: format.dateTime(first),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
