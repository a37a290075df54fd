import { usePageTexts } from "../../platform/i18n/page-texts";
import { plansEn } from "./plans.en";
import { plansSv } from "./plans.sv";

/**
 * The texts of the plan pages: they come with these lazy pages, not the first page (ADR 0023). Every
 * component that reads the "plans" namespace calls this first.
 */
export function usePlansTexts() {
  usePageTexts("plans", plansSv, plansEn);
}
