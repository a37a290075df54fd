import { Loader, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../platform/i18n/use-labels";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useFormat } from "../../cases/shared/format";
import { type RoleChangeView, useRoleChanges } from "./role-changes.api";

/** Who changed whose role, what and when: every role change, newest first, from the audit log. */
export function RoleChangesPage() {
  const { t } = useTranslation(["admin", "common"]);
  useDocumentTitle(t("admin:sections.roleChanges"), t("admin:title"));
  const changes = useRoleChanges();
  return (
    <section aria-labelledby="role-changes-title">
      <Title order={2} id="role-changes-title" mb="xs">
        {t("admin:sections.roleChanges")}
      </Title>
      <Text mb="md" maw={720}>
        {t("admin:roleChanges.intro")}
      </Text>
      {changes.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : changes.isError ? (
        <ProblemAlert error={changes.error} />
      ) : changes.data.changes.length === 0 ? (
        <Text>{t("admin:roleChanges.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-labelledby="role-changes-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("admin:roleChanges.when")}</Table.Th>
                <Table.Th scope="col">{t("admin:roleChanges.changedBy")}</Table.Th>
                <Table.Th scope="col">{t("admin:roleChanges.user")}</Table.Th>
                <Table.Th scope="col">{t("admin:roleChanges.change")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.data.changes.map((change, i) => (
                <ChangeRow key={`${change.at}-${i}`} change={change} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function ChangeRow({ change }: { change: RoleChangeView }) {
  const { t } = useTranslation("admin");
  const labels = useLabels();
  const format = useFormat();
  const role = change.role
    ? change.unitName
      ? t("users.roleInUnit", { role: labels.role(change.role), unit: change.unitName })
      : labels.role(change.role)
    : t("roleChanges.unknownRole");
  return (
    <Table.Tr>
      <Table.Td>{format.dateTime(change.at)}</Table.Td>
      <Table.Td>{change.changedBy ?? t("roleChanges.system")}</Table.Td>
      <Table.Td>{change.userName ?? t("roleChanges.unknown")}</Table.Td>
      <Table.Td>{t(`roleChanges.${change.change}`, { role })}</Table.Td>
    </Table.Tr>
  );
}
