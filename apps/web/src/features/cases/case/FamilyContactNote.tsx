import type { CaseDetail } from "@kring/contracts";
import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A request the guardian raised in the family view ("Vi vill ha stöd"): how to reach them. */
export function FamilyContactNote({
  contact,
}: {
  contact: NonNullable<CaseDetail["familyContact"]>;
}) {
  const { t } = useTranslation("cases");
  return (
    <Alert color="blue" variant="outline" c="dark.9" title={t("familyContact.title")} mb="md">
      <Text size="sm">{t("familyContact.text", { name: contact.guardianName })}</Text>
      <Text size="sm" fw={600}>
        {t(`familyContact.${contact.contactWay}`, { contact: contact.contact })}
      </Text>
      {contact.contactTime && (
        <Text size="sm">{t("familyContact.time", { time: contact.contactTime })}</Text>
      )}
    </Alert>
  );
}
