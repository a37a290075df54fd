import type { PlanDetail } from "@kring/contracts";
import { Alert, Button, Card, Checkbox, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { type Party, usePlanActions } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

type Draft = NonNullable<PlanDetail["draft"]>;

/** Record the family's agreement given at a meeting, or send the plan to the family view. */
export function AgreementPanel({ caseId, draft }: { caseId: string; draft: Draft }) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const announce = useAnnounce();
  const { agree, propose } = usePlanActions(caseId);
  const parties = draft.requiredParties;
  const key = (p: { kind: string; guardianId: string | null }) => p.guardianId ?? p.kind;
  const [chosen, setChosen] = useState<string[]>([]);
  const toParty = (k: string): Party =>
    k === "child" ? { kind: "child" } : { kind: "guardian", guardianId: k };
  const waiting = agree.data?.missing.map((m) => m.name) ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="agreement">
      <Title order={3} id="agreement">
        {t("agreement.title")}
      </Title>
      {draft.status === "proposed" && (
        <Alert color="blue" variant="light" my="xs">
          {t("draft.proposed")}
        </Alert>
      )}
      <ProblemAlert error={agree.error ?? propose.error} />
      {draft.agreements.map((a) => (
        <Text key={key(a)}>{t("agreement.given", { name: a.name })}</Text>
      ))}
      <Text my="xs">{t("agreement.intro")}</Text>
      <Checkbox.Group value={chosen} onChange={setChosen} label={t("agreement.title")}>
        <Stack gap={4} mt={4}>
          {parties.map((p) => (
            <Checkbox key={key(p)} value={key(p)} label={p.name} />
          ))}
        </Stack>
      </Checkbox.Group>
      {waiting.length > 0 && (
        <Text mt="xs">{t("agreement.waiting", { names: waiting.join(", ") })}</Text>
      )}
      <Group mt="sm">
        <Button
          disabled={chosen.length === 0}
          loading={agree.isPending}
          onClick={() =>
            // Not mutate's own onSuccess, which TanStack Query drops for an unmounted caller:
            // once all have agreed the draft becomes a version, and this panel goes with it.
            agree.mutateAsync({ revision: draft.revision, parties: chosen.map(toParty) }).then(
              (r) => r.agreed && announce(t("agreement.agreedDone", { n: r.versionNumber })),
              () => undefined, // shown from agree.error
            )
          }
        >
          {t("agreement.record")}
        </Button>
        {draft.status === "editing" && (
          <Button
            variant="light"
            loading={propose.isPending}
            onClick={() =>
              propose.mutate(draft.revision, {
                onSuccess: () => announce(t("agreement.proposedDone")),
              })
            }
          >
            {t("agreement.propose")}
          </Button>
        )}
      </Group>
    </Card>
  );
}
