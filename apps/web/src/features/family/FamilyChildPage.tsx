import { Anchor, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { CommentsSection } from "./CommentsSection";
import { ConsentRequestSection } from "./ConsentRequestSection";
import { familyPdfUrl, useFamilyView } from "./family.api";
import { useFamilyFormat } from "./family-format";
import { FamilyMeetings } from "./FamilyMeetings";
import { FamilyPlanSections } from "./FamilyPlanSections";
import { MeetingAndContacts } from "./MeetingAndContacts";
import { MyConsentsSection } from "./MyConsentsSection";
import { MyPlanSections } from "./MyPlanSections";
import { ProposalSection } from "./ProposalSection";
import { SupportRequestSection } from "./support/SupportRequestSection";
import { WhoReadSection } from "./WhoReadSection";

/** One child's plan for the family: "Vår plan" for guardians, "Min plan" for the child. */
export function FamilyChildPage({ childId }: { childId: string }) {
  const { t } = useTranslation("family");
  const f = useFamilyFormat();
  const query = useFamilyView(childId);
  if (query.error) return <ProblemAlert error={query.error} />;
  const view = query.data;
  if (!view) return <Loader aria-label={t("title")} />;
  const child = view.viewer === "child";
  const title = child ? t("childTitle") : `${t("title")}: ${view.child.givenName}`;
  return (
    <Stack gap="lg" maw={760}>
      <PageTitle>{title}</PageTitle>
      <ConsentRequestSection
        childId={childId}
        childName={view.child.givenName}
        viewer={view.viewer}
      />
      <FamilyMeetings view={view} />
      <SupportRequestSection childId={childId} childName={view.child.givenName} />
      <ProposalSection view={view} />
      {view.plan ? (
        <>
          <Text c="dimmed">
            {t("version", {
              number: view.plan.versionNumber,
              date: f.date(view.plan.agreedOn ?? ""),
            })}
          </Text>
          {child ? (
            <MyPlanSections plan={view.plan} />
          ) : (
            <FamilyPlanSections plan={view.plan} childName={view.child.givenName} />
          )}
          <Anchor href={familyPdfUrl(childId)} target="_blank" rel="noopener">
            {t("print")}
          </Anchor>
        </>
      ) : (
        !view.proposal && <Text>{view.contacts.length ? t("writing") : t("noPlan")}</Text>
      )}
      <MeetingAndContacts view={view} />
      <CommentsSection view={view} />
      <MyConsentsSection childId={childId} childName={view.child.givenName} />
      <WhoReadSection childId={childId} childName={view.child.givenName} viewer={view.viewer} />
    </Stack>
  );
}
