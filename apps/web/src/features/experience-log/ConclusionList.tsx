import { Badge, type BadgeProps, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { DoneWithNote } from "../attendance/DoneWithNote";
import { useFormat } from "../cases/shared/format";
import { type Conclusion, useConclusionFollowedUp } from "./experience-log.api";

// As the deadline badges: said in words, colours with enough contrast only repeat it.
const OPEN: BadgeProps = { color: "yellow.3", variant: "filled", c: "dark.9" };
const FOLLOWED_UP: BadgeProps = { color: "kring.8", variant: "outline" };

/** The steering group's conclusions: what it saw, decided and how it is followed up, by whom. */
export function ConclusionList({
  conclusions,
  canConclude,
}: {
  conclusions: Conclusion[];
  canConclude: boolean;
}) {
  const { t } = useTranslation("experienceLog");
  const format = useFormat();
  const followed = useConclusionFollowedUp();
  const announce = useAnnounce();
  if (conclusions.length === 0) return <Text>{t("conclusions.none")}</Text>;
  return (
    <>
      {followed.isError && <ProblemAlert error={followed.error} />}
      <Stack gap="md" component="ul" style={{ listStyle: "none", padding: 0 }}>
        {conclusions.map((c) => (
          <Card component="li" withBorder key={c.id} padding="md">
            <Group justify="space-between" wrap="wrap" mb="xs">
              <Title order={3} size="h4">
                {`${c.themes.join(", ")} · ${c.area ?? t("cells.wholeMunicipality")}`}
              </Title>
              <Badge {...(c.followedUpAt ? FOLLOWED_UP : OPEN)} tt="none" radius="sm">
                {c.followedUpAt
                  ? t("conclusions.followedUp", { date: format.date(c.followedUpAt) })
                  : t("conclusions.open")}
              </Badge>
            </Group>
            <Text size="sm">
              <strong>{t("conclusions.saw")}:</strong> {c.saw}
            </Text>
            <Text size="sm">
              <strong>{t("conclusions.decided")}:</strong> {c.decided}
            </Text>
            <Text size="sm">
              <strong>{t("conclusions.followUp")}:</strong> {c.followUp}
            </Text>
            <Text size="sm" mt="xs">
              {`${t("conclusions.owner", { name: c.ownerName })} · ${t("conclusions.due", {
                date: format.date(c.followUpOn),
              })}`}
            </Text>
            <Text size="xs">
              {t("conclusions.by", { name: c.createdByName, date: format.date(c.createdAt) })}
            </Text>
            {c.followedUpNote && <Text size="sm">{c.followedUpNote}</Text>}
            {canConclude && !c.followedUpAt && (
              <Group mt="xs">
                <DoneWithNote
                  label={t("conclusions.markFollowedUp")}
                  ariaLabel={t("conclusions.markFollowedUpFor", { decided: c.decided })}
                  pending={followed.isPending}
                  onDone={(note) =>
                    followed.mutateAsync({ id: c.id, note: note || null }).then(
                      () => announce(t("conclusions.followedUpAnnounced")),
                      () => undefined,
                    )
                  }
                />
              </Group>
            )}
          </Card>
        ))}
      </Stack>
    </>
  );
}
