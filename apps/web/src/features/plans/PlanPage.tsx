import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { ActionNoteForm } from "./ActionNoteForm";
import { AgreementPanel } from "./AgreementPanel";
import { CompareVersions } from "./CompareVersions";
import { DraftEditor } from "./DraftEditor";
import { FollowUpForm } from "./FollowUpForm";
import { GapList } from "./GapList";
import { HandoverPanel } from "./HandoverPanel";
import { PlanContentView } from "./PlanContentView";
import { PlanHistory } from "./PlanHistory";
import { planFhirUrl, planPdfUrl, useNetworkMembers, usePlan, usePlanActions } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

/** The child's plan for the network: write, agree, compare, follow up, print and export. */
export function PlanPage({ caseId }: { caseId: string }) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const query = usePlan(caseId);
  const members = useNetworkMembers(caseId).data ?? [];
  const { start } = usePlanActions(caseId);
  if (query.error) return <ProblemAlert error={query.error} />;
  const plan = query.data;
  if (!plan) return <Loader aria-label={t("title", { name: "" })} />;
  const current = plan.current;
  return (
    <Stack gap="lg">
      <PageTitle>{t("title", { name: plan.childName })}</PageTitle>
      <Group>
        <Anchor href={`/cases/${caseId}`}>{t("backToCase")}</Anchor>
        {current && (
          <>
            <Anchor href={planPdfUrl(caseId, "family")} target="_blank">
              {t("print.family")}
            </Anchor>
            <Anchor href={planPdfUrl(caseId, "professional")} target="_blank">
              {t("print.professional")}
            </Anchor>
            <Anchor href={planFhirUrl(caseId)} target="_blank">
              {t("print.fhir")}
            </Anchor>
          </>
        )}
      </Group>
      <ProblemAlert error={start.error} />
      {plan.draft ? (
        <Card withBorder component="section" aria-labelledby="draft">
          <Title order={2} id="draft" mb="sm">
            {t("draft.title", { n: plan.draft.basedOnVersion + 1 })}
          </Title>
          <GapList gaps={plan.draft.gaps} />
          {plan.may.write && (
            <DraftEditor
              caseId={caseId}
              draft={plan.draft}
              members={members}
              onReload={() => void query.refetch()}
            />
          )}
          {plan.may.agree && <AgreementPanel caseId={caseId} draft={plan.draft} />}
        </Card>
      ) : (
        plan.may.write && (
          <Button onClick={() => start.mutate(undefined)} loading={start.isPending} w="fit-content">
            {current ? t("revise") : t("start")}
          </Button>
        )
      )}
      <Card withBorder component="section" aria-labelledby="current">
        <Title order={2} id="current">
          {t("current")}
        </Title>
        {current ? (
          <>
            <Text c="dimmed" mb="sm">
              {t("version", {
                number: current.number,
                date: current.agreedOn,
                names: current.agreement.map((a) => a.name).join(", "),
              })}
            </Text>
            <PlanContentView content={current.content} tracks={plan.actions} />
          </>
        ) : (
          <Text>{plan.draft ? t("noCurrent") : t("none")}</Text>
        )}
      </Card>
      {plan.versions.length > 1 && <CompareVersions caseId={caseId} versions={plan.versions} />}
      {current && plan.may.followUp && (
        <>
          <ActionNoteForm caseId={caseId} content={current.content} />
          <FollowUpForm caseId={caseId} content={current.content} tracks={plan.actions} />
        </>
      )}
      {current && plan.may.handover && <HandoverPanel caseId={caseId} />}
      <PlanHistory plan={plan} />
    </Stack>
  );
}
