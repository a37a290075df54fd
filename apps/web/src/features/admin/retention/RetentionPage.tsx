import type { RetentionOverview } from "@kring/contracts";
import {
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRetentionTexts } from "./retention-texts";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useFormat } from "../../cases/shared/format";
import { ExtractForm } from "./ExtractForm";
import { useLiftHold, usePlaceHold, useRetention, useSetRule } from "./retention.api";

type Preview = RetentionOverview["preview"][number];
type Rule = RetentionOverview["rules"][number];

/** Retention: what goes tonight (first of all), the rules, holds, what went, register extracts. */
export function RetentionPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { t: texts } = useRetentionTexts();
  useDocumentTitle(t("admin:sections.retention"), t("admin:title"));
  const overview = useRetention();
  const format = useFormat();
  return (
    <section aria-labelledby="retention-title">
      <Title order={2} id="retention-title" mb="xs">
        {t("admin:sections.retention")}
      </Title>
      <Text mb="md" maw={720}>
        {texts("intro")}
      </Text>
      {overview.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : overview.isError ? (
        <ProblemAlert error={overview.error} />
      ) : (
        <Stack gap="xl">
          <Tonight data={overview.data} />
          <Holds data={overview.data} />
          <Rules rules={overview.data.rules} />
          <section aria-labelledby="retention-records">
            <Title order={3} id="retention-records" mb="xs">
              {texts("recordsTitle")}
            </Title>
            <Text size="sm" mb="xs">
              {texts("recordsIntro")}
            </Text>
            {overview.data.records.length === 0 ? (
              <Text>{texts("recordsNone")}</Text>
            ) : (
              <ul>
                {overview.data.records.map((r, i) => (
                  <li key={i}>
                    {format.dateTime(r.ranAt)}: {r.description} (
                    {texts("removed", {
                      count: Object.values(r.removed).reduce((a, b) => a + b, 0),
                    })}
                    )
                  </li>
                ))}
              </ul>
            )}
          </section>
          <ExtractForm />
        </Stack>
      )}
    </section>
  );
}

function Tonight({ data }: { data: RetentionOverview }) {
  const { t } = useRetentionTexts();
  const format = useFormat();
  const hasCases = data.preview.some((p) => p.caseId);
  return (
    <section aria-labelledby="retention-tonight">
      <Title order={3} id="retention-tonight" mb="xs">
        {t("tonightTitle")}
      </Title>
      <Text size="sm" mb="xs">
        {t("nextRun", { date: format.dateTime(data.nextRun) })}
      </Text>
      {data.preview.length === 0 ? (
        <Text>{t("nothing")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("what")}</Table.Th>
                <Table.Th>{t("rule")}</Table.Th>
                <Table.Th>{t("count")}</Table.Th>
                <Table.Th>{t("when")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("hold")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.preview.map((p) => (
                <PreviewRow key={`${p.rule}-${p.caseId ?? p.description}`} item={p} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {hasCases && (
        <Card withBorder padding="sm" mt="sm" maw={720}>
          <Anchor href="/api/admin/retention/archive" download>
            {t("archive")}
          </Anchor>
          <Text size="sm">{t("archiveHint")}</Text>
        </Card>
      )}
    </section>
  );
}

function PreviewRow({ item }: { item: Preview }) {
  const { t } = useRetentionTexts();
  const format = useFormat();
  const announce = useAnnounce();
  const hold = usePlaceHold();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <Table.Tr>
      <Table.Td>{item.description}</Table.Td>
      <Table.Td>{t(`ruleNames.${item.rule}`)}</Table.Td>
      <Table.Td>{item.itemCount}</Table.Td>
      <Table.Td>
        {item.tonight ? t("tonight") : t("from", { date: format.dateTime(item.dueFrom) })}
      </Table.Td>
      <Table.Td>
        {item.caseId &&
          (open ? (
            <Stack gap={4}>
              <TextInput
                label={t("holdReason")}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <ProblemAlert error={hold.error} />
              <Button
                size="xs"
                loading={hold.isPending}
                onClick={() =>
                  hold.mutate(
                    { caseId: item.caseId!, reason },
                    { onSuccess: () => announce(t("holdDone")) },
                  )
                }
              >
                {t("holdSave")}
              </Button>
            </Stack>
          ) : (
            <Button
              size="xs"
              variant="default"
              aria-label={t("holdLabel", { what: item.description })}
              onClick={() => setOpen(true)}
            >
              {t("hold")}
            </Button>
          ))}
      </Table.Td>
    </Table.Tr>
  );
}

function Holds({ data }: { data: RetentionOverview }) {
  const { t } = useRetentionTexts();
  const format = useFormat();
  const announce = useAnnounce();
  const lift = useLiftHold();
  return (
    <section aria-labelledby="retention-holds">
      <Title order={3} id="retention-holds" mb="xs">
        {t("holdsTitle")}
      </Title>
      <ProblemAlert error={lift.error} />
      {data.holds.length === 0 ? (
        <Text>{t("holdsNone")}</Text>
      ) : (
        <Stack component="ul" gap="xs" className="plain-list">
          {data.holds.map((h) => (
            <Card component="li" withBorder padding="sm" key={h.caseId}>
              <Group justify="space-between">
                <Text size="sm">
                  {t("holdSince", { date: format.date(h.placedAt), reason: h.reason })}
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t("liftLabel", { date: format.date(h.placedAt) })}
                  onClick={() =>
                    lift.mutate(h.caseId, { onSuccess: () => announce(t("liftDone")) })
                  }
                >
                  {t("lift")}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}

function Rules({ rules }: { rules: Rule[] }) {
  const { t } = useRetentionTexts();
  return (
    <section aria-labelledby="retention-rules">
      <Title order={3} id="retention-rules" mb="xs">
        {t("rulesTitle")}
      </Title>
      <Text size="sm" mb="xs">
        {t("rulesIntro")}
      </Text>
      <Stack gap="sm" maw={720}>
        {rules.map((r) => (
          <RuleForm key={r.rule} rule={r} />
        ))}
      </Stack>
    </section>
  );
}

function RuleForm({ rule }: { rule: Rule }) {
  const { t, i18n } = useRetentionTexts();
  const announce = useAnnounce();
  const save = useSetRule();
  const [amount, setAmount] = useState<number | string>(rule.amount);
  const label = i18n.language === "en" ? rule.label.en : rule.label.sv;
  const unit = t(`${rule.unit}`);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { rule: rule.rule, amount: Number(amount) },
          { onSuccess: () => announce(t("saved")) },
        );
      }}
    >
      <Group align="end" gap="xs">
        <NumberInput
          label={`${label} (${unit})`}
          description={t("defaultValue", { amount: rule.defaultAmount })}
          value={amount}
          onChange={setAmount}
          allowDecimal={false}
          w={420}
        />
        <Button
          type="submit"
          variant="default"
          loading={save.isPending}
          aria-label={t("saveLabel", { rule: label })}
        >
          {t("save")}
        </Button>
      </Group>
      <ProblemAlert error={save.error} />
    </form>
  );
}
