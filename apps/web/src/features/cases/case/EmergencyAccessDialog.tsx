import {
  EMERGENCY_REASON_CATEGORIES,
  EMERGENCY_REASON_MIN_LENGTH,
  type EmergencyReasonCategory,
} from "@kring/contracts";
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useEmergencyAccess } from "../api/case-network.api";

type Category = (typeof EmergencyReasonCategory)["options"][number];

interface EmergencyAccessDialogProps {
  caseId: string;
  hours: number;
  onClose: () => void;
}

/**
 * Asks why emergency access is needed: a category from a fixed list and a reason of at least 20
 * characters, checked here as on the server. The access is read-only and lasts `hours`.
 */
export function EmergencyAccessDialog({ caseId, hours, onClose }: EmergencyAccessDialogProps) {
  const { t } = useTranslation(["cases", "common"]);
  const request = useEmergencyAccess(caseId);
  const [category, setCategory] = useState<Category | null>(null);
  const [reason, setReason] = useState("");
  const [checked, setChecked] = useState(false);
  const categoryError = checked && !category ? t("cases:emergency.categoryRequired") : null;
  const length = reason.trim().length;
  const reasonError =
    checked && length < EMERGENCY_REASON_MIN_LENGTH
      ? t("cases:emergency.reasonTooShort", { min: EMERGENCY_REASON_MIN_LENGTH, length })
      : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!category || length < EMERGENCY_REASON_MIN_LENGTH) return;
    request.mutate({ category, reason: reason.trim() }, { onSuccess: onClose });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("cases:emergency.title")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <Text size="sm" mb="sm">
        {t("cases:emergency.explain", { hours })}
      </Text>
      <ProblemAlert error={request.error} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label={t("cases:emergency.category")}
            required
            value={category}
            error={categoryError}
            onChange={(value) => setCategory(value)}
          >
            <Stack gap={6} mt={6}>
              {EMERGENCY_REASON_CATEGORIES.map((c) => (
                <Radio key={c} value={c} label={t(`cases:emergency.categories.${c}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t("cases:emergency.reason")}
            description={t("cases:emergency.reasonHint", { min: EMERGENCY_REASON_MIN_LENGTH })}
            required
            autosize
            minRows={3}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        </Stack>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" color="red.9" loading={request.isPending}>
            {t("cases:emergency.submit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
