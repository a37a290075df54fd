import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useStructure } from "../../../admin/structure/structure.api";
import { PersonPicker } from "../../shared/PersonPicker";
import type { EventFieldsProps } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

/**
 * The principal appoints the contact person from the student-health team (EHT). The team of the
 * child's own school area comes first; the server checks the person's role.
 */
export function ContactPersonFields({ detail, values, set, errorFor }: EventFieldsProps) {
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
  const structure = useStructure();
  const units = structure.data?.units ?? [];
  const studentHealth = units.filter((u) => u.kind === "student_health");
  const childAreas = detail.child.currentUnits.map(
    (cu) => units.find((u) => u.id === cu.unitId)?.areaId,
  );
  const suggested = studentHealth.find((u) => u.areaId && childAreas.includes(u.areaId))?.id;
  const unitId = values.unitId ?? "";
  useEffect(() => {
    if (!unitId && suggested) set("unitId", suggested);
  }, [unitId, suggested, set]);
  return (
    <PersonPicker
      legend={t("contactPerson.legend")}
      units={studentHealth.map((u) => ({ value: u.id, label: u.name }))}
      unitId={unitId}
      userId={values.userId ?? ""}
      onUnit={(id) => set("unitId", id)}
      onUser={(id) => set("userId", id)}
      unitError={errorFor("event.unitId") && t("contactPerson.unitHint")}
      userError={errorFor("event.userId") && t("contactPerson.userHint")}
    />
  );
}
