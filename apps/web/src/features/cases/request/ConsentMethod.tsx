import { Radio, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConsentValues } from "./consent-values";
import { ConsentFileInput } from "./ConsentFileInput";
import { useRequestTexts } from "./request-texts";

interface ConsentMethodProps {
  values: ConsentValues;
  set: (patch: Partial<ConsentValues>) => void;
  /** Whether a signed form can be attached here (otherwise only oral consent is offered). */
  withFile: boolean;
  errorFor: (field: string) => string | undefined;
}

/**
 * How the consent was given: on the signed form (attached), or orally at a named meeting.
 * Digital consent the guardian gives themselves in the family view, so it is not offered here.
 */
export function ConsentMethod({ values, set, withFile, errorFor }: ConsentMethodProps) {
  useRequestTexts();
  const { t } = useTranslation("request");
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t("consent.method")}
        description={withFile ? undefined : t("consent.methodOralOnly")}
        value={values.method}
        onChange={(method) => set({ method })}
      >
        <Stack gap={6} mt={4}>
          {withFile && <Radio value="written" label={t("consent.methodWritten")} />}
          <Radio value="oral" label={t("consent.methodOral")} />
        </Stack>
      </Radio.Group>
      {values.method === "oral" && (
        <TextInput
          label={t("consent.meeting")}
          description={t("consent.meetingHint")}
          required
          value={values.meeting}
          onChange={(event) => set({ meeting: event.currentTarget.value })}
          error={errorFor("consent.meeting")}
        />
      )}
      {values.method === "written" && withFile && (
        <ConsentFileInput
          file={values.file}
          onChange={(file) => set({ file })}
          error={errorFor("consent.file")}
        />
      )}
    </Stack>
  );
}
