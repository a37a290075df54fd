import { HANDOVER_KINDS, HANDOVER_KIND_LABELS, type HandoverKind } from "@kring/domain/plans";
import { Button, Card, NativeSelect, SimpleGrid, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { useProposeHandover, useUnits } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

/** The sending side proposes that the plan follows the child to another unit. */
export function HandoverPanel({ caseId }: { caseId: string }) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const language = useLanguage();
  const announce = useAnnounce();
  const units = useUnits().data ?? [];
  const propose = useProposeHandover(caseId);
  const [kind, setKind] = useState<HandoverKind>("unit_change");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [note, setNote] = useState("");
  const options = [
    { value: "", label: "–" },
    ...units.map((u) => ({ value: u.id, label: u.name })),
  ];
  return (
    <Card withBorder component="section" aria-labelledby="handover">
      <Title order={2} size="h3" id="handover">
        {t("handover.title")}
      </Title>
      <Text mb="sm">{t("handover.intro")}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          propose.mutate(
            { kind, fromUnitId: from, toUnitId: to, note },
            { onSuccess: () => announce(t("handover.proposed")) },
          );
        }}
      >
        <ProblemAlert error={propose.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t("handover.kind")}
            data={HANDOVER_KINDS.map((k) => ({
              value: k,
              label: HANDOVER_KIND_LABELS[k][language],
            }))}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as HandoverKind)}
          />
          <NativeSelect
            label={t("handover.from")}
            data={options}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            required
          />
          <NativeSelect
            label={t("handover.to")}
            data={options}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            required
          />
        </SimpleGrid>
        <TextInput
          mt="xs"
          label={t("handover.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button type="submit" mt="sm" loading={propose.isPending} disabled={!from || !to}>
          {t("handover.propose")}
        </Button>
      </form>
    </Card>
  );
}
