import { Alert, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../../platform/i18n/page-texts";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useFormat } from "../../cases/shared/format";
import { MailSettingsForm } from "./MailSettingsForm";
import { MailTestForm } from "./MailTestForm";
import { type MailSettings, useMailSettings, useRetryMail } from "./mail.api";
import { mailAdminEn } from "./mail.en";
import { mailAdminSv } from "./mail.sv";
import { Button } from "@mantine/core";

/** The tenant's SMTP server, what waits in the outbox and why, and a test message. */
export function MailSettingsPage() {
  usePageTexts("mailAdmin", mailAdminSv, mailAdminEn);
  const { t } = useTranslation(["admin", "mailAdmin", "common"]);
  useDocumentTitle(t("admin:sections.mail"), t("admin:title"));
  const settings = useMailSettings();
  return (
    <section aria-labelledby="mail-title">
      <Title order={2} id="mail-title" mb="xs">
        {t("admin:sections.mail")}
      </Title>
      <Text mb="md" maw={720}>
        {t("mailAdmin:intro")}
      </Text>
      {settings.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : settings.isError ? (
        <ProblemAlert error={settings.error} />
      ) : (
        <Stack gap="lg" maw={720}>
          <OutboxState settings={settings.data} />
          <MailSettingsForm settings={settings.data} />
          <MailTestForm />
        </Stack>
      )}
    </section>
  );
}

function OutboxState({ settings }: { settings: MailSettings }) {
  const { t } = useTranslation("mailAdmin");
  const format = useFormat();
  const retry = useRetryMail();
  const o = settings.outbox;
  return (
    <Stack gap="xs">
      {!settings.host && (
        <Alert color="blue" variant="light" title={t("noServerTitle")}>
          {t("noServer")}
        </Alert>
      )}
      <Text>{t("state", { queued: o.queued, sent: o.sentToday })}</Text>
      {o.lastError && (
        <Alert color="red" variant="light" title={t("failingTitle", { count: o.queued })}>
          <Text size="sm">{t("failing")}</Text>
          <Text size="sm" mt={4} style={{ wordBreak: "break-word" }}>
            {o.lastErrorAt ? `${format.dateTime(o.lastErrorAt)}: ` : ""}
            {o.lastError}
          </Text>
        </Alert>
      )}
      {o.queued > 0 && (
        <div>
          <Button variant="default" loading={retry.isPending} onClick={() => retry.mutate()}>
            {t("retry")}
          </Button>
        </div>
      )}
      <ProblemAlert error={retry.error} />
    </Stack>
  );
}
