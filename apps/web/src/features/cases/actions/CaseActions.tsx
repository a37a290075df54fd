import type { CaseDetail } from "@kring/contracts";
import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PlanMeetingDialog } from "../meetings/PlanMeetingDialog";
import { useCaseLabels } from "../shared/case-labels";
import { CaseEventDialog } from "./CaseEventDialog";
import type { AllowedEvent } from "./event-form-types";
import { EVENT_FORMS } from "./event-forms";
import { ButtonLink } from "../shared/links";
import { useCaseActionsTexts } from "./caseActions-texts";

// Step names are long in places ("Registrera kontakt med familjen"): let them wrap on phones.
const WRAPPING = {
  root: { height: "auto", minHeight: 36 },
  inner: { paddingBlock: 6 },
  label: { whiteSpace: "normal" as const, lineHeight: 1.3 },
};

/**
 * The next steps: exactly the steps the API allows now. Meetings move the case when they are
 * held, so a meeting step is "plan it" or, once planned, "open it and mark it held".
 */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
  const labels = useCaseLabels();
  const [open, setOpen] = useState<AllowedEvent | null>(null);
  const [planning, setPlanning] = useState<string | null>(null);
  const steps = detail.allowedEvents.filter((e) => e.type in EVENT_FORMS);
  const meetingKinds =
    detail.allowedEvents.find((e) => e.type === "hold_meeting")?.meetingKinds ?? [];
  const planned = (kind: string) =>
    detail.meetings.find((m) => m.kind === kind && m.status === "planned");
  const planStep = planStepOf(detail);
  // A closed or declined case, or one read through emergency access, takes no steps at all.
  if (detail.readOnly || (steps.length === 0 && meetingKinds.length === 0 && !planStep))
    return <Text size="sm">{t("none")}</Text>;
  return (
    <Stack gap="sm">
      {detail.stage === "request" && <Text size="sm">{t("notSubmitted")}</Text>}
      {planStep && (
        <div>
          <Text size="sm" mb="xs">
            {t(`plan.${planStep}.hint`)}
          </Text>
          <ButtonLink to="/cases/$caseId/plan" params={{ caseId: detail.id }} styles={WRAPPING}>
            {t(`plan.${planStep}.link`)}
          </ButtonLink>
        </div>
      )}
      <Group gap="xs">
        {meetingKinds.map((kind) => {
          const meeting = planned(kind);
          return meeting ? (
            <ButtonLink
              key={kind}
              to="/cases/$caseId/meetings/$meetingId"
              params={{ caseId: detail.id, meetingId: meeting.id }}
            >
              {t("holdMeeting", { meeting: labels.meetingKind(kind) })}
            </ButtonLink>
          ) : (
            <Button key={kind} styles={WRAPPING} onClick={() => setPlanning(kind)}>
              {t("planMeeting", { meeting: labels.meetingKind(kind) })}
            </Button>
          );
        })}
        {steps.map((e) => (
          <Button
            key={e.type}
            styles={WRAPPING}
            variant={movesForward(detail, e.type) ? "filled" : "default"}
            onClick={() => setOpen(e)}
          >
            {labels.event(e.type)}
          </Button>
        ))}
      </Group>
      {open && <CaseEventDialog detail={detail} allowed={open} onClose={() => setOpen(null)} />}
      {planning && (
        <PlanMeetingDialog detail={detail} kind={planning} onClose={() => setPlanning(null)} />
      )}
    </Stack>
  );
}

// Steps that take the process forward stand out; the others (appointing again, closing early,
// authority action) are there when needed but do not compete with the next step.
const FORWARD = new Set([
  "submit",
  "accept",
  "record_first_contact",
  "record_eht_review",
  "start_evaluation",
  "record_evaluation",
]);
// The case moves on from network meeting 2 (and from an evaluation that goes on) when the family
// agrees a plan version on the plan page; the coordinators who write the plan are sent there.
const PLAN_WRITERS = ["coordinator_lead", "coordinator_documenting"];
function planStepOf(detail: CaseDetail): "write" | "revise" | null {
  if (!detail.myRoles.some((r) => PLAN_WRITERS.includes(r))) return null;
  if (detail.stage === "network_meeting_2") return "write";
  if (detail.stage === "evaluation") return "revise";
  return null;
}

const APPOINTS: Record<string, string> = {
  appoint_coordinators: "coordinator_lead",
  appoint_spokesperson: "spokesperson",
  appoint_contact_person: "contact_person",
};

function movesForward(detail: CaseDetail, type: string): boolean {
  const role = APPOINTS[type];
  if (role) return !detail.members.some((m) => m.role === role);
  return FORWARD.has(type);
}
