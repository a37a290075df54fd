import type { AdminUser } from "@kring/contracts";
import { PROFESSIONAL_ROLES, type ProfessionalRole } from "@kring/domain";
import { Button, Group, NativeSelect } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useLabels } from "../../../platform/i18n/use-labels";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { structureLookup } from "../structure/structure-lookup";
import { useStructure } from "../structure/structure.api";
import { useAddMembership } from "./users.api";

interface AddMembershipFormProps {
  user: AdminUser;
  onChanged: (user: AdminUser) => void;
}

/** A role in a unit: what decides which children and cases the user can see. */
export function AddMembershipForm({ user, onChanged }: AddMembershipFormProps) {
  const { t } = useTranslation("admin");
  const labels = useLabels();
  const announce = useAnnounce();
  const structure = useStructure();
  const add = useAddMembership(user.id);
  const form = useFormValues({ unitId: "", role: "" });
  const { formRef, errorFor } = useFieldErrors(
    add.error,
    t("userDetail.hints", { returnObjects: true }),
  );
  const choose = { value: "", label: t("userDetail.choose"), disabled: true };
  const groups = structure.data ? structureLookup(structure.data).unitGroups() : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const role = form.values.role as ProfessionalRole;
    const unitName = structure.data?.units.find((u) => u.id === form.values.unitId)?.name ?? "";
    add.mutate(
      { unitId: form.values.unitId, role },
      {
        onSuccess: (updated) => {
          announce(t("userDetail.added", { role: labels.role(role), unit: unitName }));
          form.reset();
          onChanged(updated);
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="add-membership-title">
      <ProblemAlert error={add.error} />
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <NativeSelect
          label={t("userDetail.unit")}
          required
          data={[choose, ...groups]}
          error={errorFor("unitId")}
          miw={200}
          {...form.bind("unitId")}
        />
        <NativeSelect
          label={t("userDetail.role")}
          required
          data={[choose, ...PROFESSIONAL_ROLES.map((r) => ({ value: r, label: labels.role(r) }))]}
          error={errorFor("role")}
          miw={200}
          {...form.bind("role")}
        />
      </Group>
      <Button type="submit" mt="sm" loading={add.isPending}>
        {t("userDetail.add")}
      </Button>
    </form>
  );
}
