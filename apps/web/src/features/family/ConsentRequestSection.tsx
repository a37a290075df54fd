import type { FamilyConsentRequest } from "@kring/contracts";
import { Alert, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { useAnswerConsent, useFamilyConsentRequests } from "./family.api";
import { useFamilyFormat } from "./family-format";

interface Props {
  childId: string;
  childName: string;
  viewer: "guardian" | "child";
}

/**
 * Consent the network asks of the family (ADR 0020): what is asked in plain words (why, who may
 * share, for how long), and yes or no from the viewer's own account. Answered questions are
 * listed below, so the family sees what they said.
 */
export function ConsentRequestSection({ childId, childName, viewer }: Props) {
  const { t } = useTranslation("family");
  const f = useFamilyFormat();
  const query = useFamilyConsentRequests(childId);
  const requests = query.data?.requests ?? [];
  const open = requests.filter((r) => r.status === "open");
  const decided = requests.filter((r) => r.status !== "open");
  return (
    <>
      <ProblemAlert error={query.error} />
      {open.map((r) => (
        <ConsentQuestion
          key={r.id}
          request={r}
          childId={childId}
          childName={childName}
          viewer={viewer}
        />
      ))}
      {decided.length > 0 && (
        <section aria-labelledby="consent-earlier">
          <Title order={2} size="h4" id="consent-earlier">
            {t("consent.earlier")}
          </Title>
          <List mt="xs">
            {decided.map((r) => (
              <List.Item key={r.id}>
                {r.purpose}:{" "}
                {r.status === "given"
                  ? t("consent.statusGiven", { date: f.dateTime(r.decidedAt ?? r.askedAt) })
                  : t("consent.statusRefused", { date: f.dateTime(r.decidedAt ?? r.askedAt) })}
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </>
  );
}

function ConsentQuestion({
  request: r,
  childId,
  childName,
  viewer,
}: Props & { request: FamilyConsentRequest }) {
  const { t } = useTranslation("family");
  const f = useFamilyFormat();
  const announce = useAnnounce();
  const answer = useAnswerConsent(childId);
  const [confirmRefusal, setConfirmRefusal] = useState(false);
  const headingId = `consent-${r.id}`;
  const send = (value: "given" | "refused") =>
    answer.mutate(
      { requestId: r.id, answer: value },
      {
        onSuccess: (res) =>
          announce(
            res.status === "given"
              ? t("consent.given")
              : res.status === "refused"
                ? t("consent.refused")
                : t("consent.givenWaiting"),
          ),
      },
    );
  const intro = { askedBy: r.askedBy, unit: r.askedByUnit ?? "", name: childName };
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={headingId}
      bg="var(--mantine-color-blue-0)"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {viewer === "child" ? t("consent.titleChild") : t("consent.title")}
        </Title>
        <Text>
          {viewer === "child"
            ? t("consent.introChild", intro)
            : r.fromFamily
              ? t("consent.introFamily", intro)
              : t("consent.intro", intro)}
        </Text>
        <div>
          <Title order={3} size="h5">
            {t("consent.purpose")}
          </Title>
          <Text>{r.purpose}</Text>
        </div>
        <div>
          <Title order={3} size="h5">
            {t("consent.units")}
          </Title>
          <List>
            {r.units.map((u) => (
              <List.Item key={u.id}>
                {u.name} ({u.organisation})
              </List.Item>
            ))}
          </List>
        </div>
        <div>
          <Title order={3} size="h5">
            {t("consent.howLong")}
          </Title>
          <Text>
            {r.validUntil
              ? t("consent.until", { date: f.date(r.validUntil) })
              : t("consent.untilWithdrawn")}
          </Text>
        </div>
        <Text size="sm">{t("consent.voluntary")}</Text>
        {/* Whom it still waits for, once the viewer has said yes (before, any of them may). */}
        {r.myAnswer === "given" && r.waitingFor.length > 0 && (
          <Text>{t("consent.waiting", { names: r.waitingFor.join(", ") })}</Text>
        )}
        <ProblemAlert error={answer.error} />
        {r.myAnswer === "given" ? (
          <Alert color="teal" variant="light">
            {t("consent.iGave")}
          </Alert>
        ) : !r.mayAnswer ? (
          <Alert color="gray" variant="light">
            {t("consent.readOnly")}
          </Alert>
        ) : confirmRefusal ? (
          <Stack gap="xs">
            <Text fw={600}>{t("consent.refuseConfirm")}</Text>
            <Group>
              <Button color="red" loading={answer.isPending} onClick={() => send("refused")}>
                {t("consent.refuseYes")}
              </Button>
              <Button variant="default" onClick={() => setConfirmRefusal(false)}>
                {t("consent.cancel")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button loading={answer.isPending} onClick={() => send("given")}>
              {t("consent.give")}
            </Button>
            <Button variant="default" onClick={() => setConfirmRefusal(true)}>
              {t("consent.refuse")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
