import type { SessionUser } from "@kring/contracts";
import { AppShell, Divider, NavLink } from "@mantine/core";
import { Link, useMatchRoute } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AccountActions } from "./AccountActions";
import { navItemsFor } from "./navigation";

export function ShellNavbar({ user, onNavigate }: { user: SessionUser; onNavigate: () => void }) {
  const { t } = useTranslation("shell");
  const matchRoute = useMatchRoute();
  return (
    <>
      <AppShell.Section grow>
        <ul className="nav-list">
          {navItemsFor(user).map((item) => {
            const active = !!matchRoute({ to: item.to, fuzzy: !item.exact });
            return (
              <li key={item.id}>
                <NavLink
                  label={t(`nav.items.${item.id}.label`)}
                  active={active}
                  aria-current={active ? "page" : undefined}
                  onClick={onNavigate}
                  renderRoot={(props) => <Link to={item.to} {...props} />}
                />
              </li>
            );
          })}
        </ul>
      </AppShell.Section>
      <AppShell.Section hiddenFrom="sm">
        <Divider my="sm" />
        <AccountActions user={user} />
      </AppShell.Section>
    </>
  );
}
