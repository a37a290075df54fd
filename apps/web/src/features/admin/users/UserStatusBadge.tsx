import type { AdminUser } from "@kring/contracts";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function UserStatusBadge({ user }: { user: AdminUser }) {
  const { t } = useTranslation("admin");
  if (!user.active) {
    return (
      <Badge color="gray" variant="light" tt="none">
        {t("users.status.inactive")}
      </Badge>
    );
  }
  if (user.locked) {
    return (
      <Badge color="red" variant="light" tt="none">
        {t("users.status.locked")}
      </Badge>
    );
  }
  return (
    <Badge color="kring" variant="light" tt="none">
      {t("users.status.active")}
    </Badge>
  );
}
