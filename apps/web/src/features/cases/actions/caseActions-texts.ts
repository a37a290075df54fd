import { usePageTexts } from "../../../platform/i18n/page-texts";
import { caseActionsEn } from "./caseActions.en";
import { caseActionsSv } from "./caseActions.sv";

/**
 * The texts of the case page's actions: they come with these lazy pages, not the first page (ADR 0023). Every
 * component that reads the "caseActions" namespace calls this first.
 */
export function useCaseActionsTexts() {
  usePageTexts("caseActions", caseActionsSv, caseActionsEn);
}
