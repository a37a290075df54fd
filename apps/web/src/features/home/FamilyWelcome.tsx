import type { SessionUser } from "@kring/contracts";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Guardians and children: who they are logged in as, and where to turn. */
export function FamilyWelcome({ user }: { user: SessionUser }) {
  const { t } = useTranslation("home");
  const key = user.kind === "guardian" ? "family.guardian" : "family.child";
  return (
    <>
      <Text mb="md">{t(key, { tenant: user.tenantName })}</Text>
      <Text>{t("family.contact")}</Text>
    </>
  );
}
