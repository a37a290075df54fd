import {
  Button,
  NativeSelect,
  Radio,
  Group,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../platform/forms/field-errors";
import { useFormValues } from "../../platform/forms/use-form-values";
import { useSessionUser } from "../../platform/session/session-user";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { earlySupportUnits } from "./early-support-work";
import { useCreateEarlySupport } from "./early-support.api";

const today = () => new Date().toLocaleDateString("sv-SE");

/** What the early support is about, the family's consent to keep it, factors, what was agreed. */
export function EarlySupportForm({ childId }: { childId: string }) {
  const { t } = useTranslation(["earlySupport", "common"]);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const units = earlySupportUnits(useSessionUser());
  const create = useCreateEarlySupport();
  const form = useFormValues({
    unitId: units[0]?.unitId ?? "",
    givenBy: "",
    method: "oral",
    consentOn: today(),
    about: "",
    agreed: "",
    followUpOn: "",
    note: "",
  });
  const [protective, setProtective] = useState<string[]>([]);
  const [risk, setRisk] = useState<string[]>([]);
  const { formRef, errorFor } = useFieldErrors(create.error, {});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    create.mutate(
      {
        childId,
        unitId: v.unitId,
        consent: { givenBy: v.givenBy, method: v.method as "oral", on: v.consentOn },
        about: v.about,
        protectiveFactors: protective,
        riskFactors: risk,
        agreed: v.agreed,
        followUpOn: v.followUpOn || null,
        note: v.note,
      },
      {
        onSuccess: (id) => {
          announce(t("earlySupport:saved"));
          void navigate({ to: "/early-support/$contactId", params: { contactId: id } });
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        <ProblemAlert error={create.error} />
        <NativeSelect
          label={t("earlySupport:unit")}
          description={t("earlySupport:unitHint")}
          required
          data={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
          error={errorFor("unitId")}
          {...form.bind("unitId")}
        />
        <TextInput
          label={t("earlySupport:consentGivenBy")}
          description={t("earlySupport:consentGivenByHint")}
          required
          maxLength={200}
          error={errorFor("consent.givenBy")}
          {...form.bind("givenBy")}
        />
        <Radio.Group
          label={t("earlySupport:consentMethod")}
          name="consent-method"
          value={form.values.method}
          onChange={(value) => form.set("method", value)}
        >
          <Group gap="md" mt={6}>
            {(["oral", "written", "digital"] as const).map((m) => (
              <Radio key={m} value={m} label={t(`earlySupport:methods.${m}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          type="date"
          label={t("earlySupport:consentOn")}
          required
          error={errorFor("consent.on")}
          w={{ base: "100%", xs: 240 }}
          {...form.bind("consentOn")}
        />
        <Textarea
          label={t("earlySupport:about")}
          required
          autosize
          minRows={3}
          error={errorFor("about")}
          {...form.bind("about")}
        />
        <TagsInput
          label={t("earlySupport:protective")}
          description={t("earlySupport:protectiveHint")}
          value={protective}
          onChange={setProtective}
          maxTags={30}
          error={errorFor("protectiveFactors")}
        />
        <TagsInput
          label={t("earlySupport:risk")}
          description={t("earlySupport:riskHint")}
          value={risk}
          onChange={setRisk}
          maxTags={30}
          error={errorFor("riskFactors")}
        />
        <Textarea
          label={`${t("earlySupport:agreed")} (${t("common:optional")})`}
          autosize
          minRows={2}
          error={errorFor("agreed")}
          {...form.bind("agreed")}
        />
        <TextInput
          type="date"
          label={`${t("earlySupport:followUpOn")} (${t("common:optional")})`}
          description={t("earlySupport:followUpHint")}
          error={errorFor("followUpOn")}
          w={{ base: "100%", xs: 240 }}
          {...form.bind("followUpOn")}
        />
        <Textarea
          label={`${t("earlySupport:firstNote")} (${t("common:optional")})`}
          autosize
          minRows={2}
          error={errorFor("note")}
          {...form.bind("note")}
        />
        <div>
          <Button type="submit" loading={create.isPending}>
            {t("earlySupport:save")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
