import type { CaseDetail } from "@kring/contracts";
import { Grid, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { useIsPhone } from "../../../platform/ui/use-is-phone";
import { AcuteBadge } from "../shared/AcuteBadge";
import { AnchorLink } from "../shared/links";
import { useCaseLabels } from "../shared/case-labels";
import { useFormat } from "../shared/format";
import { CaseSection } from "./CaseSection";
import { EmergencyBanner } from "./EmergencyBanner";
import { ReadOnlyNotice } from "./ReadOnlyNotice";
import { isClosed } from "../shared/case-roles";
import { StageStepper } from "./StageStepper";
import { useCaseSections } from "./use-case-sections";
import { FamilyContactNote } from "./FamilyContactNote";
import { CaseEarlySupport } from "../../early-support/CaseEarlySupport";

/** The case at a glance: where it is, what is due, who is who, what was decided, what is next. */
export function CaseView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const format = useFormat();
  const isPhone = useIsPhone();
  const s = useCaseSections(detail);
  const { child } = detail;
  return (
    <>
      {detail.accessBasis === "emergency" && <EmergencyBanner />}
      <PageTitle documentTitle={t("case.documentTitle")}>
        {`${child.givenName} ${child.familyName}`}
      </PageTitle>
      <Group gap="xs" mb="md" mt={-8}>
        {detail.acute && <AcuteBadge />}
        <Text size="sm">
          {t("case.subtitle", {
            date: format.date(detail.requestedAt),
            unit: detail.raisedBy.unitName,
          })}
        </Text>
        {detail.myRoles.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("case.myRoles", { roles: detail.myRoles.map(labels.caseRole).join(", ") })}
          </Text>
        )}
      </Group>
      {detail.familyContact && <FamilyContactNote contact={detail.familyContact} />}
      {isClosed(detail) && <ReadOnlyNotice detail={detail} />}
      <Group component="nav" aria-label={t("case.linksLabel")} gap="lg" mb="md">
        <AnchorLink to="/cases/$caseId/plan" params={{ caseId: detail.id }}>
          {t("case.planLink")}
        </AnchorLink>
        <AnchorLink to="/cases/$caseId/instruments" params={{ caseId: detail.id }}>
          {t("case.instrumentsLink")}
        </AnchorLink>
        <AnchorLink to="/children/$childId/outcomes" params={{ childId: child.id }}>
          {t("case.outcomesLink")}
        </AnchorLink>
      </Group>
      <Stack gap="md">
        <CaseSection title={t("case.where")}>
          <StageStepper stage={detail.stage} />
        </CaseSection>
        {/* On a phone, one column with the child and the people near the top; the long
            timeline last. On a wide screen, the work on the left and the people on the right. */}
        {isPhone ? (
          <>
            {s.next}
            {s.due}
            {s.child}
            {s.who}
            {s.decided}
            {s.meetings}
            {s.consents}
            {s.request}
            <CaseEarlySupport caseId={detail.id} />
            {s.timeline}
          </>
        ) : (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="md">
                {s.next}
                {s.due}
                {s.decided}
                {s.meetings}
                {s.timeline}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="md">
                {s.child}
                {s.who}
                {s.consents}
                {s.request}
                <CaseEarlySupport caseId={detail.id} />
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </Stack>
      {s.dialogs}
    </>
  );
}
