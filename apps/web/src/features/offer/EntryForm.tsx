import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import {
  type EntryInput,
  type EntryView,
  type OfferList,
  useCreateEntry,
  useUpdateEntry,
} from "./offer.api";

const KINDS = ["individual", "group", "universal"] as const;

/** A new entry, or a change of `entry` (whether it is offered now too), for the administrator
 *  (any unit) or a keeper (their own units). The offering unit is chosen once, at creation. */
export function EntryForm({
  data,
  entry,
  onDone,
}: {
  data: OfferList;
  entry?: EntryView;
  onDone: () => void;
}) {
  const { t } = useTranslation("offer");
  const language = useLanguage();
  const announce = useAnnounce();
  const create = useCreateEntry();
  const update = useUpdateEntry(entry?.id ?? "");
  const save = entry ? update : create;
  const [active, setActive] = useState(entry?.active ?? true);
  const [v, setV] = useState<EntryInput>(
    entry
      ? fieldsOf(entry)
      : {
          unitId: data.unitsToKeep[0]?.id ?? "",
          name: "",
          description: "",
          kind: "group",
          leisure: false,
          ageFrom: null,
          ageTo: null,
          needs: [],
          areaId: null,
          howToGet: "",
          contact: "",
        },
  );
  const set = <K extends keyof EntryInput>(k: K, value: EntryInput[K]) =>
    setV({ ...v, [k]: value });
  const age = (text: string) => (text === "" ? null : Number(text));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const done = {
          onSuccess: () => {
            announce(t("form.saved"));
            onDone();
          },
        };
        if (!entry) create.mutate(v, done);
        else {
          const { unitId: _unit, ...fields } = v;
          update.mutate({ ...fields, active }, done);
        }
      }}
    >
      <Fieldset legend={entry ? t("form.editTitle") : t("form.title")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!entry && (
            <Select
              label={t("form.unit")}
              required
              data={data.unitsToKeep.map((u) => ({ value: u.id, label: u.name }))}
              value={v.unitId}
              onChange={(x) => set("unitId", x ?? "")}
            />
          )}
          <TextInput
            label={t("form.name")}
            required
            value={v.name}
            onChange={(e) => set("name", e.currentTarget.value)}
          />
          <Select
            label={t("form.kind")}
            data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={v.kind}
            onChange={(x) => set("kind", x ?? "group")}
          />
          <Select
            label={t("form.area")}
            clearable
            data={data.areas.map((a) => ({ value: a.id, label: a.name }))}
            value={v.areaId}
            onChange={(x) => set("areaId", x)}
          />
          <TextInput
            label={t("form.ageFrom")}
            type="number"
            min={0}
            max={25}
            value={v.ageFrom ?? ""}
            onChange={(e) => set("ageFrom", age(e.currentTarget.value))}
          />
          <TextInput
            label={t("form.ageTo")}
            type="number"
            min={0}
            max={25}
            value={v.ageTo ?? ""}
            onChange={(e) => set("ageTo", age(e.currentTarget.value))}
          />
        </SimpleGrid>
        <MultiSelect
          mt="xs"
          label={t("form.needs")}
          data={data.needs.map((n) => ({ value: n.code, label: language === "en" ? n.en : n.sv }))}
          value={v.needs}
          onChange={(x) => set("needs", x)}
        />
        <Checkbox
          mt="sm"
          label={t("form.leisure")}
          checked={v.leisure}
          onChange={(e) => set("leisure", e.currentTarget.checked)}
        />
        <Textarea
          mt="xs"
          label={t("form.description")}
          value={v.description}
          onChange={(e) => set("description", e.currentTarget.value)}
        />
        <Textarea
          mt="xs"
          label={t("form.howToGet")}
          value={v.howToGet}
          onChange={(e) => set("howToGet", e.currentTarget.value)}
        />
        <TextInput
          mt="xs"
          label={t("form.contact")}
          value={v.contact}
          onChange={(e) => set("contact", e.currentTarget.value)}
        />
        {entry && (
          <Checkbox
            mt="sm"
            label={t("form.active")}
            description={t("form.activeHint")}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
        )}
        {save.isError && <ProblemAlert error={save.error} />}
        <Group mt="md">
          <Button type="submit" loading={save.isPending}>
            {t("form.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("form.cancel")}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}

function fieldsOf(e: EntryView): EntryInput {
  return {
    unitId: e.unitId,
    name: e.name,
    description: e.description,
    kind: e.kind,
    leisure: e.leisure,
    ageFrom: e.ageFrom,
    ageTo: e.ageTo,
    needs: e.needs,
    areaId: e.areaId,
    howToGet: e.howToGet,
    contact: e.contact,
  };
}
