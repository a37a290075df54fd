import type { CaseDetail } from "@kring/contracts";
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../shared/format";

/** The request as it was raised: the concern in the raiser's words, and what was tried. */
export function RequestSummary({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation("cases");
  const format = useFormat();
  const fact = (label: string, value: string) => (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-line" }}>
        {value}
      </Text>
    </div>
  );
  return (
    <Stack gap="xs">
      {fact(t("request.raisedOn"), format.date(detail.requestedAt))}
      {fact(t("request.concern"), detail.concern)}
      {detail.triedSoFar && fact(t("request.triedSoFar"), detail.triedSoFar)}
      {fact(
        t("request.involved"),
        detail.involvedUnits.map((u) => u.name).join(", ") || t("request.noneInvolved"),
      )}
    </Stack>
  );
}
