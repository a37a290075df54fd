import type { RegisteredChild } from "@kring/contracts";
import { isCompulsorySchoolAge, parsePersonalIdentityNumber } from "@kring/domain";
import { Button, Card, Group, Loader, Stack, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../platform/forms/field-errors";
import { useFormValues } from "../../platform/forms/use-form-values";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useStructure } from "../admin/structure/structure.api";
import { useRegisterChild } from "./children.api";
import { ChildUnitFields, type ChildUnitValues } from "./ChildUnitFields";
import { GuardianFields, type NewGuardianValues, emptyGuardian } from "./GuardianFields";

interface RegisterChildFormProps {
  onRegistered: (child: RegisteredChild) => void;
  onCancel: () => void;
}

export function RegisterChildForm({ onRegistered, onCancel }: RegisterChildFormProps) {
  const { t } = useTranslation(["children", "common"]);
  const announce = useAnnounce();
  const register = useRegisterChild();
  const form = useFormValues({ personalNumber: "", givenName: "", familyName: "" });
  const [guardians, setGuardians] = useState<NewGuardianValues[]>(() => [emptyGuardian()]);
  const structure = useStructure();
  const [unit, setUnit] = useState<ChildUnitValues>({ unitId: "", noUnitReason: "" });
  const [unitErrors, setUnitErrors] = useState<{ unitId?: string; noUnitReason?: string }>({});
  const { formRef, errorFor } = useFieldErrors(
    register.error,
    t("children:register.hints", { returnObjects: true }),
  );
  // Until the number gives a birth date, the school is asked for as if the child were of age.
  const birthDate = parsePersonalIdentityNumber(form.values.personalNumber)?.birthDate;
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
  const schoolAge = !birthDate || isCompulsorySchoolAge(birthDate, today);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing =
      unit.unitId || (!schoolAge && unit.noUnitReason.trim())
        ? {}
        : schoolAge
          ? { unitId: t("children:register.hints.unitId") }
          : { noUnitReason: t("children:register.hints.noUnitReason") };
    setUnitErrors(missing);
    if (Object.keys(missing).length) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const named = guardians.filter((g) => g.givenName.trim() || g.familyName.trim());
    const input = {
      ...form.values,
      guardians: named.map((g) => ({ ...g, phone: g.phone.trim() || null })),
      unitId: unit.unitId || null,
      noUnitReason: unit.unitId ? null : unit.noUnitReason.trim() || null,
    };
    register.mutate(input, {
      onSuccess: (child) => {
        announce(t("children:register.done", { name: `${child.givenName} ${child.familyName}` }));
        onRegistered(child);
      },
    });
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="register-child-title">
      <Title order={3} size="h5" id="register-child-title" mb="xs">
        {t("children:register.title")}
      </Title>
      <ProblemAlert error={register.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("children:register.personalNumber")}
            description={t("children:register.personalNumberHint")}
            required
            autoComplete="off"
            inputMode="numeric"
            error={errorFor("personalNumber")}
            {...form.bind("personalNumber")}
          />
          <TextInput
            label={t("children:register.givenName")}
            required
            autoComplete="off"
            error={errorFor("givenName")}
            {...form.bind("givenName")}
          />
          <TextInput
            label={t("children:register.familyName")}
            required
            autoComplete="off"
            error={errorFor("familyName")}
            {...form.bind("familyName")}
          />
          {structure.data ? (
            <ChildUnitFields
              structure={structure.data}
              values={unit}
              onChange={setUnit}
              schoolAge={schoolAge}
              errors={unitErrors}
            />
          ) : structure.isError ? (
            <ProblemAlert error={structure.error} />
          ) : (
            <Loader aria-label={t("common:loading")} />
          )}
          <GuardianFields guardians={guardians} onChange={setGuardians} errorFor={errorFor} />
        </Stack>
        <Group mt="md" gap="xs">
          <Button type="submit" loading={register.isPending}>
            {t("children:register.submit")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common:cancel")}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
