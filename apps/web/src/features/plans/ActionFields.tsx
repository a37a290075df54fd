import { Button, Fieldset, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { optionsOnce } from "../../platform/forms/options-once";
import type { Action, Member } from "./draft-model";
import { OrganisationField } from "./OrganisationField";

interface Props {
  action: Action;
  label: string;
  members: Member[];
  onChange: (a: Action) => void;
  onRemove: () => void;
}

/** One action: what, which organisation and person are responsible, and its dates. */
export function ActionFields({ action: a, label, members, onChange, onRemove }: Props) {
  const { t } = useTranslation("plans");
  const date = (key: "startDate" | "endDate" | "followUpDate", text: string) => (
    <TextInput
      type="date"
      label={text}
      value={a[key] ?? ""}
      onChange={(e) => onChange({ ...a, [key]: e.currentTarget.value || null })}
    />
  );
  return (
    <Fieldset legend={label}>
      <TextInput
        label={t("field.action")}
        value={a.description}
        onChange={(e) => onChange({ ...a, description: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
        <Select
          label={t("field.person")}
          data={optionsOnce(
            members,
            (m) => m.userId,
            ([m]) => (m!.unitName ? `${m!.name} (${m!.unitName})` : m!.name),
          )}
          value={a.responsiblePerson?.userId ?? null}
          clearable
          onChange={(userId) => {
            const m = members.find((x) => x.userId === userId);
            onChange({
              ...a,
              responsiblePerson: m ? { userId: m.userId, name: m.name } : null,
              responsibleUnit:
                a.responsibleUnit ?? (m?.unitName ? { unitId: m.unitId, name: m.unitName } : null),
            });
          }}
        />
        <OrganisationField
          label={t("field.unit")}
          value={a.responsibleUnit}
          onChange={(responsibleUnit) => onChange({ ...a, responsibleUnit })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
        {date("startDate", t("field.start"))}
        {date("endDate", t("field.end"))}
        {date("followUpDate", t("field.followUp"))}
      </SimpleGrid>
      <Button
        variant="subtle"
        color="red"
        mt="xs"
        onClick={onRemove}
        aria-label={`${t("remove")}: ${label}`}
      >
        {t("remove")}
      </Button>
    </Fieldset>
  );
}
