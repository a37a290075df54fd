import type { ChildSummary } from "@kring/contracts";
import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ageInYears } from "../cases/shared/format";
import { useChild } from "./children.api";
import { GuardianList } from "./GuardianList";

/**
 * The child at a glance: name, age, where they go. Contact details come from the child's own
 * record, which hides them (and the guardians' details) under protected identity.
 */
export function ChildFacts({ child }: { child: ChildSummary }) {
  const { t } = useTranslation("children");
  const detail = useChild(child.id);
  const units = child.currentUnits.map((u) =>
    u.schoolYear === null
      ? u.unitName
      : t("unitWithYear", { unit: u.unitName, year: u.schoolYear }),
  );
  const record = detail.data;
  return (
    <>
      <Text fw={700} size="lg">
        {child.givenName} {child.familyName}
      </Text>
      <Text size="sm">
        {child.personalNumber} · {t("age", { count: ageInYears(child.birthDate) })}
      </Text>
      <Text size="sm" mb="xs">
        {child.whereaboutsHidden ? t("protectedIdentity") : units.join(", ") || t("noUnit")}
      </Text>
      {child.protectedIdentity && (
        <Alert color="dark" variant="outline" title={t("protectedIdentity")} mb="xs">
          {record && !record.contactHidden ? t("contactShownProtected") : t("contactHidden")}
        </Alert>
      )}
      {record && !record.contactHidden && (
        <Text size="sm" mb="xs">
          {[
            record.address,
            [record.postalCode, record.city].filter(Boolean).join(" "),
            record.phone,
          ]
            .filter(Boolean)
            .join(", ")}
        </Text>
      )}
      {record && (
        <GuardianList
          guardians={record.guardians}
          manageChildId={record.mayManageGuardians ? child.id : null}
        />
      )}
    </>
  );
}
