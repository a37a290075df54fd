import { usePageTexts } from "../../../platform/i18n/page-texts";
import { networkMapEn } from "./networkMap.en";
import { networkMapSv } from "./networkMap.sv";

/**
 * The texts of the network map page: they come with these lazy pages, not the first page (ADR 0023). Every
 * component that reads the "networkMap" namespace calls this first.
 */
export function useNetworkMapTexts() {
  usePageTexts("networkMap", networkMapSv, networkMapEn);
}
