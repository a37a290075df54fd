import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import type { GuardianInput, ManagedGuardian } from "./guardians.api";

export interface GuardianValues {
  givenName: string;
  familyName: string;
  personalNumber: string;
  phone: string;
  email: string;
  custody: boolean;
}

export const valuesOf = (g?: ManagedGuardian): GuardianValues => ({
  givenName: g?.givenName ?? "",
  familyName: g?.familyName ?? "",
  personalNumber: g?.personalNumber ?? "",
  phone: g?.phone ?? "",
  email: g?.email ?? "",
  custody: g?.custody ?? true,
});

export const inputOf = (v: GuardianValues): Required<GuardianInput> => ({
  givenName: v.givenName.trim(),
  familyName: v.familyName.trim(),
  personalNumber: v.personalNumber.trim() || null,
  phone: v.phone.trim() || null,
  email: v.email.trim() || null,
  custody: v.custody,
});

interface Props {
  initial?: ManagedGuardian;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: GuardianValues) => void;
  onCancel?: () => void;
}

/** One adult around the child: names, personal number, contact and custody. */
export function GuardianForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation("guardians");
  const [values, setValues] = useState(() => valuesOf(initial));
  const { formRef, errorFor } = useFieldErrors(error, {
    givenName: t("hints.givenName"),
    familyName: t("hints.familyName"),
    personalNumber: t("hints.personalNumber"),
    email: t("hints.email"),
  });
  const set = (patch: Partial<GuardianValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  const text = (field: "givenName" | "familyName" | "phone" | "email", required = false) => (
    <TextInput
      label={t(`form.${field}`)}
      required={required}
      autoComplete="off"
      type={field === "email" ? "email" : field === "phone" ? "tel" : "text"}
      value={values[field]}
      error={errorFor(field)}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
    />
  );
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ProblemAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text("givenName", true)}
          {text("familyName", true)}
          <TextInput
            label={t("form.personalNumber")}
            description={t("form.personalNumberHint")}
            autoComplete="off"
            inputMode="numeric"
            value={values.personalNumber}
            error={errorFor("personalNumber")}
            onChange={(e) => set({ personalNumber: e.currentTarget.value })}
          />
          {text("phone")}
          {text("email")}
        </SimpleGrid>
        <Checkbox
          label={t("form.custody")}
          description={t("form.custodyHint")}
          checked={values.custody}
          onChange={(e) => set({ custody: e.currentTarget.checked })}
        />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t("cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
