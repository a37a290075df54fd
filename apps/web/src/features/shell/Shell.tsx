import { AppShell } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Outlet } from "@tanstack/react-router";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { SessionUserProvider } from "../../platform/session/session-user";
import { useSession } from "../../platform/session/use-session";
import { useIsPhone } from "../../platform/ui/use-is-phone";
import { ShellHeader } from "./ShellHeader";
import { ShellNavbar } from "./ShellNavbar";

const focusMain = (event: MouseEvent) => {
  event.preventDefault();
  document.getElementById("main")?.focus();
};

/** The frame of every page behind login: header, main menu and the page itself. */
export function Shell() {
  const { t } = useTranslation(["common", "shell"]);
  const session = useSession();
  const [menuOpened, menu] = useDisclosure(false);
  const isPhone = useIsPhone();
  // The session has just ended; the app is on its way to the login page.
  if (!session) return null;
  const menuHidden = isPhone && !menuOpened;
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: "sm", collapsed: { mobile: !menuOpened } }}
      padding={{ base: "md", sm: "lg" }}
    >
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t("skipToContent")}
      </a>
      <AppShell.Header>
        <ShellHeader user={session.user} menuOpened={menuOpened} onToggleMenu={menu.toggle} />
      </AppShell.Header>
      <AppShell.Navbar
        id="main-menu"
        aria-label={t("shell:nav.label")}
        p="sm"
        inert={menuHidden}
        style={menuHidden ? { visibility: "hidden" } : undefined}
      >
        <ShellNavbar user={session.user} onNavigate={menu.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        <SessionUserProvider user={session.user}>
          <Outlet />
        </SessionUserProvider>
      </AppShell.Main>
    </AppShell>
  );
}
