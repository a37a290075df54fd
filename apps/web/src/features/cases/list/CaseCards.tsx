import { Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AcuteBadge } from "../shared/AcuteBadge";
import { useCaseLabels } from "../shared/case-labels";
import { ageInYears, useFormat } from "../shared/format";
import { NextDeadline } from "../shared/NextDeadline";
import type { CaseRowsProps } from "./CaseTable";
import { AnchorLink } from "../shared/links";

/** The cases as cards, for phones. */
export function CaseCards({ cases, intake = false }: CaseRowsProps) {
  const { t } = useTranslation(["cases", "children"]);
  const labels = useCaseLabels();
  const format = useFormat();
  return (
    <Stack component="ul" gap="xs" className="plain-list">
      {cases.map((c) => (
        <Card component="li" key={c.id} withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} fw={700}>
              {c.childName}
            </AnchorLink>
            {c.acute && <AcuteBadge />}
          </Group>
          <Text size="sm">{t("children:age", { count: ageInYears(c.childBirthDate) })}</Text>
          <Text size="sm" mb={4}>
            {labels.stage(c.stage)}
          </Text>
          <NextDeadline deadline={c.nextDeadline} />
          <Text size="sm" c="dimmed" mt={4}>
            {intake
              ? `${c.raisedByUnitName ?? t("children:protectedIdentity")}, ${format.date(c.requestedAt)}`
              : c.myRoles.map(labels.caseRole).join(", ")}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
