import { Button, Fieldset, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type Action, type Responsible, responsibleValue } from "./draft-model";
import { OrganisationField } from "./OrganisationField";
import { useOfferEntries } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

interface Props {
  action: Action;
  label: string;
  people: { network: Responsible[]; family: Responsible[] };
  onChange: (a: Action) => void;
  onRemove: () => void;
}

/**
 * One action: what, which organisation and person are responsible, and its dates. The person is
 * someone in the network or in the family (a guardian or the child: Västbas has the family take
 * actions too).
 */
export function ActionFields({ action: a, label, people, onChange, onRemove }: Props) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const offer = useOfferEntries().data ?? [];
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
      <Select
        label={t("field.fromOffer")}
        description={t("field.fromOfferHelp")}
        searchable
        clearable
        data={offer.map((e) => ({ value: e.id, label: `${e.name} (${e.unitName})` }))}
        value={a.offerEntryId ?? null}
        onChange={(id) => {
          const chosen = offer.find((e) => e.id === id);
          onChange(
            chosen
              ? {
                  ...a,
                  offerEntryId: chosen.id,
                  description: chosen.name,
                  responsibleUnit: a.responsibleUnit ?? {
                    unitId: chosen.unitId,
                    name: chosen.unitName,
                  },
                }
              : { ...a, offerEntryId: null },
          );
        }}
      />
      <TextInput
        mt="xs"
        label={t("field.action")}
        value={a.description}
        onChange={(e) => onChange({ ...a, description: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
        <Select
          label={t("field.person")}
          data={[
            { group: t("field.network"), items: people.network },
            { group: t("field.family"), items: people.family },
          ].filter((g) => g.items.length > 0)}
          value={responsibleValue(a.responsiblePerson)}
          clearable
          // The network and the family fit without scrolling; a scrolling list of options
          // nobody can focus fails WCAG 2.1.1 (axe: scrollable-region-focusable).
          withScrollArea={false}
          onChange={(value) => {
            const chosen = [...people.network, ...people.family].find((x) => x.value === value);
            onChange({
              ...a,
              responsiblePerson: chosen ? chosen.person : null,
              responsibleUnit: a.responsibleUnit ?? chosen?.unit ?? null,
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
