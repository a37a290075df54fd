import { CONCERN_GUIDE_KEYS, type ConcernGuideTexts } from "@kring/contracts";
import { Alert, Button, Loader, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../platform/forms/field-errors";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../platform/ui/use-document-title";
import { useConcernGuide, useSaveConcernGuide } from "./early-support.api";
import { useEarlySupportTexts } from "./use-early-support-texts";

/** Administration → När du känner oro: the tenant's own texts and contacts. */
export function ConcernGuideAdminPage() {
  useEarlySupportTexts();
  const { t } = useTranslation(["admin", "earlySupport", "common"]);
  useDocumentTitle(t("admin:sections.concernGuide"), t("admin:title"));
  const guide = useConcernGuide();
  return (
    <section aria-labelledby="concern-admin-title">
      <Title order={2} id="concern-admin-title" mb="xs">
        {t("admin:sections.concernGuide")}
      </Title>
      <Text mb="md" maw={720}>
        {t("earlySupport:adminIntro")}
      </Text>
      {guide.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : guide.isError ? (
        <ProblemAlert error={guide.error} />
      ) : (
        <GuideForm texts={guide.data.texts} isDefault={guide.data.isDefault} />
      )}
    </section>
  );
}

function GuideForm({ texts, isDefault }: { texts: ConcernGuideTexts; isDefault: boolean }) {
  const { t } = useTranslation("earlySupport");
  const announce = useAnnounce();
  const save = useSaveConcernGuide();
  const [values, setValues] = useState(texts);
  const { formRef, errorFor } = useFieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(values, { onSuccess: () => announce(t("adminSaved")) });
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md" maw={820}>
        {isDefault && <Alert variant="light">{t("adminDefault")}</Alert>}
        <ProblemAlert error={save.error} />
        {CONCERN_GUIDE_KEYS.map((key) => (
          <Textarea
            key={key}
            label={t(`fields.${key}`)}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={values[key]}
            error={errorFor(key)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((v) => ({ ...v, [key]: value }));
            }}
          />
        ))}
        <div>
          <Button type="submit" loading={save.isPending}>
            {t("adminSave")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
