import type { FamilyView } from "@kring/contracts";
import { Badge, Card, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFamilyFormat } from "./family-format";

type Plan = NonNullable<FamilyView["plan"]>;

/** The plan for guardians: needs, goals with who does what and when, others, views. */
export function FamilyPlanSections({
  plan,
  childName,
  idPrefix = "plan",
  changed = new Set(),
}: {
  plan: Plan;
  childName: string;
  /** Goals and actions new or changed in a proposal: marked in words, not by colour alone. */
  changed?: Set<string>;
  /** Keeps heading ids unique when a proposal is shown above the plan in force. */
  idPrefix?: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const { t } = useTranslation("family");
  const f = useFamilyFormat();
  const mark = (itemId: string) =>
    changed.has(itemId) ? (
      <Badge color="dark.7" variant="filled" mb={4}>
        {t("proposal.changed")}
      </Badge>
    ) : null;
  return (
    <Stack gap="lg">
      <section aria-labelledby={id("needs")}>
        <Title order={2} id={id("needs")} size="h3">
          {t("needs")}
        </Title>
        <Text>{plan.needs}</Text>
      </section>
      <section aria-labelledby={id("goals")}>
        <Title order={2} id={id("goals")} size="h3" mb="xs">
          {t("goals")}
        </Title>
        <Stack>
          {plan.goals.map((g) => (
            <Card key={g.id} withBorder component="article" aria-labelledby={id(`goal-${g.id}`)}>
              {mark(g.id)}
              <Title order={3} size="h4" id={id(`goal-${g.id}`)}>
                {g.text}
              </Title>
              {g.childWords && (
                <Text fs="italic" mt={4}>
                  {t("childWords", { name: childName })}: ”{g.childWords}”
                </Text>
              )}
              {g.latest && (
                <Text mt={4}>
                  {t("howItGoes")}: <Badge variant="light">{g.latest.text}</Badge>
                </Text>
              )}
              <Title order={4} size="h5" mt="sm">
                {t("whoDoesWhat")}
              </Title>
              <List spacing="xs">
                {g.actions.map((a) => (
                  <List.Item key={a.id}>
                    {mark(a.id)}
                    <Text fw={600}>{a.what}</Text>
                    <Text size="sm">
                      {t("who")}: {[a.who, a.organisation].filter(Boolean).join(", ")}
                    </Text>
                    <Text size="sm">
                      {t("when")}:{" "}
                      {[
                        a.startDate && t("from", { date: f.date(a.startDate) }),
                        a.endDate && t("to", { date: f.date(a.endDate) }),
                      ]
                        .filter(Boolean)
                        .join(" ")}
                      {a.followUpDate && `. ${t("followUp")} ${f.date(a.followUpDate)}`}
                    </Text>
                    <Badge variant="outline" mt={2}>
                      {a.statusText}
                    </Badge>
                  </List.Item>
                ))}
              </List>
            </Card>
          ))}
        </Stack>
      </section>
      {plan.measuresByOthers.length > 0 && (
        <section aria-labelledby={id("others")}>
          <Title order={2} id={id("others")} size="h3">
            {t("others")}
          </Title>
          <List>
            {plan.measuresByOthers.map((m) => (
              <List.Item key={m.what}>
                {m.what} ({m.by})
              </List.Item>
            ))}
          </List>
        </section>
      )}
      <section aria-labelledby={id("lead")}>
        <Title order={2} id={id("lead")} size="h3">
          {t("lead")}
        </Title>
        <Text>{plan.leadUnit}</Text>
      </section>
      {plan.childView && (
        <section aria-labelledby={id("child-view")}>
          <Title order={2} id={id("child-view")} size="h3">
            {t("childView", { name: childName })}
          </Title>
          <Text>{plan.childView}</Text>
        </section>
      )}
      {plan.guardiansView && (
        <section aria-labelledby={id("guardians-view")}>
          <Title order={2} id={id("guardians-view")} size="h3">
            {t("guardiansView")}
          </Title>
          <Text>{plan.guardiansView}</Text>
        </section>
      )}
    </Stack>
  );
}
