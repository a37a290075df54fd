import { Button, Fieldset, Group, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

export interface NewGuardianValues {
  givenName: string;
  familyName: string;
  phone: string;
}

export const emptyGuardian = (): NewGuardianValues => ({
  givenName: "",
  familyName: "",
  phone: "",
});

interface Props {
  guardians: NewGuardianValues[];
  onChange: (guardians: NewGuardianValues[]) => void;
  errorFor: (field: string) => string | undefined;
}

/**
 * The guardians of a child registered by hand: named here so that the request can record their
 * consent straight away. Up to four, as the server allows; none is fine when they are unknown.
 */
export function GuardianFields({ guardians, onChange, errorFor }: Props) {
  const { t } = useTranslation("children");
  const set = (i: number, patch: Partial<NewGuardianValues>) =>
    onChange(guardians.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <>
      {guardians.map((g, i) => {
        const legend = t("register.guardianN", { n: i + 1 });
        return (
          <Fieldset key={i} legend={legend}>
            <GuardianNameFields
              values={g}
              onChange={(patch) => set(i, patch)}
              errorFor={(field) => errorFor(`guardians.${i}.${field}`)}
            />
            <Button
              variant="subtle"
              color="red"
              mt="xs"
              aria-label={t("register.removeGuardian", { n: i + 1 })}
              onClick={() => onChange(guardians.filter((_, j) => j !== i))}
            >
              {t("register.remove")}
            </Button>
          </Fieldset>
        );
      })}
      {guardians.length < 4 && (
        <Group>
          <Button variant="light" onClick={() => onChange([...guardians, emptyGuardian()])}>
            {t("register.addGuardian")}
          </Button>
        </Group>
      )}
    </>
  );
}

interface NameFieldsProps {
  values: NewGuardianValues;
  onChange: (patch: Partial<NewGuardianValues>) => void;
  errorFor: (field: keyof NewGuardianValues) => string | undefined;
}

/** One guardian's name and phone: the same three fields wherever a guardian is named by hand. */
export function GuardianNameFields({ values, onChange, errorFor }: NameFieldsProps) {
  const { t } = useTranslation("children");
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        label={t("register.givenName")}
        required
        autoComplete="off"
        value={values.givenName}
        error={errorFor("givenName")}
        onChange={(e) => onChange({ givenName: e.currentTarget.value })}
      />
      <TextInput
        label={t("register.familyName")}
        required
        autoComplete="off"
        value={values.familyName}
        error={errorFor("familyName")}
        onChange={(e) => onChange({ familyName: e.currentTarget.value })}
      />
      <TextInput
        label={t("register.phone")}
        type="tel"
        autoComplete="off"
        value={values.phone}
        error={errorFor("phone")}
        onChange={(e) => onChange({ phone: e.currentTarget.value })}
      />
    </SimpleGrid>
  );
}
