import { Button, Stack, TextInput } from "@mantine/core";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useVerifySecondFactor } from "./account.api";

/** The second step of signing in: the code the app shows now, or one recovery code. */
export function SecondFactorForm({ onPassed }: { onPassed: () => void }) {
  const { t } = useTranslation("account");
  const verify = useVerifySecondFactor();
  const [code, setCode] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Not mutate's own onSuccess, which TanStack Query drops for an unmounted caller: the session
    // refreshed on success owes no step any more, so the step page drops this form.
    verify.mutateAsync(code).then(onPassed, () => undefined); // a failure shows from verify.error
  };
  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert error={verify.error} />
      <Stack gap="md">
        <TextInput
          ref={input}
          label={t("secondFactor.code")}
          description={t("secondFactor.codeHint")}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Button type="submit" size="md" loading={verify.isPending} fullWidth>
          {t("secondFactor.verify")}
        </Button>
      </Stack>
    </form>
  );
}
