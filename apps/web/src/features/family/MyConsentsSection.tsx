import type { FamilyConsent } from "@kring/contracts";
import { Button, Card, Group, List, Modal, Stack, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { useFamilyConsents, useWithdrawFamilyConsent } from "./family.api";
import { useFamilyFormat } from "./family-format";

/**
 * The consents in force that the viewer gave for the child (issue 19), each with the units that
 * share and a way to withdraw it. Withdrawing asks first, in plain words: the units named stop
 * sharing from now on; what they already know stays in the record. Phone first: one column.
 */
export function MyConsentsSection({ childId, childName }: { childId: string; childName: string }) {
  const { t } = useTranslation("family");
  const f = useFamilyFormat();
  const query = useFamilyConsents(childId);
  const [withdrawing, setWithdrawing] = useState<FamilyConsent | null>(null);
  if (query.error) return <ProblemAlert error={query.error} />;
  const consents = query.data?.consents ?? [];
  if (consents.length === 0) return null;
  return (
    <section aria-labelledby="my-consents">
      <Title order={2} size="h3" id="my-consents" mb="xs">
        {t("myConsents.title")}
      </Title>
      <Text mb="sm">{t("myConsents.intro", { name: childName })}</Text>
      <Stack gap="sm">
        {consents.map((c) => (
          <Card key={c.id} withBorder component="article" aria-label={c.purpose}>
            <Stack gap="xs">
              <Text fw={600}>{c.purpose}</Text>
              <Text size="sm">
                {t("myConsents.given", { date: f.date(c.givenAt.slice(0, 10)) })}
              </Text>
              <div>
                <Text size="sm">{t("myConsents.units")}</Text>
                <List size="sm">
                  {c.units.map((u) => (
                    <List.Item key={u.id}>
                      {u.name} ({u.organisation})
                    </List.Item>
                  ))}
                </List>
              </div>
              <Group>
                <Button variant="default" color="red" onClick={() => setWithdrawing(c)}>
                  {t("myConsents.withdraw")}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
      {withdrawing && (
        <WithdrawDialog
          childId={childId}
          consent={withdrawing}
          onClose={() => setWithdrawing(null)}
        />
      )}
    </section>
  );
}

function WithdrawDialog({
  childId,
  consent,
  onClose,
}: {
  childId: string;
  consent: FamilyConsent;
  onClose: () => void;
}) {
  const { t } = useTranslation(["family", "common"]);
  const announce = useAnnounce();
  const withdraw = useWithdrawFamilyConsent(childId);
  const [reason, setReason] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate(
      { consentId: consent.id, reason },
      {
        onSuccess: () => {
          announce(t("family:myConsents.withdrawn"));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("family:myConsents.confirmTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <Stack gap="sm">
        <Text>{t("family:myConsents.confirmIntro")}</Text>
        <List>
          {consent.units.map((u) => (
            <List.Item key={u.id}>
              {u.name} ({u.organisation})
            </List.Item>
          ))}
        </List>
        <Text>{t("family:myConsents.confirmAfter")}</Text>
        <ProblemAlert error={withdraw.error} />
        <form onSubmit={submit} noValidate>
          <Textarea
            label={t("family:myConsents.reason")}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group mt="md">
            <Button type="submit" color="red.9" loading={withdraw.isPending}>
              {t("family:myConsents.confirm")}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t("family:myConsents.keep")}
            </Button>
          </Group>
        </form>
      </Stack>
    </Modal>
  );
}
