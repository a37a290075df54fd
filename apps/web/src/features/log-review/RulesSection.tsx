import { Button, Checkbox, Group, NumberInput, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasRole } from "../../platform/session/roles";
import { useSessionUser } from "../../platform/session/session-user";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type SettingsView, useReviewSettings, useSaveSettings } from "./log-review.api";

/** The municipality's rules for findings: the administrator tunes them, the reviewer reads them. */
export function RulesSection() {
  const { t } = useTranslation("logReview");
  const user = useSessionUser();
  const editable = hasRole(user, "administrator");
  const settings = useReviewSettings();
  const save = useSaveSettings();
  const announce = useAnnounce();
  const [draft, setDraft] = useState<SettingsView | null>(null);
  useEffect(() => {
    if (settings.data) setDraft(settings.data);
  }, [settings.data]);
  if (settings.error) return <ProblemAlert error={settings.error} />;
  if (!draft) return null;
  const rules = draft.rules;
  const set = (next: Partial<SettingsView["rules"]>) =>
    setDraft({ ...draft, rules: { ...rules, ...next } });
  const box = (key: "emergency" | "protectedIdentity" | "outsideUnits" | "refused") => (
    <Checkbox
      label={t(`settings.${key}`)}
      checked={rules[key]}
      disabled={!editable}
      onChange={(e) => set({ [key]: e.currentTarget.checked })}
    />
  );
  return (
    <details style={{ marginBottom: "1rem" }}>
      <summary>
        <Title order={3} size="h4" component="span">
          {t("settings.title")}
        </Title>
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(draft, { onSuccess: () => announce(t("settings.saved")) });
        }}
      >
        <Stack gap="xs" mt="xs" maw={560}>
          <Text size="sm">{t("settings.intro")}</Text>
          {!editable && <Text size="sm">{t("settings.readOnly")}</Text>}
          <ProblemAlert error={save.error} />
          {box("emergency")}
          {box("protectedIdentity")}
          <Checkbox
            label={t("settings.manyChildren")}
            checked={rules.manyChildren.enabled}
            disabled={!editable}
            onChange={(e) =>
              set({ manyChildren: { ...rules.manyChildren, enabled: e.currentTarget.checked } })
            }
          />
          <Group grow pl="lg">
            <NumberInput
              label={t("settings.threshold")}
              min={1}
              max={10000}
              value={rules.manyChildren.threshold}
              disabled={!editable}
              onChange={(v) =>
                set({ manyChildren: { ...rules.manyChildren, threshold: Number(v) || 1 } })
              }
            />
            <NumberInput
              label={t("settings.windowMinutes")}
              min={1}
              max={1440}
              value={rules.manyChildren.windowMinutes}
              disabled={!editable}
              onChange={(v) =>
                set({ manyChildren: { ...rules.manyChildren, windowMinutes: Number(v) || 1 } })
              }
            />
          </Group>
          {box("outsideUnits")}
          {box("refused")}
          <NumberInput
            label={t("settings.childAge")}
            min={0}
            max={18}
            value={draft.childSeesReadsFromAge}
            disabled={!editable}
            onChange={(v) => setDraft({ ...draft, childSeesReadsFromAge: Number(v) || 0 })}
          />
          {editable && (
            <Button type="submit" w="fit-content" loading={save.isPending}>
              {t("settings.save")}
            </Button>
          )}
        </Stack>
      </form>
    </details>
  );
}
