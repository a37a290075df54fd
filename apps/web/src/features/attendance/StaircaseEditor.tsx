import {
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../platform/api/api-error";
import { useLanguage } from "../../platform/i18n/use-language";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type StaircaseListView, usePreviewStaircase, useSaveStaircase } from "./attendance.api";
import { type Draft, describePath, toSubmitted } from "./staircase-draft";
import { StaircaseForm } from "./StaircaseForm";
import { useAttendanceTexts } from "./attendance-texts";

interface Issue {
  path: string;
  code: string;
  message: string;
  messageSv: string;
}

/** Enough of a staircase's shape for the form to show it; the server checks the rest. */
function formCanShow(value: unknown): value is Draft {
  const steps = (value as { steps?: unknown } | null)?.steps;
  return (
    Array.isArray(steps) &&
    steps.every(
      (s: { actions?: unknown; triggers?: unknown } | null) =>
        Array.isArray(s?.actions) && Array.isArray(s?.triggers),
    )
  );
}

/**
 * The staircase as a form (or, for those who prefer it, as JSON): start from a preset or the
 * saved staircase, preview against the real term, then save.
 */
export function StaircaseEditor({ list }: { list: StaircaseListView }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const language = useLanguage();
  const announce = useAnnounce();
  const [unitId, setUnitId] = useState<string>("");
  const savedFor = (unit: string) => list.saved.find((s) => (s.unitId ?? "") === unit)?.staircase;
  const [draft, setDraft] = useState<Draft>(() => savedFor("") ?? (list.presets[0] as Draft));
  const [mode, setMode] = useState<"form" | "json">("form");
  const [text, setText] = useState("");
  const [jsonError, setJsonError] = useState<"syntax" | "shape" | null>(null);
  const preview = usePreviewStaircase();
  const save = useSaveStaircase();
  const show = (next: Draft) => {
    setDraft(next);
    setText(JSON.stringify(next, null, 2));
    setJsonError(null);
  };
  const parsed = (): unknown => {
    try {
      setJsonError(null);
      return JSON.parse(text) as unknown;
    } catch {
      setJsonError("syntax");
      return undefined;
    }
  };
  const changeMode = (next: string | null) => {
    if (next === "json") {
      setText(JSON.stringify(toSubmitted(draft), null, 2));
      setMode("json");
    } else if (next === "form") {
      const value = parsed();
      if (value === undefined) return;
      if (!formCanShow(value)) return setJsonError("shape");
      setDraft(value);
      setMode("form");
    }
  };
  const current = () => {
    if (mode === "form") return { unitId: unitId || null, staircase: toSubmitted(draft) };
    const value = parsed();
    return value === undefined ? null : { unitId: unitId || null, staircase: value };
  };
  const error = save.error ?? preview.error;
  const issues =
    error instanceof ApiError ? (error.details.issues as Issue[] | undefined) : undefined;
  const issueText = (i: Issue) => (language === "en" ? i.message : i.messageSv);
  const errors = {
    at: (path: string) => {
      const found = issues?.find((i) => i.path === path);
      return found && issueText(found);
    },
  };
  return (
    <section aria-labelledby="staircase-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="staircase-heading">
          {t("term.staircase")}
        </Title>
        <NativeSelect
          label={t("admin.scope")}
          value={unitId}
          onChange={(e) => {
            const unit = e.currentTarget.value;
            setUnitId(unit);
            const saved = savedFor(unit);
            if (saved) show(saved);
          }}
          data={[
            { value: "", label: t("admin.tenant") },
            ...list.schools.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <Group gap="xs" role="group" aria-label={t("admin.preset")}>
          {list.presets.map((p) => (
            <Button key={p.id} variant="default" size="xs" onClick={() => show(p)}>
              {t("admin.presetButton", { name: p.name })}
            </Button>
          ))}
        </Group>
        <Tabs value={mode} onChange={changeMode} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="form">{t("editor.formTab")}</Tabs.Tab>
            <Tabs.Tab value="json">{t("editor.jsonTab")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="form" pt="sm">
            <StaircaseForm draft={draft} errors={errors} onChange={setDraft} />
          </Tabs.Panel>
          <Tabs.Panel value="json" pt="sm">
            <Textarea
              label={t("admin.editor")}
              description={t("admin.editorHelp")}
              autosize
              minRows={10}
              maxRows={30}
              ff="monospace"
              value={text}
              error={
                jsonError && t(jsonError === "syntax" ? "admin.invalidJson" : "admin.notStaircase")
              }
              onChange={(e) => setText(e.currentTarget.value)}
            />
          </Tabs.Panel>
        </Tabs>
        {error && <ProblemAlert error={error} />}
        {issues && (
          <List size="sm" c="red.9">
            {issues.map((i) => (
              <List.Item
                key={`${i.path}-${i.code}`}
              >{`${describePath(i.path, t)}: ${issueText(i)}`}</List.Item>
            ))}
          </List>
        )}
        <Group>
          <Button
            variant="default"
            loading={preview.isPending}
            onClick={() => {
              const d = current();
              if (d) preview.mutate(d);
            }}
          >
            {t("admin.preview")}
          </Button>
          <Button
            loading={save.isPending}
            onClick={() => {
              const d = current();
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
