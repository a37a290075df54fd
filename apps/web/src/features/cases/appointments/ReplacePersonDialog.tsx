import { Button, Group, List, Modal, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../platform/i18n/use-language";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { PersonPicker } from "../shared/PersonPicker";
import { refusalReasons } from "../shared/problem-details";

type Options = (
  { value: string; label: string } | { group: string; items: { value: string; label: string }[] }
)[];

export interface ReplaceValues {
  role: string;
  unitId: string;
  userId: string;
  reason: string;
}

interface Props {
  title: string;
  intro: string;
  /** Which role is replaced, when there is a choice (coordinator 1 or 2). */
  roles?: { value: string; label: string }[];
  units: Options;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ReplaceValues) => void;
  onClose: () => void;
}

/**
 * Replacing someone in a case role (ADR 0025): who takes over, and why. The reason is required
 * and is kept in the timeline and the audit log; the server says why a person may not take over.
 */
export function ReplacePersonDialog(props: Props) {
  const { title, intro, roles, units, submitLabel, pending, error, onSubmit, onClose } = props;
  const { t } = useTranslation(["cases", "common"]);
  const language = useLanguage();
  const [values, setValues] = useState<ReplaceValues>({
    role: roles?.[0]?.value ?? "",
    unitId: "",
    userId: "",
    reason: "",
  });
  const [checked, setChecked] = useState(false);
  const set = (patch: Partial<ReplaceValues>) => setValues((v) => ({ ...v, ...patch }));
  const missing = {
    userId: !values.userId,
    reason: values.reason.trim().length === 0,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (missing.userId || missing.reason) return;
    onSubmit({ ...values, reason: values.reason.trim() });
  };
  const reasons = refusalReasons(error);
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <Text size="sm" mb="sm">
        {intro}
      </Text>
      <ProblemAlert error={error} />
      {reasons.length > 0 && (
        <List size="sm" mb="sm">
          {reasons.map((r) => (
            <List.Item key={r.code}>{language === "en" ? r.messageEn : r.messageSv}</List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {roles && (
            <NativeSelect
              label={t("cases:replace.which")}
              data={roles}
              value={values.role}
              onChange={(e) => set({ role: e.currentTarget.value })}
            />
          )}
          <PersonPicker
            legend={t("cases:replace.newPerson")}
            units={units}
            unitId={values.unitId}
            userId={values.userId}
            onUnit={(unitId) => set({ unitId })}
            onUser={(userId) => set({ userId })}
            userError={checked && missing.userId ? t("cases:replace.personRequired") : undefined}
          />
          <Textarea
            label={t("cases:replace.reason")}
            description={t("cases:replace.reasonHint")}
            required
            autosize
            minRows={3}
            value={values.reason}
            error={checked && missing.reason ? t("cases:replace.reasonRequired") : null}
            onChange={(e) => set({ reason: e.currentTarget.value })}
          />
        </Stack>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
