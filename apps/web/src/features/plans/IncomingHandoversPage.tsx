import { HANDOVER_KIND_LABELS } from "@kring/domain/plans";
import { Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { useDecideHandover, useIncomingHandovers } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

/** Plans that are to follow a child to the user's unit: accept (and join the network) or decline. */
export function IncomingHandoversPage() {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const language = useLanguage();
  const announce = useAnnounce();
  const query = useIncomingHandovers();
  const decide = useDecideHandover();
  return (
    <>
      <PageTitle>{t("handover.incoming")}</PageTitle>
      <ProblemAlert error={query.error ?? decide.error} />
      {!query.data ? (
        <Loader aria-label={t("handover.incoming")} />
      ) : query.data.handovers.length === 0 ? (
        <Text>{t("handover.none")}</Text>
      ) : (
        <Stack>
          {query.data.handovers.map((h) => (
            <Card key={h.id} withBorder component="article" aria-labelledby={`handover-${h.id}`}>
              <Title order={2} size="h4" id={`handover-${h.id}`}>
                {h.childName}
              </Title>
              <Text>
                {HANDOVER_KIND_LABELS[h.kind][language]}: {h.fromUnit.name} → {h.toUnit.name}
              </Text>
              {h.note && <Text>{h.note}</Text>}
              <Group mt="sm">
                {(["accept", "decline"] as const).map((decision) => (
                  <Button
                    key={decision}
                    variant={decision === "accept" ? "filled" : "light"}
                    aria-label={`${t(`handover.${decision}`)}: ${h.childName}`}
                    onClick={() =>
                      decide.mutate(
                        { id: h.id, decision },
                        {
                          onSuccess: () =>
                            announce(
                              t(decision === "accept" ? "handover.accepted" : "handover.declined"),
                            ),
                        },
                      )
                    }
                  >
                    {t(`handover.${decision}`)}
                  </Button>
                ))}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
