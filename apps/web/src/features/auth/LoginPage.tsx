import { Alert, Box, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../platform/forms/field-errors";
import { PasswordField } from "../../platform/forms/PasswordField";
import { useFormValues } from "../../platform/forms/use-form-values";
import { LanguageSwitch } from "../../platform/i18n/LanguageSwitch";
import { useLanguage } from "../../platform/i18n/use-language";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { safeRedirect } from "./login-search";
import { ProviderButtons } from "./ProviderButtons";
import { useLogin } from "./use-login";

const route = getRouteApi("/login");

export function LoginPage() {
  const { t } = useTranslation("auth");
  const search = route.useSearch();
  const router = useRouter();
  const language = useLanguage();
  const login = useLogin();
  const [languageChosen, setLanguageChosen] = useState(false);
  const form = useFormValues({ username: "", password: "" });
  const { formRef, errorFor } = useFieldErrors(
    login.error,
    t("login.hints", { returnObjects: true }),
  );
  const usernameRef = useRef<HTMLInputElement>(null);

  useEffect(() => usernameRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { ...form.values, chosenLanguage: languageChosen ? language : null },
      { onSuccess: () => router.history.push(safeRedirect(search.redirect)) },
    );
  };

  return (
    <Box component="main" id="main" mih="100vh" bg="kring.0" py={{ base: "lg", sm: 64 }} px="md">
      <Paper maw={420} mx="auto" p={{ base: "lg", sm: "xl" }} radius="lg" shadow="sm" withBorder>
        <Group justify="space-between" align="center" mb="lg">
          <Text fw={800} fz={28} c="kring.8" lh={1}>
            Kring
          </Text>
          <LanguageSwitch onSwitched={() => setLanguageChosen(true)} />
        </Group>
        <PageTitle focus={false}>{t("login.title")}</PageTitle>
        <Text mb="lg">{t("login.intro")}</Text>
        {search.ended && !login.error && (
          <Alert color="kring" variant="light" mb="md">
            {t("login.sessionEnded")}
          </Alert>
        )}
        <ProviderButtons returnTo={safeRedirect(search.redirect)} />
        <ProblemAlert error={login.error} />
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              ref={usernameRef}
              label={t("login.username")}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              error={errorFor("username")}
              {...form.bind("username")}
            />
            <PasswordField
              label={t("login.password")}
              autoComplete="current-password"
              required
              error={errorFor("password")}
              {...form.bind("password")}
            />
            <Button type="submit" size="md" loading={login.isPending} fullWidth>
              {t("login.submit")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Box>
  );
}
