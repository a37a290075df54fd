import { Code, List, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

// The start of a file with invented texts: the shape, never the licensed wording.
const EXAMPLE = `{
  "format": "kring.instrument-wording/1",
  "instrument": "ors",
  "language": "sv",
  "source": "…",
  "forms": {
    "CORS": {
      "title": "…",
      "items": {
        "me": { "label": "…", "low": "…", "high": "…" },
        "family": { "label": "…" },
        "school": { "label": "…" },
        "everything": { "label": "…" }
      }
    }
  }
}`;

/** A summary of docs/instrument-wording.md, so the administrator need not leave the page. */
export function WordingFormatHelp({ id }: { id: string }) {
  const { t } = useTranslation("admin");
  const points = t("wording.format.points", { returnObjects: true });
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs" tabIndex={-1}>
        {t("wording.format.title")}
      </Title>
      <Text mb="xs">{t("wording.format.text")}</Text>
      <List mb="sm" spacing={4}>
        {points.map((point) => (
          <List.Item key={point}>{point}</List.Item>
        ))}
      </List>
      <Text fw={500} size="sm" id={`${id}-example`}>
        {t("wording.format.example")}
      </Text>
      <Code block aria-labelledby={`${id}-example`} mb="sm" style={{ overflowX: "auto" }}>
        {EXAMPLE}
      </Code>
      <Text>{t("wording.format.never")}</Text>
    </section>
  );
}
