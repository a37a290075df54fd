import type { CaseDetail } from "@kring/contracts";
import { Button, Group, Modal, Text, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useWithdrawConsent } from "../api/case-network.api";

interface WithdrawConsentDialogProps {
  caseId: string;
  consent: CaseDetail["consents"][number];
  onClose: () => void;
}

/** Withdrawal stops sharing from now on; what was shared stays in the record. */
export function WithdrawConsentDialog({ caseId, consent, onClose }: WithdrawConsentDialogProps) {
  const { t } = useTranslation(["cases", "common"]);
  const announce = useAnnounce();
  const withdraw = useWithdrawConsent(caseId);
  const [reason, setReason] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Not mutate's own onSuccess, which TanStack Query drops for an unmounted caller: withdrawing
    // the last consent can end the user's own sight of the case, and the page is replaced.
    withdraw.mutateAsync({ consentId: consent.id, reason }).then(
      () => {
        announce(t("cases:consents.withdrawn"));
        onClose();
      },
      () => undefined, // shown from withdraw.error
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("cases:consents.withdrawTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <Text size="sm" mb="sm">
        {t("cases:consents.withdrawExplain", {
          units: consent.units.map((u) => u.name).join(", "),
        })}
      </Text>
      <ProblemAlert error={withdraw.error} />
      <form onSubmit={submit} noValidate>
        <Textarea
          label={t("cases:consents.withdrawReason")}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" color="red.9" loading={withdraw.isPending}>
            {t("cases:consents.withdrawSubmit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
