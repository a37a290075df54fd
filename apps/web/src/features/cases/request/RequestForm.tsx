import { DEFAULT_CONSENT_RULES } from "@kring/domain/consent";
import { Alert, Button, Loader, Stack, Switch, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useSessionUser } from "../../../platform/session/session-user";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useStructure } from "../../admin/structure/structure.api";
import { useChild } from "../../children/children.api";
import type { ChosenChild } from "../../children/chosen-child";
import { useConsentRules } from "../api/consent-rules.api";
import { flatHints } from "../shared/flat-hints";
import { UnitCheckboxes } from "../shared/UnitCheckboxes";
import { ConsentFields } from "./ConsentFields";
import { emptyConsent } from "./consent-values";
import { NeedFields } from "./NeedFields";
import { caseWorkUnits } from "../case-work";
import { useRegisterFlow, type RegisterFlowResult } from "./use-register-flow";
import { AnchorLink } from "../shared/links";
import { EarlySupportSharing } from "./EarlySupportSharing";
import { withCustody } from "../../children/GuardianList";
import { useRequestTexts } from "./request-texts";

/**
 * The request itself: who raises it, the concern, what was tried, urgency, and consent. A child
 * just registered brings the guardians named then, for a raiser who may not read the record.
 */
/** What a request raised from early support starts with (issue 22): the professional confirms. */
export interface RequestPrefill {
  raisedByUnitId: string;
  concern: string;
  triedSoFar: string;
  earlySupportId: string;
}

export function RequestForm({ child, prefill }: { child: ChosenChild; prefill?: RequestPrefill }) {
  useRequestTexts();
  const { t } = useTranslation(["request", "common"]);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const units = caseWorkUnits(useSessionUser());
  const structure = useStructure();
  const record = useChild(child.id);
  const birthDate = record.data?.birthDate ?? null;
  const flow = useRegisterFlow();
  const rules = useConsentRules();
  const need = useFormValues({
    raisedByUnitId:
      units.find((u) => u.unitId === prefill?.raisedByUnitId)?.unitId ?? units[0]?.unitId ?? "",
    concern: prefill?.concern ?? "",
    triedSoFar: prefill?.triedSoFar ?? "",
    acute: "no",
  });
  const [sharing, setSharing] = useState({ share: false, agreedBy: "" });
  const [involved, setInvolved] = useState<string[]>([]);
  const [withConsent, setWithConsent] = useState(true);
  const [consent, setConsent] = useState(() =>
    emptyConsent(units.slice(0, 1).map((u) => u.unitId)),
  );
  const [halfDone, setHalfDone] = useState<RegisterFlowResult | null>(null);
  const { formRef, errorFor } = useFieldErrors(
    flow.error,
    flatHints(t("request:hints", { returnObjects: true })),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { acute, ...rest } = need.values;
    const request = {
      ...rest,
      childId: child.id,
      acute: acute === "yes",
      involvedUnitIds: involved,
      earlySupport: prefill
        ? {
            contactId: prefill.earlySupportId,
            shareWithNetwork: sharing.share,
            agreedBy: sharing.agreedBy,
          }
        : null,
    };
    const guardians = withCustody(record.data?.guardians ?? child.guardians) ?? null;
    flow.mutate(
      {
        request,
        consent: withConsent ? consent : null,
        // Without the record (a child known only to exist) the server alone checks the rule.
        consentContext: birthDate
          ? {
              birthDate,
              guardianIds: guardians?.map((g) => g.id) ?? null,
              rules: rules.data ?? DEFAULT_CONSENT_RULES,
            }
          : null,
      },
      {
        onSuccess: (result) => {
          if (result.consentError) {
            setHalfDone(result);
            return;
          }
          announce(t("request:registered"));
          // The raiser follows the request by its status (ADR 0002).
          void navigate({ to: "/requests/mine" });
        },
      },
    );
  };

  if (structure.isPending) return <Loader aria-label={t("common:loading")} />;
  if (structure.isError) return <ProblemAlert error={structure.error} />;
  if (halfDone)
    return (
      <Alert
        color="orange"
        variant="outline"
        role="alert"
        title={t("request:consentFailed")}
        maw={720}
      >
        <ProblemAlert error={halfDone.consentError} />
        <AnchorLink to="/requests/mine">{t("request:openCase")}</AnchorLink>
      </Alert>
    );
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg" maw={960}>
        <ProblemAlert error={flow.error} />
        {prefill && (
          <EarlySupportSharing value={sharing} onChange={setSharing} errorFor={errorFor} />
        )}
        <section aria-labelledby="request-need-title">
          <Title order={2} size="h3" id="request-need-title" mb="sm">
            {t("request:needStep")}
          </Title>
          <Stack gap="md">
            <NeedFields form={need} units={units} errorFor={errorFor} />
            <UnitCheckboxes
              legend={t("request:involved")}
              description={t("request:involvedHint")}
              structure={structure.data}
              value={involved}
              onChange={setInvolved}
            />
          </Stack>
        </section>
        <section aria-labelledby="request-consent-title">
          <Title order={2} size="h3" id="request-consent-title" mb="sm">
            {t("request:consentStep")}
          </Title>
          <Alert color="kring" variant="light" mb="md">
            {t("request:withoutConsent")}
          </Alert>
          <Switch
            label={t("request:consentGiven")}
            checked={withConsent}
            onChange={(event) => setWithConsent(event.currentTarget.checked)}
            mb="md"
          />
          {withConsent && (
            <ConsentFields
              values={consent}
              onChange={setConsent}
              guardians={
                withCustody(record.data?.guardians ?? child.guardians) ??
                (record.isError ? null : [])
              }
              birthDate={birthDate}
              structure={structure.data}
              errorFor={errorFor}
            />
          )}
        </section>
        <div>
          <Button type="submit" loading={flow.isPending}>
            {t("request:submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
