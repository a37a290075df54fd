import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../cases/shared/format";
import type { LoadedWording } from "./instruments-admin.api";

// Every form the wording format knows, per instrument, so a form without text shows as such.
const FORMS = {
  sdq: ["parent-2-4", "parent-4-17", "teacher-2-4", "teacher-4-17", "self-11-17"],
  ors: ["ORS", "CORS"],
  srs: ["SRS", "CSRS"],
} as const;
const LANGUAGES = ["sv", "en"] as const;
type Instrument = keyof typeof FORMS;

/** Per instrument and language: loaded (when, by whom, which edition) or placeholders. */
export function WordingStatusList({ loaded }: { loaded: LoadedWording[] }) {
  const { t } = useTranslation("admin");
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} component="ul" className="plain-list">
      {(Object.keys(FORMS) as Instrument[]).map((instrument) => (
        <Card key={instrument} component="li" withBorder radius="md" padding="md">
          <Title order={3} size="h4" mb="xs">
            {t(`wording.instrument.${instrument}`)}
          </Title>
          <Stack gap="md">
            {LANGUAGES.map((language) => (
              <LanguageStatus
                key={language}
                instrument={instrument}
                language={language}
                loaded={loaded.find((l) => l.instrument === instrument && l.language === language)}
              />
            ))}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

interface LanguageStatusProps {
  instrument: Instrument;
  language: (typeof LANGUAGES)[number];
  loaded: LoadedWording | undefined;
}

function LanguageStatus({ instrument, language, loaded }: LanguageStatusProps) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  return (
    <section
      aria-label={`${t(`wording.instrument.${instrument}`)}, ${t(`wording.language.${language}`)}`}
    >
      <Title order={4} size="h5">
        {t(`wording.language.${language}`)}
      </Title>
      <Text size="sm">
        {loaded
          ? t("wording.loaded", { date: format.dateTime(loaded.loadedAt), name: loaded.loadedBy })
          : t("wording.notLoaded")}
      </Text>
      {loaded?.source && <Text size="sm">{t("wording.source", { source: loaded.source })}</Text>}
      <List size="sm" mt={4} listStyleType="none" spacing={2}>
        {FORMS[instrument].map((form) => (
          <List.Item key={form}>
            <Group gap={6} justify="space-between">
              <span>{t(`wording.forms.${form}`)}</span>
              {loaded?.forms.includes(form) ? (
                <Badge color="kring" variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {t("wording.licensed")}
                </Badge>
              ) : (
                <Badge color="gray" variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {t("wording.placeholder")}
                </Badge>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
