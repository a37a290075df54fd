import type { EarlySupportDetail } from "@kring/contracts";
import { Alert, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { ButtonLink } from "../cases/shared/links";
import { useCloseEarlySupport } from "./early-support.api";
import { EarlySupportSharing } from "./EarlySupportSharing";

/** The way on: raise a request with what was learned filled in, or close with a reason. */
export function EarlySupportNextStep({ contact }: { contact: EarlySupportDetail }) {
  const { t } = useTranslation("earlySupport");
  const announce = useAnnounce();
  const close = useCloseEarlySupport(contact.id);
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState("");
  if (contact.status === "request_raised") return <EarlySupportSharing contact={contact} />;
  if (contact.status === "closed")
    return <Alert variant="light">{t("closedWith", { reason: contact.closedReason })}</Alert>;
  if (!contact.mayWrite) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    close.mutate(reason, { onSuccess: () => announce(t("closed")) });
  };
  return (
    <section aria-labelledby="es-next-title">
      <Title order={2} size="h4" id="es-next-title" mb="xs">
        {t("nextStep")}
      </Title>
      <Stack gap="sm">
        <div>
          <ButtonLink to="/requests/new" search={{ earlySupport: contact.id }}>
            {t("toRequest")}
          </ButtonLink>
          <Text size="sm" mt={4}>
            {t("toRequestHint")}
          </Text>
        </div>
        {closing ? (
          <form onSubmit={submit}>
            <Stack gap="xs">
              <ProblemAlert error={close.error} />
              <TextInput
                label={t("closeReason")}
                required
                maxLength={1000}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Group gap="xs">
                <Button type="submit" loading={close.isPending}>
                  {t("closeConfirm")}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <div>
            <Button variant="default" onClick={() => setClosing(true)}>
              {t("close")}
            </Button>
          </div>
        )}
      </Stack>
    </section>
  );
}
