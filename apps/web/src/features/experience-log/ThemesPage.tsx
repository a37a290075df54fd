import { Button, Card, Group, Loader, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../platform/ui/use-document-title";
import {
  type Theme,
  useCreateTheme,
  useReflectionChoices,
  useUpdateTheme,
} from "./experience-log.api";
import { experienceLogEn } from "./experience-log.en";
import { experienceLogSv } from "./experience-log.sv";

/** Administration → Teman: the themes reflections are filed under (ADR 0042). */
export function ThemesPage() {
  usePageTexts("experienceLog", experienceLogSv, experienceLogEn);
  const { t } = useTranslation(["experienceLog", "admin"]);
  useDocumentTitle(t("experienceLog:themesAdmin.title"), t("admin:title"));
  const choices = useReflectionChoices();
  const create = useCreateTheme();
  const announce = useAnnounce();
  const [name, setName] = useState("");
  return (
    <section aria-labelledby="themes-title">
      <Title order={2} id="themes-title" mb="xs">
        {t("experienceLog:themesAdmin.title")}
      </Title>
      <Text mb="md" maw={760}>
        {t("experienceLog:themesAdmin.intro")}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutateAsync(name.trim()).then(
            (made) => {
              setName("");
              announce(t("experienceLog:themesAdmin.added", { name: made.name }));
            },
            () => undefined,
          );
        }}
      >
        <Group align="end" mb="md">
          <TextInput
            label={t("experienceLog:themesAdmin.add")}
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button type="submit" loading={create.isPending}>
            {t("experienceLog:themesAdmin.addButton")}
          </Button>
        </Group>
        <ProblemAlert error={create.error} />
      </form>
      <ProblemAlert error={choices.error} />
      {choices.isPending ? (
        <Loader aria-label={t("experienceLog:themesAdmin.title")} />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0 }}>
          {(choices.data?.themes ?? []).map((theme) => (
            <ThemeRow key={theme.id} theme={theme} />
          ))}
        </Stack>
      )}
    </section>
  );
}

function ThemeRow({ theme }: { theme: Theme }) {
  const { t } = useTranslation("experienceLog");
  const update = useUpdateTheme();
  const announce = useAnnounce();
  const [name, setName] = useState(theme.name);
  return (
    <Card component="li" withBorder padding="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutateAsync({ id: theme.id, name: name.trim() }).then(
            () => announce(t("themesAdmin.renamed")),
            () => undefined,
          );
        }}
      >
        <Group align="end" wrap="wrap">
          <TextInput
            label={t("themesAdmin.name", { name: theme.name })}
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button type="submit" variant="default" loading={update.isPending}>
            {t("themesAdmin.rename")}
          </Button>
          <Button
            variant="default"
            onClick={() =>
              update.mutateAsync({ id: theme.id, archived: !theme.archived }).then(
                () =>
                  announce(
                    t(
                      theme.archived
                        ? "themesAdmin.restoredAnnounced"
                        : "themesAdmin.archivedAnnounced",
                      {
                        name: theme.name,
                      },
                    ),
                  ),
                () => undefined,
              )
            }
          >
            {t(theme.archived ? "themesAdmin.restore" : "themesAdmin.archive", {
              name: theme.name,
            })}
          </Button>
          {theme.archived && <Text size="sm">{t("themesAdmin.archived")}</Text>}
        </Group>
        <ProblemAlert error={update.error} />
      </form>
    </Card>
  );
}
