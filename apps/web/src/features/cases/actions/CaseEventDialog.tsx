import type { CaseDetail } from "@kring/contracts";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { useCaseEvent } from "../api/case-events.api";
import { useCase } from "../api/cases.api";
import { useCaseLabels } from "../shared/case-labels";
import { flatHints } from "../shared/flat-hints";
import { StepProblem } from "../shared/StepProblem";
import type { AllowedEvent } from "./event-form-types";
import { EVENT_FORMS } from "./event-forms";
import { useCaseActionsTexts } from "./caseActions-texts";

interface CaseEventDialogProps {
  detail: CaseDetail;
  allowed: AllowedEvent;
  onClose: () => void;
}

/** One step of the process, asked for in a dialog and sent with the version the user saw. */
export function CaseEventDialog({ detail, allowed, onClose }: CaseEventDialogProps) {
  useCaseActionsTexts();
  const { t } = useTranslation(["caseActions", "common"]);
  const labels = useCaseLabels();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const form = EVENT_FORMS[allowed.type]!;
  // Fixed when the dialog opens: a background refresh must not make a stale form look fresh.
  const [version, setVersion] = useState(detail.version);
  const values = useFormValues<Record<string, string>>(form.initial?.(detail) ?? {});
  const step = useCaseEvent(detail.id);
  const caseQuery = useCase(detail.id);
  const { formRef, errorFor } = useFieldErrors(
    step.error,
    flatHints(t("caseActions:hints", { returnObjects: true })),
  );
  const title = labels.event(allowed.type);

  const reload = async () => {
    const fresh = (await caseQuery.refetch()).data;
    step.reset();
    if (fresh?.allowedEvents.some((e) => e.type === allowed.type)) setVersion(fresh.version);
    else {
      announce(t("caseActions:noLongerPossible", { step: title }));
      onClose();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Not mutate's own onSuccess: TanStack Query drops it when the caller has unmounted, and
    // a step that closes or declines the case hides the actions (and this dialog) with the new
    // case, one that ends the user's access replaces the page. A failure shows from step.error.
    step.mutateAsync({ version, event: form.toEvent(values.values) }).then(
      (result) => {
        announce(t("caseActions:done", { step: title }));
        onClose();
        if (!result.case) void navigate({ to: "/cases" });
      },
      () => undefined,
    );
  };
  const { Fields } = form;
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <StepProblem
        error={step.error}
        subject="case"
        onReload={() => void reload()}
        reloading={caseQuery.isFetching}
      />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t(`caseActions:explain.${allowed.type}` as "caseActions:explain.submit")}
          </Text>
          {Fields && (
            <Fields
              detail={detail}
              allowed={allowed}
              values={values.values}
              set={values.set}
              errorFor={errorFor}
            />
          )}
        </Stack>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" loading={step.isPending}>
            {title}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
