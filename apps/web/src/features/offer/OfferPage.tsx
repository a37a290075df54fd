import {
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../cases/shared/links";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { useLanguage } from "../../platform/i18n/use-language";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { EntryForm } from "./EntryForm";
import { hasRole } from "../../platform/session/roles";
import { useSession } from "../../platform/session/use-session";
import { NeedTags } from "./NeedTags";
import { type OfferFilter, type OfferList, useOffer } from "./offer.api";
import { offerEn } from "./offer.en";
import { offerSv } from "./offer.sv";

/** "Insatser och aktiviteter": the joint offer, searched by need, age and area. */
export function OfferPage() {
  usePageTexts("offer", offerSv, offerEn);
  const { t } = useTranslation(["offer", "common"]);
  const [filter, setFilter] = useState<OfferFilter>({});
  const [adding, setAdding] = useState(false);
  const offer = useOffer(filter);
  const user = useSession()?.user;
  return (
    <>
      <PageTitle>{t("offer:title")}</PageTitle>
      <Text mb="md" maw={760}>
        {t("offer:intro")}
      </Text>
      {offer.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : offer.isError ? (
        <ProblemAlert error={offer.error} />
      ) : (
        <Stack gap="lg">
          <Filters data={offer.data} filter={filter} onChange={setFilter} />
          {offer.data.unitsToKeep.length > 0 &&
            (adding ? (
              <EntryForm data={offer.data} onDone={() => setAdding(false)} />
            ) : (
              <Group>
                <Button onClick={() => setAdding(true)}>{t("offer:add")}</Button>
              </Group>
            ))}
          {user && hasRole(user, "administrator") && <NeedTags needs={offer.data.needs} />}
          <Entries data={offer.data} />
        </Stack>
      )}
    </>
  );
}

function Filters(props: {
  data: OfferList;
  filter: OfferFilter;
  onChange: (f: OfferFilter) => void;
}) {
  const { t } = useTranslation("offer");
  const language = useLanguage();
  const set = (k: keyof OfferFilter, v: string | null) =>
    props.onChange({ ...props.filter, [k]: v ?? undefined });
  return (
    <section aria-label={t("filter.label")}>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Select
          label={t("filter.need")}
          placeholder={t("filter.any")}
          clearable
          data={props.data.needs.map((n) => ({
            value: n.code,
            label: language === "en" ? n.en : n.sv,
          }))}
          value={props.filter.need ?? null}
          onChange={(v) => set("need", v)}
        />
        <TextInput
          label={t("filter.age")}
          type="number"
          min={0}
          max={25}
          value={props.filter.age ?? ""}
          onChange={(e) => set("age", e.currentTarget.value || null)}
        />
        <Select
          label={t("filter.area")}
          placeholder={t("filter.any")}
          clearable
          data={props.data.areas.map((a) => ({ value: a.id, label: a.name }))}
          value={props.filter.areaId ?? null}
          onChange={(v) => set("areaId", v)}
        />
        <TextInput
          label={t("filter.text")}
          value={props.filter.q ?? ""}
          onChange={(e) => set("q", e.currentTarget.value || null)}
        />
      </SimpleGrid>
    </section>
  );
}

function Entries({ data }: { data: OfferList }) {
  const { t } = useTranslation("offer");
  if (data.entries.length === 0) return <Text>{t("none")}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} style={{ listStyle: "none" }}>
      {data.entries.map((e) => (
        <Card component="li" key={e.id} withBorder>
          <AnchorLink to="/offer/$entryId" params={{ entryId: e.id }} fw={600}>
            {e.name}
          </AnchorLink>
          <Text size="sm">
            {e.organisationName}, {e.unitName} · {e.areaName ?? t("wholeMunicipality")} ·{" "}
            {e.ageFrom === null && e.ageTo === null
              ? t("allAges")
              : t("ages", { from: e.ageFrom ?? 0, to: e.ageTo ?? 25 })}
          </Text>
          <Group gap="xs" mt={4}>
            <Badge variant="light">{t(`kinds.${e.kind}`)}</Badge>
            {e.leisure && <Badge variant="light">{t("leisure")}</Badge>}
            {e.participantCount > 0 && (
              <Badge variant="outline">{t("participants", { count: e.participantCount })}</Badge>
            )}
          </Group>
          {e.description && (
            <Text size="sm" mt={4}>
              {e.description}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
