import type { StructureResponse } from "@kring/contracts";
import { ENROLMENT_UNIT_KINDS } from "@kring/domain";
import { NativeSelect, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { structureLookup } from "../admin/structure/structure-lookup";

export interface ChildUnitValues {
  unitId: string;
  noUnitReason: string;
}

interface Props {
  structure: StructureResponse;
  values: ChildUnitValues;
  onChange: (values: ChildUnitValues) => void;
  /** Of compulsory school age (or not yet known): the school must be chosen. */
  schoolAge: boolean;
  errors: { unitId?: string; noUnitReason?: string };
}

/**
 * The school or preschool a child registered by hand attends, among the municipality's units. The
 * coordinator rule needs it (issue 17): a child of school age must have one; a younger or older
 * child may have none, with a reason.
 */
export function ChildUnitFields({ structure, values, onChange, schoolAge, errors }: Props) {
  const { t } = useTranslation("children");
  const enrolling = new Set(
    structure.units
      .filter((u) => (ENROLMENT_UNIT_KINDS as readonly string[]).includes(u.kind))
      .map((u) => u.id),
  );
  const groups = structureLookup(structure)
    .unitGroups()
    .map(({ group, items }) => ({ group, items: items.filter((i) => enrolling.has(i.value)) }))
    .filter((g) => g.items.length > 0);
  return (
    <>
      <NativeSelect
        label={t("register.unit")}
        description={t(schoolAge ? "register.unitHintSchoolAge" : "register.unitHintOther")}
        required={schoolAge}
        data={[{ value: "", label: t("register.noUnitChosen") }, ...groups]}
        value={values.unitId}
        error={errors.unitId}
        onChange={(e) => onChange({ ...values, unitId: e.currentTarget.value })}
      />
      {!schoolAge && !values.unitId && (
        <Textarea
          label={t("register.noUnitReason")}
          description={t("register.noUnitReasonHint")}
          required
          autosize
          minRows={2}
          value={values.noUnitReason}
          error={errors.noUnitReason}
          onChange={(e) => onChange({ ...values, noUnitReason: e.currentTarget.value })}
        />
      )}
    </>
  );
}
