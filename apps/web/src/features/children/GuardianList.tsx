import type { ChildDetail } from "@kring/contracts";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The guardians, with phone and email where protected identity does not hide them. */
export function GuardianList({ guardians }: { guardians: ChildDetail["guardians"] }) {
  const { t } = useTranslation("children");
  if (guardians.length === 0) return <Text size="sm">{t("noGuardians")}</Text>;
  return (
    <>
      <Text size="sm" fw={600}>
        {t("guardians")}
      </Text>
      <ul className="plain-list">
        {guardians.map((g) => (
          <Text component="li" size="sm" key={g.id}>
            {g.givenName} {g.familyName}
            {[g.phone, g.email].some(Boolean) &&
              `: ${[g.phone, g.email].filter(Boolean).join(", ")}`}
          </Text>
        ))}
      </ul>
    </>
  );
}
