import { Button, Loader, Tabs, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { hasRole } from "../../platform/session/roles";
import { useSessionUser } from "../../platform/session/session-user";
import { useAnnounce } from "../../platform/ui/announcer";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../platform/ui/use-document-title";
import { ForbiddenPage } from "../errors/ForbiddenPage";
import { FindingsTable } from "./FindingsTable";
import {
  type FindingView,
  type LogView,
  type ReviewQuery,
  useExport,
  useReviewQuery,
} from "./log-review.api";
import { LogTable } from "./LogTable";
import { logReviewEn } from "./log-review.en";
import { logReviewSv } from "./log-review.sv";
import { ReviewForm } from "./ReviewForm";
import { RulesSection } from "./RulesSection";

/** Logguppföljning (issue #21): for log reviewers and administrators; the server enforces it. */
export function LogReviewPage() {
  usePageTexts("logReview", logReviewSv, logReviewEn);
  const { t } = useTranslation("logReview");
  useDocumentTitle(t("title"));
  const user = useSessionUser();
  if (!hasRole(user, "log_reviewer", "administrator")) return <ForbiddenPage />;
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <Text mb="md" maw={760}>
        {t("intro")}
      </Text>
      <Tabs defaultValue="child" keepMounted={false}>
        <Tabs.List aria-label={t("tabs.label")} mb="md">
          <Tabs.Tab value="child">{t("tabs.child")}</Tabs.Tab>
          <Tabs.Tab value="user">{t("tabs.user")}</Tabs.Tab>
          <Tabs.Tab value="findings">{t("tabs.findings")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="child">
          <ChildPanel />
        </Tabs.Panel>
        <Tabs.Panel value="user">
          <UserPanel />
        </Tabs.Panel>
        <Tabs.Panel value="findings">
          <FindingsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function ChildPanel() {
  const { t } = useTranslation("logReview");
  const [number, setNumber] = useState("");
  const [query, setQuery] = useState<ReviewQuery | null>(null);
  return (
    <>
      <ReviewForm
        id="child"
        onShow={(period) => setQuery({ kind: "child", personalNumber: number, period })}
      >
        <TextInput
          label={t("form.personalNumber")}
          description={t("form.personalNumberHint")}
          value={number}
          required
          autoComplete="off"
          onChange={(e) => setNumber(e.currentTarget.value)}
        />
      </ReviewForm>
      <LogResult query={query} showChild={false} />
    </>
  );
}

function UserPanel() {
  const { t } = useTranslation("logReview");
  const [username, setUsername] = useState("");
  const [query, setQuery] = useState<ReviewQuery | null>(null);
  return (
    <>
      <ReviewForm id="user" onShow={(period) => setQuery({ kind: "user", username, period })}>
        <TextInput
          label={t("form.username")}
          value={username}
          required
          autoComplete="off"
          onChange={(e) => setUsername(e.currentTarget.value)}
        />
      </ReviewForm>
      <LogResult query={query} showChild />
    </>
  );
}

function FindingsPanel() {
  const [query, setQuery] = useState<ReviewQuery | null>(null);
  const result = useReviewQuery<{ findings: FindingView[]; truncated: boolean }>(query);
  return (
    <>
      <RulesSection />
      <ReviewForm id="findings" onShow={(period) => setQuery({ kind: "findings", period })} />
      <Outcome query={query} pending={result.isFetching} error={result.error}>
        {result.data && (
          <FindingsTable findings={result.data.findings} truncated={result.data.truncated} />
        )}
      </Outcome>
    </>
  );
}

function LogResult({ query, showChild }: { query: ReviewQuery | null; showChild: boolean }) {
  const result = useReviewQuery<LogView>(query);
  return (
    <Outcome query={query} pending={result.isFetching} error={result.error}>
      {result.data && <LogTable log={result.data} showChild={showChild} />}
    </Outcome>
  );
}

/** The answer (or its problem) and, once there is one, the CSV download of the same query. */
function Outcome({
  query,
  pending,
  error,
  children,
}: {
  query: ReviewQuery | null;
  pending: boolean;
  error: unknown;
  children: React.ReactNode;
}) {
  const { t } = useTranslation(["logReview", "common"]);
  const download = useExport();
  const announce = useAnnounce();
  if (!query) return null;
  if (error) return <ProblemAlert error={error} />;
  if (pending && !children) return <Loader aria-label={t("common:loading")} />;
  return (
    <>
      <ProblemAlert error={download.error} />
      <Button
        variant="default"
        mb="sm"
        loading={download.isPending}
        onClick={() =>
          download.mutate(query, { onSuccess: () => announce(t("logReview:form.exported")) })
        }
      >
        {t("logReview:form.export")}
      </Button>
      {children}
    </>
  );
}
