import { PROFESSIONAL_ROLES } from "@kring/domain";
import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../platform/i18n/use-labels";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { structureLookup } from "../structure/structure-lookup";
import { useStructure } from "../structure/structure.api";
import { type GroupLine, type Provider, useSaveGroups } from "./sign-in.api";

type Line = { group: string; unitId: string; role: string };

/** The administrator's mapping: members of a group get a role in a unit at sign-in. */
export function GroupMappingEditor({ provider }: { provider: Provider }) {
  const { t } = useTranslation("signInAdmin");
  const labels = useLabels();
  const announce = useAnnounce();
  const structure = useStructure();
  const save = useSaveGroups(provider.id);
  const [lines, setLines] = useState<Line[]>(provider.groups);
  const units = structure.data ? structureLookup(structure.data).unitGroups() : [];
  const choose = { value: "", label: t("groups.choose"), disabled: true };
  const set = (i: number, patch: Partial<Line>) =>
    setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(lines as GroupLine[], { onSuccess: () => announce(t("groups.saved")) });
  };
  const titleId = `groups-${provider.id}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Title order={5} id={titleId} mt="md">
        {t("groups.title")}
      </Title>
      <Text size="sm" mb="xs">
        {t("groups.intro")}
      </Text>
      <Stack gap="xs">
        {lines.map((line, i) => (
          <Group key={i} align="flex-end" wrap="wrap">
            <TextInput
              label={t("groups.group")}
              value={line.group}
              onChange={(e) => set(i, { group: e.currentTarget.value })}
            />
            <NativeSelect
              label={t("groups.unit")}
              data={[choose, ...units]}
              value={line.unitId}
              onChange={(e) => set(i, { unitId: e.currentTarget.value })}
            />
            <NativeSelect
              label={t("groups.role")}
              data={[
                choose,
                ...PROFESSIONAL_ROLES.map((r) => ({ value: r, label: labels.role(r) })),
              ]}
              value={line.role}
              onChange={(e) => set(i, { role: e.currentTarget.value })}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t("groups.remove", { n: i + 1 })}
              onClick={() => setLines(lines.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <ProblemAlert error={save.error} />
      <Group mt="sm">
        <Button
          variant="default"
          onClick={() => setLines([...lines, { group: "", unitId: "", role: "" }])}
        >
          {t("groups.add")}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t("groups.save")}
        </Button>
      </Group>
    </form>
  );
}
