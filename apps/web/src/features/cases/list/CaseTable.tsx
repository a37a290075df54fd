import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AcuteBadge } from "../shared/AcuteBadge";
import type { CaseListItem } from "../shared/case-types";
import { useCaseLabels } from "../shared/case-labels";
import { ageInYears, useFormat } from "../shared/format";
import { NextDeadline } from "../shared/NextDeadline";
import { AnchorLink } from "../shared/links";

export interface CaseRowsProps {
  cases: CaseListItem[];
  /** The intake queue shows where a request came from instead of the user's roles. */
  intake?: boolean;
}

export function CaseTable({ cases, intake = false }: CaseRowsProps) {
  const { t } = useTranslation(["cases", "children"]);
  const labels = useCaseLabels();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("cases:list.columns.child")}</Table.Th>
            <Table.Th scope="col">{t("cases:list.columns.stage")}</Table.Th>
            <Table.Th scope="col">{t("cases:list.columns.deadline")}</Table.Th>
            <Table.Th scope="col">
              {intake ? t("cases:list.columns.raisedBy") : t("cases:list.columns.myRoles")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} fw={700}>
                  {c.childName}
                </AnchorLink>
                <Text size="sm">{t("children:age", { count: ageInYears(c.childBirthDate) })}</Text>
                {c.acute && <AcuteBadge />}
              </Table.Th>
              <Table.Td>{labels.stage(c.stage)}</Table.Td>
              <Table.Td>
                <NextDeadline deadline={c.nextDeadline} />
              </Table.Td>
              <Table.Td>
                {intake ? (
                  <>
                    <Text size="sm">{c.raisedByUnitName ?? t("children:protectedIdentity")}</Text>
                    <Text size="sm" c="dimmed">
                      {format.date(c.requestedAt)}
                    </Text>
                  </>
                ) : (
                  <Text size="sm">
                    {c.myRoles.map(labels.caseRole).join(", ") || t("cases:list.noRole")}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
