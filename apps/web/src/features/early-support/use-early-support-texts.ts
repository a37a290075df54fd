import { usePageTexts } from "../../platform/i18n/page-texts";
import { earlySupportEn } from "./early-support.en";
import { earlySupportSv } from "./early-support.sv";

/** The pages of this feature load their texts with them (ADR 0023). */
export const useEarlySupportTexts = () =>
  usePageTexts("earlySupport", earlySupportSv, earlySupportEn);
