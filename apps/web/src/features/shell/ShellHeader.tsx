import type { SessionUser } from "@kring/contracts";
import { Anchor, Box, Burger, Group, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AccountActions } from "./AccountActions";

interface ShellHeaderProps {
  user: SessionUser;
  menuOpened: boolean;
  onToggleMenu: () => void;
}

export function ShellHeader({ user, menuOpened, onToggleMenu }: ShellHeaderProps) {
  const { t } = useTranslation("shell");
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={menuOpened}
          onClick={onToggleMenu}
          hiddenFrom="sm"
          size="sm"
          aria-label={menuOpened ? t("header.closeMenu") : t("header.openMenu")}
          aria-expanded={menuOpened}
          aria-controls="main-menu"
        />
        <Anchor component={Link} to="/" fw={800} fz={24} c="kring.8" underline="never">
          Kring
        </Anchor>
        <Text size="sm" c="dimmed" visibleFrom="md">
          {user.tenantName}
        </Text>
      </Group>
      <Box visibleFrom="sm">
        <AccountActions user={user} />
      </Box>
    </Group>
  );
}
