import type { CaseDetail } from "@kring/contracts";
import { Button, Group, Modal, NativeSelect, Stack } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { structureLookup } from "../../admin/structure/structure-lookup";
import { useStructure } from "../../admin/structure/structure.api";
import { useAddMember } from "../api/case-network.api";
import { useCaseLabels } from "../shared/case-labels";
import { PersonPicker } from "../shared/PersonPicker";

/** Coordinators bring a professional into the network; consent must cover their unit. */
export function AddParticipantDialog({
  detail,
  onClose,
}: {
  detail: CaseDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation(["cases", "common"]);
  const labels = useCaseLabels();
  const announce = useAnnounce();
  const structure = useStructure();
  const add = useAddMember(detail.id);
  const form = useFormValues({ role: "participant", unitId: "", userId: "" });
  const { formRef, errorFor } = useFieldErrors(
    add.error,
    t("cases:participant.hints", { returnObjects: true }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const role = form.values.role as "participant" | "project_leader";
    add.mutate(
      { ...form.values, role },
      {
        onSuccess: () => {
          announce(t("cases:participant.added"));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("cases:participant.title")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <ProblemAlert error={add.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t("cases:participant.role")}
            data={["participant", "project_leader"].map((r) => ({
              value: r,
              label: labels.caseRole(r),
            }))}
            {...form.bind("role")}
          />
          <PersonPicker
            legend={t("cases:participant.person")}
            units={structure.data ? structureLookup(structure.data).unitGroups() : []}
            unitId={form.values.unitId}
            userId={form.values.userId}
            onUnit={(id) => form.set("unitId", id)}
            onUser={(id) => form.set("userId", id)}
            unitError={errorFor("unitId")}
            userError={errorFor("userId")}
          />
        </Stack>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t("cases:participant.submit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
