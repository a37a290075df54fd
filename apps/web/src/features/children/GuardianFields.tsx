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
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t("register.givenName")}
                required
                autoComplete="off"
                value={g.givenName}
                error={errorFor(`guardians.${i}.givenName`)}
                onChange={(e) => set(i, { givenName: e.currentTarget.value })}
              />
              <TextInput
                label={t("register.familyName")}
                required
                autoComplete="off"
                value={g.familyName}
                error={errorFor(`guardians.${i}.familyName`)}
                onChange={(e) => set(i, { familyName: e.currentTarget.value })}
              />
              <TextInput
                label={t("register.phone")}
                type="tel"
                autoComplete="off"
                value={g.phone}
                error={errorFor(`guardians.${i}.phone`)}
                onChange={(e) => set(i, { phone: e.currentTarget.value })}
              />
            </SimpleGrid>
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
