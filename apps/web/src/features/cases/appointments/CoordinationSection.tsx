import type { CoordinationEntry } from "@kring/contracts";
import { Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { structureLookup } from "../../admin/structure/structure-lookup";
import { useStructure } from "../../admin/structure/structure.api";
import { useCaseLabels } from "../shared/case-labels";
import { useCoordination, useReplaceCoordinator } from "./appointments.api";
import { ReplacePersonDialog } from "./ReplacePersonDialog";

/**
 * "Pågående ärenden" on the intake page: who coordinates each running case that consent shares
 * with the user's unit, and "Byt samordnare" to correct an appointment (ADR 0025). The intake
 * roles see no more of these cases than this.
 */
export function CoordinationSection() {
  const { t } = useTranslation(["cases", "common"]);
  const query = useCoordination();
  const [replacing, setReplacing] = useState<CoordinationEntry | null>(null);
  return (
    <section aria-labelledby="coordination-title">
      <Title order={2} size="h3" id="coordination-title" mt="xl" mb="xs">
        {t("cases:coordination.title")}
      </Title>
      <Text mb="md" maw={640}>
        {t("cases:coordination.intro")}
      </Text>
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : query.data.cases.length === 0 ? (
        <Text>{t("cases:coordination.none")}</Text>
      ) : (
        <Stack component="ul" gap="sm" className="plain-list" maw={720}>
          {query.data.cases.map((c) => (
            <CoordinationCard key={c.id} entry={c} onReplace={() => setReplacing(c)} />
          ))}
        </Stack>
      )}
      {replacing && (
        <ReplaceCoordinatorDialog entry={replacing} onClose={() => setReplacing(null)} />
      )}
    </section>
  );
}

function CoordinationCard({
  entry,
  onReplace,
}: {
  entry: CoordinationEntry;
  onReplace: () => void;
}) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const who = (p: CoordinationEntry["lead"]) =>
    p ? [p.name, p.unitName].filter(Boolean).join(", ") : t("coordination.nobody");
  return (
    <Card component="li" withBorder padding="md">
      <Group justify="space-between" gap="xs" mb={4}>
        <Title order={3} size="h4">
          {entry.childName}
        </Title>
        <Text size="sm">{labels.stage(entry.stage)}</Text>
      </Group>
      <Text size="sm">
        {labels.caseRole("coordinator_lead")}: {who(entry.lead)}
      </Text>
      <Text size="sm">
        {labels.caseRole("coordinator_documenting")}: {who(entry.documenting)}
      </Text>
      <Text size="sm">
        {labels.caseRole("contact_person")}: {who(entry.contactPerson)}
      </Text>
      <Button
        size="xs"
        variant="default"
        mt="sm"
        w="fit-content"
        aria-label={t("coordination.replaceFor", { name: entry.childName })}
        onClick={onReplace}
      >
        {t("coordination.replace")}
      </Button>
    </Card>
  );
}

function ReplaceCoordinatorDialog({
  entry,
  onClose,
}: {
  entry: CoordinationEntry;
  onClose: () => void;
}) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const announce = useAnnounce();
  const replace = useReplaceCoordinator(entry.id);
  const structure = useStructure();
  const units = structure.data ? structureLookup(structure.data).unitGroups() : [];
  const roles = (["coordinator_lead", "coordinator_documenting"] as const).map((role) => {
    const now = role === "coordinator_lead" ? entry.lead : entry.documenting;
    return { value: role, label: `${labels.caseRole(role)}${now ? ` – ${now.name}` : ""}` };
  });
  return (
    <ReplacePersonDialog
      title={t("coordination.dialogTitle", { name: entry.childName })}
      intro={t("coordination.dialogIntro")}
      roles={roles}
      units={units}
      submitLabel={t("coordination.submit")}
      pending={replace.isPending}
      error={replace.error}
      onClose={onClose}
      onSubmit={(v) =>
        replace.mutate(
          { version: entry.version, role: v.role, userId: v.userId, reason: v.reason },
          {
            onSuccess: () => {
              announce(t("coordination.done"));
              onClose();
            },
          },
        )
      }
    />
  );
}
