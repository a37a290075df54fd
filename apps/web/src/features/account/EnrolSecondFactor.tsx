import { Button, Code, Image, List, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useConfirmEnrolment, useStartEnrolment } from "./account.api";

/**
 * Adds an authenticator app: a QR code (and the secret as text for those who cannot scan), the
 * first code to confirm, then the recovery codes, shown this once.
 */
export function EnrolSecondFactor({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation("account");
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState("");

  if (confirm.data) {
    return (
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("secondFactor.recoveryTitle")}
        </Title>
        <Text>{t("secondFactor.recoveryIntro")}</Text>
        <List aria-label={t("secondFactor.recoveryTitle")} spacing={2}>
          {confirm.data.recoveryCodes.map((c) => (
            <List.Item key={c}>
              <Code fz="md">{c}</Code>
            </List.Item>
          ))}
        </List>
        <Button onClick={onDone} style={{ alignSelf: "flex-start" }}>
          {t("secondFactor.saved")}
        </Button>
      </Stack>
    );
  }
  if (!start.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <ProblemAlert error={start.error} />
        <Text>{t("secondFactor.intro")}</Text>
        <Button loading={start.isPending} onClick={() => start.mutate()}>
          {t("secondFactor.start")}
        </Button>
      </Stack>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code);
  };
  return (
    <Stack gap="sm">
      <Text>{t("secondFactor.scan")}</Text>
      <Image src={start.data.qrCode} alt={t("secondFactor.qrAlt")} w={200} h={200} />
      <Text size="sm">
        {t("secondFactor.secretLabel")} <Code data-testid="totp-secret">{start.data.secret}</Code>
      </Text>
      <form onSubmit={submit} noValidate>
        <ProblemAlert error={confirm.error} />
        <Stack gap="sm" maw={320}>
          <TextInput
            label={t("secondFactor.code")}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <Button type="submit" loading={confirm.isPending} style={{ alignSelf: "flex-start" }}>
            {t("secondFactor.confirm")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
