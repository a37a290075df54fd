import { Button, Group } from "@mantine/core";
import { Link, Outlet, useMatchRoute } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { hasRole } from "../../platform/session/roles";
import { useSessionUser } from "../../platform/session/session-user";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ForbiddenPage } from "../errors/ForbiddenPage";
import { adminEn } from "./admin.en";
import { adminSv } from "./admin.sv";

const SECTIONS = [
  { to: "/admin/structure", key: "structure" },
  { to: "/admin/users", key: "users" },
  { to: "/admin/guardians", key: "guardians" },
  { to: "/admin/emergency-access", key: "emergency" },
  { to: "/admin/role-changes", key: "roleChanges" },
  { to: "/admin/instrument-wording", key: "wording" },
  { to: "/admin/instrument-schedule", key: "schedule" },
  { to: "/admin/mail", key: "mail" },
  { to: "/admin/sign-in", key: "signIn" },
  { to: "/admin/retention", key: "retention" },
  { to: "/admin/concern-guide", key: "concernGuide" },
  { to: "/admin/experience-themes", key: "themes" },
] as const;

/** Administration is for administrators; the server enforces it, the page explains it. */
export function AdminLayout() {
  // Every administration page renders inside this layout, so its texts arrive with it.
  usePageTexts("admin", adminSv, adminEn);
  const { t } = useTranslation("admin");
  const user = useSessionUser();
  const matchRoute = useMatchRoute();
  if (!hasRole(user, "administrator")) return <ForbiddenPage />;
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <Group component="nav" aria-label={t("sections.label")} gap="xs" mb="lg">
        {SECTIONS.map((section) => {
          const active = !!matchRoute({ to: section.to });
          return (
            <Button
              key={section.key}
              component={Link}
              to={section.to}
              variant={active ? "filled" : "default"}
              aria-current={active ? "page" : undefined}
            >
              {t(`sections.${section.key}`)}
            </Button>
          );
        })}
      </Group>
      <Outlet />
    </>
  );
}
