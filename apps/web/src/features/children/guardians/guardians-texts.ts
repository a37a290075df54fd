import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../../platform/i18n/page-texts";
import { guardiansEn } from "./guardians.en";
import { guardiansSv } from "./guardians.sv";

/** The guardian page's texts, loaded with the page (usePageTexts). */
export function useGuardiansTexts() {
  usePageTexts("guardians", guardiansSv, guardiansEn);
  return useTranslation(["guardians", "common"]);
}
