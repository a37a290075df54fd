import { Button, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UnitRowsProps } from "./unit-rows";

export function UnitsTable({ rows, onEdit }: UnitRowsProps) {
  const { t } = useTranslation("admin");
  return (
    <Table.ScrollContainer minWidth={640} mb="lg">
      <Table striped highlightOnHover verticalSpacing="xs" bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("structure.columns.name")}</Table.Th>
            <Table.Th scope="col">{t("structure.columns.kind")}</Table.Th>
            <Table.Th scope="col">{t("structure.columns.organisation")}</Table.Th>
            <Table.Th scope="col">{t("structure.columns.area")}</Table.Th>
            <Table.Th scope="col">{t("structure.columns.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ unit, kind, organisation, area }) => (
            <Table.Tr key={unit.id}>
              <Table.Th scope="row" fw={600}>
                {unit.name}
              </Table.Th>
              <Table.Td>{kind}</Table.Td>
              <Table.Td>{organisation}</Table.Td>
              <Table.Td>{area}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t("structure.editLabel", { name: unit.name })}
                  onClick={() => onEdit(unit)}
                >
                  {t("structure.edit")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
