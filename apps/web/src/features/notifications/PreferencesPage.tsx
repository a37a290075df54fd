import {
  Button,
  Checkbox,
  Loader,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type Preferences, usePreferences, useSavePreferences } from "./notifications.api";

/** A person's choices about e-mail; the bell in Kring shows everything regardless. */
export function PreferencesPage() {
  const { t } = useTranslation(["notifications", "common"]);
  const prefs = usePreferences();
  return (
    <Stack gap="md">
      <PageTitle>{t("preferences.title")}</PageTitle>
      {prefs.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : prefs.isError ? (
        <ProblemAlert error={prefs.error} />
      ) : (
        <PreferencesForm initial={prefs.data} />
      )}
    </Stack>
  );
}

const HOURS = Array.from({ length: 24 }, (_, h) => ({
  value: String(h),
  label: `${String(h).padStart(2, "0")}:00`,
}));

function PreferencesForm({ initial }: { initial: Preferences }) {
  const { t } = useTranslation("notifications");
  const save = useSavePreferences();
  const announce = useAnnounce();
  const [p, setP] = useState(initial);
  const professional = initial.kind === "professional";
  const set = <K extends keyof Preferences>(k: K, v: Preferences[K]) =>
    setP((old) => ({ ...old, [k]: v }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { kind: _kind, ...body } = p;
    save.mutate(body, { onSuccess: () => announce(t("preferences.saved")) });
  };
  return (
    <Paper p="lg" withBorder radius="md" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{professional ? t("preferences.intro") : t("preferences.familyIntro")}</Text>
          <TextInput
            label={t("preferences.email")}
            description={t("preferences.emailHelp")}
            type="email"
            autoComplete="email"
            value={p.email ?? ""}
            onChange={(e) => set("email", e.currentTarget.value)}
          />
          <Checkbox
            label={t("preferences.emailEnabled")}
            checked={p.emailEnabled}
            onChange={(e) => set("emailEnabled", e.currentTarget.checked)}
          />
          <Checkbox
            label={
              professional ? t("preferences.immediateEnabled") : t("preferences.familyImmediate")
            }
            checked={p.immediateEnabled}
            disabled={!p.emailEnabled}
            onChange={(e) => set("immediateEnabled", e.currentTarget.checked)}
          />
          {professional && (
            <>
              <Checkbox
                label={t("preferences.digestEnabled")}
                checked={p.digestEnabled}
                disabled={!p.emailEnabled}
                onChange={(e) => set("digestEnabled", e.currentTarget.checked)}
              />
              <NativeSelect
                label={t("preferences.digestHour")}
                data={HOURS}
                value={String(p.digestHour)}
                disabled={!p.emailEnabled || !p.digestEnabled}
                onChange={(e) => set("digestHour", Number(e.currentTarget.value))}
                maw={200}
              />
            </>
          )}
          <NumberInput
            label={t("preferences.reminderDays")}
            description={t("preferences.reminderHelp")}
            min={0}
            max={30}
            value={p.reminderDays}
            onChange={(v) => set("reminderDays", typeof v === "number" ? v : Number(v) || 0)}
            maw={200}
          />
          <ProblemAlert error={save.error} />
          <div>
            <Button type="submit" loading={save.isPending}>
              {t("preferences.save")}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
