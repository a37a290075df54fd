import { useTranslation } from "react-i18next";
import { retentionEn } from "./retention.en";
import { retentionSv } from "./retention.sv";

/**
 * The retention page's texts come with the page's own chunk, not with the first page (the first
 * page's script budget, ADR 0023): they are added to i18next the first time the page renders.
 */
export function useRetentionTexts() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("sv", "retention")) {
    i18n.addResourceBundle("sv", "retention", retentionSv);
    i18n.addResourceBundle("en", "retention", retentionEn);
  }
  return useTranslation("retention");
}
