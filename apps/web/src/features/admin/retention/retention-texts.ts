import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../../platform/i18n/page-texts";
import { retentionEn } from "./retention.en";
import { retentionSv } from "./retention.sv";

/** The retention page's texts, loaded with the page (usePageTexts). */
export function useRetentionTexts() {
  usePageTexts("retention", retentionSv, retentionEn);
  return useTranslation("retention");
}
