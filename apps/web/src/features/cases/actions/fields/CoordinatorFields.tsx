import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { structureLookup } from "../../../admin/structure/structure-lookup";
import { useStructure } from "../../../admin/structure/structure.api";
import { useCaseLabels } from "../../shared/case-labels";
import { PersonPicker } from "../../shared/PersonPicker";
import type { EventFieldsProps } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

/**
 * Two coordinators, as free as possible from the case. The server refuses anyone too close to
 * the child and says why; the reasons are shown above the form.
 */
export function CoordinatorFields({ values, set, errorFor }: EventFieldsProps) {
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
  const labels = useCaseLabels();
  const structure = useStructure();
  const units = structure.data ? structureLookup(structure.data).unitGroups() : [];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {(["lead", "documenting"] as const).map((which) => (
        <PersonPicker
          key={which}
          legend={labels.caseRole(`coordinator_${which}`)}
          units={units}
          unitId={values[`${which}UnitId`] ?? ""}
          userId={values[`${which}UserId`] ?? ""}
          onUnit={(id) => set(`${which}UnitId`, id)}
          onUser={(id) => set(`${which}UserId`, id)}
          userError={errorFor(`event.${which}UserId`) && t(`coordinators.${which}Hint`)}
        />
      ))}
    </SimpleGrid>
  );
}
