import { usePageTexts } from "../../../platform/i18n/page-texts";
import { requestEn } from "./request.en";
import { requestSv } from "./request.sv";

/**
 * The texts of the request pages and the consent dialogs: they come with these lazy pages, not the first page (ADR 0023). Every
 * component that reads the "request" namespace calls this first.
 */
export function useRequestTexts() {
  usePageTexts("request", requestSv, requestEn);
}
