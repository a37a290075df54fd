import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type Theme, useConclusionOwners, useRecordConclusion } from "./experience-log.api";

const EMPTY = { saw: "", decided: "", followUp: "", ownerUserId: "", followUpOn: "", areaId: "" };

/** "Vi såg …, vi beslutar …, följs upp …" with an owner and a date, against chosen themes. */
export function ConclusionForm({
  themes,
  areas,
  wholeMunicipality,
}: {
  themes: Theme[];
  areas: { id: string; name: string }[];
  /** The municipality's own group may conclude for the whole municipality. */
  wholeMunicipality: boolean;
}) {
  const { t } = useTranslation("experienceLog");
  const announce = useAnnounce();
  const owners = useConclusionOwners(true);
  const record = useRecordConclusion();
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [themeError, setThemeError] = useState<string | undefined>();
  const [v, setV] = useState(EMPTY);
  const set = (name: keyof typeof EMPTY) => (value: string) => setV({ ...v, [name]: value });
  const areaChoices = [
    ...(wholeMunicipality ? [{ value: "", label: t("form.wholeMunicipality") }] : []),
    ...areas.map((a) => ({ value: a.id, label: a.name })),
  ];
  const areaId = v.areaId || (wholeMunicipality ? "" : (areas[0]?.id ?? ""));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (themeIds.length === 0) return setThemeError(t("form.themesRequired"));
        setThemeError(undefined);
        record.mutateAsync({ ...v, areaId: areaId || undefined, themeIds }).then(
          () => {
            setV(EMPTY);
            setThemeIds([]);
            announce(t("form.saved"));
          },
          () => undefined,
        );
      }}
    >
      <Fieldset legend={t("form.heading")}>
        <Stack gap="sm">
          <ProblemAlert error={record.error} />
          <Checkbox.Group
            label={t("form.themes")}
            required
            value={themeIds}
            onChange={setThemeIds}
            error={themeError}
          >
            <Group gap="md" mt="xs">
              {themes
                .filter((x) => !x.archived)
                .map((x) => (
                  <Checkbox key={x.id} value={x.id} label={x.name} />
                ))}
            </Group>
          </Checkbox.Group>
          <NativeSelect
            label={t("form.area")}
            data={areaChoices}
            value={areaId}
            onChange={(e) => set("areaId")(e.currentTarget.value)}
          />
          {(
            [
              ["saw", t("form.saw"), 4000],
              ["decided", t("form.decided"), 4000],
              ["followUp", t("form.followUp"), 2000],
            ] as const
          ).map(([name, label, maxLength]) => (
            <Textarea
              key={name}
              label={label}
              required
              autosize
              minRows={2}
              maxLength={maxLength}
              value={v[name]}
              onChange={(e) => set(name)(e.currentTarget.value)}
            />
          ))}
          <Group align="end" wrap="wrap">
            <NativeSelect
              label={t("form.owner")}
              required
              data={[
                { value: "", label: t("form.chooseOwner"), disabled: true },
                ...(owners.data?.owners ?? []).map((o) => ({ value: o.id, label: o.name })),
              ]}
              value={v.ownerUserId}
              onChange={(e) => set("ownerUserId")(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t("form.followUpOn")}
              required
              value={v.followUpOn}
              onChange={(e) => set("followUpOn")(e.currentTarget.value)}
            />
          </Group>
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t("form.save")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
