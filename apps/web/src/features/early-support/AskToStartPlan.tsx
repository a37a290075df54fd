import type { ChildsBestOverview } from "@kring/contracts";
import { Button, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAskToStartPlan } from "./early-support.api";

type Child = ChildsBestOverview["areas"][number]["severalWithoutPlan"]["named"][number];

/** The lead asks one of the units around the child to start a plan: a task in that unit. */
export function AskToStartPlan({ child }: { child: Child }) {
  const { t } = useTranslation("earlySupport");
  const announce = useAnnounce();
  const ask = useAskToStartPlan();
  const [open, setOpen] = useState(false);
  const [unitId, setUnitId] = useState(child.units[0]?.id ?? "");
  const [note, setNote] = useState("");
  if (child.units.length === 0) return null;
  if (!open)
    return (
      <div>
        <Button size="xs" variant="default" mt="xs" onClick={() => setOpen(true)}>
          {t("ask")}
        </Button>
      </div>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unit = child.units.find((u) => u.id === unitId)?.name ?? "";
    ask.mutate(
      { childId: child.childId, unitId, note },
      { onSuccess: () => announce(t("askSent", { unit })) },
    );
  };
  return (
    <form onSubmit={submit} aria-label={`${t("ask")}: ${child.childName}`}>
      <Stack gap="xs" mt="xs">
        <ProblemAlert error={ask.error} />
        <NativeSelect
          label={t("askUnit")}
          value={unitId}
          onChange={(e) => setUnitId(e.currentTarget.value)}
          data={child.units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <TextInput
          label={t("askNote")}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={ask.isPending}>
            {t("askSend")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
