import { Badge, Button, Group, Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../cases/shared/links";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { EnrolForm } from "./EnrolForm";
import { EntryForm } from "./EntryForm";
import { type EntryView, useEntry, useOffer } from "./offer.api";
import { offerEn } from "./offer.en";
import { offerSv } from "./offer.sv";
import { Participants } from "./Participants";
import { Sessions } from "./Sessions";

/** One entry of the offer; for a group or leisure activity, its participants and sessions. */
export function EntryPage({ entryId }: { entryId: string }) {
  usePageTexts("offer", offerSv, offerEn);
  const { t } = useTranslation(["offer", "common"]);
  const entry = useEntry(entryId);
  if (entry.isPending) return <Loader aria-label={t("common:loading")} />;
  if (entry.isError) return <ProblemAlert error={entry.error} />;
  const e = entry.data;
  const hasParticipants = e.leisure || e.kind === "group";
  return (
    <>
      <AnchorLink to="/offer" size="sm">
        {t("offer:entry.back")}
      </AnchorLink>
      <PageTitle>{e.name}</PageTitle>
      <Stack gap="lg" maw={860}>
        {!e.active && (
          <Group>
            <Badge color="gray">{t("offer:entry.notOffered")}</Badge>
          </Group>
        )}
        <Facts e={e} />
        {e.mayEdit && <Change e={e} />}
        {hasParticipants && <Participants e={e} />}
        {e.mayRun && hasParticipants && e.active && <EnrolForm entryId={e.id} />}
        {e.leisure && <Sessions e={e} />}
      </Stack>
    </>
  );
}

function Facts({ e }: { e: EntryView }) {
  const { t } = useTranslation("offer");
  const ages =
    e.ageFrom === null && e.ageTo === null
      ? t("allAges")
      : t("ages", { from: e.ageFrom ?? 0, to: e.ageTo ?? 25 });
  return (
    <>
      {e.description && <Text mb="sm">{e.description}</Text>}
      <dl>
        <Text component="dt" fw={600}>
          {t("entry.organisation")}
        </Text>
        <Text component="dd" ml={0} mb="xs">
          {e.organisationName}, {e.unitName} ({t(`kinds.${e.kind}`)})
        </Text>
        <Text component="dt" fw={600}>
          {t("entry.forWhom")}
        </Text>
        <Text component="dd" ml={0} mb="xs">
          {ages}, {e.areaName ?? t("wholeMunicipality")}
        </Text>
        <Text component="dt" fw={600}>
          {t("entry.howToGet")}
        </Text>
        <Text component="dd" ml={0} mb="xs">
          {e.howToGet || "–"}
        </Text>
        <Text component="dt" fw={600}>
          {t("entry.contact")}
        </Text>
        <Text component="dd" ml={0}>
          {e.contact || "–"}
        </Text>
      </dl>
    </>
  );
}

/** The keeper's change of the entry, and stopping or resuming it, in the same form. */
function Change({ e }: { e: EntryView }) {
  const { t } = useTranslation(["offer", "common"]);
  const [open, setOpen] = useState(false);
  const lists = useOffer();
  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t("offer:entry.change")}
        </Button>
      </Group>
    );
  if (lists.isPending) return <Loader aria-label={t("common:loading")} />;
  if (lists.isError) return <ProblemAlert error={lists.error} />;
  return <EntryForm data={lists.data} entry={e} onDone={() => setOpen(false)} />;
}
