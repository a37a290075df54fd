import {
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../platform/api/api-error";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type StaircaseListView, usePreviewStaircase, useSaveStaircase } from "./attendance.api";

/** The staircase as JSON: start from a preset, preview against the real term, then save. */
export function StaircaseEditor({ list }: { list: StaircaseListView }) {
  const { t } = useTranslation("attendance");
  const announce = useAnnounce();
  const [unitId, setUnitId] = useState<string>("");
  const saved = list.saved.find((s) => (s.unitId ?? "") === unitId)?.staircase;
  const [text, setText] = useState(() => JSON.stringify(saved ?? list.presets[0], null, 2));
  const [parseError, setParseError] = useState(false);
  const preview = usePreviewStaircase();
  const save = useSaveStaircase();
  const draft = () => {
    try {
      setParseError(false);
      return { unitId: unitId || null, staircase: JSON.parse(text) as unknown };
    } catch {
      setParseError(true);
      return null;
    }
  };
  const error = save.error ?? preview.error;
  const issues =
    error instanceof ApiError
      ? (error.details.issues as { path: string; messageSv: string }[] | undefined)
      : undefined;
  return (
    <section aria-labelledby="staircase-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="staircase-heading">
          {t("term.staircase")}
        </Title>
        <NativeSelect
          label={t("admin.scope")}
          value={unitId}
          onChange={(e) => setUnitId(e.currentTarget.value)}
          data={[
            { value: "", label: t("admin.tenant") },
            ...list.schools.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <Group gap="xs" role="group" aria-label={t("admin.preset")}>
          {list.presets.map((p) => (
            <Button
              key={p.id}
              variant="default"
              size="xs"
              onClick={() => setText(JSON.stringify(p, null, 2))}
            >
              {t("admin.presetButton", { name: p.name })}
            </Button>
          ))}
        </Group>
        <Textarea
          label={t("admin.editor")}
          description={t("admin.editorHelp")}
          autosize
          minRows={10}
          maxRows={30}
          ff="monospace"
          value={text}
          error={parseError ? t("admin.invalidJson") : undefined}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {error && <ProblemAlert error={error} />}
        {issues && (
          <List size="sm" c="red.9">
            {issues.map((i) => (
              <List.Item key={`${i.path}-${i.messageSv}`}>{`${i.path}: ${i.messageSv}`}</List.Item>
            ))}
          </List>
        )}
        <Group>
          <Button
            variant="default"
            loading={preview.isPending}
            onClick={() => {
              const d = draft();
              if (d) preview.mutate(d);
            }}
          >
            {t("admin.preview")}
          </Button>
          <Button
            loading={save.isPending}
            onClick={() => {
              const d = draft();
              if (d)
                save.mutate(d, {
                  onSuccess: (r) =>
                    announce(t("admin.saved", { version: r.version, count: r.evaluation.pupils })),
                });
            }}
          >
            {t("admin.save")}
          </Button>
        </Group>
        {preview.data && (
          <Table bg="white" maw={420}>
            <Table.Caption>
              {t("admin.previewCaption", { count: preview.data.pupils })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("admin.previewStep")}</Table.Th>
                <Table.Th scope="col">{t("admin.previewNow")}</Table.Th>
                <Table.Th scope="col">{t("admin.previewDraft")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.data.steps.map((s) => (
                <Table.Tr key={s.step}>
                  <Table.Th scope="row">{s.step}</Table.Th>
                  <Table.Td>{s.now}</Table.Td>
                  <Table.Td>{s.draft}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {preview.data && (
          <Text size="sm">
            {t("admin.previewHigher", { count: preview.data.higher, lower: preview.data.lower })}
          </Text>
        )}
      </Stack>
    </section>
  );
}
