import { Anchor, Group, Select, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useRetentionTexts } from "./retention-texts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A register extract for one person, as PDF for them and JSON for another system. */
export function ExtractForm() {
  const { t } = useRetentionTexts();
  const [kind, setKind] = useState<"child" | "guardian" | "professional">("child");
  const [id, setId] = useState("");
  const ready = UUID.test(id.trim());
  const url = (format: "pdf" | "json") =>
    `/api/admin/register-extract?kind=${kind}&id=${encodeURIComponent(id.trim())}&format=${format}`;
  return (
    <section aria-labelledby="register-extract">
      <Title order={3} id="register-extract" mb="xs">
        {t("extractTitle")}
      </Title>
      <Text size="sm" mb="xs" maw={720}>
        {t("extractIntro")}
      </Text>
      <Group align="end" gap="xs">
        <Select
          label={t("extractKind")}
          value={kind}
          allowDeselect={false}
          onChange={(v) => {
            if (v === "child" || v === "guardian" || v === "professional") setKind(v);
          }}
          data={(["child", "guardian", "professional"] as const).map((k) => ({
            value: k,
            label: t(`kinds.${k}`),
          }))}
        />
        <TextInput
          label={t("extractId")}
          value={id}
          onChange={(e) => setId(e.currentTarget.value)}
          w={380}
        />
      </Group>
      {ready && (
        <Group mt="xs">
          <Anchor href={url("pdf")} download>
            {t("extractPdf")}
          </Anchor>
          <Anchor href={url("json")} download>
            {t("extractJson")}
          </Anchor>
        </Group>
      )}
    </section>
  );
}
