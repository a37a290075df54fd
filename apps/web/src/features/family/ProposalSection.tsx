import type { FamilyView } from "@kring/contracts";
import { Alert, Button, Card, List, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { useFamilyAgree } from "./family.api";
import { FamilyPlanSections } from "./FamilyPlanSections";

/** A plan the network has sent for the family's agreement, with the button to agree. */
export function ProposalSection({ view }: { view: FamilyView }) {
  const { t } = useTranslation("family");
  const language = useLanguage();
  const announce = useAnnounce();
  const agree = useFamilyAgree(view.child.id);
  const proposal = view.proposal;
  if (!proposal) return null;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="proposal"
      bg="var(--mantine-color-blue-0)"
    >
      <Title order={2} size="h3" id="proposal">
        {t("proposal.title")}
      </Title>
      <Text mb="md">{t("proposal.intro")}</Text>
      {proposal.changes.length > 0 && (
        <Card withBorder mb="md" component="section" aria-labelledby="proposal-changes">
          <Title order={3} size="h4" id="proposal-changes">
            {t("proposal.changesTitle")}
          </Title>
          <List mt="xs">
            {proposal.changes.map((c, i) => (
              <List.Item key={i}>{c[language]}</List.Item>
            ))}
          </List>
        </Card>
      )}
      <FamilyPlanSections
        plan={proposal.plan}
        childName={view.child.givenName}
        idPrefix="proposal"
        changed={new Set(proposal.changes.flatMap((c) => (c.id ? [c.id] : [])))}
      />
      <ProblemAlert error={agree.error} />
      {proposal.waitingFor.length > 0 && (
        <Text mt="md">{t("proposal.waiting", { names: proposal.waitingFor.join(", ") })}</Text>
      )}
      {proposal.iHaveAgreed ? (
        <Alert mt="md" color="teal" variant="light">
          {t("proposal.agreed")}
        </Alert>
      ) : (
        <Button
          mt="md"
          loading={agree.isPending}
          onClick={() =>
            agree.mutate(proposal.revision, {
              onSuccess: (r) => announce(r.agreed ? t("proposal.done") : t("proposal.agreed")),
            })
          }
        >
          {t("proposal.agree")}
        </Button>
      )}
    </Card>
  );
}
