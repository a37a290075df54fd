import type { CaseDetail } from "@kring/contracts";
import { Button, Group } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ChildFacts } from "../../children/ChildFacts";
import { CaseActions } from "../actions/CaseActions";
import { MeetingList } from "../meetings/MeetingList";
import { mayRecordConsent, mayShapeNetwork } from "../shared/case-roles";
import { AnchorLink } from "../shared/links";
import { AskFamilyConsent } from "../request/AskFamilyConsent";
import { useStructure } from "../../admin/structure/structure.api";
import { AddConsentDialog } from "./AddConsentDialog";
import { AddParticipantDialog } from "./AddParticipantDialog";
import { CaseMembers } from "./CaseMembers";
import { CaseSection } from "./CaseSection";
import { CaseTimeline } from "./CaseTimeline";
import { ConsentList } from "./ConsentList";
import { DeadlineList } from "./DeadlineList";
import { DecisionSummary } from "./DecisionSummary";
import { RequestSummary } from "./RequestSummary";

/** The parts of the case page, each once; the page decides their order for the screen. */
export function useCaseSections(detail: CaseDetail) {
  const { t } = useTranslation("cases");
  const [dialog, setDialog] = useState<"participant" | "consent" | null>(null);
  const mayShape = mayShapeNetwork(detail);
  const mayConsent = mayRecordConsent(detail);
  const structure = useStructure();
  const caseId = detail.id;
  const close = () => setDialog(null);
  const who = (
    <Group gap="xs" mt="sm">
      <AnchorLink to="/cases/$caseId/network-map" params={{ caseId }} size="sm">
        {t("case.networkMap")}
      </AnchorLink>
      <AnchorLink to="/cases/$caseId/plan" params={{ caseId }} size="sm">
        {t("case.plan")}
      </AnchorLink>
      {mayShape && (
        <Button size="xs" variant="default" onClick={() => setDialog("participant")}>
          {t("participant.title")}
        </Button>
      )}
    </Group>
  );
  const addConsent = mayConsent && (
    <Button
      size="xs"
      variant="default"
      mt="sm"
      w="fit-content"
      onClick={() => setDialog("consent")}
    >
      {t("consents.addTitle")}
    </Button>
  );
  return {
    next: (
      <CaseSection title={t("case.next")}>
        <CaseActions detail={detail} />
      </CaseSection>
    ),
    due: (
      <CaseSection title={t("case.due")}>
        <DeadlineList deadlines={detail.deadlines} />
      </CaseSection>
    ),
    decided: (
      <CaseSection title={t("case.decided")}>
        <DecisionSummary detail={detail} />
      </CaseSection>
    ),
    meetings: (
      <CaseSection title={t("case.meetings")}>
        <MeetingList detail={detail} mayPlan={mayShape} />
      </CaseSection>
    ),
    timeline: (
      <CaseSection title={t("case.timeline")}>
        <CaseTimeline timeline={detail.timeline} />
      </CaseSection>
    ),
    child: (
      <CaseSection title={t("case.child")}>
        <ChildFacts child={detail.child} />
      </CaseSection>
    ),
    who: (
      <CaseSection title={t("case.who")} actions={who}>
        <CaseMembers detail={detail} mayChange={mayShape} />
      </CaseSection>
    ),
    consents: (
      <CaseSection title={t("case.consents")} actions={addConsent}>
        <ConsentList detail={detail} mayChange={mayConsent} />
        {mayConsent && structure.data && (
          <AskFamilyConsent
            caseId={caseId}
            structure={structure.data}
            initialUnitIds={[detail.raisedBy.unitId]}
            mayAsk
          />
        )}
      </CaseSection>
    ),
    request: (
      <CaseSection title={t("case.request")}>
        <RequestSummary detail={detail} />
      </CaseSection>
    ),
    dialogs: (
      <>
        {dialog === "participant" && <AddParticipantDialog detail={detail} onClose={close} />}
        {dialog === "consent" && <AddConsentDialog detail={detail} onClose={close} />}
      </>
    ),
  };
}
