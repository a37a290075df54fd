import { Button, Card, Text, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useEmergencyAccess } from "../api/case-network.api";

/**
 * The user is not in the case's network (or consent does not cover their unit). They may still
 * have to act now: emergency access opens the case for a few hours, with a reason, for review.
 */
export function CaseRefused({ caseId }: { caseId: string }) {
  const { t } = useTranslation("cases");
  const request = useEmergencyAccess(caseId);
  const [reason, setReason] = useState("");
  const { formRef, errorFor } = useFieldErrors(request.error, {
    reason: t("emergency.reasonHint"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(reason);
  };
  return (
    <>
      <PageTitle>{t("refused.title")}</PageTitle>
      <Text mb="lg" maw={640}>
        {t("refused.body")}
      </Text>
      <Card component="section" aria-labelledby="emergency-title" withBorder padding="lg" maw={640}>
        <Title order={2} size="h4" id="emergency-title" mb="xs">
          {t("emergency.title")}
        </Title>
        <Text size="sm" mb="md">
          {t("emergency.explain")}
        </Text>
        <ProblemAlert error={request.error} />
        <form ref={formRef} onSubmit={submit} noValidate>
          <Textarea
            label={t("emergency.reason")}
            required
            autosize
            minRows={3}
            value={reason}
            error={errorFor("reason")}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Button type="submit" color="red.9" mt="md" loading={request.isPending}>
            {t("emergency.submit")}
          </Button>
        </form>
      </Card>
    </>
  );
}
