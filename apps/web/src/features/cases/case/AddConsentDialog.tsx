import type { CaseDetail } from "@kring/contracts";
import { DEFAULT_CONSENT_RULES } from "@kring/domain/consent";
import { Button, Group, Loader, Modal } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useStructure } from "../../admin/structure/structure.api";
import { useChild } from "../../children/children.api";
import { uploadAttachment } from "../api/attachments";
import { useAddConsent } from "../api/case-network.api";
import { useConsentRules } from "../api/consent-rules.api";
import { ConsentFields } from "../request/ConsentFields";
import { consentInput, consentProblem, emptyConsent } from "../request/consent-values";
import { flatHints } from "../shared/flat-hints";
import { withCustody } from "../../children/GuardianList";
import { useRequestTexts } from "../request/request-texts";

/** Record a consent on an existing case, with the scanned form if there is one. */
export function AddConsentDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  useRequestTexts();
  const { t } = useTranslation(["cases", "request", "common"]);
  const api = useApi();
  const announce = useAnnounce();
  const structure = useStructure();
  const child = useChild(detail.child.id);
  const add = useAddConsent(detail.id);
  const rules = useConsentRules();
  const [values, setValues] = useState(() => emptyConsent([detail.raisedBy.unitId]));
  // The form is stored first, so the consent can name it.
  const save = useMutation({
    mutationFn: async () => {
      const refused = consentProblem(values, {
        birthDate: detail.child.birthDate,
        guardianIds: child.data?.guardians.map((g) => g.id) ?? null,
        rules: rules.data ?? DEFAULT_CONSENT_RULES,
      });
      if (refused) throw refused;
      const documentId = values.file
        ? await uploadAttachment(api, detail.id, values.file)
        : undefined;
      await add.mutateAsync(consentInput(values, documentId));
    },
  });
  const { formRef, errorFor } = useFieldErrors(
    save.error,
    flatHints(t("request:hints.consent", { returnObjects: true })),
  );
  // Here the consent is the whole body, so its fields are named without the "consent." prefix.
  const consentErrorFor = (field: string) => errorFor(field.replace(/^consent\./, ""));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined, {
      onSuccess: () => {
        announce(t("cases:consents.added"));
        onClose();
      },
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t("cases:consents.addTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <ProblemAlert error={save.error} />
      {structure.data ? (
        <form ref={formRef} onSubmit={submit} noValidate>
          <ConsentFields
            values={values}
            onChange={setValues}
            guardians={withCustody(child.data?.guardians) ?? (child.isError ? null : [])}
            birthDate={detail.child.birthDate}
            structure={structure.data}
            errorFor={consentErrorFor}
          />
          <Group mt="md" justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common:cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("cases:consents.addSubmit")}
            </Button>
          </Group>
        </form>
      ) : (
        <Loader aria-label={t("common:loading")} />
      )}
    </Modal>
  );
}
