import { Group } from "@mantine/core";
import { useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../cases/shared/links";
import { useLanguage } from "../../platform/i18n/use-language";
import { STEERING_LINKS } from "./steering-links";

/** The steering section's own menu, above each of its pages; hidden when printed. */
export function SteeringNav() {
  const { t } = useTranslation("steering");
  const language = useLanguage();
  const path = useLocation({ select: (l) => l.pathname });
  return (
    <Group
      component="nav"
      aria-label={t("nav.label")}
      gap="lg"
      mb="md"
      className="steering-no-print"
    >
      {STEERING_LINKS.map((link) => (
        <AnchorLink
          key={link.to}
          to={link.to}
          aria-current={path === link.to ? "page" : undefined}
          fw={path === link.to ? 700 : undefined}
        >
          {link.label[language === "en" ? "en" : "sv"]}
        </AnchorLink>
      ))}
    </Group>
  );
}
