import type { CaseDetail } from "@kring/contracts";
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { attachmentUrl } from "../api/attachments";
import { useFormat } from "../shared/format";
import { WithdrawConsentDialog } from "./WithdrawConsentDialog";

type Consent = CaseDetail["consents"][number];

// In force is the only state that shares anything; it stands out, the others are quiet.
const STATUS_LOOK = {
  active: { color: "kring.8", variant: "filled" },
  expired: { color: "gray.7", variant: "outline" },
  withdrawn: { color: "red.9", variant: "outline" },
  not_yet_valid: { color: "gray.7", variant: "outline" },
} as const;

interface ConsentListProps {
  detail: CaseDetail;
  /** Coordinators, the raising unit and intake may record and withdraw consent. */
  mayChange: boolean;
}

/** The consents of the case with their status; withdrawing one stops sharing from now on. */
export function ConsentList({ detail, mayChange }: ConsentListProps) {
  const { t } = useTranslation("cases");
  const format = useFormat();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  return (
    <Stack gap="sm">
      {!detail.sharedBeyondRaisingUnit && (
        <Alert color="orange" variant="outline" c="dark.9">
          {t("consents.notShared", { unit: detail.raisedBy.unitName })}
        </Alert>
      )}
      {detail.consents.map((c) => (
        <Card key={c.id} withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start" mb={4}>
            <Text size="sm" fw={600}>
              {c.purpose}
            </Text>
            <Badge {...STATUS_LOOK[c.status]} tt="none" radius="sm" style={{ flexShrink: 0 }}>
              {t(`consents.status.${c.status}`)}
            </Badge>
          </Group>
          <Text size="sm">
            {t("consents.givenBy", { names: c.givenBy.map((g) => g.name).join(", ") })}
          </Text>
          <Text size="sm">
            {c.method
              ? t(`consents.method.${c.method}`, { meeting: c.meeting ?? "" })
              : t("consents.method.unknown")}
            {c.recordedBy && ` · ${t("consents.recordedBy", { name: c.recordedBy })}`}
          </Text>
          <Text size="sm">
            {t("consents.units", { units: c.units.map((u) => u.name).join(", ") })}
          </Text>
          <Text size="sm">
            {c.validUntil
              ? t("consents.validBetween", {
                  from: format.date(c.validFrom),
                  until: format.date(c.validUntil),
                })
              : t("consents.validFrom", { from: format.date(c.validFrom) })}
          </Text>
          {c.withdrawnAt && (
            <Text size="sm">
              {t("consents.withdrawnOn", { date: format.date(c.withdrawnAt) })}
              {c.withdrawnReason && `: ${c.withdrawnReason}`}
            </Text>
          )}
          {c.documentId && (
            <Anchor href={attachmentUrl(detail.id, c.documentId)} size="sm" download>
              {t("consents.document")}
            </Anchor>
          )}
          {mayChange && c.status === "active" && (
            <Button
              size="xs"
              variant="default"
              mt="xs"
              w="fit-content"
              onClick={() => setWithdrawing(c)}
            >
              {t("consents.withdraw")}
            </Button>
          )}
        </Card>
      ))}
      {withdrawing && (
        <WithdrawConsentDialog
          caseId={detail.id}
          consent={withdrawing}
          onClose={() => setWithdrawing(null)}
        />
      )}
    </Stack>
  );
}
