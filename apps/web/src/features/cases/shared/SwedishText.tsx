import type { ReactNode } from "react";
import { useLanguage } from "../../../platform/i18n/use-language";

/**
 * Text the server writes in Swedish only (timeline entries, decisions). In the English UI it is
 * marked as Swedish, so screen readers pronounce it right.
 */
export function SwedishText({ children }: { children: ReactNode }) {
  return useLanguage() === "sv" ? <>{children}</> : <span lang="sv">{children}</span>;
}
