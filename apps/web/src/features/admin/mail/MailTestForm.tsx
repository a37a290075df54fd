import { Alert, Button, Group, Paper, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useTestMail } from "./mail.api";

/** Sends a message now and shows what the server answered, so a bad setting is found here. */
export function MailTestForm() {
  const { t } = useTranslation("mailAdmin");
  const test = useTestMail();
  const [to, setTo] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    test.mutate(to.trim());
  };
  const result = test.data;
  return (
    <Paper p="lg" withBorder radius="md" component="section" aria-labelledby="mail-test-title">
      <Title order={3} id="mail-test-title" mb="sm">
        {t("test")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t("testTo")}
            type="email"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          <Button type="submit" variant="default" loading={test.isPending}>
            {t("sendTest")}
          </Button>
        </Group>
      </form>
      <ProblemAlert error={test.error} />
      <div role="status" aria-live="polite">
        {result && result.ok && (
          <Alert color="green" variant="light" mt="sm">
            {result.via === "smtp" ? t("testSent") : t("testFolder")}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert color="red" variant="light" mt="sm" title={t("testFailed")}>
            {result.error}
          </Alert>
        )}
      </div>
    </Paper>
  );
}
