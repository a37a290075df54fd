import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLogout } from "./use-logout";

export function LogoutButton() {
  const { t } = useTranslation("shell");
  const logout = useLogout();
  return (
    <Button variant="default" size="sm" loading={logout.isPending} onClick={() => logout.mutate()}>
      {t("header.logout")}
    </Button>
  );
}
