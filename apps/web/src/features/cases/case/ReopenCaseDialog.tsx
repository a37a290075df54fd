import type { CaseDetail } from "@kring/contracts";
import { Button, Group, Modal, Text, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useReopenCase } from "../api/case-events.api";

/**
 * A central coordinator reopens a closed or declined case: the reason is required and is kept in
 * the timeline and the audit log. The version the user saw goes along, so a case changed by
 * someone else meanwhile answers 409 and the problem is shown here instead of being overwritten.
 */
export function ReopenCaseDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation(["cases", "common"]);
  const announce = useAnnounce();
  const reopen = useReopenCase(detail.id);
  const [reason, setReason] = useState("");
  const [checked, setChecked] = useState(false);
  const missing = reason.trim().length === 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (missing) return;
    // Not mutate's own onSuccess, which TanStack Query drops for an unmounted caller: the case
    // as reopened is no longer closed, so the read-only notice holding this dialog goes away.
    reopen.mutateAsync({ version: detail.version, reason: reason.trim() }).then(
      () => {
        announce(t("cases:readOnly.reopened"));
        onClose();
      },
      () => undefined, // shown from reopen.error
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("cases:readOnly.reopenTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <Text size="sm" mb="sm">
        {t("cases:readOnly.reopenExplain")}
      </Text>
      <ProblemAlert error={reopen.error} />
      <form onSubmit={submit} noValidate>
        <Textarea
          label={t("cases:readOnly.reopenReason")}
          required
          autosize
          minRows={3}
          value={reason}
          error={checked && missing ? t("cases:readOnly.reasonRequired") : null}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" loading={reopen.isPending}>
            {t("cases:readOnly.reopenSubmit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
