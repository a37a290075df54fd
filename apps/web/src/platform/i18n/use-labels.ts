import {
  ROLE_LABELS,
  UNIT_KIND_LABELS,
  type ProfessionalRole,
  type UnitKind,
  UNIT_KINDS,
} from "@kring/domain";
import { useLanguage } from "./use-language";

function isUnitKind(kind: string): kind is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(kind);
}

/** Domain labels (roles, unit kinds) in the current language; they live in @kring/domain. */
export function useLabels() {
  const language = useLanguage();
  return {
    role: (role: ProfessionalRole) => ROLE_LABELS[role][language],
    unitKind: (kind: string) => (isUnitKind(kind) ? UNIT_KIND_LABELS[kind][language] : kind),
  };
}
