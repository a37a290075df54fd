import type { StructureResponse } from "@kring/contracts";
import { Badge, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import {
  type AskValues,
  useAskFamilyConsent,
  useConsentRequests,
} from "../api/consent-requests.api";
import { useFormat } from "../shared/format";
import { UnitCheckboxes } from "../shared/UnitCheckboxes";
import { useRequestTexts } from "./request-texts";

interface Props {
  caseId: string;
  structure: StructureResponse;
  /** Units ticked at first (the raising unit). */
  initialUnitIds: string[];
  /** Whether the viewer may ask (otherwise the questions are only listed). */
  mayAsk: boolean;
}

/**
 * Instead of recording a consent given on paper or at a meeting, ask the family to give it
 * themselves in the family view (ADR 0020): what for, which units, until when. The questions
 * asked are listed with whom they still wait for.
 */
export function AskFamilyConsent({ caseId, structure, initialUnitIds, mayAsk }: Props) {
  useRequestTexts();
  const { t } = useTranslation("cases");
  const questions = useConsentRequests(caseId);
  const list = questions.data?.requests ?? [];
  const open = list.some((q) => q.status === "open");
  // The form opens on demand: most consents are still recorded on paper or at a meeting.
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby={`ask-family-${caseId}`}>
      <Title order={3} size="h4" id={`ask-family-${caseId}`} mb="xs">
        {t("askFamily.title")}
      </Title>
      <ProblemAlert error={questions.error} />
      <Stack gap="sm">
        {list.map((q) => (
          <QuestionCard key={q.id} question={q} />
        ))}
        {mayAsk && !open && !asking && (
          <Button variant="default" size="xs" w="fit-content" onClick={() => setAsking(true)}>
            {t("askFamily.submit")}
          </Button>
        )}
        {mayAsk && !open && asking && (
          <AskForm
            caseId={caseId}
            structure={structure}
            initialUnitIds={initialUnitIds}
            onDone={() => setAsking(false)}
          />
        )}
      </Stack>
    </section>
  );
}

type Question = NonNullable<ReturnType<typeof useConsentRequests>["data"]>["requests"][number];

const LOOK = {
  open: { color: "orange.9", variant: "outline" },
  given: { color: "kring.8", variant: "filled" },
  refused: { color: "red.9", variant: "outline" },
} as const;

function QuestionCard({ question: q }: { question: Question }) {
  useRequestTexts();
  const { t } = useTranslation("cases");
  const format = useFormat();
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start" mb={4}>
        <Text size="sm" fw={600}>
          {q.purpose}
        </Text>
        <Badge {...LOOK[q.status]} tt="none" radius="sm" style={{ flexShrink: 0 }}>
          {t(`askFamily.status.${q.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {t("askFamily.asked", { name: q.askedBy, date: format.date(q.askedAt) })}
      </Text>
      <Text size="sm">{t("consents.units", { units: q.units.map((u) => u.name).join(", ") })}</Text>
      {q.answers.map((a, i) => (
        <Text size="sm" key={i}>
          {t(`askFamily.answer.${a.answer}`, { name: a.name, date: format.date(a.at) })}
        </Text>
      ))}
      {q.waitingFor.length > 0 && (
        <Text size="sm">{t("askFamily.waiting", { names: q.waitingFor.join(", ") })}</Text>
      )}
    </Card>
  );
}

function AskForm({
  caseId,
  structure,
  initialUnitIds,
  onDone,
}: Omit<Props, "mayAsk"> & { onDone: () => void }) {
  useRequestTexts();
  const { t } = useTranslation(["cases", "request", "common"]);
  const announce = useAnnounce();
  const ask = useAskFamilyConsent(caseId);
  const [values, setValues] = useState<AskValues>({
    unitIds: initialUnitIds,
    purpose: "",
    validUntil: "",
  });
  const { formRef, errorFor } = useFieldErrors(ask.error, {
    purpose: t("request:consent.purposeHint"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(values, {
      onSuccess: () => {
        announce(t("cases:askFamily.sent"));
        onDone();
      },
    });
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("cases:askFamily.title")}>
      <Stack gap="md">
        <Text size="sm">{t("cases:askFamily.intro")}</Text>
        <ProblemAlert error={ask.error} />
        <UnitCheckboxes
          legend={t("request:consent.units")}
          description={t("request:consent.unitsHint")}
          structure={structure}
          value={values.unitIds}
          onChange={(unitIds) => setValues({ ...values, unitIds })}
          error={errorFor("unitIds")}
        />
        <Textarea
          label={t("request:consent.purpose")}
          description={t("request:consent.purposeHint")}
          required
          autosize
          minRows={2}
          value={values.purpose}
          onChange={(e) => setValues({ ...values, purpose: e.currentTarget.value })}
          error={errorFor("purpose")}
        />
        <TextInput
          type="date"
          label={`${t("request:consent.validUntil")} (${t("common:optional")})`}
          value={values.validUntil}
          onChange={(e) => setValues({ ...values, validUntil: e.currentTarget.value })}
          error={errorFor("validUntil")}
          w={{ base: "100%", xs: 220 }}
        />
        <div>
          <Button type="submit" variant="light" loading={ask.isPending}>
            {t("cases:askFamily.submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
