import { Button, Fieldset, Group, NativeSelect, NumberInput, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type DefinitionView, type TargetView, targetFor, useSetTarget } from "./steering.api";

interface Props {
  definition: DefinitionView;
  /** The groups the member sees: area names, null for the whole municipality. */
  groups: (string | null)[];
  targets: TargetView[] | undefined;
}

// A share is typed in percent (as people speak of it) and stored as 0-1.
const toInput = (kind: DefinitionView["kind"], n: number | null | undefined) =>
  n == null ? "" : kind === "share" ? Math.round(n * 1000) / 10 : n;
const fromInput = (kind: DefinitionView["kind"], v: string | number) =>
  v === "" ? null : kind === "share" ? Number(v) / 100 : Number(v);

/** The steering group sets its target for this indicator, per area or for the municipality. */
export function TargetForm({ definition, groups, targets }: Props) {
  const { t } = useTranslation("steering");
  const announce = useAnnounce();
  const [group, setGroup] = useState<string | null>(groups[0] ?? null);
  const current = targetFor(targets, definition.id, group);
  const [target, setTargetValue] = useState<string | number>(
    toInput(definition.kind, current?.target),
  );
  const [amber, setAmber] = useState<string | number>(toInput(definition.kind, current?.amber));
  const save = useSetTarget(definition.id);
  const choose = (value: string) => {
    const next = value === "" ? null : value;
    const found = targetFor(targets, definition.id, next);
    setGroup(next);
    setTargetValue(toInput(definition.kind, found?.target));
    setAmber(toInput(definition.kind, found?.amber));
  };
  const unit = t(`target.unit.${definition.kind}`);
  return (
    <form
      className="steering-no-print"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            area: group,
            target: fromInput(definition.kind, target),
            amber: fromInput(definition.kind, amber),
          },
          { onSuccess: () => announce(t("target.saved")) },
        );
      }}
    >
      <Fieldset legend={t("target.legend")} maw={640}>
        <Text size="sm" mb="xs">
          {t(definition.kind === "days" ? "target.lowerIsBetter" : "target.higherIsBetter")}
        </Text>
        <Group align="end">
          <NativeSelect
            label={t("filters.area")}
            value={group ?? ""}
            data={groups.map((g) => ({ value: g ?? "", label: g ?? t("table.municipality") }))}
            onChange={(e) => choose(e.currentTarget.value)}
          />
          <NumberInput
            label={`${t("target.target")} (${unit})`}
            value={target}
            onChange={setTargetValue}
            min={0}
            decimalSeparator=","
          />
          <NumberInput
            label={`${t("target.amber")} (${unit})`}
            value={amber}
            onChange={setAmber}
            min={0}
            decimalSeparator=","
          />
          <Button type="submit" loading={save.isPending}>
            {t("target.save")}
          </Button>
        </Group>
        <Text size="xs" mt="xs">
          {t("target.emptyRemoves")}
        </Text>
        {save.isError && <ProblemAlert error={save.error} />}
      </Fieldset>
    </form>
  );
}
