import { Button, FileInput, List, NativeSelect, Progress, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../platform/api/api-error";
import { useLanguage } from "../../platform/i18n/use-language";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useImportJob, useStartImport } from "./attendance.api";
import { useAttendanceTexts } from "./attendance-texts";

/** Upload of SS 12000 or CSV files: the upload's progress, then the server's while it imports. */
export function ImportPanel() {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const language = useLanguage();
  const [format, setFormat] = useState<"ss12000" | "csv">("ss12000");
  const [files, setFiles] = useState<File[]>([]);
  const [jobId, setJobId] = useState<string | null>(null);
  // How much of the files has been sent, while they are uploaded (null otherwise).
  const [sent, setSent] = useState<{ sent: number; total: number } | null>(null);
  const start = useStartImport();
  const job = useImportJob(jobId).data;
  const progress =
    job && job.progress.bytesTotal > 0
      ? (100 * job.progress.bytesDone) / job.progress.bytesTotal
      : 0;
  const send = () => {
    setJobId(null);
    setSent({ sent: 0, total: 1 });
    start.mutate(
      { format, files, onProgress: (done, total) => setSent({ sent: done, total }) },
      { onSuccess: (r) => setJobId(r.id), onSettled: () => setSent(null) },
    );
  };
  return (
    <section aria-labelledby="import-heading">
      <Stack gap="sm" maw={560}>
        <Title order={2} size="h3" id="import-heading">
          {t("admin.importHeading")}
        </Title>
        <NativeSelect
          label={t("admin.format")}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as "ss12000" | "csv")}
          data={[
            { value: "ss12000", label: t("admin.formatSs12000") },
            { value: "csv", label: t("admin.formatCsv") },
          ]}
        />
        <FileInput
          label={t("admin.files")}
          multiple
          value={files}
          onChange={setFiles}
          accept=".json,.jsonl,.csv"
        />
        <Button
          w="fit-content"
          disabled={files.length === 0 || job?.status === "running"}
          loading={start.isPending}
          onClick={send}
        >
          {t("admin.start")}
        </Button>
        {sent && (
          <>
            <Progress
              value={(100 * sent.sent) / Math.max(1, sent.total)}
              aria-label={t("admin.uploadProgress")}
              size="lg"
            />
            <Text role="status">{t("admin.uploading")}</Text>
          </>
        )}
        {start.isError && <ProblemAlert error={start.error} />}
        {start.error instanceof ApiError && start.error.status === 413 && (
          <Text size="sm">{t("admin.tooLarge")}</Text>
        )}
        {job && (
          <>
            <Progress
              value={job.status === "running" ? progress : 100}
              aria-label={t("admin.progress")}
              size="lg"
            />
            <div role="status">
              {job.status === "running" && <Text>{t("admin.running")}</Text>}
              {job.status === "succeeded" && (
                <Text>
                  {t("admin.succeeded", {
                    lessons: job.counts?.lessons ?? 0,
                    pupils: job.evaluation?.pupils ?? 0,
                  })}
                </Text>
              )}
              {job.status === "failed" && (
                <Text c="red.9">{t("admin.failed", { count: job.issueCount })}</Text>
              )}
            </div>
            {job.status === "succeeded" && job.issueCount > 0 && (
              <Text>{t("admin.setAside", { count: job.issueCount })}</Text>
            )}
            {job.issues.length > 0 && (
              <List
                size="sm"
                aria-label={t(
                  job.status === "succeeded" ? "admin.setAsideHeading" : "admin.issuesHeading",
                )}
              >
                {job.issues.map((i) => (
                  <List.Item key={`${i.file}-${i.line}-${i.path}-${i.code}`}>
                    {t("admin.issue", {
                      where: [i.file, i.line, i.path].filter((x) => x !== null).join(": "),
                      message: language === "en" ? i.message : i.messageSv,
                    })}
                  </List.Item>
                ))}
              </List>
            )}
            {job.notes.length > 0 && (
              <List size="sm" aria-label={t("admin.notesHeading")}>
                {job.notes.map((n) => (
                  <List.Item key={`${n.file}-${n.code}`}>
                    {t("admin.issue", {
                      where: n.file,
                      message: language === "en" ? n.message : n.messageSv,
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </Stack>
    </section>
  );
}
