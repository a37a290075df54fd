import type { SessionUser } from "@kring/contracts";
import { Box, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../platform/i18n/use-labels";
import { distinctRoles } from "../../platform/session/roles";

/** Who is logged in, and as what: the roles for professionals, guardian or child for families. */
export function UserSummary({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const roles =
    user.kind === "professional"
      ? distinctRoles(user).map(labels.role).join(", ")
      : t(`userKinds.${user.kind}`);
  return (
    <Box miw={0}>
      <Text fw={600} size="sm" truncate>
        {user.displayName}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {roles}
      </Text>
    </Box>
  );
}
