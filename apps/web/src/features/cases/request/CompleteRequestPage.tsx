import { DEFAULT_CONSENT_RULES } from "@kring/domain/consent";
import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../platform/api/api-error";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useAnnounce } from "../../../platform/ui/announcer";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useStructure } from "../../admin/structure/structure.api";
import { GuardianNameFields, emptyGuardian } from "../../children/GuardianFields";
import { useConsentRules } from "../api/consent-rules.api";
import {
  useAddRequestGuardian,
  useCompleteConsent,
  useRequestFamily,
} from "../api/request-completion.api";
import { flatHints } from "../shared/flat-hints";
import { AskFamilyConsent } from "./AskFamilyConsent";
import { ConsentFields } from "./ConsentFields";
import { consentProblem, emptyConsent } from "./consent-values";
import { useRequestTexts } from "./request-texts";

/**
 * The raiser completes a request not yet assessed (issue 17): names the guardians of a child
 * they registered, and records the consent without which intake cannot see the request.
 */
export function CompleteRequestPage({ caseId }: { caseId: string }) {
  useRequestTexts();
  const { t } = useTranslation(["cases", "common"]);
  const family = useRequestFamily(caseId);
  const structure = useStructure();
  if (family.isPending || structure.isPending) return <Loader aria-label={t("common:loading")} />;
  if (family.isError) return <ProblemAlert error={family.error} />;
  if (structure.isError) return <ProblemAlert error={structure.error} />;
  const f = family.data;
  return (
    <>
      <PageTitle>{t("cases:complete.title", { name: f.childName })}</PageTitle>
      <Stack gap="lg" maw={960}>
        {!f.consentInForce && (
          <Alert
            color="orange"
            variant="outline"
            c="dark.9"
            title={t("cases:complete.noConsentTitle")}
          >
            {t("cases:complete.noConsent")}
          </Alert>
        )}
        <section aria-labelledby="complete-guardians-title">
          <Title order={2} size="h3" id="complete-guardians-title" mb="sm">
            {t("cases:complete.guardians")}
          </Title>
          {f.guardians.length === 0 ? (
            <Text mb="sm">{t("cases:complete.noGuardians")}</Text>
          ) : (
            <ul>
              {f.guardians.map((g) => (
                <li key={g.id}>
                  {g.givenName} {g.familyName}
                </li>
              ))}
            </ul>
          )}
          {f.mayAddGuardians ? (
            <AddGuardianForm caseId={caseId} />
          ) : (
            <Text size="sm">{t("cases:complete.guardiansByRegistrar")}</Text>
          )}
        </section>
        <ConsentForm caseId={caseId} family={f} structure={structure.data} />
        {!f.consentInForce && (
          <AskFamilyConsent caseId={caseId} structure={structure.data} initialUnitIds={[]} mayAsk />
        )}
      </Stack>
    </>
  );
}

function AddGuardianForm({ caseId }: { caseId: string }) {
  useRequestTexts();
  const { t } = useTranslation(["cases", "children"]);
  const announce = useAnnounce();
  const add = useAddRequestGuardian(caseId);
  const [guardian, setGuardian] = useState(emptyGuardian);
  const { formRef, errorFor } = useFieldErrors(add.error, {
    givenName: t("children:register.hints.givenName"),
    familyName: t("children:register.hints.familyName"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { phone, ...names } = guardian;
    add.mutate(
      { ...names, phone: phone.trim() || null },
      {
        onSuccess: () => {
          announce(
            t("cases:complete.guardianAdded", { name: `${names.givenName} ${names.familyName}` }),
          );
          setGuardian(emptyGuardian());
        },
      },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("cases:complete.addGuardian")}>
      <ProblemAlert error={add.error} />
      <GuardianNameFields
        values={guardian}
        onChange={(patch) => setGuardian((g) => ({ ...g, ...patch }))}
        errorFor={errorFor}
      />
      <Group mt="sm">
        <Button type="submit" variant="light" loading={add.isPending}>
          {t("cases:complete.addGuardian")}
        </Button>
      </Group>
    </form>
  );
}

interface ConsentFormProps {
  caseId: string;
  family: NonNullable<ReturnType<typeof useRequestFamily>["data"]>;
  structure: NonNullable<ReturnType<typeof useStructure>["data"]>;
}

function ConsentForm({ caseId, family, structure }: ConsentFormProps) {
  useRequestTexts();
  const { t } = useTranslation(["cases", "request"]);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const rules = useConsentRules().data ?? DEFAULT_CONSENT_RULES;
  const save = useCompleteConsent(caseId);
  const [consent, setConsent] = useState(() => emptyConsent());
  const [refused, setRefused] = useState<ApiError | null>(null);
  const error = refused ?? save.error;
  const { formRef, errorFor } = useFieldErrors(
    error,
    flatHints(t("request:hints", { returnObjects: true })),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = consentProblem(consent, {
      birthDate: family.birthDate,
      guardianIds: family.guardians.map((g) => g.id),
      rules,
    });
    setRefused(problem);
    if (problem) return;
    save.mutate(consent, {
      onSuccess: () => {
        announce(t("cases:complete.consentSaved"));
        void navigate({ to: "/requests/mine" });
      },
    });
  };
  return (
    <section aria-labelledby="complete-consent-title">
      <Title order={2} size="h3" id="complete-consent-title" mb="sm">
        {t("cases:complete.consent")}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProblemAlert error={error} />
          <ConsentFields
            values={consent}
            onChange={setConsent}
            guardians={family.guardians}
            birthDate={family.birthDate}
            structure={structure}
            errorFor={errorFor}
          />
          <div>
            <Button type="submit" loading={save.isPending}>
              {t("cases:complete.saveConsent")}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
