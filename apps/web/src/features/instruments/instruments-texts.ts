import { usePageTexts } from "../../platform/i18n/page-texts";
import { instrumentsEn } from "./instruments.en";
import { instrumentsSv } from "./instruments.sv";

/**
 * The texts of the forms, answers and outcome pages: they come with these lazy pages, not the first page (ADR 0023). Every
 * component that reads the "instruments" namespace calls this first.
 */
export function useInstrumentsTexts() {
  usePageTexts("instruments", instrumentsSv, instrumentsEn);
}
