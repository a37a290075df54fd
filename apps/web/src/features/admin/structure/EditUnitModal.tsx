import type { StructureResponse, Unit } from "@kring/contracts";
import { Button, Group, Modal } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useUpdateUnit } from "./structure.api";
import { UnitFields, unitInput, type UnitValues } from "./UnitFields";

interface EditUnitModalProps {
  unit: Unit;
  structure: StructureResponse;
  onClose: () => void;
}

/** Rename a unit, change its kind, or move it to another organisation or area. */
export function EditUnitModal({ unit, structure, onClose }: EditUnitModalProps) {
  const { t } = useTranslation(["admin", "common"]);
  const announce = useAnnounce();
  const update = useUpdateUnit(unit.id);
  const form = useFormValues<UnitValues>({
    name: unit.name,
    kind: unit.kind,
    organisationId: unit.organisationId,
    areaId: unit.areaId ?? "",
  });
  const { formRef, errorFor } = useFieldErrors(
    update.error,
    t("admin:unitForm.hints", { returnObjects: true }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(unitInput(form.values), {
      onSuccess: () => {
        announce(t("admin:unitForm.updated", { name: form.values.name.trim() }));
        onClose();
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("admin:unitForm.editTitle", { name: unit.name })}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <ProblemAlert error={update.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <UnitFields structure={structure} form={form} errorFor={errorFor} idPrefix="edit-unit" />
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t("admin:unitForm.submitEdit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
